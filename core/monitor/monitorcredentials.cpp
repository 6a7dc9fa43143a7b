#include "monitorcredentials.h"

#include "sip/probetarget.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString MonitorCredentials::variableSuffix(const QString &reference)
{
    QString suffix = reference.toUpper();
    for (QChar &c : suffix) {
        const bool keep = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!keep)
            c = u'_';
    }
    return suffix;
}

QString MonitorCredentials::passwordVariable(const QString &reference)
{
    return u"SIPSCOPE_PASSWORD_"_s + variableSuffix(reference);
}

QString MonitorCredentials::userVariable(const QString &reference)
{
    return u"SIPSCOPE_USER_"_s + variableSuffix(reference);
}

std::optional<Credentials> MonitorCredentials::resolve(const MonitorTarget &target,
                                                       const QProcessEnvironment &environment)
{
    if (target.credentialsRef.isEmpty())
        return std::nullopt;
    Credentials credentials;
    credentials.password = environment.value(passwordVariable(target.credentialsRef));
    if (credentials.password.isEmpty())
        return std::nullopt;
    credentials.user = environment.value(userVariable(target.credentialsRef));
    if (credentials.user.isEmpty()) {
        if (const ProbeTarget parsed = ProbeTarget::parse(target.target); parsed.isValid())
            credentials.user = parsed.uri().user();
    }
    return credentials;
}

} // namespace SipScope
