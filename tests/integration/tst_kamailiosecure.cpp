// The probe against a real Kamailio on loopback over TCP and TLS, with digest
// authentication and over IPv6: the TLS listeners use certificates the test set-up
// makes (one for localhost/127.0.0.1, one for a wrong host name), and kamailio.cfg's
// WITH_AUTH users challenge with 401 (auth401: alice/secret401) and 407 (auth407:
// bob/secret407).
#include "probe/optionsprobe.h"

#include "kamailioinstance.h"
#include "localhostname.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::KamailioInstance;
using SipScope::Test::TestCertificates;

namespace {

QString timelineText(const ProbeResult &result)
{
    QStringList lines;
    for (const ProbeEvent &event : result.timeline)
        lines << ProbeEvent::typeToken(event.type) + u": "_s + event.text;
    return lines.join(u'\n');
}

} // namespace

class tst_KamailioSecure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tcp_data();
    void tcp();
    void tlsRejectedByDefault();
    void tlsAcceptedWithCaFile_data();
    void tlsAcceptedWithCaFile();
    void tlsWrongHostName();
    void tlsInsecureGoesOn();
    void digest_data();
    void digest();
    void challengeWithoutCredentials();
    void ipv6_data();
    void ipv6();
    void keepAlive_data();
    void keepAlive();

private:
    ProbeResult probe(const QString &target, ProbeOptions options = {});
    QString host() const { return m_kamailio.address().toString(); }
    TestCertificates m_certificates;
    KamailioInstance m_kamailio;
};

ProbeResult tst_KamailioSecure::probe(const QString &target, ProbeOptions options)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    if (options.timers.timerF.count() == 0)
        options.timers.timerF = 10s;
    probe.start(target, options);
    if (!finished.wait(40000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

void tst_KamailioSecure::initTestCase()
{
    if (!KamailioInstance::isInstalled() && qEnvironmentVariableIsSet("SIPSCOPE_SKIP_KAMAILIO"))
        QSKIP("Kamailio is not installed and SIPSCOPE_SKIP_KAMAILIO is set.");
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    KamailioInstance::Options options;
    options.tcp = true;
    options.auth = true;
    options.tls = {{m_certificates.server().certificate, m_certificates.server().key},
                   {m_certificates.wrongHost().certificate, m_certificates.wrongHost().key}};
    QVERIFY2(m_kamailio.start(options), qPrintable(m_kamailio.errorString()));
    QVERIFY(m_kamailio.tlsPort(0) != 0);
    QVERIFY(m_kamailio.tlsPort(1) != 0);
}

void tst_KamailioSecure::cleanupTestCase()
{
    m_kamailio.stop();
}

void tst_KamailioSecure::tcp_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("anyone") << u"alice"_s << 200;
    QTest::newRow("busy") << u"busy"_s << 486;
    QTest::newRow("slow: 100 then 200") << u"slow"_s << 200;
}

void tst_KamailioSecure::tcp()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    ProbeOptions options;
    options.transport = TransportProtocol::Tcp;
    const ProbeResult r = probe(m_kamailio.uri(user), options);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, status);
    QCOMPARE(r.transport, TransportProtocol::Tcp);
    QCOMPARE(r.retransmissions, 0);
    QCOMPARE(r.headerValue(u"Server"_s), u"SipScope-Test-Kamailio"_s);
    QVERIFY(r.rawRequest.contains("Via: SIP/2.0/TCP "));
    QVERIFY(SipVia::parse(r.headerValue(u"Via"_s))->transport == u"TCP"_s);
    if (user == u"slow"_s)
        QCOMPARE(r.provisionals.size(), 1);
}

void tst_KamailioSecure::tlsRejectedByDefault()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    const ProbeResult r = probe(u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(0)));
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.error.cause, u"untrusted_issuer"_s);
    QVERIFY2(r.error.message.contains(u"SipScope Test CA"_s), qPrintable(r.error.message));
    QCOMPARE(r.localStatus, 503);
    QVERIFY(r.tls && r.tls->peerCertificate);
    QCOMPARE(r.tls->peerCertificate->subject, u"O=SipScope Tests, CN=localhost"_s);
    QVERIFY(r.error.detail.contains(r.tls->peerCertificate->sha256));
}

