#include "monitorcredentials.h"

#include "keychain/credentialname.h"
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

QString MonitorCredentials::keychainName(const QString &reference)
{
    static const QString prefix = u"keychain:"_s;
    return reference.startsWith(prefix, Qt::CaseInsensitive) ? reference.mid(prefix.size()) : QString();
}

namespace {

QString uriUser(const MonitorTarget &target)
{
    if (const ProbeTarget parsed = ProbeTarget::parse(target.target); parsed.isValid())
        return parsed.uri().user();
    return {};
}

} // namespace

Credentials MonitorCredentials::fromKeychain(const MonitorTarget &target, const QString &name, const QString &password)
{
    Credentials credentials;
    credentials.password = password;
    credentials.user = CredentialName::userOf(name);
    if (credentials.user.isEmpty())
        credentials.user = uriUser(target);
    return credentials;
}

std::optional<Credentials> MonitorCredentials::resolve(const MonitorTarget &target,
                                                       const QProcessEnvironment &environment)
{
    if (target.credentialsRef.isEmpty() || !keychainName(target.credentialsRef).isEmpty())
        return std::nullopt;
    Credentials credentials;
    credentials.password = environment.value(passwordVariable(target.credentialsRef));
    if (credentials.password.isEmpty())
        return std::nullopt;
    credentials.user = environment.value(userVariable(target.credentialsRef));
    if (credentials.user.isEmpty())
        credentials.user = uriUser(target);
    return credentials;
}

} // namespace SipScope
