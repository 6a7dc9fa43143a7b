// RFC 3263 resolution against a scripted DNS: no test here depends on public DNS. The
// only real lookups are of "localhost", answered by the hosts file.
#include "sip/dnsbackend.h"
#include "sip/qtdnsbackend.h"
#include "sip/resolver.h"
#include "sip/srvordering.h"

#include "localhostname.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Answers from tables; unknown names do not exist (NXDOMAIN). Names in `silent` never
// answer. Every question is written to `asked` as "SRV name" / "HOST name".
class FakeDnsBackend final : public DnsBackend
{
public:
    QHash<QString, SrvLookupResult> srv;
    QHash<QString, HostLookupResult> hosts;
    QSet<QString> silent;
    QStringList asked;
    int delayMs = 1;

    void lookupSrv(const QString &name, QObject *context, SrvCallback done) override
    {
        asked << u"SRV "_s + name;
        if (silent.contains(name))
            return;
        SrvLookupResult answer;
        answer.error = DnsErrorKind::NameNotFound;
        answer.errorText = u"NXDOMAIN"_s;
        answer = srv.value(name, answer);
        QTimer::singleShot(delayMs, context, [done, answer] { done(answer); });
    }

    void lookupHost(const QString &name, QObject *context, HostCallback done) override
    {
        asked << u"HOST "_s + name;
        if (silent.contains(name))
            return;
        HostLookupResult answer;
        answer.error = DnsErrorKind::NameNotFound;
        answer.errorText = u"NXDOMAIN"_s;
        answer = hosts.value(name, answer);
        QTimer::singleShot(delayMs, context, [done, answer] { done(answer); });
    }

    void addSrv(const QString &name, const QString &target, quint16 port, quint16 priority,
                quint16 weight, qint64 ttl = 300)
    {
        srv[name].records.append(DnsServiceRecord{target, port, priority, weight, ttl});
    }

    void addHost(const QString &name, const QString &address, qint64 ttl = 60)
    {
        hosts[name].addresses.append(DnsAddressRecord{QHostAddress(address), ttl});
    }

    void failSrv(const QString &name, DnsErrorKind kind)
    {
        srv[name] = SrvLookupResult{{}, kind, dnsErrorKindToken(kind)};
    }

    void failHost(const QString &name, DnsErrorKind kind)
    {
        hosts[name] = HostLookupResult{{}, kind, dnsErrorKindToken(kind)};
    }
};

ResolveRequest request(const QString &host, std::optional<quint16> port = std::nullopt,
                       std::optional<TransportProtocol> transport = std::nullopt, bool secure = false)
{
    ResolveRequest r;
    r.host = host;
    r.port = port;
    r.transport = transport;
    r.secure = secure;
    return r;
}

// "udp 192.0.2.1:5060 srv" per target, for compact comparisons.
QStringList describe(const QList<ResolvedTarget> &targets)
{
    QStringList out;
    for (const ResolvedTarget &t : targets)
        out << t.endpointText() + u' ' + ResolvedTarget::sourceToken(t.source);
    return out;
}

QList<ResolverEvent::Type> eventTypes(const ResolveResult &result)
{
    QList<ResolverEvent::Type> types;
    for (const ResolverEvent &event : result.trace)
        types << event.type;
    return types;
}

const ResolverEvent *findEvent(const ResolveResult &result, ResolverEvent::Type type, const QString &name = {})
{
    for (const ResolverEvent &event : result.trace) {
        if (event.type == type && (name.isEmpty() || event.name == name))
            return &event;
    }
    return nullptr;
}

std::optional<TransportProtocol> transportArg(const QString &token)
{
    return token.isEmpty() ? std::nullopt : transportFromToken(token);
}

} // namespace

