// ProbeTiming: the waterfall's phases and marks derived from timelines, row by row
// (built by hand, so every shape is exact), then from a real probe on loopback.
#include "probe/optionsprobe.h"
#include "probe/probetiming.h"

#include "fakednsbackend.h"
#include "fakesipserver.h"
#include "kernelreceivestamps.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeDnsBackend;
using SipScope::Test::FakeSipServer;
using Type = ProbeEvent::Type;
using Phase = TimingPhase::Kind;
using Mark = TimingMark::Kind;

namespace {

ProbeResult timeline(TransportProtocol transport, const QList<std::tuple<qint64, Type, int>> &events,
                     const QStringList &subjects = {})
{
    ProbeResult result;
    result.transport = transport;
    for (const auto &[at, type, status] : events) {
        ProbeEvent event;
        event.atUs = at;
        event.type = type;
        event.statusCode = status;
        event.text = ProbeEvent::typeToken(type);
        event.subject = subjects.value(result.timeline.size());
        result.timeline << event;
    }
    return result;
}

// "dns 0-10" style summary of the phases, and "sent@20" of the marks, for compact rows.
QStringList phasesOf(const ProbeTiming &timing)
{
    QStringList out;
    for (const TimingPhase &p : timing.phases())
        out << u"%1 %2-%3%4"_s.arg(TimingPhase::kindToken(p.kind)).arg(p.startUs).arg(p.endUs).arg(p.failed ? u" failed"_s : QString());
    return out;
}

QStringList marksOf(const ProbeTiming &timing)
{
    QStringList out;
    for (const TimingMark &m : timing.marks())
        out << u"%1@%2%3"_s.arg(TimingMark::kindToken(m.kind)).arg(m.atUs).arg(m.statusCode ? u" "_s + QString::number(m.statusCode) : QString());
    return out;
}

} // namespace

class tst_ProbeTiming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void emptyTimeline();
    void formatDuration_data();
    void formatDuration();
    void realProbeHasMicrosecondTimes();
    void everyLookupOfARealResolution();
    void formatMilliseconds();
    void startIsTheFirstPhaseOrMark();
    void rttClocksAreSaid_data();
    void rttClocksAreSaid();
};

