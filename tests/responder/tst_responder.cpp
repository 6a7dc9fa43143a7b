// The responder on loopback: our own probe against it over UDP (and TCP once core has
// that transport) gets the chosen code; raw sockets check what a probe cannot see —
// a retransmitted request answered from the transaction, an INVITE's final
// retransmitted until its ACK, CANCEL, 2xx-to-INVITE refused, received/rport, TCP and
// TLS framing — and the configuration checks.
#include "codes/responsecodecatalog.h"
#include "probe/optionsprobe.h"
#include "responder/responder.h"
#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include "signalvalues.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;

namespace {

ResponderConfig config(int code, TransportProtocol transport = TransportProtocol::Udp)
{
    ResponderConfig c;
    c.port = 0;
    c.transport = transport;
    c.statusCode = code;
    c.timers.t1 = 50ms;
    c.timers.t2 = 200ms;
    c.timers.t4 = 200ms;
    return c;
}

ProbeResult probe(const QString &target, std::optional<TransportProtocol> transport = {})
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    ProbeOptions options;
    options.transport = transport;
    options.timers.t1 = 50ms;
    options.timers.timerF = 3000ms;
    probe.start(target, options);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

QString uriOf(const Responder &responder)
{
    return u"sip:test@127.0.0.1:"_s + QString::number(responder.localPort());
}

// A request as a phone would send it, from `localPort`.
SipMessage request(const QString &method, quint16 localPort, const QString &branch,
                   const QString &transport = u"UDP"_s, quint32 cseq = 1)
{
    SipMessage message = SipMessage::request(method, u"sip:test@127.0.0.1"_s);
    message.addHeader(u"Via"_s, u"SIP/2.0/"_s + transport + u" 127.0.0.1:"_s + QString::number(localPort)
                                    + u";branch="_s + branch + u";rport"_s);
    message.addHeader(u"Max-Forwards"_s, u"70"_s);
    message.addHeader(u"From"_s, u"<sip:phone@127.0.0.1>;tag=ph1"_s);
    message.addHeader(u"To"_s, u"<sip:test@127.0.0.1>"_s);
    message.addHeader(u"Call-ID"_s, u"call-"_s + branch);
    message.addHeader(u"CSeq"_s, QString::number(cseq) + u' ' + method);
    message.addHeader(u"Content-Length"_s, u"0"_s);
    return message;
}

// A UDP "phone" on loopback that collects every response it gets.
class UdpPhone final
{
public:
    UdpPhone() { m_socket.bind(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_socket.localPort(); }
    void send(const SipMessage &message, quint16 to)
    {
        m_socket.writeDatagram(message.toBytes(), QHostAddress::LocalHost, to);
    }
    // Everything received so far (waits briefly for the event loop).
    QList<SipMessage> drain()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const SipParseResult parsed = SipParser::parseDatagram(datagram.data());
            if (parsed.isValid()) {
                m_received << *parsed.message;
                m_raw << datagram.data();
            }
        }
        return m_received;
    }
    int countStatus(int code)
    {
        int n = 0;
        for (const SipMessage &m : drain())
            n += m.statusCode() == code ? 1 : 0;
        return n;
    }
    QList<QByteArray> raw() { drain(); return m_raw; }

private:
    QUdpSocket m_socket;
    QList<SipMessage> m_received;
    QList<QByteArray> m_raw;
};

QList<ResponderLogEntry> entries(const QSignalSpy &spy)
{
    return Test::signalValues<ResponderLogEntry>(spy);
}

} // namespace

class TestResponder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeGetsChosenCode_data();
    void probeGetsChosenCode();
    void provisionalFirst();
    void delayedAnswer();
    void retransmittedRequestGetsSameAnswer();
    void answersAgainAfterAFlood();
    void inviteFinalRetransmittedUntilAck();
    void inviteTwoHundredRefused();
    void cancelPendingInvite();
    void viaReceivedAndRport();
    void badRequest();
    void garbageIsLogged();
    void tcpAnswersOnConnection();
    void tcpProbe();
    void tlsAnswers();
    void configCheck_data();
    void configCheck();
    void parseListen_data();
    void parseListen();
    void bindFailureIsReported();
};

