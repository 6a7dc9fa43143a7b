// RFC 3263 against a real DNS server: dnsmasq, started by the test on 127.0.0.1 at a
// free port with NAPTR, SRV and A/AAAA records, and a SIP server on loopback, so that a
// probe by name is really answered through NAPTR → SRV → A. Nothing asks this
// machine's own DNS. Skipped, with the reason, where dnsmasq is not installed.
#include "dns/dnsexchange.h"
#include "probe/optionsprobe.h"
#include "sip/resolver.h"
#include "sip/serverdnsbackend.h"

#include "dnsmasqinstance.h"
#include "fakesipserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

class tst_Dnsmasq : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void naptrSrvAddressChain();
    void truncatedAnswerGoesOverTcp();
    void nxdomainAndNodata();
    void probeByNameIsAnswered();

private:
    Dns::ExchangeOptions options() const;
    ResolveResult resolve(const ResolveRequest &request);

    DnsmasqInstance m_dnsmasq;
    quint16 m_port = 0;
    FakeSipServer m_sip;
};

void tst_Dnsmasq::initTestCase()
{
    if (DnsmasqInstance::program().isEmpty())
        QSKIP("dnsmasq is not installed (Debian: dnsmasq-base; scripts/setup.sh installs it)");
    QVERIFY(m_sip.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Udp));
    m_sip.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
    const QString sipPort = QString::number(m_sip.port());
    QStringList records{// NAPTR: TCP preferred (order 10), UDP next (order 20).
                        u"--naptr-record=example.test,10,50,s,SIP+D2T,,_sip._tcp.edge.example.test"_s,
                        u"--naptr-record=example.test,20,50,s,SIP+D2U,,_sip._udp.edge.example.test"_s,
                        u"--naptr-record=example.test,30,50,u,E2U+sip,!^.*$!sip:info@example.test!,."_s,
                        u"--srv-host=_sip._udp.edge.example.test,sip1.example.test,"_s + sipPort + u",10,0"_s,
                        u"--host-record=sip1.example.test,127.0.0.1,::1"_s,
                        // A name whose NAPTR set is too big for 512 octets of UDP.
                        u"--host-record=plain.example.test,127.0.0.2"_s};
    for (int i = 0; i < 20; ++i)
        records << u"--naptr-record=big.example.test,%1,10,s,SIP+D2U,,_sip._udp.a-rather-long-label-number-%1.example.test"_s.arg(i);
    QString error;
    QVERIFY2(m_dnsmasq.start(records, u"plain.example.test"_s, &error), qPrintable(error));
    m_port = m_dnsmasq.port();
}

void tst_Dnsmasq::cleanupTestCase()
{
    m_dnsmasq.stop();
}

Dns::ExchangeOptions tst_Dnsmasq::options() const
{
    return m_dnsmasq.options();
}

ResolveResult tst_Dnsmasq::resolve(const ResolveRequest &request)
{
    Resolver resolver(std::make_shared<ServerDnsBackend>(options()));
    resolver.setLookupTimeout(std::chrono::milliseconds(15000));
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request);
    if (!spy.wait(30000))
        return {};
    return resolver.result();
}

void tst_Dnsmasq::naptrSrvAddressChain()
{
    ResolveRequest request;
    request.host = u"example.test"_s;
    const ResolveResult result = resolve(request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    // SIP+D2T comes first but its SRV name has no records: the UDP record's targets
    // are what remains, A then AAAA.
    QCOMPARE(result.targets.size(), 2);
    QCOMPARE(result.targets.at(0).endpointText(), u"udp 127.0.0.1:%1"_s.arg(m_sip.port()));
    QCOMPARE(result.targets.at(1).endpointText(), u"udp [::1]:%1"_s.arg(m_sip.port()));
    QCOMPARE(result.targets.at(0).naptrService, u"SIP+D2U"_s);
    QCOMPARE(result.targets.at(0).srvName, u"_sip._udp.edge.example.test"_s);
    const auto records = std::find_if(result.trace.cbegin(), result.trace.cend(), [](const ResolverEvent &e) {
        return e.type == ResolverEvent::Type::NaptrRecords;
    });
    QVERIFY(records != result.trace.cend());
    QCOMPARE(records->naptrRecords.size(), 3);
    QCOMPARE(records->naptrRecords.first().services, u"SIP+D2T"_s);
    QCOMPARE(records->naptrRecords.last().regexp, u"!^.*$!sip:info@example.test!"_s);
}

void tst_Dnsmasq::truncatedAnswerGoesOverTcp()
{
    Dns::Exchange exchange(options());
    std::optional<Dns::ExchangeResult> got;
    exchange.start(u"big.example.test"_s, Dns::Type::Naptr, [&got](const Dns::ExchangeResult &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->outcome, Dns::ExchangeResult::Outcome::Answered);
    QVERIFY2(got->overTcp, qPrintable(got->errorText));
    QCOMPARE(got->message->answers.size(), 20);
}

void tst_Dnsmasq::nxdomainAndNodata()
{
    ServerDnsBackend backend(options());
    QObject context;
    std::optional<HostLookupResult> missing;
    backend.lookupHost(u"missing.example.test"_s, &context, [&missing](const HostLookupResult &r) { missing = r; });
    std::optional<SrvLookupResult> nodata;
    backend.lookupSrv(u"plain.example.test"_s, &context, [&nodata](const SrvLookupResult &r) { nodata = r; });
    QTRY_VERIFY_WITH_TIMEOUT(missing.has_value() && nodata.has_value(), 20000);
    QVERIFY(missing->addresses.isEmpty());
    // dnsmasq is authoritative for nothing here; --no-resolv makes an unknown name REFUSED
    // or NXDOMAIN depending on the version, never an address.
    QVERIFY(missing->error != DnsErrorKind::None);
    QVERIFY(nodata->records.isEmpty());
    QVERIFY(nodata->error != DnsErrorKind::None);
}

void tst_Dnsmasq::probeByNameIsAnswered()
{
    OptionsProbe probe;
    QSignalSpy spy(&probe, &OptionsProbe::finished);
    ProbeOptions probeOptions;
    probeOptions.dnsServer = Dns::NameserverAddress{QHostAddress::LocalHost, m_port};
    probeOptions.family = ResolveRequest::Family::IPv4Only;
    probeOptions.timers.timerF = std::chrono::milliseconds(20000);
    probe.start(u"sip:example.test"_s, probeOptions);
    QVERIFY(spy.wait(60000));
    const ProbeResult &result = probe.result();
    QCOMPARE(result.statusCode, 200);
    const bool sawNaptr = std::any_of(result.timeline.cbegin(), result.timeline.cend(), [](const ProbeEvent &e) {
        return e.text.contains(u"NAPTR"_s);
    });
    QVERIFY(sawNaptr);
}

QTEST_GUILESS_MAIN(tst_Dnsmasq)
#include "tst_dnsmasq.moc"
