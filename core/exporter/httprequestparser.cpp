#include "httprequestparser.h"

#include <QUrl>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// tchar of RFC 9110 §5.6.2.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &text)
{
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return header.second;
    }
    return {};
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_phase = Phase::Done;
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &input)
{
    if (m_errorStatus)
        return State::Failed;
    if (m_phase == Phase::Done)
        return State::Complete;
    while (m_phase == Phase::RequestLine || m_phase == Phase::Headers) {
        // RFC 9112 §2.2: ignore empty lines before the request line.
        if (m_phase == Phase::RequestLine) {
            while (input.startsWith("\r\n"))
                input.remove(0, 2);
            while (input.startsWith('\n'))
                input.remove(0, 1);
        }
        if (!input.isEmpty())
            m_started = true;
        const qsizetype end = input.indexOf('\n');
        const qsizetype limit = m_phase == Phase::RequestLine ? maxRequestLine : maxHeaderBytes - m_headerBytes;
        if (end < 0) {
            if (input.size() > limit) {
                return m_phase == Phase::RequestLine ? fail(414, tr("The request line is longer than %1 bytes.").arg(maxRequestLine))
                                                     : fail(431, tr("The request headers are larger than %1 bytes.").arg(maxHeaderBytes));
            }
            return State::NeedMore;
        }
        if (end + 1 > limit) {
            return m_phase == Phase::RequestLine ? fail(414, tr("The request line is longer than %1 bytes.").arg(maxRequestLine))
                                                 : fail(431, tr("The request headers are larger than %1 bytes.").arg(maxHeaderBytes));
        }
        QByteArray line = input.left(end);
        input.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const State state = m_phase == Phase::RequestLine ? parseRequestLine(line) : parseHeaderLine(line);
        if (state == State::Failed)
            return state;
        if (m_phase == Phase::RequestLine)
            m_phase = Phase::Headers;
        else
            m_headerBytes += end + 1;
        if (state == State::Complete)
            break;
    }
    if (m_phase == Phase::Body) {
        const qsizetype wanted = m_bodyLength - m_request.body.size();
        m_request.body += input.left(wanted);
        input.remove(0, qMin(wanted, input.size()));
        if (m_request.body.size() < m_bodyLength)
            return State::NeedMore;
        m_phase = Phase::Done;
    }
    return m_phase == Phase::Done ? State::Complete : State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || hasControl(line))
        return fail(400, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (!isToken(parts.at(0)))
        return fail(400, tr("The request method is not a token."));
    const QByteArray &version = parts.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.')
        return fail(400, tr("The request line does not end with an HTTP version."));
    if (version.at(5) != '1' || (version.at(7) != '0' && version.at(7) != '1'))
        return fail(505, tr("Only HTTP/1.0 and HTTP/1.1 are served."));
    const QByteArray &target = parts.at(1);
    if (!target.startsWith('/'))
        return fail(400, tr("The request target must be a path such as /probe?target=…"));
    m_request.method = parts.at(0);
    m_request.minorVersion = version.at(7) - '0';
    m_request.keepAlive = m_request.minorVersion == 1;
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0) {
        // '+' is a space in a form-encoded query (the HTML form and most clients).
        QByteArray query = target.mid(question + 1);
        query.replace('+', "%20");
        m_request.query.setQuery(QString::fromUtf8(query));
    }
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.isEmpty())
        return headersDone();
    if (m_request.headers.size() >= maxHeaderLines)
        return fail(431, tr("The request has more than %1 header lines.").arg(maxHeaderLines));
    // RFC 9112 §5.2: obsolete line folding is refused with 400.
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, tr("Folded header lines are not accepted."));
    const qsizetype colon = line.indexOf(':');
    // §5.1: no whitespace between the name and the colon.
    if (colon <= 0 || !isToken(line.left(colon)))
        return fail(400, tr("A header line is not \"Name: value\"."));
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (hasControl(value))
        return fail(400, tr("A header value holds control characters."));
    m_request.headers.append({line.left(colon).toLower(), value});
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::headersDone()
{
    if (!m_request.header("transfer-encoding").isEmpty())
        return fail(501, tr("Transfer-Encoding is not supported; send a Content-Length."));
    QByteArray length;
    for (const auto &header : std::as_const(m_request.headers)) {
        if (header.first != "content-length")
            continue;
        // §6.3: differing Content-Length values are an error.
        if (!length.isNull() && header.second != length)
            return fail(400, tr("The request has conflicting Content-Length headers."));
        length = header.second;
    }
    if (!length.isNull()) {
        bool ok = !length.isEmpty() && length.size() <= 12;
        for (const char c : length)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return fail(400, tr("Content-Length is not a number."));
        m_bodyLength = length.toLongLong();
        if (m_bodyLength > maxBody)
            return fail(413, tr("The request body is larger than %1 bytes.").arg(maxBody));
    }
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_request.keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_request.keepAlive = true;
    if (m_request.minorVersion == 1 && m_request.header("host").isNull()) {
        bool hasHost = false;
        for (const auto &header : std::as_const(m_request.headers))
            hasHost = hasHost || header.first == "host";
        // §3.2: a 1.1 request without Host is a 400.
        if (!hasHost)
            return fail(400, tr("An HTTP/1.1 request needs a Host header."));
    }
    m_phase = m_bodyLength > 0 ? Phase::Body : Phase::Done;
    return State::Complete;
}

} // namespace SipScope
