// OptionsProbe end to end over real UDP on loopback, against the shared fake SIP
// server scripted per test: every answer shape and every failure mode.
#include "probe/optionsprobe.h"
#include "sip/sipparser.h"

#include "fakesipserver.h"
#include "localhostname.h"
#include "loopbackports.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

ProbeOptions fastOptions(std::chrono::milliseconds t1 = 50ms, std::chrono::milliseconds timerF = 0ms)
{
    ProbeOptions options;
    options.timers.t1 = t1;
    options.timers.t2 = 8 * t1;
    options.timers.timerF = timerF;
    return options;
}

// Runs one probe to its end and returns the result.
ProbeResult runProbe(const QString &target, const ProbeOptions &options = fastOptions())
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target, options);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

QList<ProbeEvent> eventsOf(const ProbeResult &result, ProbeEvent::Type type)
{
    QList<ProbeEvent> events;
    for (const ProbeEvent &event : result.timeline) {
        if (event.type == type)
            events << event;
    }
    return events;
}

} // namespace

class tst_OptionsProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plain200();
    void provisionalThenFinal();
    void answerAfterThirdRetransmission();
    void strayBranchThenAnswer();
    void wrongCallIdIsIgnored();
    void duplicateFinalsKeepTheFirst();
    void garbageIsIgnored();
    void neverAnsweringTimesOut();
    void nothingListeningIsRefused();
    void invalidTargetFinishesAsynchronously_data();
    void invalidTargetFinishesAsynchronously();
    void unsupportedTransport();
    void cancel();
    void restartCancelsTheRunningProbe();
    void optionsReachTheWire();
    void bindAddressAndPort();
    void ipv6Loopback();
    void hostNameIsResolved();
    void chooseTransport_data();
    void chooseTransport();
};

void tst_OptionsProbe::plain200()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::answerWith(200, u"OK"_s, {{u"Allow"_s, u"INVITE, OPTIONS"_s}}));

    OptionsProbe probe;
    QSignalSpy events(&probe, &OptionsProbe::eventRecorded);
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(), fastOptions());
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(5000));
    QVERIFY(!probe.isRunning());
    const ProbeResult r = finished.at(0).at(0).value<ProbeResult>();

    QCOMPARE(r.error.kind, ErrorKind::None);
    QCOMPARE(r.origin, ProbeResult::Origin::Remote);
    QVERIFY(r.hasFinalResponse());
    QVERIFY(r.isSuccess());
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.effectiveStatus(), 200);
    QCOMPARE(r.localStatus, 0);
    QCOMPARE(r.reasonPhrase, u"OK"_s);
    QVERIFY(!r.summary.isEmpty());
    QCOMPARE(r.target, server.uri());
    QCOMPARE(r.normalizedTarget, server.uri());
    QCOMPARE(r.transport, TransportProtocol::Udp);
    QCOMPARE(r.remote(), u"127.0.0.1:%1"_s.arg(server.port()));
    QVERIFY(r.rttUs > 0);
    QVERIFY(r.rttUs < 5'000'000);
    QCOMPARE(r.firstProvisionalUs, -1);
    QCOMPARE(r.headerValue(u"Server"_s), u"SipScope-FakeSipServer"_s);
    QCOMPARE(r.headerValue(u"allow"_s), u"INVITE, OPTIONS"_s);
    QCOMPARE(r.headers.constFirst().name, u"Via"_s);

    // The raw request is what the server got, and its Via names the socket the
    // datagram really came from (RFC 3261 §18.1.1, RFC 3581 rport). One request; a
    // descheduled test process may let Timer E (T1 = 50 ms) retransmit it before the
    // answer is read, and every retransmission the result counts reached the server.
    server.receivePending();
    QCOMPARE(server.transactionCount(), 1);
    QCOMPARE(server.requestCount(), r.retransmissions + 1);
    const FakeSipServer::Request &got = server.requests().constFirst();
    QCOMPARE(got.raw, r.rawRequest);
    QCOMPARE(got.message.topVia()->sentBy(), u"127.0.0.1:%1"_s.arg(got.peerPort));
    QCOMPARE(r.localPort, got.peerPort);
    QVERIFY(SipParser::parseDatagram(r.rawResponse).isValid());
    QCOMPARE(SipParser::parseDatagram(r.rawResponse).message->statusCode(), 200);

    // Timeline: in order, monotonic, and mirrored by eventRecorded.
    QCOMPARE(events.size(), r.timeline.size());
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Sent).size(), 1);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Final).size(), 1);
    QCOMPARE(r.timeline.constFirst().type, ProbeEvent::Type::TargetParsed);
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Final);
    for (qsizetype i = 1; i < r.timeline.size(); ++i)
        QVERIFY(r.timeline.at(i).atUs >= r.timeline.at(i - 1).atUs);
}

