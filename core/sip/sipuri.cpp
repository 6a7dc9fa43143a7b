#include "sipuri.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr qsizetype MaxTargetLength = 1024;

// RFC 3261 §25.1: unreserved = alphanum / mark.
bool isUnreserved(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || u"-_.!~*'()"_s.contains(c);
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// True when text[i] starts a valid %HH escape.
bool isEscape(const QString &text, qsizetype i)
{
    return text.at(i) == u'%' && i + 2 < text.size() && isHex(text.at(i + 1)) && isHex(text.at(i + 2));
}

// RFC 3261 §25.1 user = 1*( unreserved / escaped / user-unreserved ).
bool isValidUser(const QString &user)
{
    if (user.isEmpty())
        return false;
    for (qsizetype i = 0; i < user.size(); ++i) {
        const QChar c = user.at(i);
        if (c == u'%') {
            if (!isEscape(user, i))
                return false;
            i += 2;
            continue;
        }
        if (!isUnreserved(c) && !u"&=+$,;?/"_s.contains(c))
            return false;
    }
    return true;
}

// RFC 3261 §25.1 paramchar = param-unreserved / unreserved / escaped.
bool isValidParamText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%') {
            if (!isEscape(text, i))
                return false;
            i += 2;
            continue;
        }
        if (!isUnreserved(c) && !u"[]/:&+$"_s.contains(c))
            return false;
    }
    return true;
}

// Dotted-quad IPv4 with 1-3 digit octets; leading zeros are rejected because some
// stacks read them as octal, which would make us probe a different address.
std::optional<QString> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    QStringList canonical;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return std::nullopt;
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value > 255)
            return std::nullopt;
        canonical << QString::number(value);
    }
    return canonical.join(u'.');
}

// RFC 3261 §25.1 hostname: labels of alphanumerics and inner hyphens, the top label
// starting with a letter; one trailing dot is allowed (and dropped).
bool isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            if (c.unicode() >= 128 || !(c.isLetterOrNumber() || c == u'-'))
                return false;
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
    }
    return labels.constLast().at(0).isLetter();
}

bool looksLikeIpv6(const QString &text)
{
    // "1.2.3.4:50:60" is an IPv4 address with a broken port, not an IPv6 address.
    if (text.count(u':') < 2 || text.left(text.indexOf(u':')).contains(u'.'))
        return false;
    for (QChar c : text) {
        if (!isHex(c) && c != u':' && c != u'.' && c != u'%')
            return false;
    }
    return true;
}

std::optional<QString> parseIpv6(const QString &text)
{
    QHostAddress address;
    if (text.contains(u'%') || !address.setAddress(text)
        || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address.toString();
}

SipUriParseResult failure(SipUriError error, const QString &part = {})
{
    SipUriParseResult result;
    result.error = error;
    result.errorMessage = SipUri::errorMessage(error, part);
    return result;
}

struct HostPortResult
{
    SipUriError error = SipUriError::None;
    QString part;
};

HostPortResult parseHostPort(const QString &text, SipUri &uri)
{
    QString hostText;
    QString portText;
    bool hasPort = false;

    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return {SipUriError::UnbalancedBracket, text};
        hostText = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return {rest.contains(u']') ? SipUriError::UnbalancedBracket : SipUriError::InvalidHost, text};
            hasPort = true;
            portText = rest.mid(1);
        }
        const auto v6 = parseIpv6(hostText);
        if (!v6)
            return {SipUriError::InvalidIpv6, hostText};
        uri.setHost(*v6, SipUri::HostType::IPv6);
    } else {
        if (text.contains(u']'))
            return {SipUriError::UnbalancedBracket, text};
        if (text.isEmpty())
            return {SipUriError::MissingHost, {}};
        if (text.count(u':') >= 2) {
            // A bare IPv6 address: unambiguous without a port, so we accept it.
            if (const auto v6 = parseIpv6(text)) {
                uri.setHost(*v6, SipUri::HostType::IPv6);
                return {};
            }
            if (looksLikeIpv6(text))
                return {SipUriError::InvalidIpv6, text};
            return {SipUriError::InvalidPort, text.mid(text.indexOf(u':') + 1)};
        }
        const qsizetype colon = text.indexOf(u':');
        hostText = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            hasPort = true;
            portText = text.mid(colon + 1);
        }
        if (hostText.isEmpty())
            return {SipUriError::MissingHost, {}};
        bool allNumeric = true;
        for (QChar c : hostText)
            allNumeric = allNumeric && (c.isDigit() || c == u'.');
        if (allNumeric) {
            const auto v4 = parseIpv4(hostText);
            if (!v4)
                return {SipUriError::InvalidHost, hostText};
            uri.setHost(*v4, SipUri::HostType::IPv4);
        } else {
            QString name = hostText.toLower();
            if (name.endsWith(u'.'))
                name.chop(1);
            if (!isValidHostName(name))
                return {SipUriError::InvalidHost, hostText};
            uri.setHost(name, SipUri::HostType::DomainName);
        }
    }

    if (hasPort) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        bool digitsOnly = !portText.isEmpty() && portText.size() <= 5;
        for (QChar c : portText)
            digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
        if (!digitsOnly || !ok || port == 0 || port > 65535)
            return {SipUriError::InvalidPort, portText};
        uri.setPort(static_cast<quint16>(port));
    }
    return {};
}

