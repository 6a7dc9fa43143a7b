// RFC 3263 §4.1's NAPTR step: which records are followed (a pure function, as rows) and
// the resolver's order, filtering and fallback against the scripted DNS.
#include "sip/naptrselection.h"
#include "sip/resolver.h"

#include "fakednsbackend.h"

#include <QSignalSpy>
#include <QTest>

using namespace SipScope;
using SipScope::Test::FakeDnsBackend;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(std::optional<SipScope::TransportProtocol>)

namespace {

DnsNaptrRecord naptr(quint16 order, quint16 preference, const QString &services, const QString &replacement,
                     const QString &flags = u"s"_s, const QString &regexp = {})
{
    return DnsNaptrRecord{order, preference, flags, services, regexp, replacement, 60};
}

ResolveResult resolve(const std::shared_ptr<FakeDnsBackend> &dns, const ResolveRequest &request)
{
    Resolver resolver(dns);
    resolver.setRandomSeed(1);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request);
    if (!spy.wait(10000))
        return {};
    return resolver.result();
}

QStringList endpoints(const ResolveResult &result)
{
    QStringList out;
    for (const ResolvedTarget &t : result.targets)
        out << t.endpointText();
    return out;
}

bool hasEvent(const ResolveResult &result, ResolverEvent::Type type)
{
    return std::any_of(result.trace.cbegin(), result.trace.cend(),
                       [type](const ResolverEvent &e) { return e.type == type; });
}

} // namespace

class tst_Naptr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selection_data();
    void selection();
    void followsNaptrOrderToSrv();
    void forcedTransportFilters();
    void sipsKeepsOnlySips();
    void noNaptrFallsBackToSrv();
    void unusableNaptrFallsBackToSrv();
    void silentNaptrFallsBackToSrv();
    void localhostSkipsNaptr();
};

void tst_Naptr::selection_data()
{
    QTest::addColumn<QList<DnsNaptrRecord>>("records");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<std::optional<TransportProtocol>>("transport");
    QTest::addColumn<QStringList>("chosen"); // "services srvName"

    const QList<DnsNaptrRecord> three{naptr(20, 10, u"SIP+D2U"_s, u"_sip._udp.x"_s),
                                      naptr(10, 20, u"SIP+D2T"_s, u"_sip._tcp.x"_s),
                                      naptr(10, 10, u"SIPS+D2T"_s, u"_sips._tcp.x"_s)};
    QTest::newRow("order then preference") << three << false << std::optional<TransportProtocol>()
                                           << QStringList{u"SIPS+D2T _sips._tcp.x"_s, u"SIP+D2T _sip._tcp.x"_s,
                                                          u"SIP+D2U _sip._udp.x"_s};
    QTest::newRow("sips keeps SIPS") << three << true << std::optional<TransportProtocol>()
                                     << QStringList{u"SIPS+D2T _sips._tcp.x"_s};
    QTest::newRow("forced udp") << three << false << std::optional<TransportProtocol>(TransportProtocol::Udp)
                                << QStringList{u"SIP+D2U _sip._udp.x"_s};
    QTest::newRow("websocket services")
        << QList<DnsNaptrRecord>{naptr(1, 1, u"SIP+D2W"_s, u"_sip._ws.x"_s), naptr(2, 1, u"sips+d2w"_s, u"_sips._ws.x"_s)}
        << false << std::optional<TransportProtocol>()
        << QStringList{u"SIP+D2W _sip._ws.x"_s, u"sips+d2w _sips._ws.x"_s};
    QTest::newRow("not SIP, wrong flag, regexp, no replacement, duplicate")
        << QList<DnsNaptrRecord>{naptr(1, 1, u"E2U+sip"_s, u"x"_s), naptr(2, 1, u"SIP+D2U"_s, u"_sip._udp.x"_s, u"a"_s),
                                 naptr(3, 1, u"SIP+D2U"_s, {}, u"s"_s, u"!^.*$!sip:x!"_s),
                                 naptr(4, 1, u"SIP+D2T"_s, {}), naptr(5, 1, u"SIP+D2T"_s, u"_sip._tcp.x."_s),
                                 naptr(6, 1, u"SIP+D2T"_s, u"_SIP._tcp.X"_s)}
        << false << std::optional<TransportProtocol>() << QStringList{u"SIP+D2T _sip._tcp.x"_s};
}

void tst_Naptr::selection()
{
    QFETCH(QList<DnsNaptrRecord>, records);
    QFETCH(bool, secure);
    QFETCH(std::optional<TransportProtocol>, transport);
    QFETCH(QStringList, chosen);
    const NaptrSelection s = selectNaptr(records, secure, transport);
    QStringList got;
    for (const NaptrChoice &c : s.chosen)
        got << c.record.services + u' ' + c.srvName;
    QCOMPARE(got, chosen);
    QCOMPARE(s.chosen.size() + s.skipped.size(), records.size());
    for (const NaptrSkip &skip : s.skipped)
        QVERIFY(!skip.reason.isEmpty());
}

