// Tracer (SIP traceroute) through chained fake proxies on loopback: each proxy
// answers 483 when Max-Forwards reaches 0 and relays otherwise, so the path's depth
// is known; a loop, a silent hop, the hop and time bounds and cancel are staged too.
#include "diagnosis/tracer.h"

#include "fakesipproxy.h"
#include "fakesipserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipProxy;
using SipScope::Test::FakeSipServer;

namespace {

TraceOptions fastOptions()
{
    TraceOptions options;
    options.probe.timers.t1 = 40ms;
    options.probe.timers.t2 = 320ms;
    options.hopTimeout = 400ms;
    options.totalTimeout = 20s;
    return options;
}

TraceResult runTrace(Tracer &tracer, const QString &target, const TraceOptions &options)
{
    QSignalSpy finished(&tracer, &Tracer::finished);
    tracer.start(target, options);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<TraceResult>();
}

} // namespace

class tst_Tracer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoProxiesThenTarget();
    void hopWithoutContactIsNamedByServer();
    void loopIsBoundedAndFlagged();
    void silentHopsStopTheTrace();
    void timeLimit();
    void closedPortEndsWithError();
    void invalidTarget();
    void cancel();
    void hopFromResult_data();
    void hopFromResult();
};

void tst_Tracer::twoProxiesThenTarget()
{
    FakeSipServer target;
    QVERIFY(target.listen());
    target.setHandler([](FakeSipServer &server, const FakeSipServer::Request &request) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        response.setHeader(u"Server"_s, u"Target-UAS"_s);
        server.reply(request, response);
    });
    FakeSipProxy second(u"Proxy-B"_s);
    QVERIFY(second.listen());
    second.setNextHop(QHostAddress::LocalHost, target.port());
    FakeSipProxy first(u"Proxy-A"_s);
    QVERIFY(first.listen());
    first.setNextHop(QHostAddress::LocalHost, second.port());

    Tracer tracer;
    QSignalSpy hops(&tracer, &Tracer::hopFinished);
    QSignalSpy started(&tracer, &Tracer::hopStarted);
    const TraceResult result = runTrace(tracer, first.uri(), fastOptions());

    QCOMPARE(result.end, TraceResult::End::Reached);
    QCOMPARE(result.hops.size(), 3);
    QCOMPARE(hops.size(), 3);
    QCOMPARE(started.size(), 3);
    QVERIFY(!result.loopSuspected);

    const TraceHop &a = result.hops.at(0);
    QCOMPARE(a.maxForwards, 0);
    QCOMPARE(a.outcome, TraceHop::Outcome::TooManyHops);
    QCOMPARE(a.statusCode, 483);
    QCOMPARE(a.server, u"Proxy-A"_s);
    QCOMPARE(a.address, first.hostPort());
    QCOMPARE(a.addressSource, u"contact"_s);
    QVERIFY(a.rttUs > 0);

    const TraceHop &b = result.hops.at(1);
    QCOMPARE(b.maxForwards, 1);
    QCOMPARE(b.outcome, TraceHop::Outcome::TooManyHops);
    QCOMPARE(b.server, u"Proxy-B"_s);
    QCOMPARE(b.address, second.hostPort());
    // The answer of the second hop physically came back through the first one.
    QCOMPARE(b.relayedBy, first.hostPort());

    const TraceHop &t = result.hops.at(2);
    QCOMPARE(t.maxForwards, 2);
    QCOMPARE(t.outcome, TraceHop::Outcome::Reached);
    QCOMPARE(t.statusCode, 200);
    QCOMPARE(t.server, u"Target-UAS"_s);

    // What each element received: Max-Forwards counts down along the path.
    QCOMPARE(first.server().transactionCount(), 3);
    QCOMPARE(second.server().transactionCount(), 2);
    QCOMPARE(target.transactionCount(), 1);
    QCOMPARE(target.requests().constFirst().message.header(u"Max-Forwards"_s), std::optional<QString>(u"0"_s));
    QVERIFY2(result.summary.contains(u"200 OK"_s), qPrintable(result.summary));
    QVERIFY(result.summary.contains(u"2 proxy hop"_s));
}