class tst_Resolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numericHosts_data();
    void numericHosts();
    void explicitPortSkipsSrv();
    void srvOrderedByPriority();
    void srvNamesPerTransport_data();
    void srvNamesPerTransport();
    void autoTriesUdpThenTcp();
    void srvFailureFallsBackToAddresses_data();
    void srvFailureFallsBackToAddresses();
    void sipsFallbackUsesTls5061();
    void nameDoesNotExist();
    void noAnswerIsNotNxdomain_data();
    void noAnswerIsNotNxdomain();
    void failingSrvTargetIsSkipped();
    void allSrvTargetsMissing();
    void srvDotMeansNoService();
    void duplicateTargetsCollapse();
    void familyFilter();
    void invalidRequests_data();
    void invalidRequests();
    void weightedOrderIsSeedable();
    void weightedOrderDistribution();
    void zeroWeightComesLast();
    void priorityOrder();
    void eventsUseTheCallersClock();
    void cancelAndRestart();
    void realBackendResolvesLocalhost();
    void realResolverLocalhostWithPort();
};

void tst_Resolver::numericHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");            // 0: none given
    QTest::addColumn<QString>("transport");   // empty: auto
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ipv4-default-port") << u"192.0.2.10"_s << 0 << QString() << false << u"udp 192.0.2.10:5060 literal"_s;
    QTest::newRow("ipv4-explicit-port") << u"192.0.2.10"_s << 5070 << QString() << false << u"udp 192.0.2.10:5070 literal"_s;
    QTest::newRow("ipv4-tcp") << u"192.0.2.10"_s << 0 << u"tcp"_s << false << u"tcp 192.0.2.10:5060 literal"_s;
    QTest::newRow("ipv4-tls-sip-uri") << u"192.0.2.10"_s << 0 << u"tls"_s << false << u"tls 192.0.2.10:5061 literal"_s;
    QTest::newRow("ipv4-sips") << u"192.0.2.10"_s << 0 << QString() << true << u"tls 192.0.2.10:5061 literal"_s;
    QTest::newRow("ipv4-sips-transport-tcp-is-tls") << u"192.0.2.10"_s << 0 << u"tcp"_s << true << u"tls 192.0.2.10:5061 literal"_s;
    QTest::newRow("ipv6-bracketed") << u"[2001:db8::1]"_s << 0 << QString() << false << u"udp [2001:db8::1]:5060 literal"_s;
    QTest::newRow("ipv6-bare-with-port") << u"2001:db8::1"_s << 5080 << QString() << false << u"udp [2001:db8::1]:5080 literal"_s;
    QTest::newRow("ipv6-loopback-sips") << u"[::1]"_s << 0 << QString() << true << u"tls [::1]:5061 literal"_s;
    QTest::newRow("ipv4-loopback-surrounding-space") << u" 127.0.0.1 "_s << 0 << QString() << false << u"udp 127.0.0.1:5060 literal"_s;
}

void tst_Resolver::numericHosts()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, transport);
    QFETCH(bool, secure);
    QFETCH(QString, expected);

    auto backend = std::make_shared<FakeDnsBackend>();
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(host, port ? std::optional<quint16>(quint16(port)) : std::nullopt,
                             transportArg(transport), secure));
    QVERIFY(resolver.isRunning());
    QCOMPARE(spy.size(), 0); // never from inside resolve()
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(describe(result.targets), QStringList{expected});
    QVERIFY(backend->asked.isEmpty());
    QCOMPARE(eventTypes(result), (QList<ResolverEvent::Type>{ResolverEvent::Type::TransportChosen,
                                                              ResolverEvent::Type::Literal,
                                                              ResolverEvent::Type::Finished}));
    QVERIFY(!result.transportReason.isEmpty());
    QVERIFY(!resolver.isRunning());
}

