// Diagnosis: the one sentence per failure kind, where the status came from (received
// vs concluded locally, RFC 3261 §8.1.3.1), who answered, and the candidates summary.
// Real probes run against the fake server on loopback; failures that need the outside
// world (DNS, TLS, routing) are built as results.
#include "diagnosis/diagnosis.h"
#include "probe/optionsprobe.h"

#include "fakesipserver.h"
#include "loopbackports.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

ProbeOptions fastOptions(int maxForwards = 70)
{
    ProbeOptions options;
    options.timers.t1 = 40ms;
    options.timers.t2 = 320ms;
    options.timers.timerF = 500ms;
    options.maxForwards = maxForwards;
    return options;
}

ProbeResult runProbe(const QString &target, const ProbeOptions &options = fastOptions())
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target, options);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

ProbeResult failed(ErrorKind kind, const QString &message, const QString &detail = {},
                   TransportProtocol transport = TransportProtocol::Udp, const QString &cause = {})
{
    ProbeResult result;
    result.target = u"sip:pbx.example.com"_s;
    result.transport = transport;
    result.error = {kind, message, detail, cause};
    if (kind != ErrorKind::Dns && kind != ErrorKind::InvalidTarget && kind != ErrorKind::Cancelled) {
        result.remoteAddress = u"192.0.2.10"_s;
        result.remotePort = transport == TransportProtocol::Tls ? 5061 : 5060;
        result.origin = ProbeResult::Origin::Local;
        result.localStatus = kind == ErrorKind::Timeout ? 408 : 503;
    }
    return result;
}

// Staged server behaviours, by name.
FakeSipServer::Handler handlerFor(const QString &script)
{
    if (script == u"silent"_s)
        return FakeSipServer::silent();
    if (script == u"503"_s)
        return FakeSipServer::answerWith(503, u"Service Unavailable"_s, {{u"Retry-After"_s, u"60"_s}});
    if (script == u"401"_s)
        return FakeSipServer::answerWith(401, u"Unauthorized"_s,
                                         {{u"WWW-Authenticate"_s, u"Digest realm=\"test\", nonce=\"abc\""_s}});
    if (script == u"482"_s)
        return FakeSipServer::answerWith(482, u"Loop Detected"_s);
    if (script == u"483"_s)
        return FakeSipServer::answerWith(483, u"Too Many Hops"_s);
    if (script == u"404"_s)
        return FakeSipServer::answerWith(404, u"Not Found"_s);
    if (script == u"200"_s)
        return FakeSipServer::answerWith(200, u"OK"_s);
    if (script == u"100-then-silence"_s) {
        return [](FakeSipServer &s, const FakeSipServer::Request &request) {
            if (request.index == 0)
                s.reply(request, 100, u"Trying"_s);
        };
    }
    if (script == u"alg-call-id"_s) {
        return [](FakeSipServer &s, const FakeSipServer::Request &request) {
            SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
            response.setHeader(u"Call-ID"_s, request.message.callId() + u"@192.0.2.9"_s);
            s.reply(request, response);
        };
    }
    if (script == u"stray"_s) {
        return [](FakeSipServer &s, const FakeSipServer::Request &request) {
            SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
            response.setHeader(u"Via"_s, u"SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKsomeoneelse"_s);
            response.setHeader(u"Call-ID"_s, u"another-call"_s);
            response.setHeader(u"From"_s, u"<sip:other@127.0.0.1>;tag=other"_s);
            s.reply(request, response);
        };
    }
    return FakeSipServer::answerWith(200, u"OK"_s);
}

} // namespace

class tst_Diagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstFakeServer_data();
    void againstFakeServer();
    void receivedVersusLocal503();
    void closedPort();
    void constructedFailures_data();
    void constructedFailures();
    void credentialsRejected();
    void credentialsRejectedByTheServer();
    void answeredByNamesTheHop();
    void candidates_data();
    void candidates();
    void tokensAreStable();
};

