// "Remember password" for real: the probe form on the system keychain (QtKeychain) with a
// private Secret Service (gnome-keyring-daemon on a D-Bus of its own, tests/support/
// secretservice.h). The password typed in the window is found by secret-tool (outside
// SipScope) and listed by `sipscope-cli credentials list`; a new window fills it in; the
// window forgets it; with the keyring gone the window says no keychain is running and
// still probes. Skipped, with the reason, where no Secret Service can run or the build
// has no QtKeychain.
#include "cliprocess.h"
#include "fakesipserver.h"
#include "mainwindow.h"
#include "probeform.h"
#include "probeview.h"
#include "secretservice.h"

#include "keychain/credentialname.h"
#include "keychain/systemsecretstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString password = u"Window-s3cret-in-the-keyring"_s;

QString lookup(const QString &account)
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"SipScope"_s, u"user"_s, account});
    process.waitForFinished(15000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestRememberPasswordSecretService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savedFilledAndForgotten();
    void noSecretServiceIsSaid();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool sendAndWait(MainWindow &window);

    SecretService m_service;
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_store;
    FakeSipServer m_server;
};

void TestRememberPasswordSecretService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = createSystemSecretStore();
    if (!m_store->isBuiltIn())
        QSKIP("this build has no QtKeychain (qtkeychain-qt6-dev): nothing to test against a Secret Service");
    if (const QString problem = m_service.start(); !problem.isEmpty())
        QSKIP(qPrintable(u"no Secret Service can run here: "_s + problem));
    qInfo("private Secret Service on %s", qPrintable(m_service.busAddress()));
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"keyring.test\", nonce=\"n1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });
}

std::unique_ptr<MainWindow> TestRememberPasswordSecretService::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_dir.filePath(u"settings.ini"_s));
    window->setSecretStore(m_store.get());
    window->setCurrentView(MainWindow::ProbeViewIndex);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->probeView()->form()->findChild<QToolButton *>(u"moreOptionsButton"_s)->setChecked(true);
    return window;
}

bool TestRememberPasswordSecretService::sendAndWait(MainWindow &window)
{
    QSignalSpy finished(window.probeView(), &ProbeView::runFinished);
    window.probeView()->send();
    return finished.wait(30000);
}

void TestRememberPasswordSecretService::savedFilledAndForgotten()
{
    const QString name = CredentialName::forTarget(u"alice"_s, m_server.uri(u"alice"_s));
    {
        auto window = openWindow();
        QVERIFY(window);
        ProbeForm *form = window->probeView()->form();
        QVERIFY(form->rememberCheck()->isEnabled());
        form->setTarget(m_server.uri(u"alice"_s));
        form->userField()->setText(u"alice"_s);
        QTest::keyClicks(form->passwordField(), password);
        form->rememberCheck()->click();
        QVERIFY(sendAndWait(*window));
        QTRY_VERIFY2_WITH_TIMEOUT(form->keychainStatus()->text().contains(u"Password saved in the keychain"_s),
                                  qPrintable(form->keychainStatus()->text()), 30000);
        QCOMPARE(lookup(name), password);
        window->close();
    }
    const CliRun list = runCliProcess(qEnvironmentVariable("SIPSCOPE_CLI_PATH"), {u"credentials"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.split(u'\n').contains(name), qPrintable(list.out));
    QVERIFY(!list.out.contains(password));

    // A new window (a restart) fills it in from the keychain.
    auto window = openWindow();
    QVERIFY(window);
    ProbeForm *form = window->probeView()->form();
    QCOMPARE(form->userField()->text(), u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form->passwordField()->text(), password, 30000);
    QVERIFY(form->rememberCheck()->isChecked());
    QVERIFY(sendAndWait(*window));
    QVERIFY(m_server.transactions().last().message.header(u"Authorization"_s));

    // Unticked and forgotten: gone from the keychain and from the list.
    form->rememberCheck()->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = window->findChild<QMessageBox *>(u"forgetPasswordQuestion"_s)), 10000);
    question->findChild<QPushButton *>(u"forgetPasswordButton"_s)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(form->keychainStatus()->text().contains(u"deleted"_s),
                              qPrintable(form->keychainStatus()->text()), 30000);
    QVERIFY(lookup(name).isEmpty());
    const CliRun after = runCliProcess(qEnvironmentVariable("SIPSCOPE_CLI_PATH"), {u"credentials"_s, u"list"_s});
    QVERIFY2(!after.out.split(u'\n').contains(name), qPrintable(after.out));
}

// Last: the keyring is stopped.
void TestRememberPasswordSecretService::noSecretServiceIsSaid()
{
    m_service.stopKeyring();
    auto window = openWindow();
    QVERIFY(window);
    ProbeForm *form = window->probeView()->form();
    form->setTarget(m_server.uri(u"bob"_s));
    form->userField()->setText(u"bob"_s);
    QTest::keyClicks(form->passwordField(), password);
    form->rememberCheck()->click();
    const int before = m_server.transactionCount();
    QVERIFY(sendAndWait(*window));
    QCOMPARE(m_server.transactionCount(), before + 2);   // challenged and answered all the same
    QTRY_VERIFY2_WITH_TIMEOUT(form->keychainStatus()->text().contains(u"no system keychain is running"_s),
                              qPrintable(form->keychainStatus()->text() + u" / "_s + form->keychainStatus()->toolTip()),
                              30000);
    QVERIFY(form->keychainStatus()->text().contains(u"not saved"_s));
    QVERIFY(!form->keychainStatus()->text().contains(password));
    QVERIFY(!form->keychainStatus()->toolTip().contains(password));
}

QTEST_MAIN(TestRememberPasswordSecretService)
#include "tst_rememberpassword_secretservice.moc"
