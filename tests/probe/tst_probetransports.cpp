// The probe over TCP and TLS, and through the RFC 3263 resolver, against the shared
// fake server and a scripted DNS (tests/support/fakednsbackend.*): no test here sends
// anything beyond loopback or asks a real DNS server. Covered: TCP answers without
// retransmissions, Timer F as the only timer, TLS verified / rejected (with the
// certificate shown) / insecure, sips: meaning TLS, SRV targets in order with a move
// to the next one when a target fails, the failure that got furthest being reported,
// DNS failures, and the JSON's tls object.
#include "probe/optionsprobe.h"
#include "probe/proberesultjson.h"

#include "fakednsbackend.h"
#include "fakesipserver.h"
#include "testcertificates.h"
#include "tlsbackendchoice.h"
#include "loopbackports.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedTcpPort;
using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeDnsBackend;
using SipScope::Test::FakeSipServer;
using SipScope::Test::TestCertificates;

namespace {

ProbeOptions fastOptions(std::chrono::milliseconds timerF = 3000ms)
{
    ProbeOptions options;
    options.timers.t1 = 50ms;
    options.timers.t2 = 400ms;
    options.timers.timerF = timerF;
    return options;
}

ProbeResult runProbe(const QString &target, const ProbeOptions &options,
                     std::shared_ptr<DnsBackend> dns = nullptr)
{
    OptionsProbe probe;
    if (dns)
        probe.setDnsBackend(dns);
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

QString timelineText(const ProbeResult &result)
{
    QStringList lines;
    for (const ProbeEvent &event : result.timeline)
        lines << ProbeEvent::typeToken(event.type) + u": "_s + event.text;
    return lines.join(u'\n');
}

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class tst_ProbeTransports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tcpAnswers_data();
    void tcpAnswers();
    void tcpSilenceIsTimerFOnly();
    void tcpRefused();
    void tlsVerified();
    void tlsRejectedByDefault();
    void tlsWrongHost();
    void tlsInsecureSaysSo();
    void sipsMeansTls();
    void srvTargetsInOrderAndMovingOn();
    void srvTcpAndTlsServices_data();
    void srvTcpAndTlsServices();
    void everyTargetFailsTheFurthestIsReported();
    void dnsFailures_data();
    void dnsFailures();
    void sipsOverUdpIsInvalid_data();
    void sipsOverUdpIsInvalid();
    void chooseTransport_data();
    void chooseTransport();
    void jsonWithoutTls();

private:
    bool startTls(FakeSipServer &server, const TestCertificates::Pair &pair);
    TestCertificates m_certificates;
};

void tst_ProbeTransports::initTestCase()
{
    const QString backendProblem = SipScope::Test::TlsBackendChoice::apply();
    QVERIFY2(backendProblem.isEmpty(), qPrintable(backendProblem));
    qInfo("TLS backend: %s, %s keys", qPrintable(SipScope::Test::TlsBackendChoice::describe()),
          qPrintable(TestCertificates::keyTypeName(TestCertificates::defaultKeyType())));
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

bool tst_ProbeTransports::startTls(FakeSipServer &server, const TestCertificates::Pair &pair)
{
    FakeSipServer::TlsSettings settings;
    settings.certificateFile = pair.certificate;
    settings.keyFile = pair.key;
    server.setTlsSettings(settings);
    return server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tls);
}

void tst_ProbeTransports::tcpAnswers_data()
{
    QTest::addColumn<QHostAddress>("loopback");
    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost);
    if (hasIpv6Loopback())
        QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_ProbeTransports::tcpAnswers()
{
    QFETCH(QHostAddress, loopback);
    FakeSipServer server;
    QVERIFY(server.listen(loopback, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        s.reply(r, 100, u"Trying"_s);
        s.reply(r, 200, u"OK"_s, 60);
    });
    const ProbeResult r = runProbe(server.uri(), fastOptions());
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message));
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.transport, TransportProtocol::Tcp);
    QCOMPARE(r.transportReason, u"from the URI parameter ;transport=tcp"_s);
    QCOMPARE(r.provisionals.size(), 1);
    QCOMPARE(r.retransmissions, 0);   // T1 = 50 ms, but TCP is reliable: no Timer E
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().message.topVia()->transport, u"TCP"_s);
    QCOMPARE(server.requests().constFirst().message.header(u"Contact"_s)->contains(u";transport=tcp"_s), true);
    QCOMPARE(r.localPort, server.requests().constFirst().peerPort);
    QVERIFY(!r.tls);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::TargetTried).size(), 1);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Connected).size(), 1);
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Final);
}

