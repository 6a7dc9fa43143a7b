// The dual-stack verdict: the table of what two family states combine to, which probe
// results count as "not published", and the dual-stack probe against a scripted DNS
// and a SIP server listening on 127.0.0.1 only (so IPv6 is broken, IPv4 fine).
#include "probe/dualstackprobe.h"
#include "probe/dualstackverdict.h"
#include "sip/resolveresult.h"

#include "fakednsbackend.h"
#include "fakesipserver.h"
#include "loopbackports.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using namespace SipScope::Test;

Q_DECLARE_METATYPE(SipScope::DualStackVerdict::FamilyState)
Q_DECLARE_METATYPE(SipScope::DualStackVerdict::Kind)
Q_DECLARE_METATYPE(SipScope::DualStackVerdict::Severity)

namespace {

using State = DualStackVerdict::FamilyState;
using Kind = DualStackVerdict::Kind;
using Severity = DualStackVerdict::Severity;

ProbeResult dnsFailure(ResolveErrorKind kind)
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Local;
    result.error = {ErrorKind::Dns, u"DNS"_s, resolveErrorKindToken(kind), resolveErrorKindToken(kind)};
    return result;
}

} // namespace

class tst_DualStackVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void combine_data();
    void combine();
    void stateOf();
    void probeOverBothFamilies();
};

void tst_DualStackVerdict::combine_data()
{
    QTest::addColumn<State>("ipv4");
    QTest::addColumn<State>("ipv6");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("text");
    QTest::newRow("both fine") << State::Fine << State::Fine << Kind::BothFine << Severity::Fine
                               << u"IPv4 and IPv6 both fine"_s;
    QTest::newRow("ipv6 broken") << State::Fine << State::Broken << Kind::Ipv6Broken << Severity::Degraded
                                 << u"IPv6 broken, IPv4 fine"_s;
    QTest::newRow("ipv4 broken") << State::Broken << State::Fine << Kind::Ipv4Broken << Severity::Degraded
                                 << u"IPv4 broken, IPv6 fine"_s;
    QTest::newRow("both broken") << State::Broken << State::Broken << Kind::BothBroken << Severity::Failed
                                 << u"IPv4 and IPv6 both broken"_s;
    QTest::newRow("no AAAA, ipv4 fine") << State::Fine << State::NotPublished << Kind::OnlyIpv4Fine << Severity::Fine
                                        << u"IPv4 fine; no AAAA record, so no IPv6 to test"_s;
    QTest::newRow("no A, ipv6 fine") << State::NotPublished << State::Fine << Kind::OnlyIpv6Fine << Severity::Fine
                                     << u"IPv6 fine; no A record, so no IPv4 to test"_s;
    QTest::newRow("no AAAA, ipv4 broken") << State::Broken << State::NotPublished << Kind::OnlyIpv4Broken
                                          << Severity::Failed << u"IPv4 broken; no AAAA record, so no IPv6 to test"_s;
    QTest::newRow("no A, ipv6 broken") << State::NotPublished << State::Broken << Kind::OnlyIpv6Broken
                                       << Severity::Failed << u"IPv6 broken; no A record, so no IPv4 to test"_s;
    QTest::newRow("no addresses") << State::NotPublished << State::NotPublished << Kind::NoAddresses
                                  << Severity::Failed << u"neither an A nor an AAAA record: nothing to test"_s;
}

void tst_DualStackVerdict::combine()
{
    QFETCH(State, ipv4);
    QFETCH(State, ipv6);
    QFETCH(Kind, kind);
    QFETCH(Severity, severity);
    QFETCH(QString, text);
    const DualStackVerdict verdict = DualStackVerdict::combine(ipv4, ipv6);
    QCOMPARE(verdict.kind(), kind);
    QCOMPARE(verdict.severity(), severity);
    QCOMPARE(verdict.text(), text);
    QCOMPARE(verdict.state(DualStackVerdict::Family::IPv4), ipv4);
    QCOMPARE(verdict.state(DualStackVerdict::Family::IPv6), ipv6);
    QVERIFY(!DualStackVerdict::kindToken(kind).isEmpty());
}

void tst_DualStackVerdict::stateOf()
{
    ProbeResult ok;
    ok.origin = ProbeResult::Origin::Remote;
    ok.statusCode = 200;
    QCOMPARE(DualStackVerdict::stateOf(ok, true), State::Fine);
    QCOMPARE(DualStackVerdict::stateOf(ok, false), State::Broken);
    // No address of the family: not published, whatever the caller's rule says.
    QCOMPARE(DualStackVerdict::stateOf(dnsFailure(ResolveErrorKind::NoAddresses), false), State::NotPublished);
    // A DNS server that does not answer, or a name that does not exist: that family's
    // probe failed; it says nothing about which records are published.
    QCOMPARE(DualStackVerdict::stateOf(dnsFailure(ResolveErrorKind::NoAnswer), false), State::Broken);
    QCOMPARE(DualStackVerdict::stateOf(dnsFailure(ResolveErrorKind::NameNotFound), false), State::Broken);
    ProbeResult refused;
    refused.origin = ProbeResult::Origin::Local;
    refused.error = {ErrorKind::Refused, u"refused"_s, {}};
    QCOMPARE(DualStackVerdict::stateOf(refused, false), State::Broken);
}

void tst_DualStackVerdict::probeOverBothFamilies()
{
    {
        QUdpSocket six;
        if (!six.bind(QHostAddress::LocalHostIPv6, 0))
            QSKIP("::1 cannot be bound on this machine (IPv6 disabled on loopback)");
    }
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Udp));
    server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addHost(u"dual.example.test"_s, u"127.0.0.1"_s);
    dns->addHost(u"dual.example.test"_s, u"::1"_s);
    dns->addHost(u"four.example.test"_s, u"127.0.0.1"_s);

    DualStackProbe probe;
    probe.setDnsBackend(dns);
    ProbeOptions options;
    options.timers.timerF = std::chrono::milliseconds(3000);
    QSignalSpy spy(&probe, &DualStackProbe::finished);
    probe.start(u"sip:dual.example.test:%1"_s.arg(server.port()), options);
    QVERIFY(spy.wait(30000));
    DualStackResult result = spy.takeFirst().at(0).value<DualStackResult>();
    QVERIFY(result.ipv4.isSuccess());
    QCOMPARE(result.ipv4.remoteAddress, u"127.0.0.1"_s);
    QVERIFY(!result.ipv6.hasFinalResponse());
    QCOMPARE(result.ipv6.remoteAddress, u"::1"_s);
    QCOMPARE(result.verdict([](const ProbeResult &r) { return r.isSuccess(); }).kind(), Kind::Ipv6Broken);

    probe.start(u"sip:four.example.test:%1"_s.arg(server.port()), options);
    QVERIFY(spy.wait(30000));
    result = spy.takeFirst().at(0).value<DualStackResult>();
    QVERIFY(result.ipv4.isSuccess());
    QCOMPARE(result.verdict([](const ProbeResult &r) { return r.isSuccess(); }).kind(), Kind::OnlyIpv4Fine);
}

QTEST_GUILESS_MAIN(tst_DualStackVerdict)
#include "tst_dualstackverdict.moc"
