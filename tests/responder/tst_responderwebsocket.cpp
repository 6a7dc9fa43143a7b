// The responder over WebSocket (RFC 7118), ws and wss, driven from the test on loopback:
// our own probe is answered; a flood from many clients is answered in order on each
// connection and counted; a peer that does not read has its requests dropped and
// counted, then is closed; hostile input (not SIP, binary junk, invalid UTF-8, an
// oversized message, no "sip" subprotocol) gets a log line and never ends the
// responder, which answers a probe right after. Every wait is for a condition.
#include "probe/optionsprobe.h"
#include "responder/responder.h"
#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "testcertificates.h"

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

// The request a WebSocket probe sends (RFC 7118 §5: an .invalid sent-by), with a branch
// (and Call-ID) of the test's choosing.
QByteArray options(const QString &branch, TransportProtocol transport = TransportProtocol::Ws)
{
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sip:ws@127.0.0.1"_s).uri;
    params.transport = transport;
    params.sentByHost = u"k3l7x9.invalid"_s;
    params.callId = branch;
    params.branch = branch;
    return OptionsRequest::build(params).toBytes();
}

// A WebSocket client written out by hand over a QTcpSocket (RFC 6455 §4.1, §5.2), for
// what QWebSocket would not send or does on its own: frames that are not UTF-8, no
// subprotocol, and not reading at all.
class RawWebSocket
{
public:
    bool open(quint16 port, bool askForSip = true, int receiveBuffer = 0)
    {
        if (receiveBuffer > 0)
            m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
        // The responder runs on this thread: wait with the event loop, never blocking.
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < 15000)
            QTest::qWait(10);
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        if (askForSip)
            request += "Sec-WebSocket-Protocol: sip\r\n";
        m_socket.write(request + "\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && clock.elapsed() < 30000) {
            QTest::qWait(10);
            answer += m_socket.readAll();   // the server sends nothing more until asked
        }
        return answer.startsWith("HTTP/1.1 101");
    }
    // One unfragmented, masked frame (clients always mask, §5.3). 1 text, 2 binary.
    void send(int opcode, const QByteArray &payload)
    {
        QByteArray frame;
        frame += char(0x80 | opcode);
        const quint64 size = quint64(payload.size());
        if (size < 126) {
            frame += char(0x80 | size);
        } else if (size < 65536) {
            frame += char(0x80 | 126);
            frame += char(size >> 8);
            frame += char(size & 0xff);
        } else {
            frame += char(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8)
                frame += char((size >> shift) & 0xff);
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        frame.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame += char(payload.at(i) ^ key[i % 4]);
        m_socket.write(frame);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
};

// A probe of ws(s)://127.0.0.1:port answered with `code`.
bool probeAnswers(TransportProtocol transport, quint16 port, int code)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    ProbeOptions options;
    options.transportOptions.tls.insecure = true;   // the test certificate is self-signed
    const QString scheme = transport == TransportProtocol::Wss ? u"wss"_s : u"ws"_s;
    probe.start(scheme + u"://127.0.0.1:"_s + QString::number(port), options);
    if (!finished.wait(30000))
        return false;
    return probe.result().hasFinalResponse() && probe.result().statusCode == code;
}

} // namespace

class TestResponderWebSocket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeIsAnswered_data();
    void probeIsAnswered();
    void floodFromManyClientsIsAnsweredInOrder_data();
    void floodFromManyClientsIsAnsweredInOrder();
    void peerThatDoesNotReadIsShedThenClosed();
    void hostileInputIsLoggedNotFatal_data();
    void hostileInputIsLoggedNotFatal();
    void connectionsAreBounded();

private:
    ResponderConfig config(TransportProtocol transport) const;
    Test::TestCertificates m_certificates;
};

void TestResponderWebSocket::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

ResponderConfig TestResponderWebSocket::config(TransportProtocol transport) const
{
    ResponderConfig c;
    c.port = 0;
    c.transport = transport;
    c.statusCode = 200;
    if (transport == TransportProtocol::Wss) {
        c.certificateFile = m_certificates.server().certificate;
        c.privateKeyFile = m_certificates.server().key;
    }
    return c;
}

