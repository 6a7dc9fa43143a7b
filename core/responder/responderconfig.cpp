#include "responderconfig.h"

#include "codes/responsecodecatalog.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// Headers the responder writes from the request (RFC 3261 §8.2.6.2) or computes.
bool isReservedHeader(const QString &name)
{
    for (const QString &reserved : {u"Via"_s, u"From"_s, u"To"_s, u"Call-ID"_s, u"CSeq"_s,
                                    u"Content-Length"_s}) {
        if (sameHeaderName(name, reserved))
            return true;
    }
    return false;
}

bool hasHeader(const QList<SipHeader> &headers, const QString &name)
{
    for (const SipHeader &header : headers) {
        if (sameHeaderName(header.name, name))
            return true;
    }
    return false;
}

// Generic phrases for codes the catalog does not know (protocol text, not translated).
QString classPhrase(int code)
{
    switch (code / 100) {
    case 2: return u"Success"_s;
    case 3: return u"Redirection"_s;
    case 4: return u"Client Failure"_s;
    case 5: return u"Server Failure"_s;
    case 6: return u"Global Failure"_s;
    default: return u"Response"_s;
    }
}

} // namespace

QString ResponderConfig::effectiveReason() const
{
    if (!reasonPhrase.trimmed().isEmpty())
        return reasonPhrase.trimmed();
    if (const auto code = ResponseCodeCatalog::instance().find(statusCode); code && !code->reason.isEmpty())
        return code->reason;
    return classPhrase(statusCode);
}

bool ResponderConfig::listensOnAllInterfaces() const
{
    return address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)
        || address == QHostAddress(QHostAddress::Any);
}

bool ResponderConfig::isLoopbackOnly() const
{
    return address.isLoopback();
}

ResponderConfig::Check ResponderConfig::check() const
{
    Check result;
    if (statusCode < 200 || statusCode > 699) {
        result.errors << tr("The answer must be a final response code from 200 to 699, not %1; "
            "provisional responses are chosen separately.").arg(statusCode);
    }
    const QString reason = effectiveReason();
    if (reason.contains(u'\r') || reason.contains(u'\n') || reason.contains(QChar(0)))
        result.errors << tr("The reason phrase must fit on one line.");
    if (delayMs < 0 || delayMs > maxDelayMs) {
        result.errors << tr("The delay must be between 0 and %1 ms.").arg(maxDelayMs);
    }
    if (rateLimitPerSource < 0 || rateLimitPerSource > maxRateLimit)
        result.errors << tr("The rate limit must be between 0 (none) and %1 requests a second.").arg(maxRateLimit);
    for (int code : provisionals) {
        if (code < 100 || code > 199) {
            result.errors << tr("%1 is not a provisional response code (100 to 199).").arg(code);
        }
    }
    if (address.isNull())
        result.errors << tr("The listen address is not an IP address.");
    const bool tls = transport == TransportProtocol::Tls || transport == TransportProtocol::Wss;
    if (tls && (certificateFile.isEmpty() || privateKeyFile.isEmpty()))
        result.errors << tr("TLS needs a certificate file and a private key file.");
    for (const SipHeader &header : extraHeaders) {
        if (isReservedHeader(header.name)) {
            result.errors << tr("The %1 header is copied from the request and cannot be set.").arg(header.name);
        }
    }

    if (listensOnAllInterfaces()) {
        result.warnings << tr("Listening on all interfaces: anyone who can reach this computer can "
                              "send requests to the responder and get its answers.");
    } else if (!address.isNull() && !isLoopbackOnly()) {
        result.warnings << tr("Listening on %1, which is reachable from other computers.").arg(address.toString());
    }
    if (callBacks && transport != TransportProtocol::Udp) {
        result.warnings << tr("Call-backs work over UDP only: over %1 requests asking for one are answered "
                              "\"refused\".").arg(transportToken(transport));
    }
    if (statusCode >= 200 && statusCode < 300) {
        result.warnings << tr("A %1 to INVITE would set up a call with a media session, which the responder cannot "
            "do: INVITE requests get 488 Not Acceptable Here with a Warning instead; other "
            "requests get %1.").arg(statusCode);
    }
    // RFC 3261 §21: headers some codes must (or should) carry.
    struct Needed { int code; const char *header; };
    static constexpr Needed needed[] = {
        {401, "WWW-Authenticate"}, {407, "Proxy-Authenticate"}, {405, "Allow"},
        {420, "Unsupported"}, {423, "Min-Expires"}, {421, "Require"},
    };
    for (const Needed &need : needed) {
        if (statusCode == need.code && !hasHeader(extraHeaders, QLatin1String(need.header))) {
            result.warnings << tr("A %1 response should carry a %2 header; add it with a header line.")
                                   .arg(statusCode).arg(QLatin1String(need.header));
        }
    }
    if (statusCode >= 300 && statusCode < 400 && !hasHeader(extraHeaders, u"Contact"_s)) {
        result.warnings << tr("A %1 redirect without a Contact header tells the caller nowhere to go.").arg(statusCode);
    }
    return result;
}

ResponderConfig::Listen ResponderConfig::parseListen(const QString &text)
{
    Listen result;
    const QString value = text.trimmed();
    QString host;
    QString portText;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0 || (close + 1 < value.size() && value.at(close + 1) != u':')) {
            result.errorMessage = tr("\"%1\" is not an address and port such as [::1]:5060.").arg(value);
            return result;
        }
        host = value.mid(1, close - 1);
        portText = value.mid(close + 2);
    } else if (value.count(u':') == 1) {
        host = value.section(u':', 0, 0);
        portText = value.section(u':', 1);
    } else if (value.count(u':') > 1) {
        host = value;   // a bare IPv6 address
    } else {
        bool isNumber = false;
        value.toUInt(&isNumber);
        (isNumber ? portText : host) = value;
    }
    result.address = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (result.address.isNull()) {
        result.errorMessage = tr("\"%1\" is not an IP address; the responder listens on an address, not a name.").arg(host);
        return result;
    }
    result.port = 5060;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535) {
            result.errorMessage = tr("\"%1\" is not a port number (0 to 65535).").arg(portText);
            return result;
        }
        result.port = quint16(port);
    }
    return result;
}

std::optional<QList<int>> ResponderConfig::parseProvisionals(const QString &text, QString *error)
{
    QList<int> codes;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int code = part.trimmed().toInt(&ok);
        if (!ok || code < 100 || code > 199) {
            if (error) {
                *error = tr("\"%1\" is not a provisional response code (100 to 199).").arg(part.trimmed());
            }
            return std::nullopt;
        }
        codes.append(code);
    }
    if (codes.size() > 8) {
        if (error)
            *error = tr("At most eight provisional responses can be sent first.");
        return std::nullopt;
    }
    return codes;
}

std::optional<SipHeader> ResponderConfig::parseHeader(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<SipHeader> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0))) {
        return fail(tr("A header must fit on one line: \"%1\".").arg(text.simplified()));
    }
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? QString() : text.left(colon).trimmed();
    // RFC 3261 §25.1: a header name is a token.
    bool token = !name.isEmpty();
    for (QChar c : name)
        token = token && c.unicode() < 128 && (c.isLetterOrNumber() || u"-.!%*_+`'~"_s.contains(c));
    if (!token) {
        return fail(tr("\"%1\" is not a header: write it as \"Name: value\".").arg(text));
    }
    if (isReservedHeader(name)) {
        return fail(tr("The %1 header is copied from the request and cannot be set.").arg(expandCompactHeaderName(name)));
    }
    return SipHeader{name, text.mid(colon + 1).trimmed()};
}

} // namespace SipScope
