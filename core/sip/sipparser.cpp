#include "sipparser.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// QByteArrayView gained left()/mid() only after Qt 6.4; these clamp like QByteArray's.
QByteArrayView leftOf(QByteArrayView view, qsizetype n)
{
    return view.first(qBound<qsizetype>(0, n, view.size()));
}

QByteArrayView midOf(QByteArrayView view, qsizetype pos, qsizetype n = -1)
{
    pos = qBound<qsizetype>(0, pos, view.size());
    const qsizetype available = view.size() - pos;
    return view.sliced(pos, n < 0 ? available : std::min(n, available));
}

struct HeaderEnd
{
    qsizetype headEnd = -1;    // first byte of the empty line
    qsizetype bodyStart = -1;  // first byte after it
};

// Finds the empty line that ends the headers. Lines end in CRLF; a bare LF is
// accepted too, as most stacks do (RFC 3261 §7.5 asks for robustness here).
HeaderEnd findHeaderEnd(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nl = data.indexOf('\n', pos);
        if (nl < 0)
            return {};
        qsizetype lineEnd = nl;
        if (lineEnd > pos && data.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd == pos && pos > 0)
            return {pos, nl + 1};
        pos = nl + 1;
    }
    return {};
}

qsizetype skipKeepAlives(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size() && (data.at(pos) == '\r' || data.at(pos) == '\n'))
        ++pos;
    return pos;
}

SipParseResult failure(SipParseError error, const QString &message)
{
    SipParseResult result;
    result.error = error;
    result.errorMessage = message;
    return result;
}

// RFC 3261 §25.1 token characters, as a table: every header name of every message is
// checked against it.
constexpr std::array<bool, 256> tokenChars = [] {
    std::array<bool, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = table[c - 'a' + 'A'] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (char c : std::string_view("-.!%*_+`'~"))
        table[uchar(c)] = true;
    return table;
}();