void tst_ProbeTransports::tcpSilenceIsTimerFOnly()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler(FakeSipServer::silent());
    QElapsedTimer clock;
    clock.start();
    const ProbeResult r = runProbe(server.uri(), fastOptions(600ms));
    QVERIFY(clock.elapsed() >= 590);
    QCOMPARE(r.error.kind, ErrorKind::Timeout);
    QVERIFY(r.error.cause.isEmpty());
    QCOMPARE(r.localStatus, 408);
    QCOMPARE(r.retransmissions, 0);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(r.error.message.contains(u"accepted the connection"_s), qPrintable(r.error.message));
}

void tst_ProbeTransports::tcpRefused()
{
    const quint16 port = closedTcpPort();
    const ProbeResult r = runProbe(u"sip:127.0.0.1:%1;transport=tcp"_s.arg(port), fastOptions());
    QCOMPARE(r.error.kind, ErrorKind::Refused);
    QCOMPARE(r.localStatus, 503);
    QCOMPARE(r.remote(), u"127.0.0.1:%1"_s.arg(port));
    QCOMPARE(eventsOf(r, ProbeEvent::Type::NextTarget).size(), 0);
}

void tst_ProbeTransports::tlsVerified()
{
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.server()));
    // "localhost" from a scripted DNS, so the order is known: ::1 (nothing listens) first.
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addHost(u"localhost"_s, u"::1"_s);
    dns->addHost(u"localhost"_s, u"127.0.0.1"_s);
    ProbeOptions options = fastOptions();
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = runProbe(u"sips:localhost:%1"_s.arg(server.port()), options, dns);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.transport, TransportProtocol::Tls);
    QCOMPARE(r.remote(), u"127.0.0.1:%1"_s.arg(server.port()));
    QCOMPARE(dns->asked, QStringList{u"HOST localhost"_s});   // an explicit port: no SRV (RFC 3263 §4.2)
    if (hasIpv6Loopback()) {
        QCOMPARE(eventsOf(r, ProbeEvent::Type::TargetTried).size(), 2);
        const QList<ProbeEvent> next = eventsOf(r, ProbeEvent::Type::NextTarget);
        QCOMPARE(next.size(), 1);
        QVERIFY2(next.constFirst().text.contains(u"[::1]"_s), qPrintable(next.constFirst().text));
    }
    QVERIFY(r.tls);
    QVERIFY(r.tls->verified);
    QVERIFY(!r.tls->insecure);
    QCOMPARE(r.tls->serverName, u"localhost"_s);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::TlsHandshake).size(), 1);

    const QJsonObject tls = ProbeResultJson::toJson(r)[u"tls"_s].toObject();
    QVERIFY(tls[u"protocol"_s].toString().startsWith(u"TLSv1."_s));
    QVERIFY(!tls[u"cipher"_s].toString().isEmpty());
    QCOMPARE(tls[u"peer_subject"_s].toString(), u"O=SipScope Tests, CN=localhost"_s);
    QCOMPARE(tls[u"peer_issuer"_s].toString(), u"O=SipScope Tests, CN=SipScope Test CA"_s);
    const QSslCertificate certificate = QSslCertificate::fromPath(m_certificates.server().certificate).constFirst();
    QCOMPARE(tls[u"not_after"_s].toString(), certificate.expiryDate().toUTC().toString(Qt::ISODate));
    QCOMPARE(tls[u"sha256"_s].toString(),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(tls[u"verified"_s].toBool(), true);
    QCOMPARE(tls[u"insecure"_s].toBool(), false);
}