void tst_Diagnosis::againstFakeServer_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("maxForwards");
    QTest::addColumn<Diagnosis::Kind>("kind");
    QTest::addColumn<QString>("sentenceMentions");
    QTest::addColumn<ProbeResult::Origin>("origin");

    using K = Diagnosis::Kind;
    using O = ProbeResult::Origin;
    QTest::newRow("200-ok") << u"200"_s << 70 << K::Ok << u"200 OK"_s << O::Remote;
    QTest::newRow("404-answered-with-summary") << u"404"_s << 70 << K::Answered << u"404 Not Found"_s << O::Remote;
    QTest::newRow("503-received") << u"503"_s << 70 << K::Answered << u"503 Service Unavailable"_s << O::Remote;
    QTest::newRow("401-without-credentials") << u"401"_s << 70 << K::AuthRequired << u"user name and password"_s << O::Remote;
    QTest::newRow("482-loop") << u"482"_s << 70 << K::Loop << u"loop"_s << O::Remote;
    QTest::newRow("483-with-70-is-a-loop") << u"483"_s << 70 << K::Loop << u"Max-Forwards 70"_s << O::Remote;
    QTest::newRow("483-with-2-ran-out") << u"483"_s << 2 << K::TooManyHops << u"Max-Forwards 2"_s << O::Remote;
    QTest::newRow("silent-udp-firewall") << u"silent"_s << 70 << K::SilentFirewall << u"no ICMP"_s << O::Local;
    QTest::newRow("100-then-silence") << u"100-then-silence"_s << 70 << K::NoFinalAfterProvisional << u"no final answer"_s << O::Local;
    QTest::newRow("alg-altered-call-id") << u"alg-call-id"_s << 70 << K::AlgMangled << u"SIP ALG"_s << O::Local;
    QTest::newRow("stray-answers-only") << u"stray"_s << 70 << K::UnmatchedAnswers << u"none answers this request"_s << O::Local;
}

void tst_Diagnosis::againstFakeServer()
{
    QFETCH(QString, script);
    QFETCH(int, maxForwards);
    QFETCH(Diagnosis::Kind, kind);
    QFETCH(QString, sentenceMentions);
    QFETCH(ProbeResult::Origin, origin);

    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(handlerFor(script));
    const ProbeResult result = runProbe(server.uri(), fastOptions(maxForwards));
    QCOMPARE(result.origin, origin);

    const Diagnosis d = Diagnosis::diagnose(result);
    QCOMPARE(d.kind, kind);
    QVERIFY2(d.sentence.contains(sentenceMentions), qPrintable(d.sentence));
    QCOMPARE(d.isProblem(), kind != Diagnosis::Kind::Ok);
    // Where: the address probed is named (the ALG case names it through the finding).
    QVERIFY2(d.sentence.contains(u"127.0.0.1"_s), qPrintable(d.sentence));
    if (origin == ProbeResult::Origin::Local) {
        QVERIFY2(d.originExplanation.contains(u"concluded 408 locally"_s), qPrintable(d.originExplanation));
        QVERIFY(d.originExplanation.contains(u"8.1.3.1"_s));
        QVERIFY(d.answeredBy.isEmpty());
    } else {
        QVERIFY2(d.originExplanation.startsWith(u"Received from the far end"_s), qPrintable(d.originExplanation));
        QVERIFY(d.originExplanation.contains(QString::number(result.statusCode)));
        QCOMPARE(d.answeredBy, u"Server: SipScope-FakeSipServer"_s);
    }
}

void tst_Diagnosis::receivedVersusLocal503()
{
    // A 503 the server really sent…
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(handlerFor(u"503"_s));
    const ProbeResult received = runProbe(server.uri());
    QCOMPARE(received.origin, ProbeResult::Origin::Remote);
    QCOMPARE(received.statusCode, 503);
    QCOMPARE(received.localStatus, 0);
    const Diagnosis fromServer = Diagnosis::diagnose(received);
    QCOMPARE(fromServer.kind, Diagnosis::Kind::Answered);
    QVERIFY(fromServer.originExplanation.contains(u"sent 503 Service Unavailable"_s));

    // …and the 503 nobody sent: the port is closed.
    const ProbeResult refused = runProbe(u"sip:127.0.0.1:%1"_s.arg(closedUdpPort()));
    QCOMPARE(refused.origin, ProbeResult::Origin::Local);
    QCOMPARE(refused.statusCode, 0);
    QCOMPARE(refused.localStatus, 503);
    const Diagnosis local = Diagnosis::diagnose(refused);
    QCOMPARE(local.kind, Diagnosis::Kind::ClosedPort);
    QVERIFY2(local.originExplanation.contains(u"concluded 503 locally"_s), qPrintable(local.originExplanation));
    QVERIFY(local.originExplanation.contains(u"no server sent it"_s));
    QVERIFY(!local.originExplanation.contains(u"Received"_s));
}

void tst_Diagnosis::closedPort()
{
    const quint16 port = closedUdpPort();
    const ProbeResult result = runProbe(u"sip:127.0.0.1:%1"_s.arg(port));
    const Diagnosis d = Diagnosis::diagnose(result);
    QCOMPARE(d.kind, Diagnosis::Kind::ClosedPort);
    QCOMPARE(d.sentence, u"The port is closed on 127.0.0.1:%1: nothing listens for SIP over UDP there."_s.arg(port));
    QVERIFY(d.evidence.join(u'\n').contains(u"ICMP port unreachable"_s));
}