bool isTokenChar(char c)
{
    return tokenChars[uchar(c)];
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// The printable start of a line for error messages (no control characters).
QString excerpt(QByteArrayView line)
{
    QString text = QString::fromUtf8(leftOf(line, 60));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return line.size() > 60 ? text + u"…"_s : text;
}

// The header name as text. The names most messages carry come from a table, spelled as
// they are on the wire, so that parsing them allocates nothing; any other spelling is
// converted (names are tokens, RFC 3261 §25.1: ASCII).
QString headerName(QByteArrayView name)
{
    static const QString common[] = {
        u"Via"_s, u"From"_s, u"To"_s, u"Call-ID"_s, u"CSeq"_s, u"Contact"_s,
        u"Content-Length"_s, u"Content-Type"_s, u"Max-Forwards"_s, u"User-Agent"_s,
        u"Server"_s, u"Allow"_s, u"Supported"_s, u"Accept"_s, u"Accept-Encoding"_s,
        u"Accept-Language"_s, u"Record-Route"_s, u"Route"_s, u"WWW-Authenticate"_s,
        u"Proxy-Authenticate"_s, u"Date"_s, u"Warning"_s, u"Reason"_s, u"Retry-After"_s,
        u"Expires"_s, u"Allow-Events"_s, u"Require"_s, u"Unsupported"_s,
        u"v"_s, u"f"_s, u"t"_s, u"i"_s, u"m"_s, u"l"_s, u"c"_s, u"k"_s,
    };
    for (const QString &known : common) {
        if (known.size() != name.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < name.size(); ++i)
            same = known.at(i).unicode() == uchar(name.at(i));
        if (same)
            return known;
    }
    return QString::fromLatin1(name);
}

bool isSipVersion(QByteArrayView text)
{
    return text.compare("SIP/2.0", Qt::CaseInsensitive) == 0;
}

std::optional<SipParseResult> parseStartLine(QByteArrayView line, SipMessage &message)
{
    if (line.startsWith("HTTP/")) {
        const qsizetype space = line.indexOf(' ');
        return failure(SipParseError::UnsupportedVersion,
                       QCoreApplication::translate("SipParser", "Unsupported protocol version \"%1\": only SIP/2.0 is understood.")
                           .arg(excerpt(space < 0 ? line : leftOf(line, space))));
    }
    if (line.size() >= 4 && leftOf(line, 4).compare("SIP/", Qt::CaseInsensitive) == 0) {
        // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase (RFC 3261 §7.2)
        const qsizetype space = line.indexOf(' ');
        const QByteArrayView version = space < 0 ? line : leftOf(line, space);
        if (!isSipVersion(version))
            return failure(SipParseError::UnsupportedVersion,
                           QCoreApplication::translate("SipParser", "Unsupported protocol version \"%1\": only SIP/2.0 is understood.")
                               .arg(excerpt(version)));
        if (space < 0)
            return failure(SipParseError::InvalidStatusCode,
                           QCoreApplication::translate("SipParser", "The status line has no status code."));
        const QByteArrayView rest = midOf(line, space + 1);
        const qsizetype codeEnd = rest.indexOf(' ');
        const QByteArrayView code = codeEnd < 0 ? rest : leftOf(rest, codeEnd);
        bool digits = code.size() == 3;
        for (char c : code)
            digits = digits && c >= '0' && c <= '9';
        const int status = digits ? code.toInt() : 0;
        if (status < 100 || status > 699)
            return failure(SipParseError::InvalidStatusCode,
                           QCoreApplication::translate("SipParser", "\"%1\" is not a status code: it must be three digits from 100 to 699.")
                               .arg(excerpt(code)));
        message = SipMessage::response(status, {});
        message.setSipVersion(u"SIP/2.0"_s);
        message.setRawReasonPhrase(codeEnd < 0 ? QByteArray() : midOf(rest, codeEnd + 1).toByteArray());
        return std::nullopt;
    }

    // Request-Line = Method SP Request-URI SP SIP-Version (RFC 3261 §7.1)
    const QList<QByteArrayView> parts = [&line] {
        QList<QByteArrayView> list;
        qsizetype pos = 0;
        while (pos <= line.size()) {
            qsizetype next = line.indexOf(' ', pos);
            if (next < 0)
                next = line.size();
            list << midOf(line, pos, next - pos);
            pos = next + 1;
        }
        return list;
    }();
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return failure(SipParseError::InvalidStartLine,
                       QCoreApplication::translate("SipParser", "\"%1\" is neither a SIP status line nor a request line.").arg(excerpt(line)));
    if (!isSipVersion(parts.at(2)))
        return failure(SipParseError::UnsupportedVersion,
                       QCoreApplication::translate("SipParser", "Unsupported protocol version \"%1\": only SIP/2.0 is understood.")
                           .arg(excerpt(parts.at(2))));
    message = SipMessage::request(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
    return std::nullopt;
}

// Parses the start line and headers (everything before the empty line). Pure.
SipParseResult parseHead(QByteArrayView head, const SipParseLimits &limits)
{
    if (head.indexOf('\0') >= 0)
        return failure(SipParseError::NulByte, QCoreApplication::translate("SipParser", "The message contains a NUL byte in its headers."));

    SipMessage message;
    QList<SipHeader> headers;
    headers.reserve(16);
    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < head.size()) {
        qsizetype nl = head.indexOf('\n', pos);
        if (nl < 0)
            nl = head.size();
        qsizetype end = nl;
        if (end > pos && head.at(end - 1) == '\r')
            --end;
        const QByteArrayView line = midOf(head, pos, end - pos);
        pos = nl + 1;
        ++lineNumber;
        if (line.size() > limits.maxLineLength)
            return failure(SipParseError::LineTooLong,
                           QCoreApplication::translate("SipParser", "Line %1 is longer than %2 bytes.").arg(lineNumber).arg(limits.maxLineLength));
        if (lineNumber == 1) {
            if (auto error = parseStartLine(line, message))
                return *error;
            continue;
        }
        if (line.isEmpty())
            break;
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            // RFC 3261 §7.3.1: a continuation line is folded into the previous header.
            if (headers.isEmpty())
                return failure(SipParseError::InvalidFoldedLine,
                               QCoreApplication::translate("SipParser", "Line %1 continues a header, but no header precedes it.").arg(lineNumber));
            SipHeader &last = headers.last();
            const QString more = QString::fromUtf8(line).trimmed();
            if (!more.isEmpty())
                last.value = last.value.isEmpty() ? more : last.value + u' ' + more;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : leftOf(line, colon).trimmed();
        if (colon < 0 || !isToken(name))
            return failure(SipParseError::InvalidHeaderLine,
                           QCoreApplication::translate("SipParser", "Line %1 is not a header (\"Name: value\"): \"%2\".").arg(lineNumber).arg(excerpt(line)));
        if (headers.size() >= limits.maxHeaderCount)
            return failure(SipParseError::TooManyHeaders,
                           QCoreApplication::translate("SipParser", "The message has more than %1 headers.").arg(limits.maxHeaderCount));
        // Trimming the bytes first spares the string a second pass; trimmed() then only
        // meets a Unicode space (U+00A0, say), as before.
        headers.append({headerName(name), QString::fromUtf8(midOf(line, colon + 1).trimmed()).trimmed()});
    }
    if (lineNumber == 0)
        return failure(SipParseError::Empty, QCoreApplication::translate("SipParser", "The message is empty."));
    message.setHeaders(std::move(headers));
    SipParseResult result;
    result.message = std::move(message);
    return result;
}

struct ContentLength
{
    std::optional<qsizetype> value;
    bool valid = true;
};

ContentLength contentLength(const SipMessage &message)
{
    ContentLength result;
    for (const QString &text : message.headerLines(u"Content-Length"_s)) {
        bool digits = !text.isEmpty() && text.size() <= 9;
        for (QChar c : text)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits)
            return {std::nullopt, false};
        const qsizetype value = text.toLongLong();
        if (result.value && *result.value != value)
            return {std::nullopt, false};
        result.value = value;
    }
    return result;
}

