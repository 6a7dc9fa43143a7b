// The responder under a flood, driven from the test itself on loopback: it answers what
// it can, counts what it drops (received == answered + absorbed + dropped), keeps its
// transaction table and connection count bounded, applies the per-source rate limit,
// and answers a normal request as soon as the flood is over. Every wait is for a
// condition; no assertion depends on how fast this machine is.
#include "responder/responder.h"
#include "responder/responderratelimiter.h"
#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include "testcertificates.h"

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;

namespace {

ResponderConfig floodConfig(TransportProtocol transport = TransportProtocol::Udp)
{
    ResponderConfig c;
    c.port = 0;
    c.transport = transport;
    c.statusCode = 200;
    return c;
}

// The request a probe sends, from the given socket, with a branch (and Call-ID) of the test's choosing.
QByteArray options(const QHostAddress &from, quint16 fromPort, const QString &branch,
                   TransportProtocol transport = TransportProtocol::Udp)
{
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sip:flood@127.0.0.1"_s).uri;
    params.transport = transport;
    params.localAddress = from;
    params.localPort = fromPort;
    params.callId = branch;
    params.branch = branch;
    return OptionsRequest::build(params).toBytes();
}

QByteArray describe(const ResponderCounters &c)
{
    return c.summary().toUtf8();
}

// Sends one OPTIONS from `from` every half second (as a phone retransmits over UDP)
// until a 200 comes back; false after 30 s without one.
bool answeredOverUdp(quint16 port, const QHostAddress &from = QHostAddress::LocalHost)
{
    QUdpSocket phone;
    if (!phone.bind(from, 0))
        return false;
    const QByteArray request = options(from, phone.localPort(), u"z9hG4bKprobe"_s + QString::number(phone.localPort()));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        phone.writeDatagram(request, QHostAddress::LocalHost, port);
        QTest::qWait(500);
        while (phone.hasPendingDatagrams()) {
            const SipParseResult parsed = SipParser::parseDatagram(phone.receiveDatagram().data());
            if (parsed.isValid() && parsed.message->statusCode() == 200)
                return true;
        }
    }
    return false;
}

// A flood of `count` OPTIONS with distinct branches from one socket on another
// thread, so that reading and arriving interleave as with a load generator. Returns
// how many datagrams the kernel accepted from us.
int floodUdp(quint16 port, int count)
{
    std::atomic<int> sent = 0;
    std::atomic<bool> done = false;
    std::thread flood([&] {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        for (int i = 0; i < count; ++i) {
            const QByteArray bytes = options(QHostAddress::LocalHost, socket.localPort(), u"z9hG4bKf"_s + QString::number(i));
            if (socket.writeDatagram(bytes, QHostAddress::LocalHost, port) == bytes.size())
                ++sent;
        }
        done = true;
    });
    while (!done)
        QTest::qWait(20);
    flood.join();
    return sent;
}

} // namespace

class TestResponderFlood final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udpFloodIsCountedAndRecovers();
    void completedTransactionsMakeRoom();
    void tableFullOfWaitingTransactionsDrops();
    void rateLimitIsPerSource();
    void rateLimiterBucket();
    void streamFloodIsAnsweredInOrder_data();
    void streamFloodIsAnsweredInOrder();
    void connectionsAreBoundedAndExpire();
    void peerThatDoesNotReadIsDropped();
};

void TestResponderFlood::udpFloodIsCountedAndRecovers()
{
    Responder responder;
    QVERIFY(!responder.start(floodConfig()));
    const int sent = floodUdp(responder.localPort(), 20000);
    QVERIFY(sent > 0);
    // The answer to a request sent after the flood means that everything queued
    // before it has been read (the queue is first in, first out).
    QVERIFY2(answeredOverUdp(responder.localPort()), "no answer after the flood");
    const ResponderCounters after = responder.counters();
    QVERIFY2(after.balanced(), describe(after));
    QVERIFY2(after.answered >= 2, describe(after));   // part of the flood, and the probe
    QVERIFY(responder.activeTransactions() <= responder.config().maxTransactions);
    // What was read plus what the kernel dropped from the full queue (Linux says how
    // many) cannot exceed what was sent: the flood and at most 60 tries of the probe.
    // (Not equal: loopback may also drop before the socket, in the device's backlog.)
    if (after.kernelDropped)
        QVERIFY2(after.received + *after.kernelDropped <= quint64(sent) + 60, describe(after));
}

void TestResponderFlood::completedTransactionsMakeRoom()
{
    // Timer J keeps a non-INVITE transaction 64·T1 = 32 s over UDP; a table of 8 would
    // be full after 8 requests for that long if completed ones did not make room.
    ResponderConfig c = floodConfig();
    c.maxTransactions = 8;
    Responder responder;
    QSignalSpy sentSpy(&responder, &Responder::responseSent);
    QVERIFY(!responder.start(c));
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 40; ++i) {
        phone.writeDatagram(options(QHostAddress::LocalHost, phone.localPort(), u"z9hG4bKroom"_s + QString::number(i)),
                            QHostAddress::LocalHost, responder.localPort());
        // One at a time, each answered before the next: nothing is lost in a queue.
        QTRY_COMPARE_WITH_TIMEOUT(sentSpy.size(), i + 1, 15000);
    }
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), describe(counters));
    QCOMPARE(counters.answered, quint64(40));
    QCOMPARE(counters.dropped(), quint64(0));
    QCOMPARE(counters.evicted, quint64(32));
    QCOMPARE(responder.activeTransactions(), 8);
}