void tst_Diagnosis::constructedFailures_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<Diagnosis::Kind>("kind");
    QTest::addColumn<QString>("sentenceMentions");

    using K = Diagnosis::Kind;
    QTest::newRow("dns-name-not-found")
        << failed(ErrorKind::Dns, u"The name pbx.example.com could not be resolved."_s) << K::Dns << u"pbx.example.com"_s;
    QTest::newRow("unreachable") << failed(ErrorKind::Unreachable, u"No route."_s) << K::Unreachable << u"192.0.2.10"_s;
    QTest::newRow("tls-self-signed-certificate")
        << failed(ErrorKind::Tls, u"The certificate of 192.0.2.10 is not trusted."_s, u"The certificate is self-signed, and untrusted"_s,
                  TransportProtocol::Tls)
        << K::TlsCertificate << u"192.0.2.10:5061"_s;
    QTest::newRow("tls-handshake")
        << failed(ErrorKind::Tls, u"The TLS handshake failed."_s, u"unsupported protocol"_s, TransportProtocol::Tls)
        << K::TlsHandshake << u"handshake"_s;
    QTest::newRow("tcp-silent-after-connect")
        << failed(ErrorKind::Timeout, u"No final response."_s, {}, TransportProtocol::Tcp) << K::NoSipAnswer << u"TCP connection"_s;
    QTest::newRow("tcp-reset") << failed(ErrorKind::Refused, u"Refused."_s, {}, TransportProtocol::Tcp)
                               << K::ClosedPort << u"over TCP"_s;
    QTest::newRow("tls-cause-wrong-host")
        << failed(ErrorKind::Tls, u"192.0.2.10:5061 presented a certificate for another name."_s, {}, TransportProtocol::Tls,
                  u"wrong_host"_s)
        << K::TlsCertificate << u"another name"_s;
    QTest::newRow("tls-cause-handshake-timeout")
        << failed(ErrorKind::Tls, u"No TLS handshake within 10 s."_s, u"certificate"_s, TransportProtocol::Tls,
                  u"handshake_timeout"_s)
        << K::TlsHandshake << u"No TLS handshake"_s;
    QTest::newRow("tcp-syn-dropped")
        << failed(ErrorKind::Timeout, u"No TCP connection."_s, {}, TransportProtocol::Tcp, u"connect_timeout"_s)
        << K::SilentFirewall << u"drops TCP port 5060"_s;
    QTest::newRow("other-transport-failure") << failed(ErrorKind::Transport, u"Cannot bind."_s) << K::Transport << u"Cannot bind."_s;
    QTest::newRow("cancelled") << failed(ErrorKind::Cancelled, u"Cancelled."_s) << K::Cancelled << u"cancelled"_s;
    QTest::newRow("invalid-target") << failed(ErrorKind::InvalidTarget, u"The host is missing."_s)
                                    << K::InvalidTarget << u"The host is missing."_s;
}

void tst_Diagnosis::constructedFailures()
{
    QFETCH(ProbeResult, result);
    QFETCH(Diagnosis::Kind, kind);
    QFETCH(QString, sentenceMentions);

    const Diagnosis d = Diagnosis::diagnose(result);
    QCOMPARE(d.kind, kind);
    QVERIFY2(d.sentence.contains(sentenceMentions), qPrintable(d.sentence));
    QVERIFY(!d.originExplanation.isEmpty());
    if (result.origin == ProbeResult::Origin::Local)
        QVERIFY(d.originExplanation.contains(u"locally"_s));
    else
        QVERIFY(d.originExplanation.startsWith(u"No status"_s));
}

void tst_Diagnosis::credentialsRejectedByTheServer()
{
    // A server that challenges every request: our answer is challenged again.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(handlerFor(u"401"_s));
    ProbeOptions options = fastOptions();
    options.credentials.user = u"alice"_s;
    options.credentials.password = u"wrong-secret"_s;
    const ProbeResult result = runProbe(server.uri(), options);
    QCOMPARE(result.statusCode, 401);
    QVERIFY(result.auth.has_value());
    QCOMPARE(result.auth->outcome, ProbeAuthInfo::Outcome::Rejected);
    QCOMPARE(server.transactionCount(), 2);
    const Diagnosis d = Diagnosis::diagnose(result);
    QCOMPARE(d.kind, Diagnosis::Kind::CredentialsRejected);
    QVERIFY2(d.sentence.contains(u"127.0.0.1:%1 rejected the credentials"_s.arg(server.port())), qPrintable(d.sentence));
    QVERIFY(d.evidence.join(u'\n').contains(u"User alice, realm test"_s));
    // The password is evidence of nothing and appears nowhere.
    QVERIFY(!d.evidence.join(u'\n').contains(u"wrong-secret"_s));
    QVERIFY(!d.sentence.contains(u"wrong-secret"_s));
}

