#include "rememberedpassword.h"

#include "keychain/credentialname.h"
#include "keychain/savedcredentials.h"
#include "keychain/secretstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Long enough that typing a host name asks the keychain once, not once per letter.
constexpr int lookUpPauseMs = 400;

} // namespace

RememberedPassword::RememberedPassword(QLineEdit *user, QLineEdit *password, QCheckBox *remember, QLabel *status,
                                       std::function<QString()> target, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_password(password)
    , m_remember(remember)
    , m_status(status)
    , m_target(std::move(target))
    , m_calls(new QObject(this))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(lookUpPauseMs);
    connect(m_pause, &QTimer::timeout, this, &RememberedPassword::lookUp);
    connect(m_user, &QLineEdit::textChanged, this, &RememberedPassword::inputChanged);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        ++m_edits;
        m_filledFrom.clear();
        m_fieldMatches.clear();
    });
    // clicked, not toggled: only the user's ticks and unticks, never the form's own.
    connect(m_remember, &QCheckBox::clicked, this, &RememberedPassword::onBoxClicked);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    setStore(nullptr);
}

RememberedPassword::~RememberedPassword() = default;

void RememberedPassword::setStore(SecretStore *store)
{
    delete m_calls;
    m_calls = new QObject(this);
    m_store = store;
    m_saved = store ? std::make_unique<SavedCredentials>(*store) : nullptr;
    m_remember->setEnabled(store && store->isBuiltIn());
    m_savedName.clear();
    m_fieldMatches.clear();
    retranslateUi();
    lookUpNow();
}

QString RememberedPassword::currentName() const
{
    return CredentialName::forTarget(m_user->text(), m_target());
}

void RememberedPassword::retranslateUi()
{
    if (!m_store)
        m_remember->setToolTip(tr("No keychain is connected: the password is not saved."));
    else if (!m_store->isBuiltIn())
        m_remember->setToolTip(tr("Passwords are only ever kept in the system keychain, which cannot be used "
                                  "here: %1 The password is not saved.").arg(m_store->unavailableReason()));
    else
        m_remember->setToolTip(tr("Keep the password in the system keychain under user@host, where "
                                  "sipscope-cli credentials and the monitor find it too. Unticking it offers to "
                                  "delete the saved password. Keychain: %1.").arg(m_store->backendName()));
    // A message in the previous language would stay until the next keychain answer.
    showStatus({});
}

void RememberedPassword::inputChanged()
{
    const QString name = currentName();
    if (name == m_name)
        return;
    m_name = name;
    ++m_token;
    // At once, not after the pause: Enter right after typing another target must not
    // send the previous server's password.
    if (!m_filledFrom.isEmpty() && m_filledFrom != name) {
        m_password->clear();
        m_filledFrom.clear();
    }
    if (m_fieldMatches != name)
        m_fieldMatches.clear();
    if (!m_savedName.isEmpty() && m_savedName != name) {
        m_savedName.clear();
        setChecked(false);
    }
    showStatus({});
    if (!name.isEmpty() && m_saved && m_store->isBuiltIn())
        m_pause->start();
    else
        m_pause->stop();
}

void RememberedPassword::lookUpNow()
{
    inputChanged();
    m_pause->stop();
    lookUp();
}

void RememberedPassword::lookUp()
{
    if (!m_saved || !m_store->isBuiltIn() || m_name.isEmpty())
        return;
    const int token = ++m_token;
    const QString name = m_name;
    m_saved->read(name, m_calls, [this, token, name](const SecretStoreResult &result) {
        if (token == m_token && name == m_name)
            onLookedUp(name, result);
    });
}

void RememberedPassword::onLookedUp(const QString &name, const SecretStoreResult &result)
{
    if (result.ok()) {
        m_savedName = name;
        setChecked(true);
        if (m_password->text().isEmpty() || m_filledFrom == name) {
            m_password->setText(result.secret);
            m_filledFrom = name;
            m_fieldMatches = name;
            showStatus(tr("Password for %1 filled in from the keychain.").arg(name));
        } else {
            showStatus(tr("A password is saved for %1; sending saves the one typed instead.").arg(name));
        }
    } else if (result.status != SecretStoreResult::Status::NotFound) {
        showStatus(tr("Saved passwords cannot be looked up: %1").arg(problemText(result)), result.detail);
    }
    Q_EMIT keychainAnswered();
}