void TestResponder::initTestCase()
{
    qRegisterMetaType<ResponderLogEntry>();
}

void TestResponder::probeGetsChosenCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("200") << 200 << QString() << QString() << u"OK"_s;
    QTest::newRow("404") << 404 << QString() << QString() << u"Not Found"_s;
    QTest::newRow("486") << 486 << QString() << QString() << u"Busy Here"_s;
    QTest::newRow("503-retry-after") << 503 << QString() << u"Retry-After: 30"_s << u"Service Unavailable"_s;
    QTest::newRow("603") << 603 << QString() << QString() << u"Decline"_s;
    QTest::newRow("custom-reason") << 480 << u"Gone Fishing"_s << QString() << u"Gone Fishing"_s;
    // The catalog's phrase for a code it knows, registered or not.
    QTest::newRow("catalog-nonstandard-499") << 499 << QString() << QString()
                                             << ResponseCodeCatalog::instance().find(499).value_or(ResponseCode()).reason;
    // A class phrase for a code it does not know.
    int unknown = 0;
    for (int code = 470; code < 500 && unknown == 0; ++code)
        unknown = ResponseCodeCatalog::instance().find(code) ? 0 : code;
    QTest::newRow("unknown-code-class-phrase") << unknown << QString() << QString() << u"Client Failure"_s;
}

void TestResponder::probeGetsChosenCode()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, header);
    QFETCH(QString, expectedReason);
    ResponderConfig c = config(code);
    c.reasonPhrase = reason;
    if (!header.isEmpty()) {
        QString error;
        const auto parsed = ResponderConfig::parseHeader(header, &error);
        QVERIFY2(parsed, qPrintable(error));
        c.extraHeaders << *parsed;
    }
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    const SipError error = responder.start(c);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(responder.localPort() != 0);

    const ProbeResult result = probe(uriOf(responder));
    QVERIFY2(result.hasFinalResponse(), qPrintable(result.error.message));
    QCOMPARE(result.statusCode, code);
    QCOMPARE(result.reasonPhrase, expectedReason);
    if (!header.isEmpty())
        QCOMPARE(result.headerValue(header.section(u':', 0, 0)), header.section(u':', 1).trimmed());
    QVERIFY(result.headerValue(u"Server"_s).startsWith(u"SipScope/"_s));
    QCOMPARE(logged.size(), 1);
    const ResponderLogEntry entry = entries(logged).constFirst();
    QCOMPARE(entry.method, u"OPTIONS"_s);
    QCOMPARE(entry.disposition, ResponderLogEntry::Disposition::Answered);
    QCOMPARE(entry.statusCode, code);
    QCOMPARE(entry.source.address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(entry.raw.startsWith("OPTIONS sip:"));
    QVERIFY(entry.from.contains(u"tag="_s));
}

void TestResponder::provisionalFirst()
{
    ResponderConfig c = config(486);
    c.provisionals = {100, 180};
    Responder responder;
    QVERIFY(!responder.start(c));
    // OPTIONS: 100 Trying only (180 Ringing means nothing outside INVITE).
    const ProbeResult result = probe(uriOf(responder));
    QCOMPARE(result.statusCode, 486);
    QCOMPARE(result.provisionals.size(), 1);
    QCOMPARE(result.provisionals.constFirst().statusCode, 100);

    // INVITE: 100, then 180, then the final.
    UdpPhone phone;
    phone.send(request(u"INVITE"_s, phone.port(), u"z9hG4bKprov"_s), responder.localPort());
    QTRY_COMPARE(phone.countStatus(486), 1);
    const QList<SipMessage> received = phone.drain();
    QCOMPARE(received.at(0).statusCode(), 100);
    QCOMPARE(received.at(1).statusCode(), 180);
    QCOMPARE(received.at(2).statusCode(), 486);
    // One To tag for the whole transaction (not on 100, §8.2.6.2).
    QVERIFY(received.at(0).toTag().isEmpty());
    QVERIFY(!received.at(1).toTag().isEmpty());
    QCOMPARE(received.at(2).toTag(), received.at(1).toTag());
}