void tst_Naptr::followsNaptrOrderToSrv()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addNaptr(u"example.test"_s, 20, 10, u"SIP+D2U"_s, u"_sip._udp.edge.example.test"_s);
    dns->addNaptr(u"example.test"_s, 10, 10, u"SIP+D2T"_s, u"_sip._tcp.edge.example.test"_s);
    dns->addSrv(u"_sip._tcp.edge.example.test"_s, u"t.example.test"_s, 5070);
    dns->addSrv(u"_sip._udp.edge.example.test"_s, u"u.example.test"_s, 5080);
    dns->addHost(u"t.example.test"_s, u"192.0.2.1"_s);
    dns->addHost(u"u.example.test"_s, u"192.0.2.2"_s);
    ResolveRequest request;
    request.host = u"example.test"_s;
    const ResolveResult result = resolve(dns, request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), (QStringList{u"tcp 192.0.2.1:5070"_s, u"udp 192.0.2.2:5080"_s}));
    QCOMPARE(result.targets.first().naptrService, u"SIP+D2T"_s);
    QCOMPARE(result.targets.first().naptrOrder, 10);
    QCOMPARE(dns->asked.first(), u"NAPTR example.test"_s);
    QVERIFY(!dns->asked.contains(u"SRV _sip._udp.example.test"_s)); // the §4.1 default names are not asked
    QVERIFY(hasEvent(result, ResolverEvent::Type::NaptrRecords));
    QVERIFY(hasEvent(result, ResolverEvent::Type::NaptrSelected));
}

void tst_Naptr::forcedTransportFilters()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addNaptr(u"example.test"_s, 10, 10, u"SIP+D2T"_s, u"_sip._tcp.edge.example.test"_s);
    dns->addNaptr(u"example.test"_s, 20, 10, u"SIP+D2U"_s, u"_sip._udp.edge.example.test"_s);
    dns->addSrv(u"_sip._udp.edge.example.test"_s, u"u.example.test"_s, 5080);
    dns->addHost(u"u.example.test"_s, u"192.0.2.2"_s);
    ResolveRequest request;
    request.host = u"example.test"_s;
    request.transport = TransportProtocol::Udp;
    const ResolveResult result = resolve(dns, request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), QStringList{u"udp 192.0.2.2:5080"_s});
    QVERIFY(!dns->asked.contains(u"SRV _sip._tcp.edge.example.test"_s));
}

void tst_Naptr::sipsKeepsOnlySips()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addNaptr(u"example.test"_s, 10, 10, u"SIP+D2U"_s, u"_sip._udp.example.test"_s);
    dns->addNaptr(u"example.test"_s, 20, 10, u"SIPS+D2T"_s, u"_sips._tcp.tls.example.test"_s);
    dns->addSrv(u"_sips._tcp.tls.example.test"_s, u"s.example.test"_s, 5061);
    dns->addHost(u"s.example.test"_s, u"192.0.2.3"_s);
    ResolveRequest request;
    request.host = u"example.test"_s;
    request.secure = true;
    const ResolveResult result = resolve(dns, request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), QStringList{u"tls 192.0.2.3:5061"_s});
}

void tst_Naptr::noNaptrFallsBackToSrv()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sip._udp.example.test"_s, u"u.example.test"_s, 5060);
    dns->addHost(u"u.example.test"_s, u"192.0.2.2"_s);
    ResolveRequest request;
    request.host = u"example.test"_s;
    const ResolveResult result = resolve(dns, request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), QStringList{u"udp 192.0.2.2:5060"_s});
    QVERIFY(hasEvent(result, ResolverEvent::Type::NaptrFailed));
    QVERIFY(dns->asked.contains(u"SRV _sip._tcp.example.test"_s));
}

void tst_Naptr::unusableNaptrFallsBackToSrv()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addNaptr(u"example.test"_s, 10, 10, u"E2U+sip"_s, u"x.example.test"_s);
    dns->addSrv(u"_sip._tcp.example.test"_s, u"t.example.test"_s, 5060);
    dns->addHost(u"t.example.test"_s, u"192.0.2.1"_s);
    ResolveRequest request;
    request.host = u"example.test"_s;
    const ResolveResult result = resolve(dns, request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), QStringList{u"tcp 192.0.2.1:5060"_s});
    QVERIFY(hasEvent(result, ResolverEvent::Type::NaptrSelected));
}

void tst_Naptr::silentNaptrFallsBackToSrv()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->silent.insert(u"example.test"_s); // silences every lookup of that name: NAPTR here
    dns->addSrv(u"_sip._udp.example.test"_s, u"u.example.test"_s, 5060);
    dns->addHost(u"u.example.test"_s, u"192.0.2.9"_s);
    Resolver resolver(dns);
    resolver.setLookupTimeout(std::chrono::milliseconds(200));
    QSignalSpy spy(&resolver, &Resolver::finished);
    ResolveRequest request;
    request.host = u"example.test"_s;
    resolver.resolve(request);
    QVERIFY(spy.wait(20000));
    const ResolveResult result = resolver.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(endpoints(result), QStringList{u"udp 192.0.2.9:5060"_s});
}

void tst_Naptr::localhostSkipsNaptr()
{
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addHost(u"localhost"_s, u"127.0.0.1"_s);
    ResolveRequest request;
    request.host = u"localhost"_s;
    const ResolveResult result = resolve(dns, request);
    QVERIFY(result.ok());
    QVERIFY(!dns->asked.contains(u"NAPTR localhost"_s));
    QVERIFY(hasEvent(result, ResolverEvent::Type::NaptrSkipped));
}

QTEST_GUILESS_MAIN(tst_Naptr)
#include "tst_naptr.moc"