const QStringList &otherSchemes()
{
    static const QStringList schemes = {u"http"_s, u"https"_s, u"tel"_s, u"mailto"_s, u"ws"_s,
                                        u"wss"_s, u"ftp"_s, u"urn"_s, u"h323"_s, u"xmpp"_s,
                                        u"im"_s, u"pres"_s, u"file"_s, u"data"_s};
    return schemes;
}

} // namespace

SipUriParseResult SipUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(SipUriError::Empty);
    if (text.size() > MaxTargetLength)
        return failure(SipUriError::TooLong);
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return failure(SipUriError::ContainsWhitespace, text);
    }

    SipUri uri;
    QString rest = text;
    if (text.contains(u"://"_s))
        return failure(SipUriError::UnsupportedScheme, text.left(text.indexOf(u"://"_s)));
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && !text.startsWith(u'[')) {
        const QString scheme = text.left(colon).toLower();
        if (scheme == u"sip"_s || scheme == u"sips"_s) {
            uri.m_scheme = scheme == u"sips"_s ? Scheme::Sips : Scheme::Sip;
            rest = text.mid(colon + 1);
        } else if (otherSchemes().contains(scheme)) {
            return failure(SipUriError::UnsupportedScheme, scheme);
        }
    }

    // user part: everything before the first '@' (the user part cannot contain one).
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        const QString user = rest.left(at);
        if (user.isEmpty())
            return failure(SipUriError::InvalidUser, user);
        if (user.contains(u':'))
            return failure(SipUriError::InvalidUser, u":"_s);
        // "//alice@host" typed without a scheme would normalise to "sip://alice@host",
        // which the "://" check above refuses: the shown form must parse back (found by
        // the sip_uri fuzzer). A user part never starts with "//" except in a mangled URL.
        if (user.startsWith(u"//"_s))
            return failure(SipUriError::InvalidUser, user);
        if (!isValidUser(user))
            return failure(SipUriError::InvalidUser, user);
        uri.m_user = user;
        rest = rest.mid(at + 1);
    }

    if (rest.contains(u'?'))
        return failure(SipUriError::UnsupportedHeaders, rest.mid(rest.indexOf(u'?')));

    const qsizetype semicolon = rest.indexOf(u';');
    const QString hostPort = semicolon < 0 ? rest : rest.left(semicolon);
    if (hostPort.isEmpty())
        return failure(SipUriError::MissingHost);
    const HostPortResult hp = parseHostPort(hostPort, uri);
    if (hp.error != SipUriError::None)
        return failure(hp.error, hp.part);

    if (semicolon >= 0) {
        const QStringList params = rest.mid(semicolon + 1).split(u';');
        for (const QString &param : params) {
            const qsizetype eq = param.indexOf(u'=');
            const QString name = (eq < 0 ? param : param.left(eq)).toLower();
            const QString value = eq < 0 ? QString() : param.mid(eq + 1);
            if (name.isEmpty() || !isValidParamText(name) || (eq >= 0 && value.isEmpty())
                || !isValidParamText(value) || uri.parameter(name).has_value())
                return failure(SipUriError::InvalidParameter, param);
            if (name == u"transport"_s) {
                const auto protocol = transportFromToken(value);
                if (!protocol)
                    return failure(SipUriError::InvalidTransport, value);
                // RFC 3261 §19.1.2: sips: requires TLS on every hop.
                if (uri.isSips() && *protocol == TransportProtocol::Udp)
                    return failure(SipUriError::InvalidTransport, value);
                uri.m_parameters.append({name, value.toLower()});
            } else {
                uri.m_parameters.append({name, value});
            }
        }
    }

    SipUriParseResult result;
    result.uri = uri;
    return result;
}