void TestResponder::delayedAnswer()
{
    ResponderConfig c = config(480);
    c.delayMs = 400;
    Responder responder;
    QVERIFY(!responder.start(c));
    const ProbeResult result = probe(uriOf(responder));
    QCOMPARE(result.statusCode, 480);
    QVERIFY2(result.rttUs >= 390000, qPrintable(QString::number(result.rttUs)));
}

void TestResponder::retransmittedRequestGetsSameAnswer()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(503)));
    UdpPhone phone;
    const SipMessage options = request(u"OPTIONS"_s, phone.port(), u"z9hG4bKretrans"_s);
    phone.send(options, responder.localPort());
    QTRY_COMPARE(phone.countStatus(503), 1);
    phone.send(options, responder.localPort());
    phone.send(options, responder.localPort());
    QTRY_COMPARE(phone.countStatus(503), 3);
    const QList<QByteArray> raw = phone.raw();
    // Byte for byte the same answer, same To tag: not processed again.
    QCOMPARE(raw.at(1), raw.at(0));
    QCOMPARE(raw.at(2), raw.at(0));
    const QList<ResponderLogEntry> log = entries(logged);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).disposition, ResponderLogEntry::Disposition::Answered);
    QCOMPARE(log.at(1).disposition, ResponderLogEntry::Disposition::Retransmission);
    QCOMPARE(log.at(2).disposition, ResponderLogEntry::Disposition::Retransmission);
    QCOMPARE(responder.activeTransactions(), 1);

    // A new request (new branch) is a new transaction with a new To tag.
    phone.send(request(u"OPTIONS"_s, phone.port(), u"z9hG4bKnext"_s, u"UDP"_s, 2), responder.localPort());
    QTRY_COMPARE(phone.countStatus(503), 4);
    QVERIFY(phone.drain().at(3).toTag() != phone.drain().at(0).toTag());
}

// A burst far beyond what the socket's queue holds (the kernel drops the overflow),
// sent from another thread while the responder works through it: afterwards a normal
// request is answered. The responder used to go deaf for good after such a burst, its
// socket open and its queue full: a readyRead that found the queue already drained was
// not followed by a read, and Qt keeps the read notifier off until one. The flood
// comes from its own thread so that readiness and reading interleave as they do with
// a load generator or a large monitor.
void TestResponder::answersAgainAfterAFlood()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(200)));
    const quint16 port = responder.localPort();

    std::atomic<bool> done = false;
    std::thread flood([port, &done] {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        // Bursts with pauses: each burst's end is where a drained queue meets a
        // readiness already reported, the moment the old reader lost its notifier.
        for (int burst = 0; burst < 10; ++burst) {
            for (int i = 0; i < 2000; ++i) {
                const QString branch = u"z9hG4bKflood%1x%2"_s.arg(burst).arg(i);
                socket.writeDatagram(request(u"OPTIONS"_s, socket.localPort(), branch).toBytes(),
                                     QHostAddress::LocalHost, port);
            }
            std::this_thread::sleep_for(50ms);
        }
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 120000);
    flood.join();
    QVERIFY(!logged.isEmpty());   // part of the flood was answered

    // UDP may lose a datagram on a busy machine: the request is sent again every
    // half second, as a phone retransmits, until the answer comes.
    UdpPhone phone;
    const SipMessage options = request(u"OPTIONS"_s, phone.port(), u"z9hG4bKafterflood"_s);
    QElapsedTimer waited;
    waited.start();
    while (phone.countStatus(200) == 0 && waited.elapsed() < 15000) {
        phone.send(options, port);
        QTest::qWait(500);
    }
    QVERIFY2(phone.countStatus(200) >= 1, "no answer after the flood: the responder stopped reading");
}

