// The probe form's "Remember password" with the fake keychain (tests/support): a saved
// password fills the masked field and ticks the box, a ticked box saves the password
// when the probe is sent (under the name `sipscope-cli credentials list` shows), a
// password filled in for one target is gone when the target changes, unticking asks
// before deleting, a missing keychain is said while the probe still works, a slow
// keychain never holds the window up, and the settings file never holds the password.
#include "fakesecretstore.h"
#include "fakesipserver.h"
#include "mainwindow.h"
#include "probeform.h"
#include "probeview.h"
#include "rememberedpassword.h"
#include "resultcard.h"

#include "keychain/credentialname.h"
#include "keychain/savedcredentials.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString password = u"Rem3mber-me-4711"_s;

// Answers OPTIONS with a digest challenge, and 200 once an Authorization comes.
void challengeThenAccept(FakeSipServer &server)
{
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"remember.test\", nonce=\"n1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });
}

// SIPSCOPE_TEST_GRABS=DIR: the window as the test sees it, to look at.
void grabInto(QWidget *window, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SIPSCOPE_TEST_GRABS"); !dir.isEmpty())
        window->grab().save(dir + u'/' + name + u".png"_s);
}

QStringList listedNames(FakeSecretStore &store)
{
    SavedCredentials saved(store);
    QObject context;
    std::optional<QStringList> names;
    saved.list(&context, [&](const SecretStoreResult &, const QStringList &list) { names = list; });
    if (!QTest::qWaitFor([&] { return names.has_value(); }, 10000))
        return {u"(no answer)"_s};
    return *names;
}

// Every text a window shows or carries (labels, text views, line edits but the password
// field, tooltips, the window title).
QStringList shownTexts(const QWidget *window, const QLineEdit *passwordField)
{
    QStringList texts{window->windowTitle()};
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        texts.append(widget->toolTip());
        texts.append(widget->accessibleName());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts.append(label->text());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts.append(plain->toPlainText());
        else if (const auto *browser = qobject_cast<const QTextBrowser *>(widget))
            texts.append(browser->toPlainText());
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && line != passwordField)
            texts.append(line->text());
    }
    return texts;
}

} // namespace

class TestRememberPassword final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void boxNeedsAKeychain();
    void savedPasswordIsFilledIn();
    void otherTargetClearsTheFilledPassword();
    void tickedBoxSavesWhenSent();
    void untickedBoxSavesNothing();
    void untickingAsksBeforeForgetting();
    void missingKeychainIsSaidAndTheProbeRuns();
    void slowKeychainDoesNotHoldTheWindow();
    void lateAnswerForAnEarlierTargetIsDropped();
    void settingsNeverHoldThePasswordAndRestartFillsIt();

private:
    void openWindow(const QString &settingsName);
    void enter(const QString &target, const QString &user);
    void typePassword(const QString &text);
    bool sendAndWait();
    QString name() const { return CredentialName::forTarget(u"alice"_s, m_server->uri(u"alice"_s)); }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeSecretStore> m_store;
    std::unique_ptr<FakeSipServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    ProbeForm *m_form = nullptr;
};

void TestRememberPassword::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRememberPassword::init()
{
    m_store = std::make_unique<FakeSecretStore>();
    m_server = std::make_unique<FakeSipServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    challengeThenAccept(*m_server);
    openWindow(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
}

void TestRememberPassword::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
}

void TestRememberPassword::openWindow(const QString &settingsName)
{
    m_window = std::make_unique<MainWindow>(m_dir.filePath(settingsName));
    m_window->setSecretStore(m_store.get());
    m_window->setCurrentView(MainWindow::ProbeViewIndex);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_form = m_window->probeView()->form();
    m_form->findChild<QToolButton *>(u"moreOptionsButton"_s)->setChecked(true);
}

void TestRememberPassword::enter(const QString &target, const QString &user)
{
    m_form->setTarget(target);
    m_form->userField()->setText(user);
}

void TestRememberPassword::typePassword(const QString &text)
{
    m_form->passwordField()->clear();
    QTest::keyClicks(m_form->passwordField(), text);
}

bool TestRememberPassword::sendAndWait()
{
    QSignalSpy finished(m_window->probeView(), &ProbeView::runFinished);
    m_window->probeView()->send();
    return finished.wait(20000);
}

void TestRememberPassword::boxNeedsAKeychain()
{
    QVERIFY(m_form->rememberCheck()->isEnabled());

    FakeSecretStore unbuilt;
    unbuilt.setUnavailableReason(u"This build has no keychain support."_s);
    m_window->setSecretStore(&unbuilt);
    QVERIFY(!m_form->rememberCheck()->isEnabled());
    QVERIFY2(m_form->rememberCheck()->toolTip().contains(u"This build has no keychain support."_s),
             qPrintable(m_form->rememberCheck()->toolTip()));

    m_window->setSecretStore(nullptr);
    QVERIFY(!m_form->rememberCheck()->isEnabled());
    // The probe works all the same.
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    typePassword(password);
    QVERIFY(sendAndWait());
    QCOMPARE(m_server->transactionCount(), 2);
}