void tst_ProbeTransports::tlsRejectedByDefault()
{
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.server()));
    const ProbeResult r = runProbe(u"sips:127.0.0.1:%1"_s.arg(server.port()), fastOptions());
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.error.cause, u"untrusted_issuer"_s);
    QCOMPARE(r.origin, ProbeResult::Origin::Local);
    QCOMPARE(r.localStatus, 503);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(r.tls);
    QVERIFY(!r.tls->verified);
    QVERIFY(r.tls->peerCertificate);
    QVERIFY(r.error.detail.contains(r.tls->peerCertificate->sha256));
    const QJsonObject json = ProbeResultJson::toJson(r);
    QCOMPARE(json[u"error"_s].toObject()[u"cause"_s].toString(), u"untrusted_issuer"_s);
    QCOMPARE(json[u"tls"_s].toObject()[u"verified"_s].toBool(), false);
    QCOMPARE(json[u"tls"_s].toObject()[u"problems"_s].toArray().at(0).toString(), u"untrusted_issuer"_s);
    QVERIFY(json[u"tls"_s].toObject()[u"protocol"_s].isNull());   // the handshake never completed
}

void tst_ProbeTransports::tlsWrongHost()
{
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.wrongHost()));
    ProbeOptions options = fastOptions();
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = runProbe(u"sips:127.0.0.1:%1"_s.arg(server.port()), options);
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.error.cause, u"wrong_host"_s);
    QVERIFY2(r.error.message.contains(u"wrong.example, not for 127.0.0.1"_s), qPrintable(r.error.message));
}

void tst_ProbeTransports::tlsInsecureSaysSo()
{
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.selfSigned()));
    ProbeOptions options = fastOptions();
    options.transportOptions.tls.insecure = true;
    const ProbeResult r = runProbe(u"sips:127.0.0.1:%1"_s.arg(server.port()), options);
    QCOMPARE(r.statusCode, 200);
    QVERIFY(r.tls->insecure);
    QVERIFY(!r.tls->verified);
    QCOMPARE(r.tls->problems, QStringList{u"self_signed"_s});
    QVERIFY2(timelineText(r).contains(u"NOT verified"_s), qPrintable(timelineText(r)));
    QCOMPARE(ProbeResultJson::toJson(r)[u"tls"_s].toObject()[u"insecure"_s].toBool(), true);
}

void tst_ProbeTransports::sipsMeansTls()
{
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.server()));
    ProbeOptions options = fastOptions();
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    // sips: with ;transport=tcp still means TLS (RFC 3261 §26.2.2).
    const ProbeResult r = runProbe(u"sips:127.0.0.1:%1;transport=tcp"_s.arg(server.port()), options);
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.transport, TransportProtocol::Tls);
    QCOMPARE(server.requests().constFirst().message.topVia()->transport, u"TLS"_s);
}