SipParseResult invalidContentLength(const SipMessage &message)
{
    return failure(SipParseError::InvalidContentLength,
                   QCoreApplication::translate("SipParser", "Invalid Content-Length \"%1\".")
                       .arg(message.headerLines(u"Content-Length"_s).join(u", "_s)));
}

SipParseResult tooLarge(const SipParseLimits &limits)
{
    return failure(SipParseError::MessageTooLarge,
                   QCoreApplication::translate("SipParser", "The message is larger than %1 bytes.").arg(limits.maxMessageSize));
}

} // namespace

QString parseErrorToken(SipParseError error)
{
    switch (error) {
    case SipParseError::None: return {};
    case SipParseError::Empty: return u"empty"_s;
    case SipParseError::MessageTooLarge: return u"message_too_large"_s;
    case SipParseError::LineTooLong: return u"line_too_long"_s;
    case SipParseError::TooManyHeaders: return u"too_many_headers"_s;
    case SipParseError::InvalidStartLine: return u"invalid_start_line"_s;
    case SipParseError::UnsupportedVersion: return u"unsupported_version"_s;
    case SipParseError::InvalidStatusCode: return u"invalid_status_code"_s;
    case SipParseError::InvalidHeaderLine: return u"invalid_header_line"_s;
    case SipParseError::InvalidFoldedLine: return u"invalid_folded_line"_s;
    case SipParseError::InvalidContentLength: return u"invalid_content_length"_s;
    case SipParseError::MissingContentLength: return u"missing_content_length"_s;
    case SipParseError::TruncatedBody: return u"truncated_body"_s;
    case SipParseError::IncompleteHeaders: return u"incomplete_headers"_s;
    case SipParseError::NulByte: return u"nul_byte"_s;
    }
    return {};
}

SipParseResult SipParser::parseDatagram(QByteArrayView data, const SipParseLimits &limits)
{
    if (data.size() > limits.maxMessageSize)
        return tooLarge(limits);
    const qsizetype start = skipKeepAlives(data);
    const QByteArrayView rest = midOf(data, start);
    if (rest.isEmpty())
        return failure(SipParseError::Empty, QCoreApplication::translate("SipParser", "The message is empty."));

    const HeaderEnd end = findHeaderEnd(rest);
    if (end.headEnd < 0) {
        // Report what is wrong with the start line or headers first; only a
        // well-formed head without its terminating empty line is "incomplete".
        SipParseResult head = parseHead(rest, limits);
        if (head.error != SipParseError::None)
            return head;
        return failure(SipParseError::IncompleteHeaders,
                       QCoreApplication::translate("SipParser", "The headers are not terminated by an empty line."));
    }

    SipParseResult result = parseHead(leftOf(rest, end.headEnd), limits);
    if (result.error != SipParseError::None)
        return result;
    const ContentLength length = contentLength(*result.message);
    if (!length.valid)
        return invalidContentLength(*result.message);
    const QByteArrayView body = midOf(rest, end.bodyStart);
    if (length.value) {
        // RFC 3261 §18.3: a short datagram is discarded, extra bytes are ignored.
        if (body.size() < *length.value)
            return failure(SipParseError::TruncatedBody,
                           QCoreApplication::translate("SipParser", "The body has %1 bytes, but Content-Length announces %2.")
                               .arg(body.size()).arg(*length.value));
        result.message->setBody(leftOf(body, *length.value).toByteArray());
    } else {
        result.message->setBody(body.toByteArray());
    }
    result.consumed = data.size();
    return result;
}