void tst_Resolver::explicitPortSkipsSrv()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sip._udp.pbx.example.com"_s, u"elsewhere.example.com"_s, 5090, 10, 10);
    backend->addHost(u"pbx.example.com"_s, u"192.0.2.5"_s, 120);
    backend->addHost(u"pbx.example.com"_s, u"2001:db8::5"_s, 240);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"pbx.example.com"_s, 5070));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QVERIFY(result.ok());
    QCOMPARE(backend->asked, QStringList{u"HOST pbx.example.com"_s});
    QCOMPARE(describe(result.targets),
             (QStringList{u"udp 192.0.2.5:5070 a"_s, u"udp [2001:db8::5]:5070 aaaa"_s}));
    QCOMPARE(result.targets.at(0).ttl, 120);
    QCOMPARE(result.targets.at(1).ttl, 240);
    QCOMPARE(result.targets.at(0).host, u"pbx.example.com"_s);
    QCOMPARE(result.targets.at(0).priority, -1);
    QVERIFY(!findEvent(result, ResolverEvent::Type::NaptrSkipped));
    const ResolverEvent *addresses = findEvent(result, ResolverEvent::Type::AddressRecords);
    QVERIFY(addresses);
    QCOMPARE(addresses->addresses.size(), 2);
    QVERIFY(addresses->text.contains(u"192.0.2.5"_s));
}

void tst_Resolver::srvOrderedByPriority()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    const QString srvName = u"_sip._udp.example.com"_s;
    backend->addSrv(srvName, u"c.example.com"_s, 5062, 30, 0, 3600);
    backend->addSrv(srvName, u"a.example.com"_s, 5060, 10, 0, 1800);
    backend->addSrv(srvName, u"b.example.com."_s, 5061, 20, 0, 900);
    backend->addHost(u"a.example.com"_s, u"192.0.2.1"_s);
    backend->addHost(u"b.example.com"_s, u"192.0.2.2"_s);
    backend->addHost(u"c.example.com"_s, u"192.0.2.3"_s);
    backend->failSrv(u"_sip._tcp.example.com"_s, DnsErrorKind::NoRecords);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(describe(result.targets), (QStringList{u"udp 192.0.2.1:5060 srv"_s, u"udp 192.0.2.2:5061 srv"_s,
                                                    u"udp 192.0.2.3:5062 srv"_s}));
    const ResolvedTarget &first = result.targets.first();
    QCOMPARE(first.host, u"a.example.com"_s);
    QCOMPARE(first.srvName, srvName);
    QCOMPARE(first.priority, 10);
    QCOMPARE(first.weight, 0);
    QCOMPARE(first.srvTtl, 1800);
    QCOMPARE(first.ttl, 60);
    // The trace shows the records with priority, weight, port and TTL, and the NAPTR gap.
    QVERIFY(findEvent(result, ResolverEvent::Type::NaptrSkipped));
    const ResolverEvent *records = findEvent(result, ResolverEvent::Type::SrvRecords, srvName);
    QVERIFY(records);
    QCOMPARE(records->srvRecords.size(), 3);
    QVERIFY(records->text.contains(u"10 0 5060 a.example.com (TTL 1800 s)"_s));
    const ResolverEvent *tcp = findEvent(result, ResolverEvent::Type::SrvFailed, u"_sip._tcp.example.com"_s);
    QVERIFY(tcp);
    QCOMPARE(tcp->error, DnsErrorKind::NoRecords);
    QCOMPARE(eventTypes(result).last(), ResolverEvent::Type::Finished);
}

void tst_Resolver::srvNamesPerTransport_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QStringList>("srvNames");
    QTest::addColumn<QString>("fallback");   // the target when no SRV exists

    QTest::newRow("udp") << u"udp"_s << false << QStringList{u"_sip._udp.example.com"_s}
                         << u"udp 192.0.2.9:5060 a"_s;
    QTest::newRow("tcp") << u"tcp"_s << false << QStringList{u"_sip._tcp.example.com"_s}
                         << u"tcp 192.0.2.9:5060 a"_s;
    QTest::newRow("tls-for-sip-uri") << u"tls"_s << false << QStringList{u"_sips._tcp.example.com"_s}
                                     << u"tls 192.0.2.9:5061 a"_s;
    QTest::newRow("auto-sip") << QString() << false
                              << QStringList{u"_sip._udp.example.com"_s, u"_sip._tcp.example.com"_s}
                              << u"udp 192.0.2.9:5060 a"_s;
    QTest::newRow("auto-sips") << QString() << true << QStringList{u"_sips._tcp.example.com"_s}
                               << u"tls 192.0.2.9:5061 a"_s;
    QTest::newRow("sips-tcp") << u"tcp"_s << true << QStringList{u"_sips._tcp.example.com"_s}
                              << u"tls 192.0.2.9:5061 a"_s;
    QTest::newRow("ws-no-srv") << u"ws"_s << false << QStringList{} << u"ws 192.0.2.9:5060 a"_s;
}