void RememberedPassword::probeSent()
{
    if (!m_remember->isChecked() || !m_saved || !m_store->isBuiltIn())
        return;
    inputChanged();
    const QString password = m_password->text();
    if (password.isEmpty())
        return;
    if (m_name.isEmpty()) {
        showStatus(tr("To remember the password, enter a user name and a target: it is saved for that user "
                      "on that server."));
        return;
    }
    if (m_fieldMatches == m_name)
        return; // the keychain has this very password already
    const QString name = m_name;
    const int edits = m_edits;
    m_saved->save(name, password, m_calls, [this, name, edits](const SecretStoreResult &result) {
        if (result.ok()) {
            if (name == m_name) {
                m_savedName = name;
                if (edits == m_edits)
                    m_fieldMatches = name;
            }
            showStatus(tr("Password saved in the keychain as %1.").arg(name));
        } else {
            showStatus(tr("The password was not saved: %1 The probe was sent all the same.").arg(problemText(result)),
                       result.detail);
        }
        Q_EMIT keychainAnswered();
    });
}

void RememberedPassword::onBoxClicked(bool checked)
{
    if (checked) {
        const QString name = currentName();
        if (name.isEmpty())
            showStatus(tr("To remember the password, enter a user name and a target: it is saved for that user "
                          "on that server."));
        else if (name != m_savedName)
            showStatus(tr("The password will be saved in the keychain as %1 when the probe is sent.").arg(name));
        return;
    }
    showStatus({});
    if (m_savedName.isEmpty() || m_savedName != currentName())
        return;
    // Asked without a nested event loop (open(), not exec()): probes and keychain
    // answers go on while the question is shown.
    const QString name = m_savedName;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Forget Password"),
                                     tr("Forget the password saved for %1?").arg(name), QMessageBox::NoButton,
                                     m_remember->window());
    question->setObjectName(u"forgetPasswordQuestion"_s);
    question->setInformativeText(tr("It is deleted from the system keychain; sipscope-cli and monitor targets "
                                    "with credentials=keychain:%1 no longer find it.").arg(name));
    QPushButton *forgetButton = question->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forgetButton->setObjectName(u"forgetPasswordButton"_s);
    QPushButton *keepButton = question->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keepButton->setObjectName(u"keepPasswordButton"_s);
    question->setDefaultButton(keepButton);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, forgetButton, name] {
        if (question->clickedButton() == forgetButton)
            forget(name);
        else if (name == m_savedName)
            setChecked(true);
    });
    question->open();
}

void RememberedPassword::forget(const QString &name)
{
    m_saved->remove(name, m_calls, [this, name](const SecretStoreResult &result) {
        if (result.ok() || result.status == SecretStoreResult::Status::NotFound) {
            if (m_savedName == name)
                m_savedName.clear();
            if (m_fieldMatches == name)
                m_fieldMatches.clear();
            showStatus(tr("The password saved for %1 was deleted from the keychain.").arg(name));
        } else {
            if (name == m_savedName)
                setChecked(true);
            showStatus(tr("The password saved for %1 could not be deleted: %2").arg(name, problemText(result)),
                       result.detail);
        }
        Q_EMIT keychainAnswered();
    });
}

void RememberedPassword::setChecked(bool checked)
{
    m_remember->setChecked(checked);
}

QString RememberedPassword::problemText(const SecretStoreResult &result) const
{
    // "Not available" alone leaves a Linux user guessing; name what is missing. The
    // backend's own words go to the tooltip.
    if (result.status == SecretStoreResult::Status::Unavailable)
        return tr("no system keychain is running — on this system that is the %1.").arg(m_store->backendName());
    SecretStoreResult plain = result;
    plain.detail.clear();
    return plain.message();
}

void RememberedPassword::showStatus(const QString &text, const QString &detail)
{
    m_status->setText(text);
    m_status->setToolTip(detail);
    m_status->setVisible(!text.isEmpty());
}

} // namespace SipScope