void tst_Tracer::hopWithoutContactIsNamedByServer()
{
    FakeSipServer target;
    QVERIFY(target.listen());
    FakeSipProxy second(u"Quiet-B"_s);
    QVERIFY(second.listen());
    second.setAdvertiseContact(false);
    second.setNextHop(QHostAddress::LocalHost, target.port());
    FakeSipProxy first(u"Quiet-A"_s);
    QVERIFY(first.listen());
    first.setAdvertiseContact(false);
    first.setNextHop(QHostAddress::LocalHost, second.port());

    Tracer tracer;
    const TraceResult result = runTrace(tracer, first.uri(), fastOptions());
    QCOMPARE(result.hops.size(), 3);
    // Hop 0 can only be the element we sent to; beyond it the address is unknown.
    QCOMPARE(result.hops.at(0).address, first.hostPort());
    QCOMPARE(result.hops.at(0).addressSource, u"source"_s);
    QVERIFY(result.hops.at(1).address.isEmpty());
    QCOMPARE(result.hops.at(1).server, u"Quiet-B"_s);
    QCOMPARE(result.hops.at(1).relayedBy, first.hostPort());
}

void tst_Tracer::loopIsBoundedAndFlagged()
{
    FakeSipProxy a(u"Loop-A"_s);
    FakeSipProxy b(u"Loop-B"_s);
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setNextHop(QHostAddress::LocalHost, b.port());
    b.setNextHop(QHostAddress::LocalHost, a.port());

    TraceOptions options = fastOptions();
    options.maxHops = 6;
    Tracer tracer;
    const TraceResult result = runTrace(tracer, a.uri(), options);
    QCOMPARE(result.end, TraceResult::End::MaxHops);
    QCOMPARE(result.hops.size(), 6);
    QStringList servers;
    for (const TraceHop &hop : result.hops) {
        QCOMPARE(hop.outcome, TraceHop::Outcome::TooManyHops);
        servers << hop.server;
    }
    QCOMPARE(servers, (QStringList{u"Loop-A"_s, u"Loop-B"_s, u"Loop-A"_s, u"Loop-B"_s, u"Loop-A"_s, u"Loop-B"_s}));
    QVERIFY(result.loopSuspected);
    QVERIFY2(result.summary.contains(u"loop"_s), qPrintable(result.summary));
    QVERIFY(result.summary.contains(u"6 hop"_s));
}

void tst_Tracer::silentHopsStopTheTrace()
{
    FakeSipServer silent;
    QVERIFY(silent.listen());
    silent.setHandler(FakeSipServer::silent());
    TraceOptions options = fastOptions();
    options.maxSilentHops = 2;
    Tracer tracer;
    const TraceResult result = runTrace(tracer, silent.uri(), options);
    QCOMPARE(result.end, TraceResult::End::Silent);
    QCOMPARE(result.hops.size(), 2);
    QCOMPARE(result.hops.at(0).outcome, TraceHop::Outcome::NoAnswer);
    QCOMPARE(result.hops.at(1).maxForwards, 1);
    QCOMPARE(result.hops.at(1).rttUs, -1);
}