void tst_Resolver::srvNamesPerTransport()
{
    QFETCH(QString, transport);
    QFETCH(bool, secure);
    QFETCH(QStringList, srvNames);
    QFETCH(QString, fallback);

    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addHost(u"example.com"_s, u"192.0.2.9"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s, std::nullopt, transportArg(transport), secure));
    QTRY_COMPARE(spy.size(), 1);
    QStringList expectedAsked;
    for (const QString &name : std::as_const(srvNames))
        expectedAsked << u"SRV "_s + name;
    expectedAsked << u"HOST example.com"_s;
    QCOMPARE(backend->asked, expectedAsked);
    QCOMPARE(describe(resolver.result().targets), QStringList{fallback});
}

void tst_Resolver::autoTriesUdpThenTcp()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sip._tcp.example.com"_s, u"tcp.example.com"_s, 5080, 5, 0);
    backend->addSrv(u"_sip._udp.example.com"_s, u"udp.example.com"_s, 5060, 10, 0);
    backend->addHost(u"tcp.example.com"_s, u"192.0.2.20"_s);
    backend->addHost(u"udp.example.com"_s, u"192.0.2.10"_s);
    backend->addHost(u"udp.example.com"_s, u"2001:db8::10"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s));
    QTRY_COMPARE(spy.size(), 1);
    // UDP first although TCP's priority number is lower: priorities order records within
    // one SRV name, and UDP is the default for sip: (RFC 3263 §4.1).
    QCOMPARE(describe(resolver.result().targets),
             (QStringList{u"udp 192.0.2.10:5060 srv"_s, u"udp [2001:db8::10]:5060 srv"_s,
                          u"tcp 192.0.2.20:5080 srv"_s}));
}

void tst_Resolver::srvFailureFallsBackToAddresses_data()
{
    QTest::addColumn<int>("srvError");   // DnsErrorKind; NoAnswer is a silent backend
    QTest::newRow("srv-nxdomain") << int(DnsErrorKind::NameNotFound);
    QTest::newRow("srv-no-records") << int(DnsErrorKind::NoRecords);
    QTest::newRow("srv-server-failure") << int(DnsErrorKind::ServerFailure);
    QTest::newRow("srv-silent") << int(DnsErrorKind::NoAnswer);
}

void tst_Resolver::srvFailureFallsBackToAddresses()
{
    QFETCH(int, srvError);
    const auto kind = DnsErrorKind(srvError);

    auto backend = std::make_shared<FakeDnsBackend>();
    for (const QString &name : {u"_sip._udp.example.org"_s, u"_sip._tcp.example.org"_s}) {
        if (kind == DnsErrorKind::NoAnswer)
            backend->silent.insert(name);
        else
            backend->failSrv(name, kind);
    }
    backend->addHost(u"example.org"_s, u"198.51.100.7"_s);
    Resolver resolver(backend);
    resolver.setLookupTimeout(50ms);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.org"_s));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(describe(result.targets), QStringList{u"udp 198.51.100.7:5060 a"_s});
    const ResolverEvent *failed = findEvent(result, ResolverEvent::Type::SrvFailed, u"_sip._udp.example.org"_s);
    QVERIFY(failed);
    QCOMPARE(failed->error, kind);
    QVERIFY(findEvent(result, ResolverEvent::Type::Fallback));
}

