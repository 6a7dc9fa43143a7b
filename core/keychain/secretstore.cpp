#include "secretstore.h"

#include <QMetaObject>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString SecretStore::serviceName()
{
    return u"SipScope"_s;
}

QString SecretStoreResult::message() const
{
    QString text;
    switch (status) {
    case Status::Ok: text = SecretStore::tr("Done."); break;
    case Status::NotFound: text = SecretStore::tr("Nothing is saved in the keychain under that name."); break;
    case Status::Unavailable: text = SecretStore::tr("The system keychain is not available."); break;
    case Status::Locked: text = SecretStore::tr("The keychain is locked (or unlocking it was cancelled): unlock it and try again."); break;
    case Status::Denied: text = SecretStore::tr("The keychain refused access."); break;
    case Status::TimedOut: text = SecretStore::tr("The keychain did not answer in time; it may be waiting for you to unlock it."); break;
    case Status::Failed: text = SecretStore::tr("The keychain reported an error."); break;
    }
    if (!detail.isEmpty())
        text += u' ' + detail;
    return text;
}

QString SecretStoreResult::token() const
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::NotFound: return u"not_found"_s;
    case Status::Unavailable: return u"unavailable"_s;
    case Status::Locked: return u"locked"_s;
    case Status::Denied: return u"denied"_s;
    case Status::TimedOut: return u"timeout"_s;
    case Status::Failed: return u"failed"_s;
    }
    return u"failed"_s;
}

void UnavailableSecretStore::finish(QObject *context, Done done) const
{
    SecretStoreResult result;
    result.status = SecretStoreResult::Status::Unavailable;
    result.detail = m_reason;
    // Later, as the real store does: callers never see their callback run inside the call.
    QMetaObject::invokeMethod(context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void UnavailableSecretStore::read(const QString &, QObject *context, Done done)
{
    finish(context, std::move(done));
}

void UnavailableSecretStore::write(const QString &, const QString &, QObject *context, Done done)
{
    finish(context, std::move(done));
}

void UnavailableSecretStore::remove(const QString &, QObject *context, Done done)
{
    finish(context, std::move(done));
}

} // namespace SipScope
