// SIP over WebSocket (RFC 7118) against Kamailio's websocket module on loopback: ws://
// on the TCP listener, wss:// on a TLS listener with the test set-up's certificate
// (accepted with its CA, refused without, accepted and flagged with --insecure), the
// .invalid Via host, the Origin header, a wrong path, and the timing of the opening.
#include "diagnosis/diagnosis.h"
#include "probe/optionsprobe.h"
#include "probe/probetiming.h"
#include "sip/sipparser.h"

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

QString timelineText(const ProbeResult &r)
{
    QStringList lines;
    for (const ProbeEvent &event : r.timeline)
        lines << ProbeEvent::typeToken(event.type) + u": "_s + event.text;
    return lines.join(u'\n');
}

} // namespace

class tst_WebSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ws_data();
    void ws();
    void wsUriParameter();
    void wssWithCaFile();
    void wssUntrustedIsRefused();
    void wssInsecureGoesOnAndSaysSo();
    void originHeader();
    void wrongPath();
    void closedPort();

private:
    ProbeResult probe(const QString &target, ProbeOptions options = {});

    TestCertificates m_certificates;
    KamailioInstance m_kamailio;
};

ProbeResult tst_WebSocket::probe(const QString &target, ProbeOptions options)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    if (options.timers.timerF.count() == 0)
        options.timers.timerF = 8s;
    probe.start(target, options);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

void tst_WebSocket::initTestCase()
{
    if (!KamailioInstance::isInstalled() && qEnvironmentVariableIsSet("SIPSCOPE_SKIP_KAMAILIO"))
        QSKIP("Kamailio is not installed and SIPSCOPE_SKIP_KAMAILIO is set.");
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    KamailioInstance::Options options;
    options.tcp = true;   // ws:// on the TCP listener
    options.tls = {{m_certificates.server().certificate, m_certificates.server().key}};
    options.defines << u"WITH_WEBSOCKET"_s;
    QVERIFY2(m_kamailio.start(options), qPrintable(m_kamailio.errorString()));
}

void tst_WebSocket::cleanupTestCase()
{
    m_kamailio.stop();
}

void tst_WebSocket::ws_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("root path") << u"/"_s << QString() << 200;
    QTest::newRow("no path") << QString() << QString() << 200;
    QTest::newRow("a path") << u"/sip/ws"_s << QString() << 200;
}

void tst_WebSocket::ws()
{
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(int, status);
    const QString target = u"ws://127.0.0.1:%1%2"_s.arg(m_kamailio.port()).arg(path);
    const ProbeResult r = probe(target);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, status);
    QCOMPARE(r.transport, TransportProtocol::Ws);
    QCOMPARE(r.retransmissions, 0);   // reliable: no Timer E
    QCOMPARE(r.headerValue(u"Server"_s), u"SipScope-Test-Kamailio"_s);
    QCOMPARE(r.normalizedTarget, u"sip:127.0.0.1:%1;transport=ws"_s.arg(m_kamailio.port()));

    // RFC 7118 §5: Via SIP/2.0/WS with an .invalid host, and the Contact to match.
    const SipParseResult request = SipParser::parseDatagram(r.rawRequest);
    QVERIFY(request.isValid());
    const SipVia via = *request.message->topVia();
    QCOMPARE(via.transport, u"WS"_s);
    QVERIFY2(via.host.endsWith(u".invalid"_s), qPrintable(via.host));
    QVERIFY(!via.port.has_value());
    QVERIFY(request.message->header(u"Contact"_s)->contains(via.host + u";transport=ws"_s));
    // The answer came back over the same WebSocket, matched to our .invalid Via.
    QCOMPARE(SipVia::parse(r.headerValue(u"Via"_s))->host, via.host);

    // The opening is one step of the waterfall; the request its own.
    const ProbeTiming timing = ProbeTiming::fromResult(r);
    bool opening = false;
    for (const TimingPhase &phase : timing.phases())
        opening = opening || (phase.kind == TimingPhase::Kind::Connect && !phase.failed && phase.durationUs() > 0);
    QVERIFY2(opening, qPrintable(timelineText(r)));
    QCOMPARE(Diagnosis::diagnose(r).kind, Diagnosis::Kind::Ok);
}