void TestResponder::inviteFinalRetransmittedUntilAck()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(486)));
    UdpPhone phone;
    const SipMessage invite = request(u"INVITE"_s, phone.port(), u"z9hG4bKinv"_s);
    phone.send(invite, responder.localPort());
    // Timer G with T1 = 50 ms: copies at 0, 50, 150, 350 ms...
    QTRY_VERIFY_WITH_TIMEOUT(phone.countStatus(486) >= 3, 3000);

    SipMessage ack = request(u"ACK"_s, phone.port(), u"z9hG4bKinv"_s);
    ack.setHeader(u"To"_s, phone.drain().constFirst().header(u"To"_s).value_or(QString()));
    phone.send(ack, responder.localPort());
    QTRY_COMPARE(entries(logged).constLast().disposition, ResponderLogEntry::Disposition::AckAbsorbed);
    // Let any copy already in flight arrive, then nothing more: Timer G stopped.
    QTest::qWait(100);
    const int afterAck = phone.countStatus(486);
    QTest::qWait(600);
    QCOMPARE(phone.countStatus(486), afterAck);
    // The ACK got no answer of its own, and the transaction goes away (Timer I = T4).
    QTRY_COMPARE(responder.activeTransactions(), 0);
}

void TestResponder::inviteTwoHundredRefused()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(200)));
    QVERIFY(responder.warnings().join(u' ').contains(u"488"_s));
    UdpPhone phone;
    phone.send(request(u"INVITE"_s, phone.port(), u"z9hG4bK2xx"_s), responder.localPort());
    QTRY_VERIFY(phone.countStatus(488) >= 1);
    QCOMPARE(phone.countStatus(200), 0);
    const SipMessage refused = phone.drain().constFirst();
    QVERIFY(refused.header(u"Warning"_s).value_or(QString()).startsWith(u"399 "_s));
    QCOMPARE(entries(logged).constFirst().disposition, ResponderLogEntry::Disposition::Refused2xx);
    // OPTIONS still gets the 200.
    QCOMPARE(probe(uriOf(responder)).statusCode, 200);
}

void TestResponder::cancelPendingInvite()
{
    ResponderConfig c = config(486);
    c.delayMs = 3000;
    Responder responder;
    QVERIFY(!responder.start(c));
    UdpPhone phone;
    phone.send(request(u"INVITE"_s, phone.port(), u"z9hG4bKcancel"_s), responder.localPort());
    QTRY_COMPARE(phone.countStatus(100), 1);   // §17.2.1: 100 Trying after 200 ms
    phone.send(request(u"CANCEL"_s, phone.port(), u"z9hG4bKcancel"_s), responder.localPort());
    QTRY_VERIFY(phone.countStatus(487) >= 1);
    bool cancelAnswered = false;
    for (const SipMessage &m : phone.drain())
        cancelAnswered = cancelAnswered || (m.statusCode() == 200 && m.cseq()->method == u"CANCEL"_s);
    QVERIFY(cancelAnswered);
    QCOMPARE(phone.countStatus(486), 0);

    // A CANCEL for nothing gets 481.
    phone.send(request(u"CANCEL"_s, phone.port(), u"z9hG4bKnothing"_s), responder.localPort());
    QTRY_COMPARE(phone.countStatus(481), 1);
}

void TestResponder::viaReceivedAndRport()
{
    Responder responder;
    QVERIFY(!responder.start(config(404)));
    UdpPhone phone;
    SipMessage options = request(u"OPTIONS"_s, phone.port(), u"z9hG4bKvia"_s);
    // The phone claims another sent-by (as behind NAT); rport brings the answer back.
    options.setHeader(u"Via"_s, u"SIP/2.0/UDP 192.0.2.10:5062;branch=z9hG4bKvia;rport"_s);
    phone.send(options, responder.localPort());
    QTRY_COMPARE(phone.countStatus(404), 1);
    const QString via = phone.drain().constFirst().header(u"Via"_s).value_or(QString());
    QVERIFY2(via.contains(u";received=127.0.0.1"_s), qPrintable(via));
    QVERIFY2(via.contains(u";rport="_s + QString::number(phone.port())), qPrintable(via));
}