void TestResponderFlood::tableFullOfWaitingTransactionsDrops()
{
    // With a long --delay every transaction still waits for its answer, so none can
    // make room: what does not fit is dropped and counted, not logged.
    ResponderConfig c = floodConfig();
    c.maxTransactions = 10;
    c.delayMs = ResponderConfig::maxDelayMs;
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QSignalSpy reported(&responder, &Responder::dropsReported);
    QVERIFY(!responder.start(c));
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 30; ++i) {
        phone.writeDatagram(options(QHostAddress::LocalHost, phone.localPort(), u"z9hG4bKfull"_s + QString::number(i)),
                            QHostAddress::LocalHost, responder.localPort());
    }
    QTRY_COMPARE_WITH_TIMEOUT(responder.counters().received, quint64(30), 15000);
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), describe(counters));
    QCOMPARE(counters.answered, quint64(10));
    QCOMPARE(counters.tableFull, quint64(20));
    QCOMPARE(logged.size(), 10);
    QVERIFY(reported.wait(15000));   // the front-ends hear of the drops
    QCOMPARE(reported.constLast().at(0).value<ResponderCounters>().tableFull, quint64(20));
}

void TestResponderFlood::rateLimitIsPerSource()
{
    QUdpSocket other;
    if (!other.bind(QHostAddress(u"127.0.0.2"_s), 0))
        QSKIP("127.0.0.2 cannot be bound here (loopback is not the whole 127/8 on this system)");
    other.close();

    ResponderConfig c = floodConfig();
    c.rateLimitPerSource = 20;
    Responder responder;
    QVERIFY(!responder.start(c));
    QElapsedTimer elapsed;
    elapsed.start();
    QUdpSocket flooder;
    QVERIFY(flooder.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 300; ++i) {
        flooder.writeDatagram(options(QHostAddress::LocalHost, flooder.localPort(), u"z9hG4bKrate"_s + QString::number(i)),
                              QHostAddress::LocalHost, responder.localPort());
        if (i % 50 == 49)
            QTest::qWait(0);   // let the responder read before the queue overflows
    }
    // Another source is not limited by the first one's flood (and its answer means
    // that the flood queued before its request has been read)...
    QVERIFY2(answeredOverUdp(responder.localPort(), QHostAddress(u"127.0.0.2"_s)), "the other source was limited too");
    const ResponderCounters flood = responder.counters();
    QVERIFY2(flood.balanced(), describe(flood));
    QVERIFY2(flood.rateLimited > 0, describe(flood));
    // A bucket of 20 plus 20 a second since start, and the other source's one
    // transaction: never more answered than that.
    QVERIFY2(flood.answered <= quint64(20 + 20 * (elapsed.elapsed() / 1000 + 1) + 1), describe(flood));

    // ...and the flooding source is answered again once its bucket has refilled.
    QVERIFY2(answeredOverUdp(responder.localPort()), "the flooding source stayed limited");
    QVERIFY2(responder.counters().balanced(), describe(responder.counters()));
}

void TestResponderFlood::rateLimiterBucket()
{
    // The bucket itself, with the time passed in: a burst of `rate`, then `rate` a second.
    ResponderRateLimiter limiter(10);
    const QHostAddress a(u"192.0.2.1"_s);
    const QHostAddress b(u"192.0.2.2"_s);
    int admitted = 0;
    for (int i = 0; i < 100; ++i)
        admitted += limiter.admit(a, 0) ? 1 : 0;
    QCOMPARE(admitted, 10);
    QVERIFY(limiter.admit(b, 0));          // per source
    QVERIFY(!limiter.admit(a, 50));        // half a token refilled
    QVERIFY(limiter.admit(a, 100));        // one token after 100 ms at 10/s
    QVERIFY(!limiter.admit(a, 100));
    admitted = 0;
    for (int i = 0; i < 100; ++i)
        admitted += limiter.admit(a, 60000) ? 1 : 0;
    QCOMPARE(admitted, 10);                // a long silence refills to the burst, no more
    ResponderRateLimiter none(0);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(none.admit(a, 0));
    QCOMPARE(none.trackedSources(), 0);
}

void TestResponderFlood::streamFloodIsAnsweredInOrder_data()
{
    QTest::addColumn<TransportProtocol>("transport");
    QTest::newRow("tcp") << TransportProtocol::Tcp;
    QTest::newRow("tls") << TransportProtocol::Tls;
}