void tst_KamailioSecure::tlsAcceptedWithCaFile_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("by name") << u"localhost"_s;
    QTest::newRow("by address") << u"127.0.0.1"_s;
}

void tst_KamailioSecure::tlsAcceptedWithCaFile()
{
    QFETCH(QString, host);
    if (host == u"localhost"_s)
        SIPSCOPE_REQUIRE_LOCALHOST();
    ProbeOptions options;
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = probe(u"sips:%1:%2"_s.arg(host).arg(m_kamailio.tlsPort(0)), options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.transport, TransportProtocol::Tls);
    QVERIFY(r.tls->verified);
    QCOMPARE(r.tls->serverName, host);
    QVERIFY(r.tls->protocol.startsWith(u"TLSv1."_s));
    QVERIFY(!r.tls->cipher.isEmpty());
    QVERIFY(r.rawRequest.contains("Via: SIP/2.0/TLS "));
    QCOMPARE(r.headerValue(u"Server"_s), u"SipScope-Test-Kamailio"_s);
}

void tst_KamailioSecure::tlsWrongHostName()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    ProbeOptions options;
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = probe(u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(1)), options);
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.error.cause, u"wrong_host"_s);
    QVERIFY2(r.error.message.contains(u"wrong.example, not for localhost"_s), qPrintable(r.error.message));
}

void tst_KamailioSecure::tlsInsecureGoesOn()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    ProbeOptions options;
    options.transportOptions.tls.insecure = true;
    const ProbeResult r = probe(u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(1)), options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message));
    QVERIFY(r.tls->insecure);
    QVERIFY(!r.tls->verified);
    QVERIFY(r.tls->problems.contains(u"wrong_host"_s));
    QVERIFY(r.tls->problems.contains(u"untrusted_issuer"_s));
}

void tst_KamailioSecure::digest_data()
{
    QTest::addColumn<QString>("target");      // %1 host, %2 UDP/TCP port, %3 TLS port
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("challenge");
    QTest::addColumn<int>("status");
    QTest::addColumn<ProbeAuthInfo::Outcome>("outcome");
    const auto accepted = ProbeAuthInfo::Outcome::Accepted;
    const auto rejected = ProbeAuthInfo::Outcome::Rejected;
    QTest::newRow("401, right password") << u"sip:auth401@%1:%2"_s << u"alice"_s << u"secret401"_s << 401 << 200 << accepted;
    QTest::newRow("401, wrong password") << u"sip:auth401@%1:%2"_s << u"alice"_s << u"wrong"_s << 401 << 401 << rejected;
    QTest::newRow("401, wrong user") << u"sip:auth401@%1:%2"_s << u"mallory"_s << u"secret401"_s << 401 << 401 << rejected;
    QTest::newRow("407, right password") << u"sip:auth407@%1:%2"_s << u"bob"_s << u"secret407"_s << 407 << 200 << accepted;
    QTest::newRow("407, wrong password") << u"sip:auth407@%1:%2"_s << u"bob"_s << u"secret401"_s << 407 << 407 << rejected;
    QTest::newRow("401 over TCP") << u"sip:auth401@%1:%2;transport=tcp"_s << u"alice"_s << u"secret401"_s << 401 << 200 << accepted;
    QTest::newRow("407 over TLS") << u"sips:auth407@%1:%3"_s << u"bob"_s << u"secret407"_s << 407 << 200 << accepted;
}