void tst_Diagnosis::credentialsRejected()
{
    // The last request carried our answer to the challenge; the server challenged again.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(handlerFor(u"401"_s));
    ProbeOptions options = fastOptions();
    options.extraHeaders << SipHeader{u"X-Test"_s, u"1"_s};
    ProbeResult result = runProbe(server.uri(), options);
    QCOMPARE(result.statusCode, 401);
    QCOMPARE(Diagnosis::diagnose(result).kind, Diagnosis::Kind::AuthRequired);

    // Without the probe's auth record (a result from elsewhere), the request itself tells.
    result.auth.reset();
    result.rawRequest.replace("X-Test: 1\r\n", "Authorization: Digest username=\"alice\", realm=\"test\", nonce=\"abc\", "
                                               "uri=\"sip:x\", response=\"0123\"\r\n");
    const Diagnosis d = Diagnosis::diagnose(result);
    QCOMPARE(d.kind, Diagnosis::Kind::CredentialsRejected);
    QVERIFY(d.sentence.contains(u"rejected the credentials"_s));
    QVERIFY(d.evidence.join(u'\n').contains(u"Authorization"_s));
}

void tst_Diagnosis::answeredByNamesTheHop()
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = 503;
    result.reasonPhrase = u"Service Unavailable"_s;
    result.remoteAddress = u"127.0.0.1"_s;
    result.remotePort = 5060;
    result.headers = {{u"User-Agent"_s, u"Edge SBC 1.0"_s},
                      {u"Warning"_s, u"399 sbc1.example.com \"No trunk\", 392 10.1.1.1:5060 \"Noisy\""_s}};
    QCOMPARE(Diagnosis::answeredByText(result),
             u"User-Agent: Edge SBC 1.0; Warning 399 from sbc1.example.com; Warning 392 from 10.1.1.1:5060"_s);
    QVERIFY(Diagnosis::originText(result).contains(u"127.0.0.1:5060 sent 503 Service Unavailable (User-Agent"_s));
    result.headers.prepend({u"Server"_s, u"Kamailio"_s});
    QVERIFY(Diagnosis::answeredByText(result).startsWith(u"Server: Kamailio; Warning"_s));
}

void tst_Diagnosis::candidates_data()
{
    QTest::addColumn<QList<bool>>("alive");
    QTest::addColumn<Diagnosis::Kind>("kind");
    QTest::addColumn<QString>("sentenceMentions");

    QTest::newRow("all-answer") << QList<bool>{true, true, true} << Diagnosis::Kind::Ok << u"All 3"_s;
    QTest::newRow("one-of-three-dead") << QList<bool>{true, false, true} << Diagnosis::Kind::DeadCandidates
                                       << u"1 of the 3 servers behind example.com (udp 127.0.0.1:5061)"_s;
    QTest::newRow("all-dead") << QList<bool>{false, false} << Diagnosis::Kind::AllCandidatesDead << u"None of the 2"_s;
    QTest::newRow("none") << QList<bool>{} << Diagnosis::Kind::Dns << u"no server"_s;
}

void tst_Diagnosis::candidates()
{
    QFETCH(QList<bool>, alive);
    QFETCH(Diagnosis::Kind, kind);
    QFETCH(QString, sentenceMentions);

    QList<ProbeResult> results;
    for (qsizetype i = 0; i < alive.size(); ++i) {
        ProbeResult r = alive.at(i) ? ProbeResult() : failed(ErrorKind::Timeout, u"No answer."_s);
        r.remoteAddress = u"127.0.0.1"_s;
        r.remotePort = quint16(5060 + i);
        if (alive.at(i)) {
            r.origin = ProbeResult::Origin::Remote;
            r.statusCode = 200;
            r.reasonPhrase = u"OK"_s;
        }
        results << r;
    }
    const Diagnosis d = Diagnosis::diagnoseCandidates(u"example.com"_s, results);
    QCOMPARE(d.kind, kind);
    QVERIFY2(d.sentence.contains(sentenceMentions), qPrintable(d.sentence));
    QCOMPARE(d.evidence.size(), alive.size());
}

void tst_Diagnosis::tokensAreStable()
{
    QCOMPARE(Diagnosis::kindToken(Diagnosis::Kind::SilentFirewall), u"silent_firewall"_s);
    QCOMPARE(Diagnosis::kindToken(Diagnosis::Kind::ClosedPort), u"closed_port"_s);
    QCOMPARE(Diagnosis::kindToken(Diagnosis::Kind::CredentialsRejected), u"credentials_rejected"_s);
    QCOMPARE(Diagnosis::kindToken(Diagnosis::Kind::DeadCandidates), u"dead_candidates"_s);
}

QTEST_GUILESS_MAIN(tst_Diagnosis)
#include "tst_diagnosis.moc"