void tst_ProbeTransports::srvTargetsInOrderAndMovingOn()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const quint16 dead = closedUdpPort();
    auto dns = std::make_shared<FakeDnsBackend>();
    // Priority 10 first (nothing listens there), then priority 20.
    dns->addSrv(u"_sip._udp.example.test"_s, u"b.example.test"_s, server.port(), 20);
    dns->addSrv(u"_sip._udp.example.test"_s, u"a.example.test"_s, dead, 10);
    dns->addHost(u"a.example.test"_s, u"127.0.0.1"_s);
    dns->addHost(u"b.example.test"_s, u"127.0.0.1"_s);
    const ProbeResult r = runProbe(u"sip:example.test"_s, fastOptions(), dns);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.remote(), u"127.0.0.1:%1"_s.arg(server.port()));
    QCOMPARE(r.transport, TransportProtocol::Udp);
    QVERIFY2(r.transportReason.contains(u"_sip._udp.example.test"_s), qPrintable(r.transportReason));
    QVERIFY(dns->asked.contains(u"SRV _sip._udp.example.test"_s));
    QVERIFY(dns->asked.contains(u"SRV _sip._tcp.example.test"_s));
    // Every step is in the timeline: NAPTR skipped, the SRV query and records, the
    // address lookups, the first target, why it was left, the second.
    const QString timeline = timelineText(r);
    QVERIFY2(timeline.contains(u"NAPTR"_s), qPrintable(timeline));
    QVERIFY(!eventsOf(r, ProbeEvent::Type::DnsLookup).isEmpty());
    const QList<ProbeEvent> tried = eventsOf(r, ProbeEvent::Type::TargetTried);
    QCOMPARE(tried.size(), 2);
    QVERIFY2(tried.at(0).text.contains(u":%1"_s.arg(dead)), qPrintable(tried.at(0).text));
    QVERIFY(tried.at(0).text.contains(u"a.example.test"_s));
    QVERIFY(tried.at(1).text.contains(u"b.example.test"_s));
    const QList<ProbeEvent> next = eventsOf(r, ProbeEvent::Type::NextTarget);
    QCOMPARE(next.size(), 1);
    QVERIFY2(next.constFirst().text.contains(u"RFC 3263"_s), qPrintable(next.constFirst().text));
    QCOMPARE(server.transactionCount(), 1);
}

void tst_ProbeTransports::srvTcpAndTlsServices_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("service");
    QTest::addColumn<TransportProtocol>("transport");
    QTest::newRow("--transport tcp") << u"sip:example.test;transport=tcp"_s << u"_sip._tcp.example.test"_s
                                     << TransportProtocol::Tcp;
    QTest::newRow("sips:") << u"sips:example.test"_s << u"_sips._tcp.example.test"_s << TransportProtocol::Tls;
}

void tst_ProbeTransports::srvTcpAndTlsServices()
{
    QFETCH(QString, target);
    QFETCH(QString, service);
    QFETCH(TransportProtocol, transport);
    FakeSipServer server;
    if (transport == TransportProtocol::Tls)
        QVERIFY(startTls(server, m_certificates.wrongHost()));
    else
        QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(service, u"sip1.example.test"_s, server.port());
    dns->addHost(u"sip1.example.test"_s, u"127.0.0.1"_s);
    ProbeOptions options = fastOptions();
    options.transportOptions.tls.insecure = true;
    const ProbeResult r = runProbe(target, options, dns);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.transport, transport);
    // NAPTR first, kept to the records of that transport (docs/resolution-and-auth.md,
    // "A forced transport"); without any, the SRV name of that transport (RFC 3263 §4.2).
    QCOMPARE(dns->asked.constFirst(), u"NAPTR example.test"_s);
    QCOMPARE(dns->asked.value(1), u"SRV "_s + service);
    if (transport == TransportProtocol::Tls) {
        // RFC 5922 §4: the certificate is checked against the domain of the URI, not the
        // SRV target.
        QCOMPARE(r.tls->serverName, u"example.test"_s);
        QVERIFY(r.tls->problems.contains(u"wrong_host"_s));
    }
}

void tst_ProbeTransports::everyTargetFailsTheFurthestIsReported()
{
    // 127.0.0.1 fails the certificate check, ::1 (or a closed port) refuses: the TLS
    // failure is what gets reported, not the refusal that came last.
    FakeSipServer server;
    QVERIFY(startTls(server, m_certificates.selfSigned()));
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->addSrv(u"_sips._tcp.example.test"_s, u"tls.example.test"_s, server.port(), 10);
    dns->addSrv(u"_sips._tcp.example.test"_s, u"dead.example.test"_s, closedTcpPort(), 20);
    dns->addHost(u"tls.example.test"_s, u"127.0.0.1"_s);
    dns->addHost(u"dead.example.test"_s, u"127.0.0.1"_s);
    const ProbeResult r = runProbe(u"sips:example.test"_s, fastOptions(), dns);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::TargetTried).size(), 2);
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.error.cause, u"self_signed"_s);
    QVERIFY2(r.error.message.startsWith(u"None of the 2 targets could be used"_s), qPrintable(r.error.message));
    QCOMPARE(r.remote(), u"127.0.0.1:%1"_s.arg(server.port()));
    QVERIFY(r.tls && r.tls->peerCertificate);
}