void tst_ProbeTiming::shapes_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<QStringList>("phases");
    QTest::addColumn<QStringList>("marks");
    QTest::addColumn<qint64>("total");

    QTest::newRow("udp-literal-200")
        << timeline(TransportProtocol::Udp, {{5, Type::TargetParsed, 0}, {40, Type::TransportReady, 0},
                                             {50, Type::Sent, 0}, {1250, Type::Final, 200}})
        << QStringList{u"transaction 50-1250"_s} << QStringList{u"sent@50"_s, u"final@1250 200"_s} << qint64(1250);
    QTest::newRow("udp-two-dns-lookups-retransmissions-provisional")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {10, Type::DnsLookup, 0}, {12, Type::DnsLookup, 0},
                                             {300, Type::DnsResult, 0}, {900, Type::DnsResult, 0},
                                             {950, Type::TargetTried, 0}, {960, Type::TransportReady, 0},
                                             {1000, Type::Sent, 0}, {501000, Type::Retransmitted, 0},
                                             {1501000, Type::Retransmitted, 0}, {1600000, Type::Provisional, 100},
                                             {1700000, Type::Final, 404}})
        << QStringList{u"dns 10-300"_s, u"dns 12-900"_s, u"transaction 1000-1700000"_s}
        << QStringList{u"sent@1000"_s, u"retransmitted@501000"_s, u"retransmitted@1501000"_s,
                       u"provisional@1600000 100"_s, u"final@1700000 404"_s}
        << qint64(1700000);
    QTest::newRow("parallel-lookups-answered-out-of-order")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {10, Type::DnsLookup, 0}, {12, Type::DnsLookup, 0},
                                             {300, Type::DnsResult, 0}, {900, Type::DnsResult, 0}},
                    {QString(), u"_sip._udp.example.com"_s, u"_sip._tcp.example.com"_s,
                     u"_sip._tcp.example.com"_s, u"_sip._udp.example.com"_s})
        << QStringList{u"dns 10-900"_s, u"dns 12-300"_s} << QStringList{} << qint64(900);
    QTest::newRow("udp-timeout")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {100, Type::Sent, 0},
                                             {500100, Type::Retransmitted, 0}, {32000100, Type::Timeout, 0}})
        << QStringList{u"transaction 100-32000100 failed"_s}
        << QStringList{u"sent@100"_s, u"retransmitted@500100"_s, u"timeout@32000100"_s} << qint64(32000100);
    QTest::newRow("tcp-connect")
        << timeline(TransportProtocol::Tcp, {{0, Type::TargetParsed, 0}, {100, Type::TargetTried, 0},
                                             {400, Type::Connected, 0}, {410, Type::TransportReady, 0},
                                             {420, Type::Sent, 0}, {900, Type::Final, 200}})
        << QStringList{u"connect 100-400"_s, u"transaction 420-900"_s}
        << QStringList{u"sent@420"_s, u"final@900 200"_s} << qint64(900);
    QTest::newRow("tls-connect-and-handshake")
        << timeline(TransportProtocol::Tls, {{0, Type::TargetParsed, 0}, {100, Type::TargetTried, 0},
                                             {400, Type::Connected, 0}, {2400, Type::TlsHandshake, 0},
                                             {2410, Type::TransportReady, 0}, {2420, Type::Sent, 0},
                                             {3000, Type::Final, 200}})
        << QStringList{u"connect 100-400"_s, u"tls 400-2400"_s, u"transaction 2420-3000"_s}
        << QStringList{u"sent@2420"_s, u"final@3000 200"_s} << qint64(3000);
    QTest::newRow("tls-handshake-fails")
        << timeline(TransportProtocol::Tls, {{0, Type::TargetParsed, 0}, {100, Type::TargetTried, 0},
                                             {400, Type::Connected, 0}, {900, Type::Error, 0}})
        << QStringList{u"connect 100-400"_s, u"tls 400-900 failed"_s} << QStringList{u"error@900"_s} << qint64(900);
    QTest::newRow("tcp-refused-then-next-target-answers")
        << timeline(TransportProtocol::Tcp, {{0, Type::TargetParsed, 0}, {100, Type::TargetTried, 0},
                                             {150, Type::NextTarget, 0}, {160, Type::TargetTried, 0},
                                             {300, Type::Connected, 0}, {310, Type::Sent, 0},
                                             {700, Type::Final, 200}})
        << QStringList{u"connect 100-150 failed"_s, u"connect 160-300"_s, u"transaction 310-700"_s}
        << QStringList{u"sent@310"_s, u"final@700 200"_s} << qint64(700);
    QTest::newRow("auth-retry-is-a-second-request")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {10, Type::Sent, 0}, {400, Type::AuthChallenge, 401},
                                             {410, Type::AuthAnswer, 0}, {420, Type::Sent, 0}, {800, Type::Final, 200}})
        << QStringList{u"transaction 10-400"_s, u"transaction 420-800"_s}
        << QStringList{u"sent@10"_s, u"final@400 401"_s, u"sent@420"_s, u"final@800 200"_s} << qint64(800);
    QTest::newRow("unanswered-lookup-cancelled")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {10, Type::DnsLookup, 0}, {5000, Type::Cancelled, 0}})
        << QStringList{u"dns 10-5000 failed"_s} << QStringList{} << qint64(5000);
    QTest::newRow("ignored-answers-are-marks")
        << timeline(TransportProtocol::Udp, {{0, Type::TargetParsed, 0}, {10, Type::Sent, 0}, {20, Type::Ignored, 200},
                                             {30, Type::Final, 200}})
        << QStringList{u"transaction 10-30"_s} << QStringList{u"sent@10"_s, u"ignored@20 200"_s, u"final@30 200"_s}
        << qint64(30);
}

void tst_ProbeTiming::shapes()
{
    QFETCH(ProbeResult, result);
    QFETCH(QStringList, phases);
    QFETCH(QStringList, marks);
    QFETCH(qint64, total);

    const ProbeTiming timing = ProbeTiming::fromResult(result);
    QCOMPARE(phasesOf(timing), phases);
    QCOMPARE(marksOf(timing), marks);
    QCOMPARE(timing.totalUs(), total);
    for (const TimingPhase &phase : timing.phases()) {
        QVERIFY(phase.endUs >= phase.startUs);
        QVERIFY(!phase.label.isEmpty());
    }
}