void tst_WebSocket::wsUriParameter()
{
    const ProbeResult r = probe(u"sip:busy@127.0.0.1:%1;transport=ws"_s.arg(m_kamailio.port()));
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, 486);
    QCOMPARE(r.transport, TransportProtocol::Ws);

    ProbeOptions options;
    options.transport = TransportProtocol::Ws;
    const ProbeResult forced = probe(m_kamailio.uri(u"nobody"_s), options);
    QCOMPARE(forced.statusCode, 404);
    QCOMPARE(forced.transport, TransportProtocol::Ws);
}

void tst_WebSocket::wssWithCaFile()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    ProbeOptions options;
    options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = probe(u"wss://localhost:%1/"_s.arg(m_kamailio.tlsPort(0)), options);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.transport, TransportProtocol::Wss);
    QVERIFY(r.rawRequest.contains("Via: SIP/2.0/WSS "));
    QVERIFY(r.tls.has_value());
    QVERIFY(r.tls->verified);
    QVERIFY(!r.tls->insecure);
    QVERIFY(!r.tls->protocol.isEmpty());
    QVERIFY(r.tls->peerCertificate->subject.contains(u"localhost"_s));
}

void tst_WebSocket::wssUntrustedIsRefused()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    const ProbeResult r = probe(u"wss://localhost:%1/"_s.arg(m_kamailio.tlsPort(0)));
    QVERIFY(!r.hasFinalResponse());
    QCOMPARE(r.error.kind, ErrorKind::Tls);
    QCOMPARE(r.origin, ProbeResult::Origin::Local);
    QVERIFY2(!r.error.cause.isEmpty(), qPrintable(r.error.message));
    const Diagnosis d = Diagnosis::diagnose(r);
    QCOMPARE(d.kind, Diagnosis::Kind::TlsCertificate);
    QVERIFY2(d.sentence.contains(u"wss://localhost:%1"_s.arg(m_kamailio.tlsPort(0))), qPrintable(d.sentence));
}

void tst_WebSocket::wssInsecureGoesOnAndSaysSo()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    ProbeOptions options;
    options.transportOptions.tls.insecure = true;
    const ProbeResult r = probe(u"wss://localhost:%1/"_s.arg(m_kamailio.tlsPort(0)), options);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, 200);
    QVERIFY(r.tls.has_value());
    QVERIFY(r.tls->insecure);
    QVERIFY(!r.tls->verified);
    QVERIFY(timelineText(r).contains(u"NOT verified"_s));
}

void tst_WebSocket::originHeader()
{
    const QString target = u"ws://127.0.0.1:%1/origin-required"_s.arg(m_kamailio.port());
    const ProbeResult refused = probe(target);
    QVERIFY(!refused.hasFinalResponse());
    QCOMPARE(refused.origin, ProbeResult::Origin::Local);

    ProbeOptions options;
    options.transportOptions.webSocketOrigin = u"https://sipscope.test"_s;
    const ProbeResult r = probe(target, options);
    QVERIFY2(r.hasFinalResponse(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QCOMPARE(r.statusCode, 200);
}

void tst_WebSocket::wrongPath()
{
    const ProbeResult r = probe(u"ws://127.0.0.1:%1/not-here"_s.arg(m_kamailio.port()));
    QVERIFY(!r.hasFinalResponse());
    QVERIFY(r.error.isError());
    QCOMPARE(r.localStatus, 503);
    QVERIFY2(r.error.message.contains(u"/not-here"_s), qPrintable(r.error.message));
}

void tst_WebSocket::closedPort()
{
    const quint16 port = KamailioInstance::freePort(QHostAddress::LocalHost, true);
    const ProbeResult r = probe(u"ws://127.0.0.1:%1/"_s.arg(port));
    QCOMPARE(r.error.kind, ErrorKind::Refused);
    QCOMPARE(Diagnosis::diagnose(r).kind, Diagnosis::Kind::ClosedPort);
}

QTEST_GUILESS_MAIN(tst_WebSocket)
#include "tst_websocket.moc"