void tst_ProbeTransports::dnsFailures_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("cause");
    QTest::newRow("name does not exist") << u"sip:missing.example.test"_s << u"name_not_found"_s;
    QTest::newRow("no SRV, no address") << u"sip:empty.example.test:5060"_s << u"no_addresses"_s;
    QTest::newRow("SRV target is '.'") << u"sip:nosip.example.test"_s << u"service_unavailable"_s;
}

void tst_ProbeTransports::dnsFailures()
{
    QFETCH(QString, target);
    QFETCH(QString, cause);
    auto dns = std::make_shared<FakeDnsBackend>();
    dns->hosts[u"empty.example.test"_s] = HostLookupResult{{}, DnsErrorKind::NoRecords, u"no records"_s};
    dns->addSrv(u"_sip._udp.nosip.example.test"_s, u"."_s, 0);
    const ProbeResult r = runProbe(target, fastOptions(), dns);
    QCOMPARE(r.error.kind, ErrorKind::Dns);
    QCOMPARE(r.error.cause, cause);
    QCOMPARE(r.origin, ProbeResult::Origin::None);
    QCOMPARE(r.localStatus, 0);
    QVERIFY(r.remoteAddress.isEmpty());
    QVERIFY(!eventsOf(r, ProbeEvent::Type::DnsLookup).isEmpty());
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Sent).size(), 0);
}

void tst_ProbeTransports::sipsOverUdpIsInvalid_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("udpOption");
    QTest::newRow("URI parameter") << u"sips:127.0.0.1;transport=udp"_s << false;
    QTest::newRow("--transport udp") << u"sips:127.0.0.1"_s << true;
}

void tst_ProbeTransports::sipsOverUdpIsInvalid()
{
    QFETCH(QString, target);
    QFETCH(bool, udpOption);
    ProbeOptions options = fastOptions();
    if (udpOption)
        options.transport = TransportProtocol::Udp;
    const ProbeResult r = runProbe(target, options);
    QCOMPARE(r.error.kind, ErrorKind::InvalidTarget);
    QVERIFY2(r.error.message.contains(u"TLS"_s, Qt::CaseInsensitive), qPrintable(r.error.message));
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Sent).size(), 0);
}

void tst_ProbeTransports::chooseTransport_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("option");   // -1: none
    QTest::addColumn<TransportProtocol>("expected");
    QTest::newRow("sips over tcp means tls") << u"sips:a.example;transport=tcp"_s << -1 << TransportProtocol::Tls;
    QTest::newRow("--transport tcp with sips means tls") << u"sips:a.example"_s << int(TransportProtocol::Tcp)
                                                         << TransportProtocol::Tls;
    QTest::newRow("--transport tls with sip") << u"sip:a.example"_s << int(TransportProtocol::Tls) << TransportProtocol::Tls;
}

void tst_ProbeTransports::chooseTransport()
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

void tst_ProbeTransports::jsonWithoutTls()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const QJsonObject json = ProbeResultJson::toJson(runProbe(server.uri(), fastOptions()));
    QCOMPARE(json[u"status"_s].toInt(), 200);
    QVERIFY(json.contains(u"tls"_s));
    QVERIFY(json[u"tls"_s].isNull());
    QVERIFY(json.contains(u"auth"_s));
    QVERIFY(json[u"auth"_s].isNull());
}

QTEST_GUILESS_MAIN(tst_ProbeTransports)
#include "tst_probetransports.moc"