void TestRememberPassword::savedPasswordIsFilledIn()
{
    m_store->entries.insert(name(), password);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_form->passwordField()->text(), password, 10000);
    QCOMPARE(m_form->passwordField()->echoMode(), QLineEdit::Password);
    QVERIFY(m_form->rememberCheck()->isChecked());
    QVERIFY(m_form->keychainStatus()->isVisible());
    QVERIFY2(m_form->keychainStatus()->text().contains(name()), qPrintable(m_form->keychainStatus()->text()));
    QVERIFY(!m_form->keychainStatus()->text().contains(password));
    grabInto(m_window.get(), u"remember-password-filled"_s);

    // The filled-in password answers the challenge, and is not written again.
    const QHash<QString, QString> before = m_store->entries;
    const int calls = m_store->calls;
    QVERIFY(sendAndWait());
    QCOMPARE(m_server->transactionCount(), 2);
    QVERIFY(m_server->transactions().at(1).message.header(u"Authorization"_s)->contains(u"username=\"alice\""_s));
    QCOMPARE(m_store->calls, calls);
    QCOMPARE(m_store->entries, before);
}

void TestRememberPassword::otherTargetClearsTheFilledPassword()
{
    m_store->entries.insert(name(), password);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_form->passwordField()->text(), password, 10000);

    // At once, without waiting for the keychain: Enter right now must not send it elsewhere.
    m_form->setTarget(u"sip:other.example.net"_s);
    QVERIFY(m_form->passwordField()->text().isEmpty());
    QVERIFY(!m_form->rememberCheck()->isChecked());
    QVERIFY(m_form->probeOptions().credentials.password.isEmpty());

    // Back on the first target, it comes back; another user on it finds nothing.
    m_form->setTarget(m_server->uri(u"alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_form->passwordField()->text(), password, 10000);
    m_form->userField()->setText(u"bob"_s);
    QVERIFY(m_form->passwordField()->text().isEmpty());

    // A password the user typed is theirs: a target change leaves it alone.
    typePassword(u"typed-by-hand"_s);
    m_form->setTarget(u"sip:third.example.net"_s);
    QCOMPARE(m_form->passwordField()->text(), u"typed-by-hand"_s);
}

void TestRememberPassword::tickedBoxSavesWhenSent()
{
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    typePassword(password);
    m_form->rememberCheck()->click();
    QVERIFY(m_form->rememberCheck()->isChecked());
    QVERIFY2(m_form->keychainStatus()->text().contains(name()), qPrintable(m_form->keychainStatus()->text()));
    QVERIFY(sendAndWait());
    QCOMPARE(m_server->transactionCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->entries.value(name()), password, 10000);
    // The name the CLI lists (the same list `sipscope-cli credentials list` reads).
    QCOMPARE(listedNames(*m_store), QStringList{name()});
    QTRY_VERIFY2_WITH_TIMEOUT(m_form->keychainStatus()->text().contains(u"Password saved in the keychain"_s),
                              qPrintable(m_form->keychainStatus()->text()), 10000);

    // Nothing the window shows carries the password: status, Raw, JSON, timeline, tooltips.
    const QStringList texts = shownTexts(m_window.get(), m_form->passwordField());
    for (const QString &text : texts)
        QVERIFY2(!text.contains(password), qPrintable(text));

    // A changed password is saved over the old one on the next probe.
    typePassword(u"Changed-pw-0815"_s);
    QVERIFY(sendAndWait());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->entries.value(name()), u"Changed-pw-0815"_s, 10000);
    QCOMPARE(listedNames(*m_store), QStringList{name()});
}

