// The exporter's web server on a real loopback socket: keep-alive, pipelining, and the
// bounds that keep a hostile client from holding it (slowloris, idle connections,
// oversized requests, too many connections, a client gone before its answer).
#include "exporter/httpserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HttpServer> m_server;
    bool m_answerAtOnce = true;
    QList<quint64> m_held;

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QElapsedTimer clock;
        clock.start();
        while (socket->state() != QAbstractSocket::ConnectedState && clock.elapsed() < 10000)
            QTest::qWait(10);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return nullptr;
        return socket;
    }

    static QByteArray readUntil(QTcpSocket &socket, const QByteArray &needle, int count = 1)
    {
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        // The server runs on this thread: wait with the event loop running.
        while (received.count(needle) < count && clock.elapsed() < 30000) {
            QTest::qWait(10);
            received += socket.readAll();
            if (socket.state() == QAbstractSocket::UnconnectedState)
                break;
        }
        return received + socket.readAll();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<HttpServer>();
        m_answerAtOnce = true;
        m_held.clear();
        connect(m_server.get(), &HttpServer::requestReceived, this, [this](quint64 id, const HttpRequest &request) {
            if (!m_answerAtOnce) {
                m_held << id;
                return;
            }
            m_server->respond(id, HttpResponse::text(200, u"path "_s + request.path));
        });
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void keepAliveAnswersOneRequestAfterAnother()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->write("GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*client, "path /one").contains("HTTP/1.1 200 OK"));
        client->write("GET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray second = readUntil(*client, "path /two");
        QVERIFY2(second.contains("path /two"), second.constData());
        QVERIFY(second.contains("Connection: keep-alive"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const QByteArray received = readUntil(*client, "HTTP/1.1 200", 3);
        QVERIFY2(received.indexOf("path /a") < received.indexOf("path /b") && received.indexOf("path /b") < received.indexOf("path /c"),
                 received.constData());
        QVERIFY(received.contains("Connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 30000);
    }

    void slowlorisGets408AndIsClosed()
    {
        m_server->requestTimeout = std::chrono::milliseconds(500);
        auto client = connectClient();
        QVERIFY(client);
        client->write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        client->flush();
        const QByteArray received = readUntil(*client, "\r\n\r\n");
        QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 30000);
    }

    void idleConnectionIsClosed()
    {
        m_server->idleTimeout = std::chrono::milliseconds(300);
        auto client = connectClient();
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 30000);
    }

    void oversizedRequestIsRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("long line") << ("GET /" + QByteArray(200000, 'a')) << "HTTP/1.1 414"_ba;
        QTest::newRow("long header") << ("GET / HTTP/1.1\r\nX: " + QByteArray(200000, 'b')) << "HTTP/1.1 431"_ba;
        QTest::newRow("bad method") << "GE(T / HTTP/1.1\r\n\r\n"_ba << "HTTP/1.1 400"_ba;
        QTest::newRow("garbage") << QByteArray(5000, '\x01') << "HTTP/1.1 4"_ba;
    }
    void oversizedRequestIsRefusedAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        auto client = connectClient();
        QVERIFY(client);
        client->write(request);
        const QByteArray received = readUntil(*client, "\r\n\r\n");
        QVERIFY2(received.startsWith(status), received.left(200).constData());
        QVERIFY(received.contains("Connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 30000);
    }

    void connectionsBeyondTheCapAreClosed()
    {
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < HttpServer::maxConnections + 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
            QTRY_VERIFY_WITH_TIMEOUT(socket->state() != QAbstractSocket::ConnectingState
                                     && socket->state() != QAbstractSocket::HostLookupState, 10000);
            clients.push_back(std::move(socket));
        }
        for (const auto &socket : clients)
            socket->write("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
        const auto closedCount = [&] {
            int closed = 0;
            for (const auto &socket : clients)
                closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
            return closed;
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedCount() >= 20, 30000);
        clients.clear();
        // The server still serves once they are gone.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto client = connectClient();
                if (!client)
                    return false;
                client->write("GET /after HTTP/1.1\r\nHost: x\r\n\r\n");
                return readUntil(*client, "path /after").contains("path /after");
            }(),
            30000);
    }

    void answerForAClientThatLeftIsDropped()
    {
        m_answerAtOnce = false;
        auto client = connectClient();
        QVERIFY(client);
        client->write("GET /late HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 30000);
        client->abort();
        client.reset();
        QTest::qWait(200);
        m_server->respond(m_held.constFirst(), HttpResponse::text(200, u"late"_s));   // no crash
        m_server->respond(987654, HttpResponse::text(200, u"unknown"_s));
        m_answerAtOnce = true;
        auto next = connectClient();
        QVERIFY(next);
        next->write("GET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*next, "path /next").contains("path /next"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
