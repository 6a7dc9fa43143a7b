// A bounded HTTP/1.1 request parser (RFC 9112) for the exporter's small web server:
// bytes in, one request or a status to refuse with out. A pure state machine, fed
// whatever arrived: a request line over 8 KiB is 414, headers over 16 KiB or 100 lines
// 431, a body over 64 KiB 413, chunked bodies 501, an HTTP version other than 1.0/1.1
// 505, anything malformed 400. It never buffers more than those limits.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace SipScope {

struct HttpRequest
{
    QByteArray method;                       // "GET", as sent (methods are case-sensitive)
    QString path;                            // decoded, "/probe"
    QUrlQuery query;                         // decoded parameters
    int minorVersion = 1;                    // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower case, values trimmed
    QByteArray body;
    bool keepAlive = true;                   // the connection stays open after the answer

    QByteArray header(const QByteArray &lowerCaseName) const;
};

class HttpRequestParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)
public:
    enum class State { NeedMore, Complete, Failed };

    static constexpr qsizetype maxRequestLine = 8 * 1024;
    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    static constexpr int maxHeaderLines = 100;
    static constexpr qsizetype maxBody = 64 * 1024;

    // Takes the bytes it consumes from `input`: after Complete the rest (a pipelined
    // next request) stays there for the next parser.
    State feed(QByteArray &input);
    const HttpRequest &request() const { return m_request; }
    // Failed: the status to answer with (400, 413, 414, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    // True once a byte of a request has arrived (for the request-completion timeout).
    bool hasStarted() const { return m_started; }

private:
    State fail(int status, const QString &message);
    State parseRequestLine(const QByteArray &line);
    State parseHeaderLine(const QByteArray &line);
    State headersDone();

    enum class Phase { RequestLine, Headers, Body, Done };
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_request;
    qsizetype m_headerBytes = 0;
    qsizetype m_bodyLength = 0;
    bool m_started = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace SipScope
