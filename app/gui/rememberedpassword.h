// The probe form's "Remember password": the digest password kept in the system
// keychain (SecretStore, the same entries `sipscope-cli credentials` and the monitor's
// `credentials=keychain:NAME` use), under the name CredentialName makes from the user
// and the target (alice@pbx.example.com).
//
// - When the user and the target name an entry, its password fills the (masked) field
//   and the box is ticked; a password filled in for one target is cleared as soon as
//   the target or user changes, so that it never goes to another server.
// - When a probe is sent with the box ticked, the password is saved (unless the field
//   still holds what the keychain gave).
// - Unticking the box for a saved entry asks whether to forget it (delete it).
//
// Every keychain call is asynchronous (a keychain may ask to be unlocked): answers that
// come after the user moved on are dropped. Problems (no Secret Service running, a
// locked keychain) are said in the status label; the probe goes on without saving.
// The password lives only in the password field and, while a save is in flight, in
// that call; it is never in a message, a tooltip or QSettings.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace SipScope {

class SavedCredentials;
class SecretStore;
struct SecretStoreResult;

class RememberedPassword final : public QObject
{
    Q_OBJECT
public:
    // target: what the form's target field holds now.
    RememberedPassword(QLineEdit *user, QLineEdit *password, QCheckBox *remember, QLabel *status,
                       std::function<QString()> target, QObject *parent);
    ~RememberedPassword() override;

    // Where passwords are kept (not owned); null: nowhere, the box is disabled.
    void setStore(SecretStore *store);
    SecretStore *store() const { return m_store; }

    // The keychain name for the form's user and target now; empty when they make none.
    QString currentName() const;

    // A probe is being sent: saves the password when the box is ticked.
    void probeSent();
    // The target or the user changed: clears a password filled in for the previous
    // name at once, and looks the new one up after a short pause in typing.
    void inputChanged();
    // Looks the current name up now (after settings were restored).
    void lookUpNow();

    void retranslateUi();

Q_SIGNALS:
    // A keychain answer was handled (filled, saved, forgotten, or a problem said): for
    // tests and the status bar.
    void keychainAnswered();

private:
    void lookUp();
    void onLookedUp(const QString &name, const SecretStoreResult &result);
    void onBoxClicked(bool checked);
    void forget(const QString &name);
    void setChecked(bool checked);
    void showStatus(const QString &text, const QString &detail = {});
    QString problemText(const SecretStoreResult &result) const;

    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_status;
    std::function<QString()> m_target;
    SecretStore *m_store = nullptr;
    std::unique_ptr<SavedCredentials> m_saved;
    // The context of every keychain call: replaced with the store, so that answers from
    // a previous store never arrive.
    QObject *m_calls = nullptr;
    QTimer *m_pause;

    QString m_name;          // the name the inputs made at the last change
    QString m_savedName;     // a name known to have an entry in the keychain
    QString m_filledFrom;    // the entry whose password we put in the field (cleared when it no longer applies)
    QString m_fieldMatches;  // the entry the field's text is known to equal (reset by typing)
    int m_token = 0;         // a lookup answers only while this is unchanged
    int m_edits = 0;         // the user's edits of the password field so far
};

} // namespace SipScope
