#include "sipmessage.h"

#include <QHash>

#include <algorithm>
#include <utility>

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

// Calls `part` with each piece of "a;b=c;d" split at semicolons outside quoted strings,
// trimmed. Pieces are views into the text: a Via is read on every answer, and building
// its pieces as strings was most of a parse (bench/bench_sipparser under callgrind).
template<typename Part>
void forEachParameter(QStringView text, Part part)
{
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
            part(text.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    part(text.sliced(start).trimmed());
}

// Calls `part` with each element of a comma-separated header value (RFC 3261 §7.3.1),
// split outside quoted strings and <...>, trimmed; empty elements too.
template<typename Part>
void forEachListElement(QStringView value, Part part)
{
    qsizetype start = 0;
    bool quoted = false;
    int angle = 0;
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
            part(value.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    part(value.sliced(start).trimmed());
}

// The text of a view, lowercased; no second copy when it has no capital letter.
QString lowered(QStringView text)
{
    const bool lower = std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isUpper(); });
    return lower ? text.toString() : text.toString().toLower();
}

// "name=value" → {lowercased name, value without its quotes}; "name" → {name, ""}.
std::pair<QString, QString> splitParameter(QStringView param)
{
    const qsizetype eq = param.indexOf(u'=');
    if (eq < 0)
        return {lowered(param.trimmed()), QString()};
    QStringView value = param.sliced(eq + 1).trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.sliced(1, value.size() - 2);
    return {lowered(param.first(eq).trimmed()), value.toString()};
}

qsizetype indexOfSpace(QStringView text)
{
    const auto it = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    return it == text.cend() ? -1 : qsizetype(it - text.cbegin());
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

// The upper-case form of a view; the usual spellings come without an allocation.
QString uppered(QStringView text)
{
    static const QString usual[] = {u"SIP"_s, u"UDP"_s, u"TCP"_s, u"TLS"_s, u"WS"_s, u"WSS"_s, u"SCTP"_s};
    for (const QString &known : usual) {
        if (text.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return text.toString().toUpper();
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
    // Every lookup of every header line comes here (a parse reads Via, CSeq, Call-ID
    // and Content-Length), so the common cases allocate nothing: two names of one
    // length are the same header exactly when they match ignoring case (compact forms
    // are one letter each, long names longer), and a long name can only equal a name
    // of another length that is a compact form.
    if (a.size() == b.size())
        return a.compare(b, Qt::CaseInsensitive) == 0;
    if (a.size() != 1 && b.size() != 1)
        return false;
    return expandCompactHeaderName(a).compare(expandCompactHeaderName(b), Qt::CaseInsensitive) == 0;
}

QStringList splitHeaderList(const QString &value)
{
    QStringList parts;
    forEachListElement(value, [&parts](QStringView part) {
        if (!part.isEmpty())
            parts << part.toString();
    });
    return parts;
}

std::optional<QString> headerParameter(const QString &value, const QString &name)
{
    // RFC 3261 §20.10: with <...> the header parameters follow '>'; without, every
    // ';' after the URI starts a header parameter.
    QStringView tail = value;
    const qsizetype open = value.indexOf(u'<');
    if (open >= 0) {
        const qsizetype close = value.indexOf(u'>', open);
        if (close < 0)
            return std::nullopt;
        tail = tail.sliced(close + 1);
    }
    std::optional<QString> found;
    bool first = true;
    forEachParameter(tail, [&](QStringView param) {
        if (std::exchange(first, false) || found)
            return;
        auto [key, val] = splitParameter(param);
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            found = std::move(val);
    });
    return found;
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

std::optional<SipVia> SipVia::parse(QStringView value)
{
    // RFC 3261 §20.42: sent-protocol LWS sent-by *( SEMI via-params ), where
    // sent-protocol is name SLASH version SLASH transport and LWS may appear around
    // the slashes ("SIP / 2.0 / UDP").
    SipVia via;
    bool valid = true;
    bool first = true;
    forEachParameter(value, [&](QStringView part) {
        if (!std::exchange(first, false)) {
            if (!part.isEmpty())
                via.parameters.append(splitParameter(part));
            return;
        }
        QStringView protocol[3];
        int parts = 0;
        qsizetype i = 0;
        while (true) {
            const qsizetype start = i;
            while (i < part.size() && !part.at(i).isSpace() && part.at(i) != u'/')
                ++i;
            if (parts == 3) {
                valid = false;
                return;
            }
            protocol[parts++] = part.sliced(start, i - start);
            const qsizetype next = skipSpaces(part, i);
            if (next < part.size() && part.at(next) == u'/') {
                i = skipSpaces(part, next + 1);
                continue;
            }
            break;
        }
        // The protocol ends at a space; the sent-by follows it, one word.
        const QStringView sentBy = part.sliced(i).trimmed();
        if (parts != 3 || i == part.size() || sentBy.isEmpty() || indexOfSpace(sentBy) >= 0) {
            valid = false;
            return;
        }
        via.protocol = protocol[0].compare(u"SIP", Qt::CaseInsensitive) == 0 && protocol[1] == u"2.0"
            ? u"SIP/2.0"_s
            : uppered(protocol[0]) + u'/' + protocol[1].toString();
        via.transport = uppered(protocol[2]);
        QStringView host;
        QStringView portText;
        if (sentBy.startsWith(u'[')) {
            const qsizetype close = sentBy.indexOf(u']');
            if (close < 0) {
                valid = false;
                return;
            }
            host = sentBy.sliced(1, close - 1);
            const QStringView rest = sentBy.sliced(close + 1);
            if (rest.startsWith(u':'))
                portText = rest.sliced(1);
            else if (!rest.isEmpty())
                valid = false;
        } else {
            const qsizetype colon = sentBy.lastIndexOf(u':');
            host = colon < 0 ? sentBy : sentBy.first(colon);
            if (colon >= 0)
                portText = sentBy.sliced(colon + 1);
        }
        if (host.isEmpty())
            valid = false;
        via.host = lowered(host);
        if (valid && !portText.isEmpty()) {
            bool ok = false;
            const uint port = portText.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                valid = false;
            else
                via.port = static_cast<quint16>(port);
        }
    });
    if (!valid)
        return std::nullopt;
    return via;
}

std::optional<SipCSeq> SipCSeq::parse(const QString &value)
{
    // RFC 3261 §20.16: 1*DIGIT LWS Method, the number below 2**31. Read in place (every
    // answer's CSeq is read to match it to its transaction).
    const QStringView text = QStringView(value).trimmed();
    const qsizetype space = indexOfSpace(text);
    if (space < 0)
        return std::nullopt;
    const QStringView digits = text.first(space);
    const QStringView method = text.sliced(space).trimmed();
    if (digits.size() > 10 || method.isEmpty() || indexOfSpace(method) >= 0)
        return std::nullopt;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong number = digits.toULongLong(&ok);
    if (!ok || number >= (1ULL << 31))
        return std::nullopt;
    static const QString options = u"OPTIONS"_s;
    return SipCSeq{static_cast<quint32>(number), method == options ? options : method.toString()};
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
    // Only the first element is needed: the first non-empty one of the first Via line
    // that has one, read in place rather than splitting every Via of the message.
    static const QString via = u"Via"_s;
    for (const SipHeader &h : m_headers) {
        if (!sameHeaderName(h.name, via))
            continue;
        std::optional<QStringView> element;
        forEachListElement(h.value, [&element](QStringView part) {
            if (!element && !part.isEmpty())
                element = part;
        });
        if (element)
            return SipVia::parse(*element);
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