void tst_Resolver::sipsFallbackUsesTls5061()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->failSrv(u"_sips._tcp.secure.example"_s, DnsErrorKind::NoRecords);
    backend->addHost(u"secure.example"_s, u"203.0.113.4"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"secure.example"_s, std::nullopt, std::nullopt, true));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(backend->asked, (QStringList{u"SRV _sips._tcp.secure.example"_s, u"HOST secure.example"_s}));
    QCOMPARE(describe(resolver.result().targets), QStringList{u"tls 203.0.113.4:5061 a"_s});

    // And with SRV records, the SRV port wins and the transport stays TLS.
    backend->addSrv(u"_sips._tcp.secure.example"_s, u"edge.secure.example"_s, 5071, 1, 1);
    backend->srv[u"_sips._tcp.secure.example"_s].error = DnsErrorKind::None;
    backend->addHost(u"edge.secure.example"_s, u"203.0.113.5"_s);
    resolver.resolve(request(u"secure.example"_s, std::nullopt, std::nullopt, true));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(describe(resolver.result().targets), QStringList{u"tls 203.0.113.5:5071 srv"_s});
}

void tst_Resolver::nameDoesNotExist()
{
    auto backend = std::make_shared<FakeDnsBackend>(); // everything NXDOMAIN
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"nosuch.invalid"_s));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QCOMPARE(result.error, ResolveErrorKind::NameNotFound);
    QCOMPARE(resolveErrorKindToken(result.error), u"name_not_found"_s);
    QVERIFY(result.errorMessage.contains(u"nosuch.invalid"_s));
    QVERIFY(result.targets.isEmpty());
    const ResolverEvent *host = findEvent(result, ResolverEvent::Type::AddressFailed, u"nosuch.invalid"_s);
    QVERIFY(host);
    QCOMPARE(host->error, DnsErrorKind::NameNotFound);
    QCOMPARE(eventTypes(result).last(), ResolverEvent::Type::Failed);
}

void tst_Resolver::noAnswerIsNotNxdomain_data()
{
    QTest::addColumn<bool>("silent");   // else SERVFAIL
    QTest::newRow("timeout") << true;
    QTest::newRow("server-failure") << false;
}

void tst_Resolver::noAnswerIsNotNxdomain()
{
    QFETCH(bool, silent);
    auto backend = std::make_shared<FakeDnsBackend>();
    if (silent) {
        backend->silent = {u"_sip._udp.slow.example"_s, u"_sip._tcp.slow.example"_s, u"slow.example"_s};
    } else {
        backend->failSrv(u"_sip._udp.slow.example"_s, DnsErrorKind::ServerFailure);
        backend->failSrv(u"_sip._tcp.slow.example"_s, DnsErrorKind::ServerFailure);
        backend->failHost(u"slow.example"_s, DnsErrorKind::ServerFailure);
    }
    Resolver resolver(backend);
    resolver.setLookupTimeout(50ms);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"slow.example"_s));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QCOMPARE(result.error, ResolveErrorKind::NoAnswer);
    const ResolverEvent *host = findEvent(result, ResolverEvent::Type::AddressFailed, u"slow.example"_s);
    QVERIFY(host);
    QCOMPARE(host->error, silent ? DnsErrorKind::NoAnswer : DnsErrorKind::ServerFailure);
    if (silent)
        QVERIFY(host->text.contains(u"50 ms"_s));
}

void tst_Resolver::failingSrvTargetIsSkipped()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sip._tcp.example.net"_s, u"dead.example.net"_s, 5060, 1, 0);
    backend->addSrv(u"_sip._tcp.example.net"_s, u"live.example.net"_s, 5060, 2, 0);
    backend->addHost(u"live.example.net"_s, u"192.0.2.77"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.net"_s, std::nullopt, TransportProtocol::Tcp));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QVERIFY(result.ok());
    QCOMPARE(describe(result.targets), QStringList{u"tcp 192.0.2.77:5060 srv"_s});
    const ResolverEvent *dead = findEvent(result, ResolverEvent::Type::AddressFailed, u"dead.example.net"_s);
    QVERIFY(dead);
    QCOMPARE(dead->error, DnsErrorKind::NameNotFound);
    // SRV records existed, so there is no A/AAAA fallback on the domain (RFC 3263 §4.2).
    QVERIFY(!backend->asked.contains(u"HOST example.net"_s));
}

