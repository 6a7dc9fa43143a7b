// The exporter's web server: HTTP/1.1 on a QTcpServer, one request at a time per
// connection (a pipelined one waits for the answer before it), keep-alive. Bounded
// against hostile clients: HttpRequestParser's size limits, a request must arrive whole
// within 10 s of its first byte (slowloris), an idle connection closes after 60 s, and
// at most 256 connections are open (one more is closed at once).
//
// Why not Qt HttpServer: it is a technology preview in Qt 6.4, and the Windows and
// macOS installs the project builds with do not all carry it; this is 300 lines whose
// limits the tests drive.
#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace SipScope {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // A one-line plain-text answer (the message and a newline).
    static HttpResponse text(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool keepAlive, bool headOnly) const;
};

class HttpServer final : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // A translated error when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Answers request `id`; ignored when its connection has gone meanwhile.
    void respond(quint64 id, const HttpResponse &response);

    static constexpr int maxConnections = 256;
    std::chrono::milliseconds requestTimeout{10000};
    std::chrono::milliseconds idleTimeout{60000};

Q_SIGNALS:
    // Answer it with respond(id, …), now or later.
    void requestReceived(quint64 id, const SipScope::HttpRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void readFrom(Connection *connection);
    void closeConnection(Connection *connection);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<quint64, Connection *> m_pending;
    quint64 m_nextId = 1;
};

} // namespace SipScope
