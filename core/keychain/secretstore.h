// Where saved passwords live: an asynchronous store of secrets by account name, under
// the one service name "SipScope". The system keychain (QtKeychain) is one
// implementation, the tests' fake another. Every call finishes later, on the event
// loop, never inside the call: a keychain may have to ask the user to unlock it, and
// the GUI must not block meanwhile. A result carries the secret only for a read, and
// its message never contains it.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace SipScope {

struct SecretStoreResult
{
    enum class Status {
        Ok,
        NotFound,      // nothing saved under that account
        Unavailable,   // no keychain: not built in, or no service running (no Secret Service)
        Locked,        // the keychain is locked, or the user cancelled the unlock
        Denied,        // the keychain refused access
        TimedOut,      // no answer in time (an unlock prompt nobody sees, a stuck service)
        Failed,        // anything else; detail says what the backend reported
    };

    Status status = Status::Ok;
    QString secret;   // a read's answer; never printed, logged or shown
    QString detail;   // the backend's own words (never the secret), may be empty

    bool ok() const { return status == Status::Ok; }
    // A sentence for users, translated ("The keychain is locked: …"), with the detail.
    QString message() const;
    // "ok", "not_found", "unavailable", "locked", "denied", "timeout", "failed".
    QString token() const;
};

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    using Done = std::function<void(const SecretStoreResult &result)>;

    virtual ~SecretStore() = default;

    // The service every entry is saved under (the keychain's "service"/"server").
    static QString serviceName();

    // Empty when the store can be asked; else why it cannot (this build has no
    // QtKeychain). A store that is built in may still answer Unavailable at run time.
    virtual QString unavailableReason() const = 0;
    bool isBuiltIn() const { return unavailableReason().isEmpty(); }
    // "Secret Service", "macOS Keychain", "Windows Credential Manager", "fake", …
    virtual QString backendName() const = 0;

    // `done` runs later on context's thread, and not at all once context is gone.
    virtual void read(const QString &account, QObject *context, Done done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &account, QObject *context, Done done) = 0;
};

// A store that cannot save anything: every call finishes with Unavailable and the reason.
class UnavailableSecretStore final : public SecretStore
{
public:
    explicit UnavailableSecretStore(QString reason) : m_reason(std::move(reason)) {}
    QString unavailableReason() const override { return m_reason; }
    QString backendName() const override { return {}; }
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

private:
    void finish(QObject *context, Done done) const;
    QString m_reason;
};

} // namespace SipScope