void tst_ProbeTiming::emptyTimeline()
{
    const ProbeTiming timing = ProbeTiming::fromResult(ProbeResult());
    QVERIFY(timing.isEmpty());
    QCOMPARE(timing.totalUs(), 0);
}

void tst_ProbeTiming::formatDuration_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("text");
    QTest::newRow("microseconds") << qint64(412) << u"0.412 ms"_s;
    QTest::newRow("zero") << qint64(0) << u"0.000 ms"_s;
    QTest::newRow("milliseconds") << qint64(12345) << u"12.35 ms"_s;
    QTest::newRow("hundreds-of-ms") << qint64(123456) << u"123.5 ms"_s;
    QTest::newRow("seconds") << qint64(32000000) << u"32.00 s"_s;
    QTest::newRow("negative-is-unknown") << qint64(-1) << u"—"_s;
}

void tst_ProbeTiming::formatDuration()
{
    QFETCH(qint64, us);
    QFETCH(QString, text);
    QCOMPARE(ProbeTiming::formatDuration(us), text);
}

void tst_ProbeTiming::realProbeHasMicrosecondTimes()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        if (request.index > 0) {
            s.reply(request, 100, u"Trying"_s);
            s.reply(request, 200, u"OK"_s, 20);
        }
    });
    ProbeOptions options;
    options.timers.t1 = 30ms;
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(), options);
    QVERIFY(finished.wait(5000));
    const ProbeResult result = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 200);

    const ProbeTiming timing = ProbeTiming::fromResult(result);
    const QStringList marks = marksOf(timing);
    QCOMPARE(marks.size(), 4);
    QVERIFY(marks.at(0).startsWith(u"sent@"_s));
    QVERIFY(marks.at(1).startsWith(u"retransmitted@"_s));
    QVERIFY(marks.at(2).startsWith(u"provisional@"_s));
    QVERIFY(marks.at(3).startsWith(u"final@"_s));
    // Microsecond resolution: the retransmission comes T1 (30 ms) after the first send.
    const qint64 gap = timing.marks().at(1).atUs - timing.marks().at(0).atUs;
    QVERIFY2(gap >= 29'000 && gap < 200'000, qPrintable(QString::number(gap)));
    QVERIFY(timing.marks().at(3).atUs - timing.marks().at(2).atUs >= 15'000);
    QCOMPARE(timing.phases().constLast().kind, Phase::Transaction);
    // One exchange, one figure: the bar is drawn from the same clock readings as the RTT
    // (a second reading taken after the catalog lookup differed by milliseconds under load).
    QCOMPARE(timing.phases().constLast().durationUs(), result.rttUs);
}

void tst_ProbeTiming::everyLookupOfARealResolution()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sip._udp.timing.test"_s, u"pbx.timing.test"_s, server.port());
    dns->addHost(u"pbx.timing.test"_s, u"127.0.0.1"_s);
    OptionsProbe probe;
    probe.setDnsBackend(dns);
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(u"sip:timing.test"_s);
    QVERIFY(finished.wait(5000));
    const ProbeResult result = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 200);

    // NAPTR (none), then _sip._udp and _sip._tcp in parallel (RFC 3263 §4.1), then the A/AAAA
    // of the target.
    const ProbeTiming timing = ProbeTiming::fromResult(result);
    QStringList dnsLabels;
    for (const TimingPhase &phase : timing.phases()) {
        if (phase.kind != Phase::Dns)
            continue;
        dnsLabels << phase.label;
        QVERIFY(!phase.failed);
        QVERIFY(phase.endUs >= phase.startUs);
    }
    QCOMPARE(dnsLabels.size(), 4);
    QVERIFY(dnsLabels.filter(u"NAPTR"_s).size() == 1);
    QVERIFY(dnsLabels.filter(u"_sip._udp.timing.test"_s).size() == 1);
    QVERIFY(dnsLabels.filter(u"_sip._tcp.timing.test"_s).size() == 1);
    QVERIFY(dnsLabels.filter(u"pbx.timing.test"_s).size() == 1);
    for (const ProbeEvent &event : result.timeline) {
        if (event.type == Type::DnsLookup || event.type == Type::DnsResult)
            QVERIFY2(!event.subject.isEmpty(), qPrintable(event.text));
    }
}