void tst_OptionsProbe::provisionalThenFinal()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        s.reply(request, 100, u"Trying"_s);
        s.reply(request, 183, u"Session Progress"_s, 30);
        s.reply(request, 200, u"OK"_s, 150);
    });
    const ProbeResult r = runProbe(server.uri(), fastOptions(500ms));
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.provisionals.size(), 2);
    QCOMPARE(r.provisionals.at(0).statusCode, 100);
    QCOMPARE(r.provisionals.at(0).reasonPhrase, u"Trying"_s);
    QCOMPARE(r.provisionals.at(1).statusCode, 183);
    QCOMPARE(r.firstProvisionalUs, r.provisionals.at(0).atUs);
    QVERIFY(r.firstProvisionalUs < r.provisionals.at(1).atUs);
    QVERIFY(r.provisionals.at(1).atUs < r.rttUs);
    QVERIFY(r.rttUs >= 150'000);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Provisional).size(), 2);
    server.receivePending();
    QCOMPARE(server.requestCount(), r.retransmissions + 1);
}

void tst_OptionsProbe::answerAfterThirdRetransmission()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        if (request.index == 3)
            s.reply(request, 200, u"OK"_s);
    });
    const ProbeResult r = runProbe(server.uri(), fastOptions(50ms));
    QCOMPARE(r.statusCode, 200);
    // The fourth transmission is answered; on a busy machine a fifth may leave before
    // the answer is read.
    QVERIFY2(r.retransmissions >= 3, qPrintable(QString::number(r.retransmissions)));
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Retransmitted).size(), r.retransmissions);
    server.receivePending();
    QCOMPARE(server.requestCount(), r.retransmissions + 1);
    QCOMPARE(server.transactionCount(), 1);
    // Timer E as the server saw it: at least 50, 100, 200 ms apart (T1 = 50 ms,
    // doubling); a timer fires late on a busy machine, never early. The exact schedule
    // is tst_clienttransaction's.
    const QList<FakeSipServer::Request> &got = server.requests();
    const QList<int> expected = {50, 100, 200};
    for (int i = 0; i < 3; ++i) {
        const qint64 interval = got.at(i + 1).atMs - got.at(i).atMs;
        QVERIFY2(interval >= expected.at(i) - 5, qPrintable(u"interval %1 was %2 ms"_s.arg(i).arg(interval)));
        QCOMPARE(got.at(i + 1).raw, got.at(0).raw);   // the very same request
    }
    QVERIFY(r.rttUs >= 350'000);   // measured from the first transmission
}

void tst_OptionsProbe::strayBranchThenAnswer()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage stray = FakeSipServer::makeResponse(request.message, 503, u"Stray"_s);
        const QString via = request.message.header(u"Via"_s).value_or(QString());
        stray.setHeader(u"Via"_s, QString(via).replace(u"branch=z9hG4bK"_s, u"branch=z9hG4bKother"_s));
        s.reply(request, stray);
        s.reply(request, 200, u"OK"_s, 20);
    });
    const ProbeResult r = runProbe(server.uri());
    QCOMPARE(r.statusCode, 200);
    const QList<ProbeEvent> ignored = eventsOf(r, ProbeEvent::Type::Ignored);
    QCOMPARE(ignored.size(), 1);
    QCOMPARE(ignored.at(0).statusCode, 503);
    QVERIFY2(ignored.at(0).text.contains(u"z9hG4bKother"_s), qPrintable(ignored.at(0).text));
    QVERIFY(ignored.at(0).raw.contains("Stray"));
}

