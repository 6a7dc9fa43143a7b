#include "httpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

struct HttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    HttpRequestParser parser;
    QByteArray buffer;
    QTimer timer;                 // request completion, or idle
    quint64 pendingId = 0;        // a request waits for its answer
    bool pendingKeepAlive = true;
    bool pendingHead = false;
    bool closing = false;
};

HttpResponse HttpResponse::text(int status, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = message.toUtf8() + '\n';
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 400: return "Bad Request"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 413: return "Content Too Large"_ba;
    case 414: return "URI Too Long"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 503: return "Service Unavailable"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    default: return "Unknown"_ba;
    }
}

QByteArray HttpResponse::serialize(bool keepAlive, bool headOnly) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n"_ba : "Connection: close\r\n"_ba;
    out += "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    for (Connection *connection : std::as_const(m_connections))
        delete connection;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new Connection;
        connection->socket = socket;
        connection->timer.setSingleShot(true);
        m_connections.insert(socket, connection);
        connect(&connection->timer, &QTimer::timeout, socket, [this, connection] {
            if (connection->pendingId)
                return;   // the answer is on its way; the probe has its own deadline
            if (!connection->closing && connection->parser.hasStarted()) {
                connection->socket->write(HttpResponse::text(408, tr("The request did not arrive in time.")).serialize(false, false));
                connection->closing = true;
                connection->socket->disconnectFromHost();
                connection->timer.start(requestTimeout);   // a peer that takes nothing is cut off
            } else {
                closeConnection(connection);
            }
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { closeConnection(connection); });
        connection->timer.start(idleTimeout);
        readFrom(connection);
    }
}

void HttpServer::readFrom(Connection *connection)
{
    if (connection->closing)
        return;
    // Read no more than the parser may buffer; the rest waits in the socket, and TCP
    // flow control slows a sender that floods.
    const qsizetype room = HttpRequestParser::maxRequestLine + HttpRequestParser::maxHeaderBytes
        + HttpRequestParser::maxBody + 1 - connection->buffer.size();
    if (room > 0)
        connection->buffer += connection->socket->read(room);
    if (connection->pendingId)
        return;   // one request at a time: the next waits for this one's answer
    const bool started = connection->parser.hasStarted();
    const HttpRequestParser::State state = connection->parser.feed(connection->buffer);
    if (!started && connection->parser.hasStarted())
        connection->timer.start(requestTimeout);
    if (state == HttpRequestParser::State::NeedMore)
        return;
    if (state == HttpRequestParser::State::Failed) {
        connection->socket->write(HttpResponse::text(connection->parser.errorStatus(), connection->parser.errorMessage())
                                      .serialize(false, false));
        connection->closing = true;
        connection->buffer.clear();
        connection->socket->disconnectFromHost();
        connection->timer.start(requestTimeout);
        return;
    }
    const HttpRequest request = connection->parser.request();
    connection->parser = HttpRequestParser();
    connection->timer.stop();
    const quint64 id = m_nextId++;
    connection->pendingId = id;
    connection->pendingKeepAlive = request.keepAlive;
    connection->pendingHead = request.method == "HEAD";
    m_pending.insert(id, connection);
    Q_EMIT requestReceived(id, request);
}

void HttpServer::respond(quint64 id, const HttpResponse &response)
{
    Connection *connection = m_pending.take(id);
    if (!connection)
        return;
    connection->pendingId = 0;
    connection->socket->write(response.serialize(connection->pendingKeepAlive, connection->pendingHead));
    if (!connection->pendingKeepAlive) {
        connection->closing = true;
        connection->socket->disconnectFromHost();
        return;
    }
    connection->timer.start(idleTimeout);
    // A pipelined request may be waiting in the buffer already.
    QTimer::singleShot(0, connection->socket, [this, connection] { readFrom(connection); });
}

void HttpServer::closeConnection(Connection *connection)
{
    if (!m_connections.remove(connection->socket))
        return;
    if (connection->pendingId)
        m_pending.remove(connection->pendingId);
    connection->timer.stop();
    connection->socket->abort();
    connection->socket->deleteLater();
    // Not now: this may run inside the connection's own timer or socket signal.
    QTimer::singleShot(0, this, [connection] { delete connection; });
}

} // namespace SipScope
