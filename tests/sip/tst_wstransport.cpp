// WsTransport against an in-process QWebSocketServer on loopback: the subprotocol
// "sip" asked for and insisted on, the Origin header, one SIP message per WebSocket
// message (text and binary), garbage, the server closing, a closed port, the .invalid
// host, and ws:// URL rows.
#include "sip/optionsrequest.h"
#include "sip/wstransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

// A WebSocket server on 127.0.0.1, port 0, speaking (or refusing) the "sip" subprotocol.
class Server final : public QObject
{
public:
    explicit Server(bool speaksSip)
        : m_server(u"test"_s, QWebSocketServer::NonSecureMode)
    {
        if (speaksSip)
            m_server.setSupportedSubprotocols({u"sip"_s});
        connect(&m_server, &QWebSocketServer::originAuthenticationRequired, this,
                [this](QWebSocketCorsAuthenticator *authenticator) { origin = authenticator->origin(); });
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            client = socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) { texts << m; });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    QString origin;
    QStringList texts;
    QPointer<QWebSocket> client;

private:
    QWebSocketServer m_server;
};

TransportEndpoint endpoint(quint16 port)
{
    return {QHostAddress::LocalHost, port, {}};
}

} // namespace

class tst_WsTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsAndReceivesSip();
    void binaryMessagesAndGarbage();
    void originHeader();
    void refusesServersWithoutSipSubprotocol();
    void serverClosing();
    void closedPort();
    void connectTimeout();
    void invalidHost();
    void urls_data();
    void urls();
    void factory();
};

void tst_WsTransport::sendsAndReceivesSip()
{
    Server server(true);
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy events(&transport, &Transport::transportEvent);
    QSignalSpy messages(&transport, &Transport::messageReceived);
    TransportOptions options;
    options.webSocketPath = u"/sip"_s;
    transport.open(endpoint(server.port()), options);
    QCOMPARE(ready.size(), 0);   // never synchronous
    QVERIFY(ready.wait(5000));
    QVERIFY(transport.isReliable());
    QCOMPARE(transport.localAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(transport.localPort() != 0);
    QCOMPARE(events.last().at(0).value<TransportEvent>().type, TransportEvent::Type::Connected);
    QVERIFY(events.last().at(0).value<TransportEvent>().text.contains(u"ws://127.0.0.1:%1/sip"_s.arg(server.port())));

    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sip:127.0.0.1;transport=ws"_s).uri;
    params.transport = TransportProtocol::Ws;
    params.sentByHost = transport.sentByHost();
    const SipMessage request = OptionsRequest::build(params);
    transport.send(request.toBytes());
    QTRY_COMPARE(server.texts.size(), 1);
    QCOMPARE(server.texts.constFirst().toUtf8(), request.toBytes());
    QVERIFY(server.texts.constFirst().contains(u"Via: SIP/2.0/WS "_s + transport.sentByHost() + u";branch="_s));

    SipMessage response = SipMessage::response(200, u"OK"_s);
    response.addHeader(u"Via"_s, *request.header(u"Via"_s));
    response.addHeader(u"Content-Length"_s, u"0"_s);
    server.client->sendTextMessage(QString::fromUtf8(response.toBytes()));
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.at(0).at(0).value<SipMessage>().statusCode(), 200);
    QCOMPARE(messages.at(0).at(1).toByteArray(), response.toBytes());
}

void tst_WsTransport::binaryMessagesAndGarbage()
{
    Server server(true);
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy messages(&transport, &Transport::messageReceived);
    QSignalSpy garbage(&transport, &Transport::garbageReceived);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open(endpoint(server.port()), {});
    QVERIFY(ready.wait(5000));
    QTRY_VERIFY(server.client);
    server.client->sendBinaryMessage("SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.at(0).at(0).value<SipMessage>().statusCode(), 486);
    server.client->sendTextMessage(u"hello, not SIP"_s);
    QVERIFY(garbage.wait(5000));
    QCOMPARE(garbage.at(0).at(0).toByteArray(), QByteArray("hello, not SIP"));
    QCOMPARE(messages.size(), 1);
    // No retransmission comes on a reliable transport: the non-SIP message is the answer.
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SipError>().kind, ErrorKind::MalformedAnswer);
}

void tst_WsTransport::originHeader()
{
    Server server(true);
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy ready(&transport, &Transport::ready);
    TransportOptions options;
    options.webSocketOrigin = u"https://sipscope.test"_s;
    transport.open(endpoint(server.port()), options);
    QVERIFY(ready.wait(5000));
    QCOMPARE(server.origin, u"https://sipscope.test"_s);
}