void tst_OptionsProbe::wrongCallIdIsIgnored()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage other = FakeSipServer::makeResponse(request.message, 486, u"Busy Here"_s);
        other.setHeader(u"Call-ID"_s, u"not-our-call"_s);
        s.reply(request, other);
    });
    // Only wrong answers: the probe must not take one, so it times out.
    const ProbeResult r = runProbe(server.uri(), fastOptions(50ms, 400ms));
    QCOMPARE(r.error.kind, ErrorKind::Timeout);
    QCOMPARE(r.statusCode, 0);
    QVERIFY(!r.hasFinalResponse());
    const QList<ProbeEvent> ignored = eventsOf(r, ProbeEvent::Type::Ignored);
    QVERIFY(ignored.size() >= 2);   // one per (re)transmission
    QCOMPARE(ignored.at(0).statusCode, 486);
    QVERIFY(ignored.at(0).text.contains(u"not-our-call"_s));
}

void tst_OptionsProbe::duplicateFinalsKeepTheFirst()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        s.reply(request, 486, u"Busy Here"_s);
        s.reply(request, 486, u"Busy Here"_s, 10);
        s.reply(request, 200, u"OK"_s, 20);
    });
    ProbeOptions options = fastOptions();
    options.timers.timerK = 300ms;   // linger to see what else arrives
    const ProbeResult r = runProbe(server.uri(), options);
    QCOMPARE(r.statusCode, 486);
    QCOMPARE(r.reasonPhrase, u"Busy Here"_s);
    QVERIFY(!r.isSuccess());
    const QList<ProbeEvent> ignored = eventsOf(r, ProbeEvent::Type::Ignored);
    QCOMPARE(ignored.size(), 2);
    QCOMPARE(ignored.at(0).statusCode, 486);
    QCOMPARE(ignored.at(1).statusCode, 200);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Final).size(), 1);
}

void tst_OptionsProbe::garbageIsIgnored()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        s.sendTo(request, "\x16\x03\x01 definitely not SIP");
        s.sendTo(request, "SIP/2.0 999 Out Of Range\r\n\r\n");
        s.reply(request, 200, u"OK"_s, 20);
    });
    const ProbeResult r = runProbe(server.uri());
    QCOMPARE(r.statusCode, 200);
    const QList<ProbeEvent> ignored = eventsOf(r, ProbeEvent::Type::Ignored);
    QCOMPARE(ignored.size(), 2);
    QCOMPARE(ignored.at(0).statusCode, 0);
    QVERIFY(ignored.at(0).raw.startsWith("\x16\x03\x01"));
    QVERIFY(ignored.at(1).raw.startsWith("SIP/2.0 999"));
}

void tst_OptionsProbe::neverAnsweringTimesOut()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::silent());
    QElapsedTimer clock;
    clock.start();
    const ProbeResult r = runProbe(server.uri(), fastOptions(50ms, 500ms));
    QVERIFY(clock.elapsed() >= 495);
    QCOMPARE(r.error.kind, ErrorKind::Timeout);
    QVERIFY(!r.error.message.isEmpty());
    QCOMPARE(r.origin, ProbeResult::Origin::Local);   // never shown as received
    QCOMPARE(r.statusCode, 0);
    QCOMPARE(r.localStatus, 408);                      // RFC 3261 §8.1.3.1
    QCOMPARE(r.effectiveStatus(), 408);
    QVERIFY(!r.hasFinalResponse());
    QCOMPARE(r.rttUs, -1);
    QVERIFY(r.rawResponse.isEmpty());
    // 50, 100, 200 → sends at 0, 50, 150, 350 before Timer F at 500 ms. Each Timer E
    // interval runs from the moment the previous one fired, so on a busy machine the
    // late firings add up and the last may fall after Timer F: at least one
    // retransmission, at most three, and every one on the wire.
    QVERIFY2(r.retransmissions >= 1 && r.retransmissions <= 3, qPrintable(QString::number(r.retransmissions)));
    server.receivePending();
    QCOMPARE(server.requestCount(), r.retransmissions + 1);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Timeout).size(), 1);
}