void tst_Resolver::allSrvTargetsMissing()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sip._udp.example.net"_s, u"gone1.example.net"_s, 5060, 1, 0);
    backend->addSrv(u"_sip._udp.example.net"_s, u"gone2.example.net"_s, 5060, 2, 0);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.net"_s, std::nullopt, TransportProtocol::Udp));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(resolver.result().error, ResolveErrorKind::NameNotFound);
    QVERIFY(resolver.result().targets.isEmpty());
}

void tst_Resolver::srvDotMeansNoService()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sips._tcp.example.com"_s, u"."_s, 0, 0, 0);
    backend->addHost(u"example.com"_s, u"192.0.2.1"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s, std::nullopt, TransportProtocol::Tls));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(resolver.result().error, ResolveErrorKind::ServiceUnavailable);
    QCOMPARE(backend->asked, QStringList{u"SRV _sips._tcp.example.com"_s});
}

void tst_Resolver::duplicateTargetsCollapse()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addSrv(u"_sip._udp.example.com"_s, u"one.example.com"_s, 5060, 1, 0);
    backend->addSrv(u"_sip._udp.example.com"_s, u"ONE.example.com."_s, 5060, 2, 0);
    backend->addSrv(u"_sip._udp.example.com"_s, u"one.example.com"_s, 5070, 3, 0);
    backend->addHost(u"one.example.com"_s, u"192.0.2.1"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s, std::nullopt, TransportProtocol::Udp));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(describe(resolver.result().targets),
             (QStringList{u"udp 192.0.2.1:5060 srv"_s, u"udp 192.0.2.1:5070 srv"_s}));
    // The shared target name was looked up once.
    QCOMPARE(backend->asked.count(u"HOST one.example.com"_s), 1);
}

void tst_Resolver::familyFilter()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addHost(u"dual.example"_s, u"192.0.2.1"_s);
    backend->addHost(u"dual.example"_s, u"2001:db8::1"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);

    ResolveRequest r = request(u"dual.example"_s, 5060);
    r.family = ResolveRequest::Family::IPv6Only;
    resolver.resolve(r);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(describe(resolver.result().targets), QStringList{u"udp [2001:db8::1]:5060 aaaa"_s});

    r.family = ResolveRequest::Family::IPv4Only;
    resolver.resolve(r);
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(describe(resolver.result().targets), QStringList{u"udp 192.0.2.1:5060 a"_s});

    r = request(u"::1"_s);
    r.family = ResolveRequest::Family::IPv4Only;
    resolver.resolve(r);
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(resolver.result().error, ResolveErrorKind::NoAddresses);

    backend->hosts.remove(u"dual.example"_s);
    backend->addHost(u"v4only.example"_s, u"192.0.2.8"_s);
    r = request(u"v4only.example"_s, 5060);
    r.family = ResolveRequest::Family::IPv6Only;
    resolver.resolve(r);
    QTRY_COMPARE(spy.size(), 4);
    QCOMPARE(resolver.result().error, ResolveErrorKind::NoAddresses);
}

void tst_Resolver::invalidRequests_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<bool>("secure");
    QTest::newRow("empty-host") << QString() << QString() << false;
    QTest::newRow("blank-host") << u"  "_s << QString() << false;
    QTest::newRow("empty-brackets") << u"[]"_s << QString() << false;
    QTest::newRow("sips-over-udp") << u"example.com"_s << u"udp"_s << true;
}

void tst_Resolver::invalidRequests()
{
    QFETCH(QString, host);
    QFETCH(QString, transport);
    QFETCH(bool, secure);
    auto backend = std::make_shared<FakeDnsBackend>();
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(host, std::nullopt, transportArg(transport), secure));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(resolver.result().error, ResolveErrorKind::InvalidRequest);
    QVERIFY(!resolver.result().errorMessage.isEmpty());
    QVERIFY(backend->asked.isEmpty());
}