namespace {

// parseStream, telling the caller when it returns nullopt how many bytes the buffer
// must hold before another attempt can succeed (*needBytes > 0: the head is complete
// and the body is awaited), or 0 when the head itself is incomplete.
std::optional<SipParseResult> parseStreamStep(QByteArrayView data, const SipParseLimits &limits,
                                              qsizetype *needBytes)
{
    *needBytes = 0;
    const qsizetype start = skipKeepAlives(data);
    const QByteArrayView rest = midOf(data, start);
    if (rest.isEmpty())
        return std::nullopt;

    const HeaderEnd end = findHeaderEnd(rest);
    if (end.headEnd < 0) {
        if (rest.size() > limits.maxMessageSize)
            return tooLarge(limits);
        // Fail early on garbage instead of waiting for 64 KiB of it.
        const qsizetype lastNl = rest.lastIndexOf('\n');
        if (rest.size() - (lastNl + 1) > limits.maxLineLength)
            return failure(SipParseError::LineTooLong,
                           QCoreApplication::translate("SipParser", "A line is longer than %1 bytes.").arg(limits.maxLineLength));
        if (lastNl >= 0) {
            SipParseResult head = parseHead(leftOf(rest, lastNl + 1), limits);
            if (head.error != SipParseError::None)
                return head;
        }
        return std::nullopt;
    }

    SipParseResult result = parseHead(leftOf(rest, end.headEnd), limits);
    if (result.error != SipParseError::None)
        return result;
    const ContentLength length = contentLength(*result.message);
    if (!length.valid)
        return invalidContentLength(*result.message);
    // RFC 3261 §18.3: on a stream, Content-Length is the only framing there is.
    if (!length.value)
        return failure(SipParseError::MissingContentLength,
                       QCoreApplication::translate("SipParser", "The message has no Content-Length header, which a stream transport requires."));
    const qsizetype total = end.bodyStart + *length.value;
    if (total > limits.maxMessageSize)
        return tooLarge(limits);
    if (rest.size() < total) {
        *needBytes = start + total;
        return std::nullopt;
    }
    result.message->setBody(midOf(rest, end.bodyStart, *length.value).toByteArray());
    result.consumed = start + total;
    return result;
}

} // namespace

std::optional<SipParseResult> SipParser::parseStream(QByteArrayView data, const SipParseLimits &limits)
{
    qsizetype needBytes = 0;
    return parseStreamStep(data, limits, &needBytes);
}

void SipParser::feed(QByteArrayView data)
{
    if (!m_failed)
        m_buffer.append(data);
}

std::optional<SipParseResult> SipParser::next()
{
    if (m_failed)
        return std::nullopt;
    // Keep-alive CRLFs between messages carry nothing; drop them so an endless
    // stream of them cannot grow the buffer.
    m_buffer.remove(0, skipKeepAlives(m_buffer));
    // Re-parsing the whole buffer for every few bytes made a peer that trickles its
    // answer one byte at a time cost quadratic time (18 s of CPU for one 60 KB answer,
    // found by the sip_stream fuzzer). Nothing can change before the awaited body is
    // complete, or, with the head incomplete, before a new line ends or a limit is passed.
    if (m_buffer.size() < m_needBytes)
        return std::nullopt;
    if (m_scannedTo > 0 && m_buffer.indexOf('\n', m_scannedTo) < 0
        && m_buffer.size() - m_lineStart <= m_limits.maxLineLength
        && m_buffer.size() <= m_limits.maxMessageSize) {
        m_scannedTo = m_buffer.size();
        return std::nullopt;
    }
    qsizetype needBytes = 0;
    auto result = parseStreamStep(m_buffer, m_limits, &needBytes);
    m_needBytes = needBytes;
    m_scannedTo = 0;
    if (!result) {
        if (needBytes == 0) {
            m_scannedTo = m_buffer.size();
            m_lineStart = m_buffer.lastIndexOf('\n') + 1;
        }
        return std::nullopt;
    }
    if (result->error != SipParseError::None) {
        m_failed = true;
        m_buffer.clear();
    } else {
        m_buffer.remove(0, result->consumed);
    }
    return result;
}

void SipParser::reset()
{
    m_buffer.clear();
    m_failed = false;
    m_needBytes = 0;
    m_scannedTo = 0;
    m_lineStart = 0;
}

} // namespace SipScope
