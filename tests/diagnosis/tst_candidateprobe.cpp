// CandidateProbe (--all-targets) with a scripted DNS: every SRV target and address
// probed at once on loopback, each with its own result (one of three dead), the
// resolution trace with priority, weight, port and TTL, and the failure shapes.
#include "diagnosis/candidateprobe.h"

#include "fakednsbackend.h"
#include "fakesipserver.h"
#include "loopbackports.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeDnsBackend;
using SipScope::Test::FakeSipServer;

namespace {

ProbeOptions fastOptions()
{
    ProbeOptions options;
    options.timers.t1 = 40ms;
    options.timers.timerF = 800ms;
    return options;
}

CandidateProbeResult run(CandidateProbe &probe, const QString &target, const ProbeOptions &options = fastOptions())
{
    QSignalSpy finished(&probe, &CandidateProbe::finished);
    probe.start(target, options);
    if (!finished.wait(15000))
        return {};
    return finished.at(0).at(0).value<CandidateProbeResult>();
}

} // namespace

class tst_CandidateProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneOfThreeDead();
    void candidatesRunConcurrently();
    void everyAddressOfATarget();
    void nameNotFound();
    void invalidTarget();
    void cancel();
};

void tst_CandidateProbe::oneOfThreeDead()
{
    FakeSipServer a;
    FakeSipServer c;
    QVERIFY(a.listen());
    QVERIFY(c.listen());
    c.setHandler(FakeSipServer::answerWith(503, u"Service Unavailable"_s));
    const quint16 dead = closedUdpPort();
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sip._udp.example.test"_s, u"a.example.test"_s, a.port(), 10, 60, 3600);
    dns->addSrv(u"_sip._udp.example.test"_s, u"b.example.test"_s, dead, 10, 40, 3600);
    dns->addSrv(u"_sip._udp.example.test"_s, u"c.example.test"_s, c.port(), 20, 0, 3600);
    for (const QString &host : {u"a.example.test"_s, u"b.example.test"_s, u"c.example.test"_s})
        dns->addHost(host, u"127.0.0.1"_s, 120);

    CandidateProbe probe;
    probe.setDnsBackend(dns);
    QSignalSpy each(&probe, &CandidateProbe::candidateFinished);
    QSignalSpy resolved(&probe, &CandidateProbe::resolved);
    const CandidateProbeResult result = run(probe, u"sip:example.test;transport=udp"_s);

    QVERIFY(!result.error.isError());
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(each.size(), 3);
    QCOMPARE(result.candidates.size(), 3);
    QCOMPARE(result.answered(), 2);
    // RFC 2782: priority 10 before 20, whatever the weights draw.
    QCOMPARE(result.candidates.at(2).target.host, u"c.example.test"_s);
    for (const CandidateResult &candidate : result.candidates) {
        QVERIFY(candidate.finished);
        QCOMPARE(candidate.target.source, ResolvedTarget::Source::Srv);
        QCOMPARE(candidate.target.srvName, u"_sip._udp.example.test"_s);
        QCOMPARE(candidate.target.srvTtl, 3600);
        QCOMPARE(candidate.target.ttl, 120);
        // Each candidate's own result is about that candidate alone.
        QCOMPARE(candidate.result.remotePort, candidate.target.port);
        if (candidate.target.port == dead) {
            QCOMPARE(candidate.result.error.kind, ErrorKind::Refused);
            QCOMPARE(candidate.result.origin, ProbeResult::Origin::Local);
            QCOMPARE(candidate.target.weight, 40);
        } else if (candidate.target.port == c.port()) {
            QCOMPARE(candidate.result.statusCode, 503);
            QCOMPARE(candidate.result.origin, ProbeResult::Origin::Remote);
        } else {
            QCOMPARE(candidate.result.statusCode, 200);
            QCOMPARE(candidate.target.priority, 10);
        }
    }
    QCOMPARE(a.transactionCount(), 1);
    QCOMPARE(c.transactionCount(), 1);
    // The Request-URI keeps the name the user asked for.
    QCOMPARE(a.requests().constFirst().message.requestUri(), u"sip:example.test;transport=udp"_s);

    const Diagnosis d = result.diagnosis();
    QCOMPARE(d.kind, Diagnosis::Kind::DeadCandidates);
    QVERIFY2(d.sentence.contains(u"1 of the 3 servers behind example.test (udp 127.0.0.1:%1)"_s.arg(dead)), qPrintable(d.sentence));

    // The trace has the SRV records with everything a technician compares with dig.
    bool sawRecords = false;
    for (const ResolverEvent &event : result.resolution.trace) {
        if (event.type != ResolverEvent::Type::SrvRecords)
            continue;
        sawRecords = true;
        QCOMPARE(event.srvRecords.size(), 3);
        for (const DnsServiceRecord &record : event.srvRecords)
            QCOMPARE(record.ttl, 3600);
    }
    QVERIFY(sawRecords);
}

