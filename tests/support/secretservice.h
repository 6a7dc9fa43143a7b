// A private Secret Service for the keychain tests: a session D-Bus of its own
// (dbus-daemon, as dbus-run-session starts one) with gnome-keyring-daemon on it, its
// keyring in a temporary HOME, the "login" collection created and unlocked with a known
// password. start() points this process's DBUS_SESSION_BUS_ADDRESS (and HOME/XDG_*)
// at it, so that QtKeychain in the test and every child process use it and never the
// user's own keyring. Stopped (by PID) when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SipScope::Test {

class SecretService final
{
public:
    static constexpr const char *keyringPassword = "sipscope-test-keyring";

    SecretService();
    ~SecretService();
    SecretService(const SecretService &) = delete;
    SecretService &operator=(const SecretService &) = delete;

    // Empty on success; else why no Secret Service could run here (to QSKIP with).
    QString start();
    void stop();
    // Locks the login collection (secret-tool lock): reads then find nothing (libsecret
    // answers a locked item it cannot unlock as not found), writes fail as locked.
    bool lock();
    QString busAddress() const { return m_address; }

private:
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
};

} // namespace SipScope::Test
