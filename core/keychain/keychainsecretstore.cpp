#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// QtKeychain's errors, and the Secret Service's ways of saying "there is none": with no
// service on the session bus (a desktop-less machine) libsecret reports a D-Bus error
// as OtherError, which is an unavailable keychain to the user, not a failure of theirs.
SecretStoreResult::Status statusOf(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError: return SecretStoreResult::Status::Ok;
    case QKeychain::EntryNotFound: return SecretStoreResult::Status::NotFound;
    case QKeychain::AccessDeniedByUser: return SecretStoreResult::Status::Locked;
    case QKeychain::AccessDenied: return SecretStoreResult::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretStoreResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    const QString lower = text.toLower();
    if (lower.contains(u"locked"_s))
        return SecretStoreResult::Status::Locked;
    if (lower.contains(u"org.freedesktop.secrets"_s) || lower.contains(u"serviceunknown"_s)
        || lower.contains(u"d-bus"_s) || lower.contains(u"dbus"_s))
        return SecretStoreResult::Status::Unavailable;
    return SecretStoreResult::Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_WIN)
    return SecretStore::tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return SecretStore::tr("macOS Keychain");
#else
    return SecretStore::tr("Secret Service (GNOME Keyring, KeePassXC, KWallet)");
#endif
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Done done, bool isRead)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    // One answer per call: the job's, or the timeout's, whichever comes first.
    auto pending = std::make_shared<Done>(std::move(done));
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [pending, guard] {
        if (!*pending)
            return;
        const Done callback = std::exchange(*pending, Done());
        if (!guard)
            return;
        SecretStoreResult result;
        result.status = SecretStoreResult::Status::TimedOut;
        callback(result);
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [pending, guard, isRead](QKeychain::Job *finished) {
        finished->deleteLater();
        if (!*pending)
            return;
        const Done callback = std::exchange(*pending, Done());
        if (!guard)
            return;
        SecretStoreResult result;
        result.status = statusOf(finished->error(), finished->errorString());
        if (!result.ok() && result.status != SecretStoreResult::Status::NotFound)
            result.detail = finished->errorString();
        if (result.ok() && isRead)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        callback(result);
    });
    timer->start(m_timeout);
    job->start();
}

void KeychainSecretStore::read(const QString &account, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    run(job, context, std::move(done), true);
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &account, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    run(job, context, std::move(done), false);
}

} // namespace SipScope