void tst_CandidateProbe::candidatesRunConcurrently()
{
    // Two servers that answer only once both have a request: probed one after the
    // other, the first would wait for the second until its Timer F and only one would
    // answer. No clock is read, so a slow machine cannot make this pass or fail.
    FakeSipServer slow1;
    FakeSipServer slow2;
    QVERIFY(slow1.listen());
    QVERIFY(slow2.listen());
    QList<std::pair<FakeSipServer *, FakeSipServer::Request>> waiting;
    for (FakeSipServer *server : {&slow1, &slow2}) {
        server->setHandler([&waiting](FakeSipServer &s, const FakeSipServer::Request &request) {
            if (request.index != 0)
                return;
            waiting.append({&s, request});
            if (waiting.size() == 2) {
                for (const auto &[who, pending] : std::as_const(waiting))
                    who->reply(pending, 200, u"OK"_s);
            }
        });
    }
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sip._udp.slow.test"_s, u"one.slow.test"_s, slow1.port());
    dns->addSrv(u"_sip._udp.slow.test"_s, u"two.slow.test"_s, slow2.port());
    dns->addHost(u"one.slow.test"_s, u"127.0.0.1"_s);
    dns->addHost(u"two.slow.test"_s, u"127.0.0.1"_s);
    CandidateProbe probe;
    probe.setDnsBackend(dns);
    ProbeOptions options = fastOptions();
    options.timers.t1 = 1000ms;
    options.timers.timerF = 10000ms;
    const CandidateProbeResult result = run(probe, u"sip:slow.test;transport=udp"_s, options);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(result.answered(), 2);
}

void tst_CandidateProbe::everyAddressOfATarget()
{
    FakeSipServer v4;
    QVERIFY(v4.listen(QHostAddress::LocalHost));
    FakeSipServer v6;
    if (!v6.listen(QHostAddress::LocalHostIPv6, FakeSipServer::Transport::Udp, v4.port()))
        QSKIP("No IPv6 loopback on this machine, or the port is taken there.");
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addHost(u"dual.test"_s, u"127.0.0.1"_s);
    dns->addHost(u"dual.test"_s, u"::1"_s);
    CandidateProbe probe;
    probe.setDnsBackend(dns);
    // An explicit port: A/AAAA only (RFC 3263 §4.2), every address a candidate.
    const CandidateProbeResult result = run(probe, u"sip:dual.test:%1"_s.arg(v4.port()));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(result.answered(), 2);
    QCOMPARE(v4.transactionCount(), 1);
    QCOMPARE(v6.transactionCount(), 1);
}

void tst_CandidateProbe::nameNotFound()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    CandidateProbe probe;
    probe.setDnsBackend(dns);
    const CandidateProbeResult result = run(probe, u"sip:nowhere.test"_s);
    QCOMPARE(result.error.kind, ErrorKind::Dns);
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(!result.resolution.ok());
    QCOMPARE(result.diagnosis().kind, Diagnosis::Kind::Dns);
}

void tst_CandidateProbe::invalidTarget()
{
    CandidateProbe probe;
    QSignalSpy finished(&probe, &CandidateProbe::finished);
    probe.start(u"sip:"_s);
    QCOMPARE(finished.size(), 0);   // asynchronous, also for an invalid target
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<CandidateProbeResult>().error.kind, ErrorKind::InvalidTarget);
}

void tst_CandidateProbe::cancel()
{
    FakeSipServer silent;
    QVERIFY(silent.listen());
    silent.setHandler(FakeSipServer::silent());
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sip._udp.quiet.test"_s, u"q.quiet.test"_s, silent.port());
    dns->addHost(u"q.quiet.test"_s, u"127.0.0.1"_s);
    CandidateProbe probe;
    probe.setDnsBackend(dns);
    QSignalSpy finished(&probe, &CandidateProbe::finished);
    probe.start(u"sip:quiet.test;transport=udp"_s, fastOptions());
    // At least the first request is out (retransmissions may follow before the next look).
    QTRY_VERIFY(silent.requestCount() >= 1);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<CandidateProbeResult>().error.kind, ErrorKind::Cancelled);
    QVERIFY(!probe.isRunning());
}

QTEST_GUILESS_MAIN(tst_CandidateProbe)
#include "tst_candidateprobe.moc"