void tst_KamailioSecure::digest()
{
    QFETCH(QString, target);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, challenge);
    QFETCH(int, status);
    QFETCH(ProbeAuthInfo::Outcome, outcome);
    ProbeOptions options;
    options.credentials.user = user;
    options.credentials.password = password;
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    target.replace(u"%1"_s, host())
        .replace(u"%2"_s, QString::number(m_kamailio.port()))
        .replace(u"%3"_s, QString::number(m_kamailio.tlsPort(0)));
    const ProbeResult r = probe(target, options);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, status);
    QVERIFY(r.auth);
    QCOMPARE(r.auth->challengeStatus, challenge);
    QCOMPARE(r.auth->outcome, outcome);
    QCOMPARE(r.auth->attempts, 2);
    QCOMPARE(r.auth->scheme, u"Digest"_s);
    QCOMPARE(r.auth->algorithm, u"MD5"_s);
    QCOMPARE(r.auth->qop, u"auth"_s);
    QCOMPARE(r.auth->realm, host());   // the cfg challenges with the To domain
    if (outcome == ProbeAuthInfo::Outcome::Rejected)
        QVERIFY(r.auth->explanation.startsWith(u"Credentials rejected"_s));
    QVERIFY(!timelineText(r).contains(password));
    QVERIFY(!r.rawRequest.contains(password.toUtf8()));
}

void tst_KamailioSecure::challengeWithoutCredentials()
{
    const ProbeResult r = probe(m_kamailio.uri(u"auth407"_s));
    QCOMPARE(r.statusCode, 407);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::NoCredentials);
    QCOMPARE(r.auth->attempts, 1);
    QVERIFY(!r.headerValue(u"Proxy-Authenticate"_s).isEmpty());
}

void tst_KamailioSecure::ipv6_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::newRow("UDP") << false;
    QTest::newRow("TCP") << true;
}

void tst_KamailioSecure::ipv6()
{
    QFETCH(bool, tcp);
    KamailioInstance::Options options;
    options.address = QHostAddress(QHostAddress::LocalHostIPv6);
    options.tcp = true;
    if (KamailioInstance::freePort(options.address, true) == 0)
        QSKIP("This machine has no IPv6 loopback (::1 cannot be bound).");
    KamailioInstance v6;
    QVERIFY2(v6.start(options), qPrintable(v6.errorString()));
    const QString target = v6.uri(u"busy"_s) + (tcp ? u";transport=tcp"_s : QString());
    const ProbeResult r = probe(target);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, 486);
    QCOMPARE(r.remote(), u"[::1]:%1"_s.arg(v6.port()));
    QCOMPARE(r.transport, tcp ? TransportProtocol::Tcp : TransportProtocol::Udp);
    QVERIFY(r.rawRequest.contains(tcp ? "Via: SIP/2.0/TCP [::1]:" : "Via: SIP/2.0/UDP [::1]:"));
}

// RFC 5626 §4.4.1 against a real server: Kamailio answers each double-CRLF ping on the
// probe's connection with a CRLF pong (tcp_crlf_ping), over TCP and inside TLS.
void tst_KamailioSecure::keepAlive_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("tcp") << false;
    QTest::newRow("tls") << true;
}

void tst_KamailioSecure::keepAlive()
{
    QFETCH(bool, tls);
    ProbeOptions options;
    options.keepAlive.pings = 3;
    options.keepAlive.interval = 100ms;
    QString target = m_kamailio.uri();
    if (tls) {
        options.transportOptions.tls.caFiles = {m_certificates.caFile()};
        target = u"sips:127.0.0.1:%1"_s.arg(m_kamailio.tlsPort(0));
    } else {
        options.transport = TransportProtocol::Tcp;
    }
    const ProbeResult r = probe(target, options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QVERIFY2(r.keepAlive, qPrintable(timelineText(r)));
    QCOMPARE(r.keepAlive->kind, KeepAliveReport::Kind::Crlf);
    QCOMPARE(r.keepAlive->pings(), 3);
    QVERIFY2(r.keepAlive->allAnswered(), qPrintable(timelineText(r)));
    for (const std::optional<qint64> &rtt : r.keepAlive->pongRttUs)
        QVERIFY(rtt && *rtt >= 0);
    QVERIFY(r.keepAlive->summary().contains(u"3 of 3"_s));
}

QTEST_GUILESS_MAIN(tst_KamailioSecure)
#include "tst_kamailiosecure.moc"