void tst_Resolver::weightedOrderIsSeedable()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    const QString name = u"_sip._udp.example.com"_s;
    for (int i = 1; i <= 5; ++i) {
        const QString target = u"t%1.example.com"_s.arg(i);
        backend->addSrv(name, target, 5060, 10, quint16(i * 10));
        backend->addHost(target, u"192.0.2.%1"_s.arg(i));
    }
    const auto orderFor = [&](quint32 seed) {
        Resolver resolver(backend);
        resolver.setRandomSeed(seed);
        QSignalSpy spy(&resolver, &Resolver::finished);
        resolver.resolve(request(u"example.com"_s, std::nullopt, TransportProtocol::Udp));
        return spy.wait(5000) ? describe(resolver.result().targets) : QStringList();
    };
    const QStringList first = orderFor(42);
    QCOMPARE(first.size(), 5);
    QCOMPARE(orderFor(42), first);
    // Some other seed gives another order: the weights are drawn, not sorted.
    bool differs = false;
    for (quint32 seed = 1; seed < 20 && !differs; ++seed)
        differs = orderFor(seed) != first;
    QVERIFY(differs);
}

void tst_Resolver::weightedOrderDistribution()
{
    // RFC 2782: with weights 90 and 10 the heavy record comes first about 90% of the time.
    const QList<DnsServiceRecord> records{{u"light"_s, 5060, 1, 10, 60}, {u"heavy"_s, 5060, 1, 90, 60}};
    int heavyFirst = 0;
    const int runs = 4000;
    QRandomGenerator random(7);
    for (int i = 0; i < runs; ++i) {
        const QList<DnsServiceRecord> ordered = orderSrvRecords(records, random);
        QCOMPARE(ordered.size(), 2);
        if (ordered.first().target == u"heavy"_s)
            ++heavyFirst;
    }
    QVERIFY2(heavyFirst > runs * 85 / 100 && heavyFirst < runs * 95 / 100,
             qPrintable(QString::number(heavyFirst)));
}

void tst_Resolver::zeroWeightComesLast()
{
    // Weight 0 is picked first only when the draw is exactly 0: 1 in (sum + 1).
    const QList<DnsServiceRecord> records{{u"zero"_s, 5060, 1, 0, 60}, {u"some"_s, 5060, 1, 50, 60}};
    int zeroFirst = 0;
    const int runs = 2000;
    QRandomGenerator random(11);
    for (int i = 0; i < runs; ++i) {
        if (orderSrvRecords(records, random).first().target == u"zero"_s)
            ++zeroFirst;
    }
    QVERIFY2(zeroFirst > 0 && zeroFirst < runs / 20, qPrintable(QString::number(zeroFirst)));

    // All weights 0: every order is possible.
    const QList<DnsServiceRecord> zeros{{u"a"_s, 5060, 1, 0, 60}, {u"b"_s, 5060, 1, 0, 60}};
    QSet<QString> firsts;
    for (int i = 0; i < 200; ++i)
        firsts.insert(orderSrvRecords(zeros, random).first().target);
    QCOMPARE(firsts.size(), 2);
}

void tst_Resolver::priorityOrder()
{
    const QList<DnsServiceRecord> records{{u"p20"_s, 1, 20, 100, 1}, {u"p10b"_s, 1, 10, 5, 1},
                                          {u"p0"_s, 1, 0, 0, 1}, {u"p10a"_s, 1, 10, 5, 1},
                                          {u"p65535"_s, 1, 65535, 1, 1}};
    QRandomGenerator random(3);
    for (int i = 0; i < 50; ++i) {
        const QList<DnsServiceRecord> ordered = orderSrvRecords(records, random);
        QStringList targets;
        for (const DnsServiceRecord &r : ordered)
            targets << r.target;
        QCOMPARE(targets.size(), 5);
        QCOMPARE(targets.at(0), u"p0"_s);
        QVERIFY(targets.at(1).startsWith(u"p10"_s));
        QVERIFY(targets.at(2).startsWith(u"p10"_s));
        QCOMPARE(targets.at(3), u"p20"_s);
        QCOMPARE(targets.at(4), u"p65535"_s);
    }
    QRandomGenerator none(1);
    QVERIFY(orderSrvRecords({}, none).isEmpty());
}