void tst_Tracer::timeLimit()
{
    FakeSipServer silent;
    QVERIFY(silent.listen());
    silent.setHandler(FakeSipServer::silent());
    TraceOptions options = fastOptions();
    // The hop alone would run for a minute: only the total limit can end the trace in
    // the half minute runTrace() waits.
    options.hopTimeout = 60s;
    options.totalTimeout = 300ms;
    Tracer tracer;
    QSignalSpy hops(&tracer, &Tracer::hopFinished);
    const TraceResult result = runTrace(tracer, silent.uri(), options);
    QCOMPARE(result.end, TraceResult::End::TimeLimit);
    // The running hop is abandoned, not reported as a hop.
    QCOMPARE(result.hops.size(), 0);
    QCOMPARE(hops.size(), 0);
    QVERIFY(result.elapsedUs >= 300'000);
    QVERIFY(result.elapsedUs < 30'000'000);
    QVERIFY(!tracer.isRunning());
}

void tst_Tracer::closedPortEndsWithError()
{
    QUdpSocket placeholder;
    QVERIFY(placeholder.bind(QHostAddress::LocalHost, 0));
    const quint16 port = placeholder.localPort();
    placeholder.close();
    Tracer tracer;
    const TraceResult result = runTrace(tracer, u"sip:127.0.0.1:%1"_s.arg(port), fastOptions());
    QCOMPARE(result.end, TraceResult::End::Error);
    QCOMPARE(result.hops.size(), 1);
    QCOMPARE(result.hops.constFirst().outcome, TraceHop::Outcome::Error);
    QCOMPARE(result.hops.constFirst().result.error.kind, ErrorKind::Refused);
}

void tst_Tracer::invalidTarget()
{
    Tracer tracer;
    const TraceResult result = runTrace(tracer, u"sip:"_s, fastOptions());
    QCOMPARE(result.end, TraceResult::End::InvalidTarget);
    QVERIFY(!result.summary.isEmpty());
}

void tst_Tracer::cancel()
{
    FakeSipServer silent;
    QVERIFY(silent.listen());
    silent.setHandler(FakeSipServer::silent());
    Tracer tracer;
    QSignalSpy finished(&tracer, &Tracer::finished);
    QSignalSpy started(&tracer, &Tracer::hopStarted);
    const TraceOptions options = fastOptions();
    tracer.start(silent.uri(), options);
    // The first hop is on the wire. Its Timer E retransmissions (T1 = 40 ms) may reach
    // the server before this test looks again on a busy machine, so the count is not
    // exact; what matters is what happens after the cancellation.
    QTRY_VERIFY(silent.requestCount() >= 1);
    tracer.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!tracer.isRunning());
    const TraceResult result = finished.at(0).at(0).value<TraceResult>();
    QCOMPARE(result.end, TraceResult::End::Cancelled);
    QCOMPARE(result.hops.size(), 0);

    // Nothing is sent after the cancellation: no retransmission of the first hop and no
    // second hop. Whatever was sent before is in the server's queue already (loopback),
    // so it is counted first; then the whole life of a hop (Timer F) passes twice.
    silent.receivePending();
    const int sent = silent.requestCount();
    QTest::qWait(int(2 * options.hopTimeout.count()));
    QCOMPARE(silent.requestCount(), sent);
    QCOMPARE(started.size(), 1);
    for (const FakeSipServer::Request &request : silent.requests())
        QCOMPARE(request.message.header(u"Max-Forwards"_s).value_or(QString()), u"0"_s);
    tracer.cancel();   // harmless when idle: Cancelled is reported once
    QCOMPARE(finished.size(), 1);
}

void tst_Tracer::hopFromResult_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<SipHeader>>("headers");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("server");

    QTest::newRow("contact-wins") << 3 << QList<SipHeader>{{u"Contact"_s, u"<sip:proxy@192.0.2.7:5070;lr>"_s},
                                                           {u"Warning"_s, u"399 192.0.2.8 \"x\""_s},
                                                           {u"Server"_s, u"P"_s}}
                                  << u"192.0.2.7:5070"_s << u"contact"_s << u"P"_s;
    QTest::newRow("warning-agent") << 3 << QList<SipHeader>{{u"Warning"_s, u"399 edge.example.com \"x\""_s},
                                                            {u"User-Agent"_s, u"UA"_s}}
                                   << u"edge.example.com"_s << u"warning"_s << u"UA"_s;
    QTest::newRow("first-hop-is-the-source") << 0 << QList<SipHeader>{} << u"127.0.0.1:5060"_s << u"source"_s << QString();
    QTest::newRow("later-hop-unknown") << 2 << QList<SipHeader>{} << QString() << QString() << QString();
}

void tst_Tracer::hopFromResult()
{
    QFETCH(int, index);
    QFETCH(QList<SipHeader>, headers);
    QFETCH(QString, address);
    QFETCH(QString, source);
    QFETCH(QString, server);

    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = 483;
    result.reasonPhrase = u"Too Many Hops"_s;
    result.remoteAddress = u"127.0.0.1"_s;
    result.remotePort = 5060;
    result.rttUs = 1234;
    result.headers = headers;
    const TraceHop hop = Tracer::hopFromResult(index, result);
    QCOMPARE(hop.outcome, TraceHop::Outcome::TooManyHops);
    QCOMPARE(hop.address, address);
    QCOMPARE(hop.addressSource, source);
    QCOMPARE(hop.server, server);
    QCOMPARE(hop.rttUs, 1234);
    QCOMPARE(hop.relayedBy, u"127.0.0.1:5060"_s);
    QCOMPARE(TraceHop::outcomeToken(hop.outcome), u"too_many_hops"_s);
}

QTEST_GUILESS_MAIN(tst_Tracer)
#include "tst_tracer.moc"