void tst_OptionsProbe::nothingListeningIsRefused()
{
    const quint16 port = closedUdpPort();
    const ProbeResult r = runProbe(u"sip:127.0.0.1:%1"_s.arg(port), fastOptions(50ms, 3000ms));
    QCOMPARE(r.error.kind, ErrorKind::Refused);
    QVERIFY2(r.error.message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(r.error.message));
    QCOMPARE(r.origin, ProbeResult::Origin::Local);
    QCOMPARE(r.statusCode, 0);
    QCOMPARE(r.localStatus, 503);                      // RFC 3261 §8.1.3.1
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Error).size(), 1);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Timeout).size(), 0);
}

void tst_OptionsProbe::invalidTargetFinishesAsynchronously_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("empty") << QString();
    QTest::newRow("http") << u"http://example.com"_s;
    QTest::newRow("bad port") << u"127.0.0.1:99999"_s;
    QTest::newRow("unbalanced") << u"[::1:5060"_s;
}

void tst_OptionsProbe::invalidTargetFinishesAsynchronously()
{
    QFETCH(QString, target);
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    const ProbeResult r = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(r.error.kind, ErrorKind::InvalidTarget);
    QCOMPARE(r.error.message, SipUri::parse(target).errorMessage);
    QCOMPARE(r.origin, ProbeResult::Origin::None);
    QCOMPARE(r.effectiveStatus(), 0);
    QCOMPARE(r.target, target);
}

void tst_OptionsProbe::unsupportedTransport()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    // Every transport exists now (TCP/TLS: tst_probetransports, WebSocket:
    // tst_wstransport, tst_websocket): a WebSocket to the UDP-only server's port finds
    // nothing listening on TCP there.
    const ProbeResult r = runProbe(server.uri() + u";transport=ws"_s);
    QCOMPARE(r.error.kind, ErrorKind::Refused);
    QVERIFY(r.error.message.contains(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    QCOMPARE(r.transport, TransportProtocol::Ws);
    QCOMPARE(server.requestCount(), 0);
}

void tst_OptionsProbe::cancel()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::silent());
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(), fastOptions(50ms, 10000ms));
    // At least the first request is out; on a busy machine a retransmission (T1 = 50 ms)
    // may be too before this test looks again.
    QTRY_VERIFY(server.requestCount() >= 1);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!probe.isRunning());
    const ProbeResult r = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(r.error.kind, ErrorKind::Cancelled);
    QCOMPARE(r.origin, ProbeResult::Origin::None);
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Cancelled);
    // Nothing is sent after the cancellation. What was sent before is in the server's
    // queue already (loopback), so it is counted first; then several retransmission
    // intervals pass.
    server.receivePending();
    const int sent = server.requestCount();
    QTest::qWait(300);
    QCOMPARE(server.requestCount(), sent);
    QCOMPARE(finished.size(), 1);
    probe.cancel();   // harmless when idle
    QCOMPARE(finished.size(), 1);
}

void tst_OptionsProbe::restartCancelsTheRunningProbe()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        if (request.message.requestUri().contains(u"second"_s))
            s.reply(request, 200, u"OK"_s);
    });
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(u"first"_s), fastOptions(50ms, 10000ms));
    QTRY_VERIFY(server.requestCount() >= 1);
    probe.start(server.uri(u"second"_s), fastOptions());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ProbeResult>().error.kind, ErrorKind::Cancelled);
    QVERIFY(finished.wait(5000));
    const ProbeResult r = finished.at(1).at(0).value<ProbeResult>();
    QCOMPARE(r.statusCode, 200);
    QVERIFY(r.target.contains(u"second"_s));
}

void tst_OptionsProbe::optionsReachTheWire()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    ProbeOptions options = fastOptions();
    options.fromUser = u"nagios"_s;
    options.maxForwards = 5;
    options.extraHeaders = {{u"X-Ticket"_s, u"4711"_s}, {u"Subject"_s, u"probe"_s}};
    const ProbeResult r = runProbe(server.uri(u"alice"_s), options);
    QCOMPARE(r.statusCode, 200);
    const SipMessage &got = server.requests().constFirst().message;
    QCOMPARE(got.requestUri(), server.uri(u"alice"_s));
    QVERIFY(got.header(u"From"_s)->startsWith(u"<sip:nagios@127.0.0.1>;tag="_s));
    QCOMPARE(got.header(u"Max-Forwards"_s), std::optional<QString>(u"5"_s));
    QCOMPARE(got.header(u"X-Ticket"_s), std::optional<QString>(u"4711"_s));
    QCOMPARE(got.header(u"Subject"_s), std::optional<QString>(u"probe"_s));

    options.fromUri = *SipUri::parse(u"sip:monitor@example.org"_s).uri;
    const ProbeResult r2 = runProbe(server.uri(), options);
    QCOMPARE(r2.statusCode, 200);
    QVERIFY(server.requests().constLast().message.header(u"From"_s)->startsWith(u"<sip:monitor@example.org>"_s));
}

