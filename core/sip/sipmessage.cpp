#include "sipmessage.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// RFC 3261 §7.3.3 and the compact forms registered since (RFC 3265, 3515, 3892,
// 3903, 4028, 4474, 3841).
const QHash<QString, QString> &compactForms()
{
    static const QHash<QString, QString> forms = {
        {u"a"_s, u"Accept-Contact"_s},   {u"b"_s, u"Referred-By"_s},
        {u"c"_s, u"Content-Type"_s},     {u"d"_s, u"Request-Disposition"_s},
        {u"e"_s, u"Content-Encoding"_s}, {u"f"_s, u"From"_s},
        {u"i"_s, u"Call-ID"_s},          {u"j"_s, u"Reject-Contact"_s},
        {u"k"_s, u"Supported"_s},        {u"l"_s, u"Content-Length"_s},
        {u"m"_s, u"Contact"_s},          {u"n"_s, u"Identity-Info"_s},
        {u"o"_s, u"Event"_s},            {u"r"_s, u"Refer-To"_s},
        {u"s"_s, u"Subject"_s},          {u"t"_s, u"To"_s},
        {u"u"_s, u"Allow-Events"_s},     {u"v"_s, u"Via"_s},
        {u"x"_s, u"Session-Expires"_s},  {u"y"_s, u"Identity"_s},
    };
    return forms;
}

// Splits "a;b=c;d" at semicolons outside quoted strings. Parts are slices of the
// text, not built a character at a time (that was a fifth of a parse, see bench/).
QStringList splitParameters(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == u';' && !quoted) {
            parts << text.sliced(start, i - start).trimmed();
            start = i + 1;
        }
    }
    parts << text.sliced(start).trimmed();
    return parts;
}

std::pair<QString, QString> splitParameter(const QString &param)
{
    const qsizetype eq = param.indexOf(u'=');
    if (eq < 0)
        return {param.trimmed().toLower(), QString()};
    QString value = param.mid(eq + 1).trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return {param.left(eq).trimmed().toLower(), value};
}

// "SIP / 2.0 / UDP" → "SIP/2.0/UDP" (RFC 3261 §20.42 allows LWS around the slashes).
// By hand: compiling a QRegularExpression for every Via read was 85% of the parse time
// of a whole answer (found profiling bench_sipparser against libosip2).
QString withoutSpaceAroundSlashes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'/') {
            out += c;
            continue;
        }
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
        out += c;
        while (i + 1 < text.size() && text.at(i + 1).isSpace())
            ++i;
    }
    return out;
}

qsizetype indexOfSpace(const QString &text)
{
    const auto it = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    return it == text.cend() ? -1 : qsizetype(it - text.cbegin());
}

} // namespace

QString expandCompactHeaderName(const QString &name)
{
    if (name.size() == 1) {
        const auto it = compactForms().constFind(name.toLower());
        if (it != compactForms().cend())
            return it.value();
    }
    return name;
}

bool sameHeaderName(const QString &a, const QString &b)
{
    return expandCompactHeaderName(a).compare(expandCompactHeaderName(b), Qt::CaseInsensitive) == 0;
}

QStringList splitHeaderList(const QString &value)
{
    QStringList parts;
    qsizetype start = 0;
    bool quoted = false;
    int angle = 0;
    const auto take = [&parts, &value](qsizetype from, qsizetype to) {
        const QString part = value.sliced(from, to - from).trimmed();
        if (!part.isEmpty())
            parts << part;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted && c == u'\\' && i + 1 < value.size()) {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        if (c == u',' && !quoted && angle == 0) {
            take(start, i);
            start = i + 1;
        }
    }
    take(start, value.size());
    return parts;
}

std::optional<QString> headerParameter(const QString &value, const QString &name)
{
    // RFC 3261 §20.10: with <...> the header parameters follow '>'; without, every
    // ';' after the URI starts a header parameter.
    QString tail = value;
    const qsizetype open = value.indexOf(u'<');
    if (open >= 0) {
        const qsizetype close = value.indexOf(u'>', open);
        if (close < 0)
            return std::nullopt;
        tail = value.mid(close + 1);
    }
    const QStringList params = splitParameters(tail);
    const QString wanted = name.toLower();
    for (qsizetype i = 1; i < params.size(); ++i) {
        const auto [key, val] = splitParameter(params.at(i));
        if (key == wanted)
            return val;
    }
    return std::nullopt;
}

std::optional<QString> SipVia::parameter(const QString &name) const
{
    const QString lower = name.toLower();
    for (const auto &[key, value] : parameters) {
        if (key == lower)
            return value;
    }
    return std::nullopt;
}

QString SipVia::sentBy() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return port ? h + u':' + QString::number(*port) : h;
}