void TestResponderFlood::streamFloodIsAnsweredInOrder()
{
    QFETCH(TransportProtocol, transport);
    const bool tls = transport == TransportProtocol::Tls;
    Test::TestCertificates certificates;
    ResponderConfig c = floodConfig(transport);
    if (tls) {
        QVERIFY2(certificates.generate(), qPrintable(certificates.errorString()));
        c.certificateFile = certificates.server().certificate;
        c.privateKeyFile = certificates.server().key;
    }
    Responder responder;
    QVERIFY(!responder.start(c));
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (tls) {
        socket.connectToHostEncrypted(u"127.0.0.1"_s, responder.localPort());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QVERIFY(encrypted.wait(15000));
    } else {
        socket.connectToHost(QHostAddress::LocalHost, responder.localPort());
        QSignalSpy connected(&socket, &QSslSocket::connected);
        QVERIFY(connected.wait(15000));
    }
    // 5,000 requests in one write, about 2 MB: far more than one read of the
    // responder takes; it must work through all of them without more data arriving.
    constexpr int count = 5000;
    QByteArray burst;
    for (int i = 0; i < count; ++i)
        burst += options(QHostAddress::LocalHost, socket.localPort(), u"z9hG4bKs"_s + QString::number(i),
                         transport);
    socket.write(burst);
    QByteArray buffer;
    int answers = 0;
    bool inOrder = true;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        buffer += socket.readAll();
        while (auto parsed = SipParser::parseStream(buffer)) {
            if (!parsed->isValid())
                return false;
            inOrder = inOrder && parsed->message->topVia()->branch() == u"z9hG4bKs"_s + QString::number(answers);
            ++answers;
            buffer.remove(0, parsed->consumed);
        }
        return answers == count;
    }(), 120000);
    QVERIFY(inOrder);
    const ResponderCounters counters = responder.counters();
    QVERIFY2(counters.balanced(), describe(counters));
    QCOMPARE(counters.answered, quint64(count));
    QVERIFY(!counters.kernelDropped);   // a stream loses nothing in a kernel queue
}

void TestResponderFlood::connectionsAreBoundedAndExpire()
{
    ResponderConfig c = floodConfig(TransportProtocol::Tcp);
    c.maxConnections = 8;
    c.idleConnectionMs = 2000;
    Responder responder;
    int accepted = 0;
    int refused = 0;
    int most = 0;
    connect(&responder, &Responder::notice, this, [&](const QString &text) {
        accepted += text.startsWith(u"Accepted"_s) ? 1 : 0;
        refused += text.startsWith(u"Refused"_s) ? 1 : 0;
        most = std::max(most, responder.connectionCount());
    });
    QVERIFY(!responder.start(c));
    // All 20 are connected by the kernel before the responder gets to accept any
    // (it runs on this thread), so the first 8 are taken and the other 12 refused.
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 20; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(QHostAddress::LocalHost, responder.localPort());
    }
    QTRY_COMPARE_WITH_TIMEOUT(accepted + refused, 20, 15000);
    QVERIFY(most <= 8);
    QVERIFY(accepted >= 8);
    QVERIFY(refused >= 1);
    // The silent ones are closed after the idle time, so the count goes back to zero.
    QTRY_COMPARE_WITH_TIMEOUT(responder.connectionCount(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(flood.begin(), flood.end(), [](const auto &s) {
        return s->state() == QAbstractSocket::UnconnectedState; }), 15000);

    // A new client is served afterwards.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, responder.localPort());
    QSignalSpy connected(&client, &QTcpSocket::connected);
    QVERIFY(connected.wait(15000));
    client.write(options(QHostAddress::LocalHost, client.localPort(), u"z9hG4bKafter"_s, TransportProtocol::Tcp));
    QByteArray buffer;
    std::optional<SipParseResult> parsed;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += client.readAll(), parsed = SipParser::parseStream(buffer), parsed.has_value()), 15000);
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->message->statusCode(), 200);
}

void TestResponderFlood::peerThatDoesNotReadIsDropped()
{
    // A client that sends and never reads: the answers would pile up in our write
    // buffer without end. Reading pauses once 256 KiB of answers wait, and a peer that
    // takes none of them for 10 s is closed.
    Responder responder;
    QVERIFY(!responder.start(floodConfig(TransportProtocol::Tcp)));
    QTcpSocket socket;
    socket.setReadBufferSize(1);   // we do not read; Qt then stops reading the kernel too
    socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    socket.connectToHost(QHostAddress::LocalHost, responder.localPort());
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QVERIFY(connected.wait(15000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    int i = 0;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return true;
        if (socket.bytesToWrite() < 256 * 1024) {
            for (int k = 0; k < 500; ++k, ++i)
                socket.write(options(QHostAddress::LocalHost, socket.localPort(), u"z9hG4bKnr"_s + QString::number(i), TransportProtocol::Tcp));
        }
        return false;
    }(), 120000);
    QVERIFY(responder.counters().answered > 0);
    QTRY_COMPARE_WITH_TIMEOUT(responder.connectionCount(), 0, 15000);
}

QTEST_GUILESS_MAIN(TestResponderFlood)
#include "tst_responderflood.moc"