void tst_OptionsProbe::bindAddressAndPort()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    ProbeOptions options = fastOptions();
    options.transportOptions.bindAddress = QHostAddress::LocalHost;
    options.transportOptions.bindPort = closedUdpPort();
    const ProbeResult r = runProbe(server.uri(), options);
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(server.requests().constFirst().peerPort, options.transportOptions.bindPort);
    QCOMPARE(r.localPort, options.transportOptions.bindPort);
    QCOMPARE(r.localAddress, u"127.0.0.1"_s);
}

void tst_OptionsProbe::ipv6Loopback()
{
    FakeSipServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("This machine has no IPv6 loopback (::1 cannot be bound).");
    const ProbeResult r = runProbe(server.uri());
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.remote(), u"[::1]:%1"_s.arg(server.port()));
    QCOMPARE(server.requests().constFirst().message.topVia()->sentBy(),
             u"[::1]:%1"_s.arg(server.requests().constFirst().peerPort));
}

void tst_OptionsProbe::hostNameIsResolved()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    // "localhost" resolves from the hosts file, without DNS traffic. It may give ::1 or
    // 127.0.0.1 first, so a server listens on both with the same port.
    FakeSipServer v4;
    QVERIFY(v4.listen());
    FakeSipServer v6;
    const bool haveV6 = v6.listen(QHostAddress::LocalHostIPv6, FakeSipServer::Transport::Udp, v4.port());
    const ProbeResult r = runProbe(u"sip:localhost:%1"_s.arg(v4.port()));
    if (!haveV6 && r.error.kind == ErrorKind::Refused)
        QSKIP("localhost resolved to ::1 first, and ::1 cannot be bound here.");
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.normalizedTarget, u"sip:localhost:%1"_s.arg(v4.port()));
    QVERIFY(QHostAddress(r.remoteAddress).isLoopback());
    QCOMPARE(eventsOf(r, ProbeEvent::Type::DnsLookup).size(), 1);
    const QList<ProbeEvent> resolved = eventsOf(r, ProbeEvent::Type::DnsResult);
    QCOMPARE(resolved.size(), 1);
    QVERIFY2(resolved.at(0).text.contains(r.remoteAddress), qPrintable(resolved.at(0).text));
    QCOMPARE(v4.transactionCount() + v6.transactionCount(), 1);
}

void tst_OptionsProbe::chooseTransport_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("option");   // -1: none
    QTest::addColumn<TransportProtocol>("expected");
    QTest::newRow("sip defaults to udp") << u"sip:a.example"_s << -1 << TransportProtocol::Udp;
    QTest::newRow("sips means tls") << u"sips:a.example"_s << -1 << TransportProtocol::Tls;
    QTest::newRow("uri parameter") << u"sip:a.example;transport=tcp"_s << -1 << TransportProtocol::Tcp;
    QTest::newRow("option wins over parameter") << u"sip:a.example;transport=tcp"_s << int(TransportProtocol::Udp) << TransportProtocol::Udp;
}

void tst_OptionsProbe::chooseTransport()
{
    QFETCH(QString, target);
    QFETCH(int, option);
    QFETCH(TransportProtocol, expected);
    ProbeOptions options;
    if (option >= 0)
        options.transport = TransportProtocol(option);
    const TransportChoice choice = OptionsProbe::chooseTransport(*SipUri::parse(target).uri, options);
    QCOMPARE(choice.protocol, expected);
    QVERIFY(!choice.reason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_OptionsProbe)
#include "tst_optionsprobe.moc"