void tst_WsTransport::refusesServersWithoutSipSubprotocol()
{
    Server server(false);
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open(endpoint(server.port()), {});
    QVERIFY(failed.wait(5000));
    QCOMPARE(ready.size(), 0);
    const SipError error = failed.at(0).at(0).value<SipError>();
    QCOMPARE(error.kind, ErrorKind::Transport);
    QCOMPARE(error.cause, u"subprotocol"_s);
    QVERIFY2(error.message.contains(u"\"sip\""_s) && error.message.contains(u"RFC 7118"_s), qPrintable(error.message));
}

void tst_WsTransport::serverClosing()
{
    Server server(true);
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open(endpoint(server.port()), {});
    QVERIFY(ready.wait(5000));
    QTRY_VERIFY(server.client);
    server.client->close(QWebSocketProtocol::CloseCodeGoingAway, u"maintenance"_s);
    QVERIFY(failed.wait(5000));
    const SipError error = failed.at(0).at(0).value<SipError>();
    QCOMPARE(error.cause, u"connection_closed"_s);
    QCOMPARE(error.detail, u"maintenance"_s);
    QCOMPARE(failed.size(), 1);
}

void tst_WsTransport::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        port = placeholder.serverPort();
    }
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open(endpoint(port), {});
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<SipError>().kind, ErrorKind::Refused);
}

void tst_WsTransport::connectTimeout()
{
    // A TCP server that accepts but never answers the HTTP upgrade.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
    WsTransport transport(TransportProtocol::Ws);
    QSignalSpy failed(&transport, &Transport::failed);
    TransportOptions options;
    options.connectTimeoutMs = 300;
    transport.open(endpoint(mute.serverPort()), options);
    QVERIFY(failed.wait(5000));
    const SipError error = failed.at(0).at(0).value<SipError>();
    QCOMPARE(error.kind, ErrorKind::Timeout);
    QCOMPARE(error.cause, u"connect_timeout"_s);
}

void tst_WsTransport::invalidHost()
{
    const WsTransport a(TransportProtocol::Ws);
    const WsTransport b(TransportProtocol::Wss);
    QVERIFY(a.sentByHost().endsWith(u".invalid"_s));
    QCOMPARE(a.sentByHost().size(), 12 + 8);
    QVERIFY(a.sentByHost() != b.sentByHost());
    QCOMPARE(b.protocol(), TransportProtocol::Wss);
    QVERIFY(!a.tlsSession().has_value());
    QVERIFY(b.tlsSession().has_value());
}

void tst_WsTransport::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sipUri");
    QTest::addColumn<QString>("path");

    QTest::newRow("ws default port") << u"ws://pbx.example.com"_s << u"sip:pbx.example.com:80;transport=ws"_s << u"/"_s;
    QTest::newRow("wss default port") << u"wss://pbx.example.com/sip"_s << u"sip:pbx.example.com:443;transport=wss"_s << u"/sip"_s;
    QTest::newRow("explicit port") << u"ws://127.0.0.1:8080/ws"_s << u"sip:127.0.0.1:8080;transport=ws"_s << u"/ws"_s;
    QTest::newRow("ipv6") << u"wss://[::1]:8443"_s << u"sip:[::1]:8443;transport=wss"_s << u"/"_s;
    QTest::newRow("upper-case scheme") << u"WS://Example.COM:5066/"_s << u"sip:example.com:5066;transport=ws"_s << u"/"_s;
    QTest::newRow("user info refused") << u"ws://alice@example.com"_s << QString() << QString();
    QTest::newRow("query refused") << u"ws://example.com/?x=1"_s << QString() << QString();
    QTest::newRow("no host") << u"ws:///path"_s << QString() << QString();
    QTest::newRow("not ws") << u"http://example.com"_s << QString() << QString();
}

void tst_WsTransport::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, sipUri);
    QFETCH(QString, path);
    QString gotPath;
    QString error;
    const QString got = WsTransport::sipUriForUrl(url, &gotPath, &error);
    QCOMPARE(got, sipUri);
    QCOMPARE(error.isEmpty(), !sipUri.isEmpty());
    if (!sipUri.isEmpty()) {
        QCOMPARE(gotPath, path);
        QVERIFY(SipUri::parse(got).isValid());
    }
    QCOMPARE(WsTransport::isWebSocketUrl(url), url.startsWith(u"ws"_s, Qt::CaseInsensitive));
}

void tst_WsTransport::factory()
{
    const auto ws = createTransport(TransportProtocol::Ws);
    const auto wss = createTransport(TransportProtocol::Wss);
    QVERIFY(ws && wss);
    QCOMPARE(ws->protocol(), TransportProtocol::Ws);
    QCOMPARE(wss->protocol(), TransportProtocol::Wss);
    QVERIFY(!ws->sentByHost().isEmpty());
    QVERIFY(createTransport(TransportProtocol::Udp)->sentByHost().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WsTransport)
#include "tst_wstransport.moc"