void TestResponderWebSocket::probeIsAnswered_data()
{
    QTest::addColumn<TransportProtocol>("transport");
    QTest::newRow("ws") << TransportProtocol::Ws;
    QTest::newRow("wss") << TransportProtocol::Wss;
}

void TestResponderWebSocket::probeIsAnswered()
{
    QFETCH(TransportProtocol, transport);
    ResponderConfig c = config(transport);
    c.statusCode = 486;
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(c));
    QVERIFY(probeAnswers(transport, responder.localPort(), 486));
    QCOMPARE(logged.size(), 1);
    const auto entry = logged.constFirst().at(0).value<ResponderLogEntry>();
    QCOMPARE(entry.source.transport, transport);
    QCOMPARE(entry.disposition, ResponderLogEntry::Disposition::Answered);
    QCOMPARE(responder.counters().answered, quint64(1));
}

void TestResponderWebSocket::floodFromManyClientsIsAnsweredInOrder_data()
{
    probeIsAnswered_data();
}

void TestResponderWebSocket::floodFromManyClientsIsAnsweredInOrder()
{
    QFETCH(TransportProtocol, transport);
    Responder responder;
    QVERIFY(!responder.start(config(transport)));
    // 20 clients, each sending 250 requests at once (5,000 in all, about 2 MB),
    // reading their answers as they come: each must get all of its own, in order.
    constexpr int clients = 20;
    constexpr int perClient = 250;
    const QString scheme = transport == TransportProtocol::Wss ? u"wss"_s : u"ws"_s;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<int> answers(clients, 0);
    bool inOrder = true;
    int open = 0;
    for (int k = 0; k < clients; ++k) {
        auto socket = std::make_unique<QWebSocket>();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(ssl);
        connect(socket.get(), &QWebSocket::connected, this, [&open] { ++open; });
        connect(socket.get(), &QWebSocket::textMessageReceived, this, [&, k](const QString &text) {
            const SipParseResult parsed = SipParser::parseDatagram(text.toUtf8());
            inOrder = inOrder && parsed.isValid()
                && parsed.message->topVia()->branch() == u"z9hG4bKc%1n%2"_s.arg(k).arg(answers[size_t(k)]);
            ++answers[size_t(k)];
        });
        QWebSocketHandshakeOptions handshake;
        handshake.setSubprotocols({u"sip"_s});
        socket->open(QNetworkRequest(QUrl(scheme + u"://127.0.0.1:"_s + QString::number(responder.localPort()))),
                     handshake);
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(open, clients, 30000);
    for (int k = 0; k < clients; ++k) {
        for (int i = 0; i < perClient; ++i)
            sockets[size_t(k)]->sendTextMessage(QString::fromUtf8(options(u"z9hG4bKc%1n%2"_s.arg(k).arg(i))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(answers.begin(), answers.end(), [](int n) { return n == perClient; }),
                             120000);
    QVERIFY(inOrder);
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), qPrintable(counters.summary()));
    QCOMPARE(counters.answered, quint64(clients * perClient));
    QCOMPARE(counters.dropped(), quint64(0));
    sockets.clear();
    QVERIFY(probeAnswers(transport, responder.localPort(), 200));
}

void TestResponderWebSocket::peerThatDoesNotReadIsShedThenClosed()
{
    // Qt WebSockets reads every connection, so unlike TCP the responder cannot slow
    // the sender down: once 256 KiB of answers wait unsent, its requests are dropped
    // and counted, and a peer that takes none of its answers for 10 s is closed.
    Responder responder;
    QVERIFY(!responder.start(config(TransportProtocol::Ws)));
    RawWebSocket peer;
    QVERIFY(peer.open(responder.localPort(), true, 4096));
    peer.socket().setReadBufferSize(1);   // we do not read; Qt then stops reading the kernel too
    int i = 0;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        if (peer.socket().state() != QAbstractSocket::ConnectedState)
            return true;
        if (peer.socket().bytesToWrite() < 256 * 1024) {
            for (int k = 0; k < 200; ++k, ++i)
                peer.send(1, options(u"z9hG4bKnr"_s + QString::number(i)));
        }
        return false;
    }(), 120000);
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), qPrintable(counters.summary()));
    QVERIFY2(counters.answered > 0, qPrintable(counters.summary()));
    QVERIFY2(counters.backlog > 0, qPrintable(counters.summary()));
    QTRY_COMPARE_WITH_TIMEOUT(responder.connectionCount(), 0, 15000);
    QVERIFY(probeAnswers(TransportProtocol::Ws, responder.localPort(), 200));
}