void TestResponder::badRequest()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(200)));
    UdpPhone phone;
    SipMessage options = request(u"OPTIONS"_s, phone.port(), u"z9hG4bKbad"_s);
    options.removeHeader(u"Call-ID"_s);
    phone.send(options, responder.localPort());
    QTRY_COMPARE(phone.countStatus(400), 1);
    QCOMPARE(entries(logged).constFirst().disposition, ResponderLogEntry::Disposition::BadRequest);
}

void TestResponder::garbageIsLogged()
{
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QVERIFY(!responder.start(config(200)));
    QUdpSocket socket;
    socket.writeDatagram("GET / HTTP/1.1\r\n\r\n", QHostAddress::LocalHost, responder.localPort());
    QTRY_COMPARE(logged.size(), 1);
    QCOMPARE(entries(logged).constFirst().disposition, ResponderLogEntry::Disposition::Dropped);
    QCOMPARE(responder.activeTransactions(), 0);
}

void TestResponder::tcpAnswersOnConnection()
{
    Responder responder;
    QVERIFY(!responder.start(config(486, TransportProtocol::Tcp)));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, responder.localPort());
    QVERIFY(socket.waitForConnected(5000));
    // Two requests in one write and a keep-alive before them: stream framing.
    const QByteArray first = request(u"OPTIONS"_s, socket.localPort(), u"z9hG4bKtcp1"_s, u"TCP"_s).toBytes();
    const QByteArray second = request(u"OPTIONS"_s, socket.localPort(), u"z9hG4bKtcp2"_s, u"TCP"_s, 2).toBytes();
    socket.write("\r\n\r\n" + first + second);
    QByteArray buffer;
    QList<SipMessage> responses;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        buffer += socket.readAll();
        while (auto parsed = SipParser::parseStream(buffer)) {
            if (!parsed->isValid())
                return false;
            responses << *parsed->message;
            buffer.remove(0, parsed->consumed);
        }
        return responses.size() == 2;
    }(), 5000);
    QCOMPARE(responses.at(0).statusCode(), 486);
    QCOMPARE(responses.at(0).topVia()->branch(), u"z9hG4bKtcp1"_s);
    QCOMPARE(responses.at(1).topVia()->branch(), u"z9hG4bKtcp2"_s);
}

void TestResponder::tcpProbe()
{
    // Our own TCP client against our own TCP responder, end to end.
    QVERIFY(createTransport(TransportProtocol::Tcp));
    Responder responder;
    QVERIFY(!responder.start(config(486, TransportProtocol::Tcp)));
    const ProbeResult result = probe(uriOf(responder), TransportProtocol::Tcp);
    QVERIFY2(result.hasFinalResponse(), qPrintable(result.error.message));
    QCOMPARE(result.statusCode, 486);
    QCOMPARE(result.retransmissions, 0);
}

void TestResponder::tlsAnswers()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "openssl is needed to make a throw-away certificate (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess process;
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                            u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);

    ResponderConfig c = config(603, TransportProtocol::Tls);
    // Missing files are refused before anything is bound.
    c.certificateFile = dir.filePath(u"missing.pem"_s);
    c.privateKeyFile = key;
    Responder responder;
    QCOMPARE(responder.start(c).kind, ErrorKind::Tls);
    c.certificateFile = cert;
    const SipError error = responder.start(c);
    QVERIFY2(!error, qPrintable(error.message));

    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, responder.localPort());
    // No waitFor*(): the server runs on this thread's event loop.
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QVERIFY(encrypted.wait(10000));
    socket.write(request(u"OPTIONS"_s, socket.localPort(), u"z9hG4bKtls"_s, u"TLS"_s).toBytes());
    QByteArray buffer;
    std::optional<SipParseResult> parsed;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket.readAll(), parsed = SipParser::parseStream(buffer), parsed.has_value()),
                             5000);
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->message->statusCode(), 603);
}