QTEST_GUILESS_MAIN(tst_ProbeTiming)
#include "tst_probetiming.moc"

void tst_ProbeTiming::rttClocksAreSaid_data()
{
    QTest::addColumn<FakeSipServer::Transport>("transport");
    QTest::addColumn<TransportProtocol>("protocol");
    QTest::addColumn<WireTime::Clock>("expected");
    // Linux stamps UDP datagrams and TCP segments in the kernel (SO_TIMESTAMPING); the
    // other platforms give the application's clock, said as such.
#ifdef Q_OS_LINUX
    const WireTime::Clock clock = WireTime::Clock::Kernel;
#else
    const WireTime::Clock clock = WireTime::Clock::Application;
#endif
    QTest::newRow("udp") << FakeSipServer::Transport::Udp << TransportProtocol::Udp << clock;
    QTest::newRow("tcp") << FakeSipServer::Transport::Tcp << TransportProtocol::Tcp << clock;
}

void tst_ProbeTiming::rttClocksAreSaid()
{
    QFETCH(FakeSipServer::Transport, transport);
    QFETCH(TransportProtocol, protocol);
    QFETCH(WireTime::Clock, expected);
#ifdef Q_OS_LINUX
    SipScope::Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, transport));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) { s.reply(request, 200, u"OK"_s); });
    ProbeOptions options;
    options.transport = protocol;
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(), options);
    QVERIFY(finished.wait(15000));
    const ProbeResult result = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(result.sentClock, expected);
    QCOMPARE(result.receivedClock, expected);
    QVERIFY(result.rttUs >= 0);
    // The timeline's marks are the same readings, whichever clock took them.
    const ProbeTiming timing = ProbeTiming::fromResult(result);
    QCOMPARE(timing.phases().constLast().durationUs(), result.rttUs);
    QVERIFY(!WireTime::pairTitle(result.sentClock, result.receivedClock).isEmpty());
    // Each phase says its clock: the request's is the RTT's.
    QCOMPARE(timing.phaseClock(timing.phases().size() - 1), WireTime::pairTitle(result.sentClock, result.receivedClock));
    if (protocol == TransportProtocol::Tcp) {
        // The connect phase ends by the kernel's SYN → SYN-ACK measure where Linux has it.
        QCOMPARE(result.connectClock, expected);
        const auto connect = std::find_if(timing.phases().cbegin(), timing.phases().cend(), [](const TimingPhase &p) {
            return p.kind == TimingPhase::Kind::Connect;
        });
        QVERIFY(connect != timing.phases().cend());
        QVERIFY(connect->startUs <= connect->endUs);
        const QString clock = timing.phaseClock(connect - timing.phases().cbegin());
        QCOMPARE(clock == WireTime::clockTitle(WireTime::Clock::Application), expected == WireTime::Clock::Application);
    } else {
        QCOMPARE(result.connectClock, WireTime::Clock::None);
    }
}

void tst_ProbeTiming::formatMilliseconds()
{
    // The number formatDuration() shows, for sentences that carry their own unit.
    for (const qint64 us : {412LL, 1980LL, 12'345LL, 250'100LL, 999'999LL})
        QCOMPARE(ProbeTiming::formatDuration(us), ProbeTiming::tr("%1 ms").arg(ProbeTiming::formatMilliseconds(us)));
    QCOMPARE(ProbeTiming::formatMilliseconds(1980), u"1.98"_s);
    QCOMPARE(ProbeTiming::formatMilliseconds(1'250'000), u"1250"_s);
}

void tst_ProbeTiming::startIsTheFirstPhaseOrMark()
{
    ProbeResult result;
    ProbeEvent parsed;
    parsed.type = Type::TargetParsed;
    parsed.atUs = 0;
    ProbeEvent sent;
    sent.type = Type::Sent;
    sent.atUs = 14'000;
    ProbeEvent final;
    final.type = Type::Final;
    final.atUs = 16'000;
    final.statusCode = 200;
    result.timeline = {parsed, sent, final};
    result.rttUs = 2000;
    const ProbeTiming timing = ProbeTiming::fromResult(result);
    // The waterfall begins where the request went out, not at the probe's start.
    QCOMPARE(timing.startUs(), 14'000);
    QCOMPARE(timing.totalUs(), 16'000);
    QCOMPARE(ProbeTiming().startUs(), 0);
}