void TestResponderWebSocket::hostileInputIsLoggedNotFatal_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("askForSip");
    QTest::addColumn<QString>("logged");   // in a dropped request's note, or a notice
    QTest::newRow("text-not-sip") << 1 << QByteArray("hello, are you a SIP server?") << true << u"Not a SIP message"_s;
    QTest::newRow("binary-junk") << 2 << QByteArray("\x00\x01\x02\xff junk", 9) << true << u"Not a SIP message"_s;
    QTest::newRow("binary-sip-response") << 2 << QByteArray("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n") << true
                                         << u"response: the responder sends no requests"_s;
    QTest::newRow("text-not-utf8") << 1 << QByteArray("OPTIONS \xc3\x28 SIP/2.0\r\n\r\n") << true << u"code 1007"_s;
    QTest::newRow("oversized") << 1 << QByteArray(300 * 1024, 'x') << true << u"code 1009"_s;
    QTest::newRow("no-subprotocol") << 1 << options(u"z9hG4bKnosub"_s) << false << u"subprotocol \"sip\""_s;
}

void TestResponderWebSocket::hostileInputIsLoggedNotFatal()
{
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(bool, askForSip);
    QFETCH(QString, logged);
    Responder responder;
    QStringList lines;
    connect(&responder, &Responder::notice, this, [&](const QString &text) { lines << text; });
    connect(&responder, &Responder::requestLogged, this, [&](const ResponderLogEntry &entry) {
        if (entry.disposition == ResponderLogEntry::Disposition::Dropped)
            lines << entry.note;
    });
    QVERIFY(!responder.start(config(TransportProtocol::Ws)));
    RawWebSocket peer;
    QVERIFY(peer.open(responder.localPort(), askForSip));
    peer.send(opcode, payload);
    QTRY_VERIFY2_WITH_TIMEOUT(lines.join(u'\n').contains(logged), qPrintable(lines.join(u'\n')), 15000);
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), qPrintable(counters.summary()));
    QCOMPARE(counters.answered, quint64(0));
    QVERIFY(responder.isRunning());
    QVERIFY(probeAnswers(TransportProtocol::Ws, responder.localPort(), 200));
}

void TestResponderWebSocket::connectionsAreBounded()
{
    ResponderConfig c = config(TransportProtocol::Ws);
    c.maxConnections = 4;
    Responder responder;
    int refused = 0;
    int most = 0;
    connect(&responder, &Responder::notice, this, [&](const QString &text) {
        refused += text.startsWith(u"Refused the connection"_s) ? 1 : 0;
        most = std::max(most, responder.connectionCount());
    });
    QVERIFY(!responder.start(c));
    std::vector<std::unique_ptr<RawWebSocket>> peers;
    for (int i = 0; i < 8; ++i) {
        peers.push_back(std::make_unique<RawWebSocket>());
        QVERIFY(peers.back()->open(responder.localPort()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(refused >= 4, 15000);
    QVERIFY(most <= 4);
    peers.clear();
    QTRY_COMPARE_WITH_TIMEOUT(responder.connectionCount(), 0, 15000);
    QVERIFY(probeAnswers(TransportProtocol::Ws, responder.localPort(), 200));
}

QTEST_GUILESS_MAIN(TestResponderWebSocket)
#include "tst_responderwebsocket.moc"
