// The system keychain through QtKeychain: Windows Credential Manager, the macOS
// Keychain, the Secret Service (GNOME Keyring, KeePassXC, KWallet) on Linux. Entries
// are saved under SecretStore::serviceName() with the account name as key, as text;
// QtKeychain's insecure plain-text fallback stays off, so a password never lands in a
// file when no keychain is there.
#pragma once

#include "secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace SipScope {

class KeychainSecretStore final : public SecretStore
{
public:
    // How long a job may take before it is reported as TimedOut: an unlock prompt on a
    // desktop nobody watches (a service account) would otherwise hang a monitor.
    explicit KeychainSecretStore(std::chrono::milliseconds timeout = std::chrono::seconds(60));

    QString unavailableReason() const override { return {}; }
    QString backendName() const override;
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

private:
    void run(QKeychain::Job *job, QObject *context, Done done, bool isRead);
    std::chrono::milliseconds m_timeout;
};

} // namespace SipScope
