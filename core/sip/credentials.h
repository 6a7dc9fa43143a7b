// What the probe answers a digest challenge with. The password is a secret: nothing
// in SipScope prints it, and this type's own debug/description output redacts it.
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace SipScope {

struct Credentials
{
    QString user;       // the From/To user part (sip:user@host)
    QString authUser;   // digest "username"; empty: same as user (RFC 3261 §22.4)
    QString password;   // never printed, logged, serialised or shown
    QString realm;      // empty: answer any realm; else only challenges for this realm

    // The user name the digest answer carries.
    QString effectiveAuthUser() const { return authUser.isEmpty() ? user : authUser; }
    bool hasPassword() const { return !password.isEmpty(); }
    // True when the challenge's realm may be answered with these credentials.
    bool acceptsRealm(const QString &challengeRealm) const;

    // "user=alice auth-user=alice-auth realm=* password=<set>": safe for logs and UIs.
    // Neither the password nor its length is shown.
    QString redactedDescription() const;
};

// Prints redactedDescription(); the password never reaches a QDebug stream.
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace SipScope