std::optional<SipVia> SipVia::parse(const QString &value)
{
    // RFC 3261 §20.42: sent-protocol LWS sent-by *( SEMI via-params ); LWS may appear
    // around the slashes.
    const QStringList params = splitParameters(value);
    const QString head = withoutSpaceAroundSlashes(params.value(0));
    const qsizetype space = indexOfSpace(head);
    if (space < 0)
        return std::nullopt;
    const QString protocol = head.left(space);
    const QString sentBy = head.mid(space).trimmed();
    const QStringList protoParts = protocol.split(u'/');
    if (protoParts.size() != 3 || sentBy.isEmpty() || indexOfSpace(sentBy) >= 0)
        return std::nullopt;

    SipVia via;
    via.protocol = protoParts.at(0).toUpper() + u'/' + protoParts.at(1);
    via.transport = protoParts.at(2).toUpper();
    QString portText;
    if (sentBy.startsWith(u'[')) {
        const qsizetype close = sentBy.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        via.host = sentBy.mid(1, close - 1);
        const QString rest = sentBy.mid(close + 1);
        if (rest.startsWith(u':'))
            portText = rest.mid(1);
        else if (!rest.isEmpty())
            return std::nullopt;
    } else {
        const qsizetype colon = sentBy.lastIndexOf(u':');
        via.host = colon < 0 ? sentBy : sentBy.left(colon);
        if (colon >= 0)
            portText = sentBy.mid(colon + 1);
    }
    if (via.host.isEmpty())
        return std::nullopt;
    via.host = via.host.toLower();
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        via.port = static_cast<quint16>(port);
    }
    for (qsizetype i = 1; i < params.size(); ++i) {
        if (!params.at(i).isEmpty())
            via.parameters.append(splitParameter(params.at(i)));
    }
    return via;
}

std::optional<SipCSeq> SipCSeq::parse(const QString &value)
{
    // RFC 3261 §20.16: 1*DIGIT LWS Method, the number below 2**31.
    const QStringList parts = value.simplified().split(u' ');
    if (parts.size() != 2 || parts.at(0).size() > 10)
        return std::nullopt;
    for (QChar c : parts.at(0)) {
        if (!c.isDigit() || c.unicode() >= 128)
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong number = parts.at(0).toULongLong(&ok);
    if (!ok || number >= (1ULL << 31) || parts.at(1).isEmpty())
        return std::nullopt;
    return SipCSeq{static_cast<quint32>(number), parts.at(1)};
}

SipMessage SipMessage::request(const QString &method, const QString &requestUri)
{
    SipMessage message;
    message.m_kind = Kind::Request;
    message.m_method = method;
    message.m_requestUri = requestUri;
    return message;
}

SipMessage SipMessage::response(int statusCode, const QString &reasonPhrase)
{
    SipMessage message;
    message.m_kind = Kind::Response;
    message.m_statusCode = statusCode;
    message.m_reasonPhrase = reasonPhrase;
    message.m_rawReasonPhrase = reasonPhrase.toUtf8();
    return message;
}

void SipMessage::setRawReasonPhrase(const QByteArray &raw)
{
    m_rawReasonPhrase = raw;
    // QString::fromUtf8 turns every invalid sequence into U+FFFD.
    m_reasonPhrase = QString::fromUtf8(raw);
}

void SipMessage::addHeader(const QString &name, const QString &value)
{
    m_headers.append({name, value});
}

void SipMessage::setHeader(const QString &name, const QString &value)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (sameHeaderName(m_headers.at(i).name, name)) {
            first = i;
            break;
        }
    }
    removeHeader(name);
    if (first < 0)
        m_headers.append({name, value});
    else
        m_headers.insert(first, {name, value});
}

void SipMessage::removeHeader(const QString &name)
{
    m_headers.removeIf([&name](const SipHeader &h) { return sameHeaderName(h.name, name); });
}

bool SipMessage::hasHeader(const QString &name) const
{
    return header(name).has_value();
}

std::optional<QString> SipMessage::header(const QString &name) const
{
    for (const SipHeader &h : m_headers) {
        if (sameHeaderName(h.name, name))
            return h.value;
    }
    return std::nullopt;
}

QStringList SipMessage::headerLines(const QString &name) const
{
    QStringList values;
    for (const SipHeader &h : m_headers) {
        if (sameHeaderName(h.name, name))
            values << h.value;
    }
    return values;
}

QStringList SipMessage::headerValues(const QString &name) const
{
    QStringList values;
    for (const QString &line : headerLines(name))
        values << splitHeaderList(line);
    return values;
}

std::optional<SipVia> SipMessage::topVia() const
{
    // Only the first element is needed: split one line, not every Via of the message.
    for (const QString &line : headerLines(u"Via"_s)) {
        const QStringList vias = splitHeaderList(line);
        if (!vias.isEmpty())
            return SipVia::parse(vias.constFirst());
    }
    return std::nullopt;
}

std::optional<SipCSeq> SipMessage::cseq() const
{
    const auto value = header(u"CSeq"_s);
    return value ? SipCSeq::parse(*value) : std::nullopt;
}

QString SipMessage::callId() const
{
    return header(u"Call-ID"_s).value_or(QString()).trimmed();
}

QString SipMessage::fromTag() const
{
    const auto value = header(u"From"_s);
    return value ? headerParameter(*value, u"tag"_s).value_or(QString()) : QString();
}

QString SipMessage::toTag() const
{
    const auto value = header(u"To"_s);
    return value ? headerParameter(*value, u"tag"_s).value_or(QString()) : QString();
}

QByteArray SipMessage::toBytes() const
{
    QByteArray bytes;
    if (isRequest()) {
        bytes += m_method.toUtf8() + ' ' + m_requestUri.toUtf8() + ' ' + m_sipVersion.toUtf8();
    } else {
        bytes += m_sipVersion.toUtf8() + ' ' + QByteArray::number(m_statusCode) + ' ' + m_rawReasonPhrase;
    }
    bytes += "\r\n";
    for (const SipHeader &h : m_headers)
        bytes += h.name.toUtf8() + ": " + h.value.toUtf8() + "\r\n";
    bytes += "\r\n";
    bytes += m_body;
    return bytes;
}

} // namespace SipScope