void TestResponder::configCheck_data()
{
    QTest::addColumn<ResponderConfig>("c");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("warningContains");

    QTest::newRow("default-loopback") << ResponderConfig() << true << QString();
    ResponderConfig provisional;
    provisional.statusCode = 180;
    QTest::newRow("final-must-be-final") << provisional << false << QString();
    ResponderConfig tooHigh;
    tooHigh.statusCode = 700;
    QTest::newRow("code-700") << tooHigh << false << QString();
    ResponderConfig delay;
    delay.statusCode = 486;
    delay.delayMs = ResponderConfig::maxDelayMs + 1;
    QTest::newRow("delay-too-long") << delay << false << QString();
    ResponderConfig badProvisional;
    badProvisional.statusCode = 486;
    badProvisional.provisionals = {100, 200};
    QTest::newRow("provisional-200") << badProvisional << false << QString();
    ResponderConfig tls;
    tls.statusCode = 486;
    tls.transport = TransportProtocol::Tls;
    QTest::newRow("tls-needs-files") << tls << false << QString();
    ResponderConfig ws;
    ws.transport = TransportProtocol::Ws;
    QTest::newRow("websocket") << ws << true << QString();
    ResponderConfig wss;
    wss.transport = TransportProtocol::Wss;
    QTest::newRow("wss-needs-files") << wss << false << QString();
    ResponderConfig reserved;
    reserved.statusCode = 486;
    reserved.extraHeaders = {{u"Call-ID"_s, u"x"_s}};
    QTest::newRow("reserved-header") << reserved << false << QString();
    ResponderConfig all;
    all.statusCode = 486;
    all.address = QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("all-interfaces-warns") << all << true << u"all interfaces"_s;
    ResponderConfig ok2xx;
    QTest::newRow("2xx-warns-about-invite") << ok2xx << true << u"INVITE"_s;
    ResponderConfig unauthorized;
    unauthorized.statusCode = 401;
    QTest::newRow("401-without-www-authenticate") << unauthorized << true << u"WWW-Authenticate"_s;
    ResponderConfig redirect;
    redirect.statusCode = 302;
    QTest::newRow("302-without-contact") << redirect << true << u"Contact"_s;
}

void TestResponder::configCheck()
{
    QFETCH(ResponderConfig, c);
    QFETCH(bool, valid);
    QFETCH(QString, warningContains);
    const ResponderConfig::Check check = c.check();
    QCOMPARE(check.isValid(), valid);
    if (!warningContains.isEmpty())
        QVERIFY2(check.warnings.join(u' ').contains(warningContains), qPrintable(check.warnings.join(u' ')));
    if (c.statusCode == 486 && c.address.isLoopback())
        QVERIFY(check.warnings.isEmpty());
}

void TestResponder::parseListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");   // empty: invalid
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4-port") << u"127.0.0.1:5070"_s << u"127.0.0.1"_s << 5070;
    QTest::newRow("ipv6-port") << u"[::1]:5070"_s << u"::1"_s << 5070;
    QTest::newRow("port-only-loopback") << u"5080"_s << u"127.0.0.1"_s << 5080;
    QTest::newRow("address-only-5060") << u"127.0.0.2"_s << u"127.0.0.2"_s << 5060;
    QTest::newRow("all-interfaces") << u"0.0.0.0:5060"_s << u"0.0.0.0"_s << 5060;
    QTest::newRow("name-refused") << u"localhost:5060"_s << QString() << 0;
    QTest::newRow("port-too-big") << u"127.0.0.1:70000"_s << QString() << 0;
    QTest::newRow("unclosed-bracket") << u"[::1:5060"_s << QString() << 0;
}

void TestResponder::parseListen()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    const ResponderConfig::Listen listen = ResponderConfig::parseListen(text);
    QCOMPARE(listen.isValid(), !address.isEmpty());
    if (listen.isValid()) {
        QCOMPARE(listen.address, QHostAddress(address));
        QCOMPARE(int(listen.port), port);
    }
}

void TestResponder::bindFailureIsReported()
{
    QUdpSocket occupied;
    QVERIFY(occupied.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    ResponderConfig c = config(486);
    c.port = occupied.localPort();
    Responder responder;
    const SipError error = responder.start(c);
    QCOMPARE(error.kind, ErrorKind::Transport);
    QVERIFY(error.message.contains(QString::number(c.port)));
    QVERIFY(!responder.isRunning());
}

QTEST_GUILESS_MAIN(TestResponder)
#include "tst_responder.moc"