void tst_Resolver::eventsUseTheCallersClock()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->addHost(u"example.com"_s, u"192.0.2.1"_s);
    QElapsedTimer clock;
    clock.start();
    // Let the caller's clock advance past a clearly measurable point first.
    QTRY_VERIFY(clock.elapsed() > 200);
    const qint64 before = clock.nsecsElapsed() / 1000;

    Resolver resolver(backend);
    resolver.setClock(clock);
    QList<ResolverEvent> live;
    connect(&resolver, &Resolver::eventRecorded, this, [&live](const ResolverEvent &e) { live << e; });
    QSignalSpy spy(&resolver, &Resolver::finished);
    resolver.resolve(request(u"example.com"_s, 5060));
    QTRY_COMPARE(spy.size(), 1);
    const ResolveResult &result = resolver.result();
    QCOMPARE(live.size(), result.trace.size());
    qint64 previous = before;
    for (const ResolverEvent &event : result.trace) {
        QVERIFY(event.atUs >= previous);
        QVERIFY(!event.text.isEmpty());
        QVERIFY(!ResolverEvent::typeToken(event.type).isEmpty());
        previous = event.atUs;
    }
    QVERIFY(previous <= clock.nsecsElapsed() / 1000);

    // Without the caller's clock, time starts at resolve().
    Resolver own(backend);
    QSignalSpy ownSpy(&own, &Resolver::finished);
    own.resolve(request(u"example.com"_s, 5060));
    QTRY_COMPARE(ownSpy.size(), 1);
    QVERIFY(own.result().trace.first().atUs < before);
}

void tst_Resolver::cancelAndRestart()
{
    auto backend = std::make_shared<FakeDnsBackend>();
    backend->delayMs = 20;
    backend->addHost(u"first.example"_s, u"192.0.2.1"_s);
    backend->addHost(u"second.example"_s, u"192.0.2.2"_s);
    Resolver resolver(backend);
    QSignalSpy spy(&resolver, &Resolver::finished);

    resolver.resolve(request(u"first.example"_s, 5060));
    QTRY_VERIFY(backend->asked.contains(u"HOST first.example"_s));
    resolver.cancel();
    QVERIFY(!resolver.isRunning());
    // A new resolution replaces the abandoned one; only it reports.
    resolver.resolve(request(u"second.example"_s, 5060));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(describe(resolver.result().targets), QStringList{u"udp 192.0.2.2:5060 a"_s});
    // Resolving while running abandons the running one too.
    resolver.resolve(request(u"first.example"_s, 5060));
    resolver.resolve(request(u"second.example"_s, 5061));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(describe(resolver.result().targets), QStringList{u"udp 192.0.2.2:5061 a"_s});
    // The abandoned lookups never report, not even after their answers were due.
    QVERIFY(!spy.wait(200));
    QCOMPARE(spy.size(), 2);
}

void tst_Resolver::realBackendResolvesLocalhost()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    // The hosts file answers "localhost": no DNS server is involved.
    QtDnsBackend backend;
    QObject context;
    std::optional<HostLookupResult> answer;
    backend.lookupHost(u"localhost"_s, &context, [&answer](const HostLookupResult &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QCOMPARE(answer->error, DnsErrorKind::None);
    QVERIFY(!answer->addresses.isEmpty());
    for (const DnsAddressRecord &record : std::as_const(answer->addresses))
        QVERIFY2(record.address.isLoopback(), qPrintable(record.address.toString()));
}

void tst_Resolver::realResolverLocalhostWithPort()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    Resolver resolver; // the default QtDnsBackend
    QSignalSpy spy(&resolver, &Resolver::finished);
    // An explicit port: A/AAAA only, so no SRV query leaves the machine.
    resolver.resolve(request(u"localhost"_s, 5060, TransportProtocol::Tcp));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    const ResolveResult &result = resolver.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QVERIFY(!result.targets.isEmpty());
    for (const ResolvedTarget &target : result.targets) {
        QVERIFY(target.address.isLoopback());
        QCOMPARE(target.port, 5060);
        QCOMPARE(target.transport, TransportProtocol::Tcp);
        QVERIFY(target.source == ResolvedTarget::Source::A || target.source == ResolvedTarget::Source::Aaaa);
    }
}

QTEST_GUILESS_MAIN(tst_Resolver)
#include "tst_resolver.moc"
