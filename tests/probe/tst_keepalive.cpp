// Keep-alive pings after the answer (RFC 5626 §3.5.1, §4.4.1) against peers on
// loopback: the project's responder answers a double CRLF with a CRLF pong over TCP and
// TLS and a WebSocket Ping with a Pong (RFC 6455 §5.5.2); a server that answers OPTIONS
// but not pings, one that closes the connection, and UDP (no CRLF keep-alive there).
#include "probe/optionsprobe.h"
#include "responder/responder.h"

#include "fakesipserver.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;
using SipScope::Test::TestCertificates;

namespace {

QString timelineText(const ProbeResult &result)
{
    QStringList lines;
    for (const ProbeEvent &event : result.timeline)
        lines << ProbeEvent::typeToken(event.type) + u": "_s + event.text;
    return lines.join(u'\n');
}

ProbeResult probe(const QString &target, ProbeOptions options)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target, options);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

ProbeOptions keepAliveOptions(int pings)
{
    ProbeOptions options;
    options.keepAlive.pings = pings;
    options.keepAlive.interval = 50ms;
    options.timers.timerF = 5s;
    return options;
}

} // namespace

class tst_KeepAlive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void responderAnswersPings_data();
    void responderAnswersPings();
    void noPongIsReported();
    void closedConnectionStopsThePings();
    void udpHasNoCrlfKeepAlive();
    void withoutKeepAliveNothingIsSent();

private:
    TestCertificates m_certificates;
};

void tst_KeepAlive::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void tst_KeepAlive::responderAnswersPings_data()
{
    QTest::addColumn<TransportProtocol>("transport");
    QTest::addColumn<int>("kind");
    QTest::newRow("tcp") << TransportProtocol::Tcp << int(KeepAliveReport::Kind::Crlf);
    QTest::newRow("tls") << TransportProtocol::Tls << int(KeepAliveReport::Kind::Crlf);
    QTest::newRow("ws") << TransportProtocol::Ws << int(KeepAliveReport::Kind::WebSocketPing);
    QTest::newRow("wss") << TransportProtocol::Wss << int(KeepAliveReport::Kind::WebSocketPing);
}

void tst_KeepAlive::responderAnswersPings()
{
    QFETCH(TransportProtocol, transport);
    QFETCH(int, kind);
    ResponderConfig c;
    c.port = 0;
    c.transport = transport;
    c.statusCode = 200;
    const bool secure = transport == TransportProtocol::Tls || transport == TransportProtocol::Wss;
    if (secure) {
        c.certificateFile = m_certificates.server().certificate;
        c.privateKeyFile = m_certificates.server().key;
    }
    Responder responder;
    const SipError error = responder.start(c);
    QVERIFY2(!error, qPrintable(error.message));

    ProbeOptions options = keepAliveOptions(4);
    options.transport = transport;
    if (secure)
        options.transportOptions.tls.caFiles = {m_certificates.caFile()};
    const ProbeResult r = probe(u"sip:127.0.0.1:%1"_s.arg(responder.localPort()), options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message + u'\n' + timelineText(r)));
    QVERIFY(r.keepAlive);
    QCOMPARE(int(r.keepAlive->kind), kind);
    QCOMPARE(r.keepAlive->requested, 4);
    QCOMPARE(r.keepAlive->pings(), 4);
    QVERIFY2(r.keepAlive->allAnswered(), qPrintable(timelineText(r)));
    QVERIFY2(r.keepAlive->stopReason.isEmpty(), qPrintable(r.keepAlive->stopReason));
    QVERIFY(r.keepAlive->summary().contains(u"4 of 4"_s));
    QVERIFY(timelineText(r).contains(u"Keep-alive ping 4: pong after"_s));
}

void tst_KeepAlive::noPongIsReported()
{
    // Answers OPTIONS, ignores the CRLFs (its parser drops them): what a server without
    // RFC 5626 support, or a half-open flow, looks like.
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
    ProbeOptions options = keepAliveOptions(2);
    options.timers.timerF = 300ms;   // the pong wait is never longer than Timer F
    const ProbeResult r = probe(server.uri(), options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message));
    QVERIFY(r.keepAlive);
    QCOMPARE(r.keepAlive->pings(), 2);
    QCOMPARE(r.keepAlive->pongs(), 0);
    QVERIFY(!r.keepAlive->allAnswered());
    QVERIFY2(r.keepAlive->summary().contains(u"no pong"_s), qPrintable(r.keepAlive->summary()));
    // The OPTIONS answer stays what it was: the pings do not change the probe's verdict.
    QCOMPARE(r.statusCode, 200);
    QVERIFY(!r.error.isError());
}

void tst_KeepAlive::closedConnectionStopsThePings()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        s.reply(request, 200, u"OK"_s);
        s.closeConnection(request, 200);
    });
    ProbeOptions options = keepAliveOptions(1000);
    options.keepAlive.interval = 20ms;
    const ProbeResult r = probe(server.uri(), options);
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message));
    QVERIFY(r.keepAlive);
    QVERIFY(r.keepAlive->pings() < 1000);
    QVERIFY2(!r.keepAlive->stopReason.isEmpty(), qPrintable(timelineText(r)));
    QVERIFY(!r.keepAlive->allAnswered());
    // No failover to another target, no error on the answered probe.
    QVERIFY(!r.error.isError());
}

void tst_KeepAlive::udpHasNoCrlfKeepAlive()
{
    Responder responder;
    ResponderConfig c;
    c.port = 0;
    c.statusCode = 200;
    QVERIFY(!responder.start(c));
    const ProbeResult r = probe(u"sip:127.0.0.1:%1"_s.arg(responder.localPort()), keepAliveOptions(3));
    QVERIFY2(r.isSuccess(), qPrintable(r.error.message));
    QVERIFY(r.keepAlive);
    QCOMPARE(r.keepAlive->kind, KeepAliveReport::Kind::Unsupported);
    QCOMPARE(r.keepAlive->pings(), 0);
    QVERIFY(r.keepAlive->stopReason.contains(u"STUN"_s));
    QCOMPARE(r.keepAlive->summary(), r.keepAlive->stopReason);
}

void tst_KeepAlive::withoutKeepAliveNothingIsSent()
{
    Responder responder;
    ResponderConfig c;
    c.port = 0;
    c.transport = TransportProtocol::Tcp;
    c.statusCode = 200;
    QVERIFY(!responder.start(c));
    ProbeOptions options;
    options.transport = TransportProtocol::Tcp;
    const ProbeResult r = probe(u"sip:127.0.0.1:%1"_s.arg(responder.localPort()), options);
    QVERIFY(r.isSuccess());
    QVERIFY(!r.keepAlive);
}

QTEST_GUILESS_MAIN(tst_KeepAlive)
#include "tst_keepalive.moc"