void TestRememberPassword::untickedBoxSavesNothing()
{
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    typePassword(password);
    QVERIFY(!m_form->rememberCheck()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(m_store->calls > 0, 10000);   // the lookup of alice@… (nothing there)
    const int calls = m_store->calls;
    QVERIFY(sendAndWait());
    QCOMPARE(m_store->calls, calls);   // a save would have asked the store within send()
    QVERIFY(m_store->entries.isEmpty());
}

void TestRememberPassword::untickingAsksBeforeForgetting()
{
    m_store->entries.insert(name(), password);
    m_store->entries.insert(SavedCredentials::indexAccount(), name() + u"\nkept-entry"_s);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_form->rememberCheck()->isChecked(), 10000);

    auto question = [this]() -> QMessageBox * {
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>(u"forgetPasswordQuestion"_s)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    // Keep: nothing deleted, the box ticked again.
    m_form->rememberCheck()->click();
    QTRY_VERIFY_WITH_TIMEOUT(question(), 10000);
    QVERIFY2(question()->text().contains(name()), qPrintable(question()->text()));
    question()->findChild<QPushButton *>(u"keepPasswordButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!question(), 10000);
    QVERIFY(m_form->rememberCheck()->isChecked());
    QCOMPARE(m_store->entries.value(name()), password);

    // Forget: the entry and its name go, other names stay.
    m_form->rememberCheck()->click();
    QTRY_VERIFY_WITH_TIMEOUT(question(), 10000);
    question()->findChild<QPushButton *>(u"forgetPasswordButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->entries.contains(name()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(listedNames(*m_store), QStringList{u"kept-entry"_s}, 10000);
    QVERIFY(!m_form->rememberCheck()->isChecked());
    QTRY_VERIFY2_WITH_TIMEOUT(m_form->keychainStatus()->text().contains(u"deleted"_s),
                              qPrintable(m_form->keychainStatus()->text()), 10000);
    // Sending with the box unticked does not save it again.
    QVERIFY(sendAndWait());
    QVERIFY(!m_store->entries.contains(name()));
}

void TestRememberPassword::missingKeychainIsSaidAndTheProbeRuns()
{
    m_store->setFailure(SecretStoreResult::Status::Unavailable);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(m_form->keychainStatus()->text().contains(u"no system keychain is running"_s),
                              qPrintable(m_form->keychainStatus()->text()), 10000);
    typePassword(password);
    m_form->rememberCheck()->click();
    QVERIFY(sendAndWait());
    QCOMPARE(m_server->transactionCount(), 2);
    QCOMPARE(m_window->probeView()->resultCard()->statusButton()->text(), u"200"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(m_form->keychainStatus()->text().contains(u"not saved"_s),
                              qPrintable(m_form->keychainStatus()->text()), 10000);
    QVERIFY(m_form->keychainStatus()->text().contains(u"no system keychain is running"_s));
    QVERIFY(m_form->keychainStatus()->text().contains(u"fake"_s));   // the backend's name
    grabInto(m_window.get(), u"remember-password-no-keychain"_s);
    QVERIFY(!m_form->keychainStatus()->text().contains(password));
    QVERIFY(m_store->entries.isEmpty());
}

void TestRememberPassword::slowKeychainDoesNotHoldTheWindow()
{
    // The keychain does not answer (an unlock prompt nobody answers yet); the window
    // probes meanwhile. When it answers, the typed password is kept.
    m_store->entries.insert(name(), password);
    m_store->setHeld(true);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->calls > 0, 10000);
    typePassword(u"typed-meanwhile"_s);
    QVERIFY(sendAndWait());
    QCOMPARE(m_server->transactionCount(), 2);
    QVERIFY(m_form->sendButton()->isEnabled());
    m_store->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_form->rememberCheck()->isChecked(), 10000);
    QCOMPARE(m_form->passwordField()->text(), u"typed-meanwhile"_s);
}

void TestRememberPassword::lateAnswerForAnEarlierTargetIsDropped()
{
    m_store->entries.insert(name(), password);
    m_store->setHeld(true);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->calls > 0, 10000);
    QSignalSpy answered(m_form->rememberedPassword(), &RememberedPassword::keychainAnswered);
    m_form->setTarget(u"sip:elsewhere.example.net"_s);
    m_store->setHeld(false);
    m_store->release();
    // The lookup for elsewhere answers (nothing there); alice's answer came before it.
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() > 0, 10000);
    QVERIFY(m_form->passwordField()->text().isEmpty());
    QVERIFY(!m_form->rememberCheck()->isChecked());
}

void TestRememberPassword::settingsNeverHoldThePasswordAndRestartFillsIt()
{
    const QString settingsFile = m_dir.filePath(u"settingsNeverHoldThePasswordAndRestartFillsIt.ini"_s);
    enter(m_server->uri(u"alice"_s), u"alice"_s);
    typePassword(password);
    m_form->rememberCheck()->click();
    QVERIFY(sendAndWait());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->entries.value(name()), password, 10000);
    m_window->close();   // writes the settings
    m_window.reset();

    // Not in the file as text, nor in any value QSettings reads back from it, nor in
    // any other file of the settings directory.
    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(password.toUtf8().toBase64()), qPrintable(file.fileName()));
    }
    QSettings settings(settingsFile, QSettings::IniFormat);
    QVERIFY(!settings.allKeys().isEmpty());
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    QCOMPARE(settings.value(u"probe/user"_s).toString(), u"alice"_s);

    // A restart finds it again: the user and target come back, the keychain fills the rest.
    openWindow(u"settingsNeverHoldThePasswordAndRestartFillsIt.ini"_s);
    QCOMPARE(m_form->userField()->text(), u"alice"_s);
    QCOMPARE(m_form->target(), m_server->uri(u"alice"_s));
    QVERIFY(m_form->findChild<QGroupBox *>(u"credentialsGroup"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_form->passwordField()->text(), password, 10000);
    QVERIFY(m_form->rememberCheck()->isChecked());

    // Unticked and forgotten: the user is no longer kept either.
    m_form->rememberCheck()->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = m_window->findChild<QMessageBox *>(u"forgetPasswordQuestion"_s)), 10000);
    question->findChild<QPushButton *>(u"forgetPasswordButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->entries.contains(name()), 10000);
    m_window->close();
    QSettings after(settingsFile, QSettings::IniFormat);
    QVERIFY(!after.contains(u"probe/user"_s));
}

QTEST_MAIN(TestRememberPassword)
#include "tst_rememberpassword.moc"
