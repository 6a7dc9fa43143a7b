#include "credentials.h"

#include <QDebug>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

bool Credentials::acceptsRealm(const QString &challengeRealm) const
{
    // Realms are opaque strings compared exactly (RFC 7616 §3.3).
    return realm.isEmpty() || realm == challengeRealm;
}

QString Credentials::redactedDescription() const
{
    QString text = u"user="_s + user;
    if (!authUser.isEmpty() && authUser != user)
        text += u" auth-user="_s + authUser;
    text += u" realm="_s + (realm.isEmpty() ? u"*"_s : realm);
    text += u" password="_s + (password.isEmpty() ? u"<none>"_s : u"<set>"_s);
    return text;
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Credentials(" << credentials.redactedDescription() << ')';
    return debug;
}

} // namespace SipScope
