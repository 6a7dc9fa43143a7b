#include "messagecomparison.h"

#include "sip/sipparser.h"
#include "sip/sipuri.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

RawHead RawHead::split(const QByteArray &raw)
{
    RawHead head;
    qsizetype pos = 0;
    bool first = true;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        const bool lastLine = end < 0;
        if (lastLine)
            end = raw.size();
        QByteArray line = raw.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = lastLine ? raw.size() : end + 1;
        if (line.isEmpty() && !first) {
            head.complete = true;
            head.body = raw.mid(pos);
            break;
        }
        if (first) {
            head.startLine = line;
            first = false;
        } else if ((line.startsWith(' ') || line.startsWith('\t')) && !head.headers.isEmpty()) {
            head.headers.last().bytes += "\r\n" + line;
        } else {
            const qsizetype colon = line.indexOf(':');
            const QString name = QString::fromUtf8(colon < 0 ? line : line.left(colon)).trimmed();
            head.headers.append({MessageComparison::canonicalName(name), name, line});
        }
    }
    return head;
}

bool MessageComparison::isProxyHeader(const QString &lowerName)
{
    return lowerName == u"via"_s || lowerName == u"record-route"_s || lowerName == u"max-forwards"_s;
}

QString MessageComparison::canonicalName(const QString &name)
{
    return expandCompactHeaderName(name).toLower();
}

bool MessageComparison::sameHost(const QString &a, const QString &b)
{
    const QHostAddress left(a);
    const QHostAddress right(b);
    if (!left.isNull() && !right.isNull())
        return left.isEqual(right, QHostAddress::TolerantConversion);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString MessageComparison::uriText(const QString &value)
{
    const qsizetype open = value.indexOf(u'<');
    if (open >= 0) {
        const qsizetype close = value.indexOf(u'>', open);
        return value.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    }
    const qsizetype semicolon = value.indexOf(u';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed();
}

bool MessageComparison::sameUri(const QString &a, const QString &b)
{
    const SipUriParseResult left = SipUri::parse(a);
    const SipUriParseResult right = SipUri::parse(b);
    if (!left.isValid() || !right.isValid())
        return a == b;
    return left.uri->scheme() == right.uri->scheme() && left.uri->user() == right.uri->user()
        && sameHost(left.uri->host(), right.uri->host()) && left.uri->port() == right.uri->port();
}

QString MessageComparison::describeAlteration(const QString &sent, const QString &received)
{
    if (received.isEmpty())
        return QCoreApplication::translate("PathAnalysis", "removed");
    if (sent.compare(received, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("PathAnalysis", "letter case changed");
    if (sent.startsWith(u"z9hG4bK"_s) && !received.startsWith(u"z9hG4bK"_s, Qt::CaseInsensitive)
        && sent.mid(7) == received)
        return QCoreApplication::translate("PathAnalysis", "magic cookie z9hG4bK removed");
    if (received.startsWith(sent))
        return QCoreApplication::translate("PathAnalysis", "\"%1\" appended").arg(received.mid(sent.size()));
    if (sent.startsWith(received))
        return QCoreApplication::translate("PathAnalysis", "cut to %n character(s)", nullptr, int(received.size()));
    if (received.contains(sent))
        return QCoreApplication::translate("PathAnalysis", "wrapped in other text");
    return QCoreApplication::translate("PathAnalysis", "replaced");
}

QStringList MessageComparison::headerNameOrder(const SipMessage &message)
{
    QStringList order;
    for (const SipHeader &header : message.headers()) {
        const QString name = canonicalName(header.name);
        if (!isProxyHeader(name) && !order.contains(name))
            order << name;
    }
    return order;
}

QString MessageComparison::displayName(const SipMessage &message, const QString &canonical)
{
    for (const SipHeader &header : message.headers()) {
        if (canonicalName(header.name) == canonical)
            return expandCompactHeaderName(header.name);
    }
    return canonical;
}

std::optional<SipMessage> MessageComparison::parse(const QByteArray &raw)
{
    SipParseResult parsed = SipParser::parseDatagram(raw);
    if (!parsed.isValid())
        return std::nullopt;
    return std::move(parsed.message);
}

bool MessageComparison::looksLikeOurs(const SipMessage &request, const SipMessage &response)
{
    if (!response.isResponse())
        return false;
    const auto requestCSeq = request.cseq();
    const auto responseCSeq = response.cseq();
    if (!requestCSeq || !responseCSeq || requestCSeq->method != responseCSeq->method)
        return false;
    const auto requestVia = request.topVia();
    const auto responseVia = response.topVia();
    const bool sameBranch = requestVia && responseVia
        && requestVia->branch().compare(responseVia->branch(), Qt::CaseInsensitive) == 0;
    const bool sameCallId = !request.callId().isEmpty() && response.callId().contains(request.callId(), Qt::CaseInsensitive);
    const bool sameTag = !request.fromTag().isEmpty() && request.fromTag() == response.fromTag();
    return sameBranch || sameCallId || sameTag;
}

} // namespace SipScope