QString SipUri::errorMessage(SipUriError error, const QString &part)
{
    switch (error) {
    case SipUriError::None:
        return {};
    case SipUriError::Empty:
        return QCoreApplication::translate("SipUri", "The target is empty: type a host name, an address or a sip: URI.");
    case SipUriError::TooLong:
        return QCoreApplication::translate("SipUri", "The target is longer than %1 characters.").arg(MaxTargetLength);
    case SipUriError::ContainsWhitespace:
        return QCoreApplication::translate("SipUri", "The target contains spaces or control characters.");
    case SipUriError::UnsupportedScheme:
        if (part.compare(u"sip"_s, Qt::CaseInsensitive) == 0 || part.compare(u"sips"_s, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("SipUri", "A SIP URI has no \"//\": write %1:host, not %1://host.").arg(part);
        return QCoreApplication::translate("SipUri", "\"%1:\" is not a SIP address: use sip:, sips: or just a host name.").arg(part);
    case SipUriError::MissingHost:
        return QCoreApplication::translate("SipUri", "The target has no host: add a host name or an IP address.");
    case SipUriError::InvalidUser:
        if (part == u":"_s)
            return QCoreApplication::translate("SipUri", "A password in the target is not supported: remove the part after ':' in the user name.");
        if (part.isEmpty())
            return QCoreApplication::translate("SipUri", "The user part before '@' is empty.");
        return QCoreApplication::translate("SipUri", "The user part \"%1\" contains characters that are not allowed.").arg(part);
    case SipUriError::InvalidHost:
        return QCoreApplication::translate("SipUri", "\"%1\" is not a valid host name or IPv4 address.").arg(part);
    case SipUriError::UnbalancedBracket:
        return QCoreApplication::translate("SipUri", "Unbalanced brackets in \"%1\": write IPv6 addresses as [2001:db8::1].").arg(part);
    case SipUriError::InvalidIpv6:
        return QCoreApplication::translate("SipUri", "\"%1\" is not a valid IPv6 address.").arg(part);
    case SipUriError::InvalidPort:
        if (part.isEmpty())
            return QCoreApplication::translate("SipUri", "The port is missing after ':'.");
        return QCoreApplication::translate("SipUri", "\"%1\" is not a valid port: use a number from 1 to 65535.").arg(part);
    case SipUriError::InvalidParameter:
        return QCoreApplication::translate("SipUri", "The URI parameter \";%1\" is malformed or repeated.").arg(part);
    case SipUriError::InvalidTransport:
        return QCoreApplication::translate("SipUri", "Unsupported transport \"%1\": use udp, tcp or tls (sips: needs tls).").arg(part);
    case SipUriError::UnsupportedHeaders:
        return QCoreApplication::translate("SipUri", "URI headers (\"%1\") are not supported in a probe target.").arg(part);
    }
    return {};
}

std::optional<QString> SipUri::parameter(const QString &name) const
{
    const QString lower = name.toLower();
    for (const auto &[key, value] : m_parameters) {
        if (key == lower)
            return value;
    }
    return std::nullopt;
}

void SipUri::setParameter(const QString &name, const QString &value)
{
    const QString lower = name.toLower();
    for (auto &param : m_parameters) {
        if (param.first == lower) {
            param.second = value;
            return;
        }
    }
    m_parameters.append({lower, value});
}

std::optional<TransportProtocol> SipUri::transportParameter() const
{
    const auto value = parameter(u"transport"_s);
    return value ? transportFromToken(*value) : std::nullopt;
}

QString SipUri::hostForUri() const
{
    return m_hostType == HostType::IPv6 ? u'[' + m_host + u']' : m_host;
}

QString SipUri::hostPort() const
{
    return m_port ? hostForUri() + u':' + QString::number(*m_port) : hostForUri();
}

QString SipUri::toString() const
{
    QString text = isSips() ? u"sips:"_s : u"sip:"_s;
    if (!m_user.isEmpty())
        text += m_user + u'@';
    text += hostPort();
    for (const auto &[name, value] : m_parameters) {
        text += u';' + name;
        if (!value.isEmpty())
            text += u'=' + value;
    }
    return text;
}

} // namespace SipScope
