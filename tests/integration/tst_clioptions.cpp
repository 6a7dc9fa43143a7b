// `sipscope-cli options` as a user runs it: the real binary against Kamailio and the
// fake server on loopback, checking human output, --json, --count and exit codes.
#include "fakesipserver.h"
#include "responder/responder.h"
#include "kamailioinstance.h"

#include "cliprocess.h"
#include "kernelreceivestamps.h"
#include "loopbackports.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using SipScope::Test::FakeSipServer;
using SipScope::Test::KamailioInstance;

namespace {

using Run = SipScope::Test::CliRun;

// Runs the CLI while this process's event loop keeps turning (the fake server lives
// on it).
Run runCli(const QStringList &arguments)
{
    return SipScope::Test::runCliProcess(QStringList{u"options"_s} + arguments,
                                         {.environment = {{u"LC_ALL"_s, u"C"_s}, {u"LANGUAGE"_s, u"en"_s}}});
}

using SipScope::Test::jsonObjectOf;

} // namespace

class tst_CliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void humanOutput200();
    void humanOutputNon2xx();
    void verbose();
    void json();
    void jsonProvisional();
    void refused();
    void timeout();
    void invalidTarget();
    void usageErrors_data();
    void usageErrors();
    void optionsReachTheWire();
    void keepAlive();
    void count();
    void countJson();
    void countExitCodes_data();
    void countExitCodes();
    void intervalSpacesTheProbes();

private:
    KamailioInstance m_kamailio;
};

void tst_CliOptions::initTestCase()
{
    if (!KamailioInstance::isInstalled() && qEnvironmentVariableIsSet("SIPSCOPE_SKIP_KAMAILIO"))
        QSKIP("Kamailio is not installed and SIPSCOPE_SKIP_KAMAILIO is set.");
    QVERIFY2(m_kamailio.start(), qPrintable(m_kamailio.errorString()));
}

void tst_CliOptions::humanOutput200()
{
    const Run run = runCli({m_kamailio.uri()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"200 OK"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"OPTIONS %1 → 127.0.0.1:%2 (UDP)"_s.arg(m_kamailio.uri()).arg(m_kamailio.port())));
    QVERIFY(run.out.contains(u"Round trip:"_s));
    QVERIFY(run.out.contains(u" ms"_s));
    QVERIFY(run.out.contains(u"Server:"_s));
    QVERIFY(run.out.contains(u"SipScope-Test-Kamailio"_s));
    QVERIFY(run.out.contains(u"Allow:"_s));
    QVERIFY(run.out.contains(u"Supported:"_s));
    QVERIFY(run.out.contains(u"Accept:"_s));
    QVERIFY(!run.out.contains(u"Timeline:"_s));
    QVERIFY(run.err.isEmpty());
}

void tst_CliOptions::humanOutputNon2xx()
{
    const Run run = runCli({m_kamailio.uri(u"busy"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"486 Busy Here — "_s), qPrintable(run.out));   // with the catalog summary
}

void tst_CliOptions::verbose()
{
    const Run run = runCli({u"--verbose"_s, m_kamailio.uri(u"slow"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"First 1xx:"_s));
    QVERIFY(run.out.contains(u"(100 Trying)"_s));
    QVERIFY(run.out.contains(u"Request:"_s));
    QVERIFY(run.out.contains(u"    OPTIONS %1 SIP/2.0"_s.arg(m_kamailio.uri(u"slow"_s))));
    QVERIFY(run.out.contains(u"    Via: SIP/2.0/UDP 127.0.0.1:"_s));
    QVERIFY(run.out.contains(u"Response:"_s));
    QVERIFY(run.out.contains(u"    SIP/2.0 200 OK"_s));
    QVERIFY(run.out.contains(u"Timeline:"_s));
    QVERIFY(run.out.contains(u"Received 100 Trying"_s));
}

void tst_CliOptions::json()
{
#ifdef Q_OS_LINUX
    // The kernel's receive stamping on before the CLI's probe, for the clock check below.
    SipScope::Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    const Run run = runCli({u"--json"_s, m_kamailio.uri()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = jsonObjectOf(run);
    QVERIFY2(!o.isEmpty(), qPrintable(run.out));
    QCOMPARE(o[u"target"_s].toString(), m_kamailio.uri());
    QCOMPARE(o[u"transport"_s].toString(), u"udp"_s);
    QCOMPARE(o[u"remote"_s].toString(), u"127.0.0.1:%1"_s.arg(m_kamailio.port()));
    QCOMPARE(o[u"status"_s].toInt(), 200);
    QCOMPARE(o[u"reason"_s].toString(), u"OK"_s);
    QCOMPARE(o[u"origin"_s].toString(), u"remote"_s);
    QVERIFY(o[u"local_status"_s].isNull());
    QVERIFY(o[u"rtt_ms"_s].isDouble());
    QVERIFY(o[u"rtt_ms"_s].toDouble() > 0);
    // Which clock each end of the RTT came from: the kernel's stamps on Linux (UDP).
    // The stamping was on before the probe (see kernelreceivestamps.h).
    const QJsonObject clocks = o[u"rtt_clock"_s].toObject();
#ifdef Q_OS_LINUX
    const QString expectedClock = u"kernel"_s;
#else
    const QString expectedClock = u"application"_s;
#endif
    QCOMPARE(clocks[u"sent"_s].toString(), expectedClock);
    QCOMPARE(clocks[u"received"_s].toString(), expectedClock);
    QCOMPARE(o[u"provisional"_s].toArray().size(), 0);
    QCOMPARE(o[u"retransmissions"_s].toInt(), 0);
    QVERIFY(o[u"error"_s].isNull());
    QVERIFY(o[u"request"_s].toString().startsWith(u"OPTIONS "_s));
    QVERIFY(o[u"response"_s].toString().startsWith(u"SIP/2.0 200 OK\r\n"_s));
    const QJsonArray headers = o[u"headers"_s].toArray();
    QVERIFY(headers.size() >= 6);
    QCOMPARE(headers.at(0).toArray().at(0).toString(), u"Via"_s);
    bool server = false;
    for (const QJsonValue &h : headers) {
        QCOMPARE(h.toArray().size(), 2);
        server = server || (h.toArray().at(0).toString() == u"Server"_s
                            && h.toArray().at(1).toString() == u"SipScope-Test-Kamailio"_s);
    }
    QVERIFY(server);
    const QJsonArray timeline = o[u"timeline"_s].toArray();
    QVERIFY(timeline.size() >= 3);
    QCOMPARE(timeline.last().toObject()[u"event"_s].toString(), u"final"_s);
    QCOMPARE(timeline.last().toObject()[u"status"_s].toInt(), 200);
}

void tst_CliOptions::jsonProvisional()
{
    const Run run = runCli({u"--json"_s, m_kamailio.uri(u"slow"_s)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = jsonObjectOf(run);
    const QJsonArray provisional = o[u"provisional"_s].toArray();
    QCOMPARE(provisional.size(), 1);
    QCOMPARE(provisional.at(0).toObject()[u"status"_s].toInt(), 100);
    QCOMPARE(provisional.at(0).toObject()[u"reason"_s].toString(), u"Trying"_s);
    QVERIFY(provisional.at(0).toObject()[u"at_ms"_s].toDouble() < o[u"rtt_ms"_s].toDouble());
}

void tst_CliOptions::refused()
{
    const QString target = u"sip:127.0.0.1:%1"_s.arg(closedUdpPort());
    const Run run = runCli({target});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"No response: connection refused"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"concluded locally"_s));
    QVERIFY(!run.out.contains(u"503 Service Unavailable"_s));   // never shown as received

    const QJsonObject o = jsonObjectOf(runCli({u"--json"_s, target}));
    QCOMPARE(o[u"error"_s].toObject()[u"kind"_s].toString(), u"refused"_s);
    QVERIFY(!o[u"error"_s].toObject()[u"message"_s].toString().isEmpty());
    QVERIFY(o[u"status"_s].isNull());
    QCOMPARE(o[u"origin"_s].toString(), u"local"_s);
    QCOMPARE(o[u"local_status"_s].toInt(), 503);
}

void tst_CliOptions::timeout()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::silent());
    QElapsedTimer clock;
    clock.start();
    const Run run = runCli({u"--json"_s, u"--timeout"_s, u"0.7"_s, server.uri()});
    QVERIFY(clock.elapsed() >= 700);
    QCOMPARE(run.exitCode, 2);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o[u"error"_s].toObject()[u"kind"_s].toString(), u"timeout"_s);
    QCOMPARE(o[u"local_status"_s].toInt(), 408);
    // T1 = 500 ms: one retransmission before 0.7 s. Both timers run from the same
    // start, so a late machine fires E before F all the same.
    QCOMPARE(o[u"retransmissions"_s].toInt(), 1);
    server.receivePending();   // the CLI may have exited before this loop read the datagram
    QCOMPARE(server.requestCount(), 2);
}

void tst_CliOptions::invalidTarget()
{
    const Run run = runCli({u"http://example.com"_s});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"\"http:\" is not a SIP address"_s), qPrintable(run.err));

    const Run json = runCli({u"--json"_s, u"example.com:99999"_s});
    QCOMPARE(json.exitCode, 64);
    const QJsonObject o = jsonObjectOf(json);
    QCOMPARE(o[u"error"_s].toObject()[u"kind"_s].toString(), u"invalid_target"_s);
    QVERIFY(o[u"error"_s].toObject()[u"message"_s].toString().contains(u"99999"_s));
}

// TCP, TLS and the security options: tst_clisecurity.cpp.

void tst_CliOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("no target") << QStringList{} << u"target"_s;
    QTest::newRow("two targets") << QStringList{u"a.example"_s, u"b.example"_s} << u"2"_s;
    QTest::newRow("count zero") << QStringList{u"-c"_s, u"0"_s, u"127.0.0.1"_s} << u"--count"_s;
    QTest::newRow("bad interval") << QStringList{u"-i"_s, u"soon"_s, u"127.0.0.1"_s} << u"--interval"_s;
    QTest::newRow("zero timeout") << QStringList{u"-t"_s, u"0"_s, u"127.0.0.1"_s} << u"--timeout"_s;
    QTest::newRow("max-forwards 300") << QStringList{u"--max-forwards"_s, u"300"_s, u"127.0.0.1"_s} << u"--max-forwards"_s;
    QTest::newRow("reserved header") << QStringList{u"-H"_s, u"Via: x"_s, u"127.0.0.1"_s} << u"Via"_s;
    QTest::newRow("header without colon") << QStringList{u"-H"_s, u"X-Test"_s, u"127.0.0.1"_s} << u"X-Test"_s;
    QTest::newRow("bad bind") << QStringList{u"--bind"_s, u"example.com"_s, u"127.0.0.1"_s} << u"--bind"_s;
    QTest::newRow("bad from") << QStringList{u"--from"_s, u"a b"_s, u"127.0.0.1"_s} << u"--from"_s;
    QTest::newRow("bad transport") << QStringList{u"--transport"_s, u"sctp"_s, u"127.0.0.1"_s} << u"sctp"_s;
    QTest::newRow("keepalive zero") << QStringList{u"--keepalive"_s, u"0"_s, u"127.0.0.1"_s} << u"--keepalive"_s;
    QTest::newRow("keepalive word") << QStringList{u"--keepalive"_s, u"many"_s, u"127.0.0.1"_s} << u"many"_s;
    QTest::newRow("keepalive interval alone") << QStringList{u"--keepalive-interval"_s, u"2"_s, u"127.0.0.1"_s}
                                              << u"--keepalive-interval"_s;
    QTest::newRow("keepalive interval zero") << QStringList{u"--keepalive"_s, u"2"_s, u"--keepalive-interval"_s, u"0"_s, u"127.0.0.1"_s}
                                             << u"--keepalive-interval"_s;
    QTest::newRow("keepalive all targets") << QStringList{u"--keepalive"_s, u"2"_s, u"--all-targets"_s, u"127.0.0.1"_s}
                                           << u"--all-targets"_s;
}

void tst_CliOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(mentioned), qPrintable(run.err));
}

// --keepalive against the responder over TCP: text, JSON and --nagios.
void tst_CliOptions::keepAlive()
{
    SipScope::Responder responder;
    SipScope::ResponderConfig config;
    config.port = 0;
    config.transport = SipScope::TransportProtocol::Tcp;
    config.statusCode = 200;
    QVERIFY(!responder.start(config));
    const QString target = u"sip:127.0.0.1:%1;transport=tcp"_s.arg(responder.localPort());
    const QStringList pings{u"--keepalive"_s, u"3"_s, u"--keepalive-interval"_s, u"0.05"_s};

    const Run text = runCli(pings + QStringList{target});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"CRLF keep-alive (RFC 5626): 3 of 3 ping(s) answered"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"ping 3: pong after"_s), qPrintable(text.out));

    const QJsonObject o = jsonObjectOf(runCli(pings + QStringList{u"--json"_s, target}));
    const QJsonObject keepAlive = o.value(u"keepalive"_s).toObject();
    QCOMPARE(keepAlive.value(u"kind"_s).toString(), u"crlf"_s);
    QCOMPARE(keepAlive.value(u"pongs"_s).toInt(), 3);
    const QJsonArray rtts = keepAlive.value(u"pong_rtt_ms"_s).toArray();
    QCOMPARE(rtts.size(), 3);
    for (const QJsonValue &rtt : rtts)
        QVERIFY(rtt.isDouble() && rtt.toDouble() >= 0.0);
    // Without --keepalive the key is absent.
    QVERIFY(!jsonObjectOf(runCli({u"--json"_s, target})).contains(u"keepalive"_s));

    const Run nagios = runCli(pings + QStringList{u"--nagios"_s, target});
    QCOMPARE(nagios.exitCode, 0);
    QVERIFY2(nagios.out.contains(u"pongs_missing=0;;;0"_s), qPrintable(nagios.out));
}

void tst_CliOptions::optionsReachTheWire()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const quint16 bindPort = closedUdpPort();
    const Run run = runCli({u"--from"_s, u"nagios"_s, u"-H"_s, u"X-Ticket: 42"_s, u"--header"_s, u"Subject: check"_s,
                            u"--max-forwards"_s, u"7"_s, u"--bind"_s, u"127.0.0.1:%1"_s.arg(bindPort),
                            server.uri(u"alice"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.transactionCount(), 1);
    const FakeSipServer::Request &request = server.requests().constFirst();
    QCOMPARE(request.peerPort, bindPort);
    QVERIFY(request.message.header(u"From"_s)->startsWith(u"<sip:nagios@127.0.0.1>"_s));
    QCOMPARE(request.message.header(u"X-Ticket"_s), std::optional<QString>(u"42"_s));
    QCOMPARE(request.message.header(u"Subject"_s), std::optional<QString>(u"check"_s));
    QCOMPARE(request.message.header(u"Max-Forwards"_s), std::optional<QString>(u"7"_s));
}

void tst_CliOptions::count()
{
    const Run run = runCli({u"--count"_s, u"3"_s, u"--interval"_s, u"0"_s, m_kamailio.uri()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"(UDP): probes: 3"_s));
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(run.out.contains(u"[%1] 200 OK  rtt="_s.arg(i)), qPrintable(run.out));
    QVERIFY(run.out.contains(u"3 sent, 3 answered, 0.0% loss"_s));
    QVERIFY(run.out.contains(u"rtt min/avg/max/mdev = "_s));
    QVERIFY(run.out.contains(u"status codes: 200 ×3"_s));
}

void tst_CliOptions::countJson()
{
    const Run run = runCli({u"--json"_s, u"-c"_s, u"2"_s, u"-i"_s, u"0"_s, m_kamailio.uri(u"busy"_s)});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o[u"probes"_s].toArray().size(), 2);
    QCOMPARE(o[u"probes"_s].toArray().at(1).toObject()[u"status"_s].toInt(), 486);
    const QJsonObject summary = o[u"summary"_s].toObject();
    QCOMPARE(summary[u"sent"_s].toInt(), 2);
    QCOMPARE(summary[u"answered"_s].toInt(), 2);
    QCOMPARE(summary[u"succeeded"_s].toInt(), 0);
    QCOMPARE(summary[u"loss_percent"_s].toDouble(), 0.0);
    QCOMPARE(summary[u"status_codes"_s].toObject()[u"486"_s].toInt(), 2);
    const QJsonObject rtt = summary[u"rtt_ms"_s].toObject();
    QVERIFY(rtt[u"min"_s].toDouble() <= rtt[u"avg"_s].toDouble());
    QVERIFY(rtt[u"avg"_s].toDouble() <= rtt[u"max"_s].toDouble());
    QVERIFY(rtt[u"mdev"_s].toDouble() >= 0.0);
}

void tst_CliOptions::countExitCodes_data()
{
    QTest::addColumn<QList<int>>("answers");   // per probe: status, or 0 for silence
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("histogram");
    QTest::newRow("one 2xx is enough") << QList<int>{0, 200, 503} << 0 << u"200 ×1, 503 ×1, timeout ×1"_s;
    QTest::newRow("answers without 2xx") << QList<int>{503, 0} << 1 << u"503 ×1, timeout ×1"_s;
    QTest::newRow("no answer at all") << QList<int>{0, 0} << 2 << u"timeout ×2"_s;
}

void tst_CliOptions::countExitCodes()
{
    QFETCH(QList<int>, answers);
    QFETCH(int, exitCode);
    QFETCH(QString, histogram);
    FakeSipServer server;
    QVERIFY(server.listen());
    // Each probe has its own Call-ID; answer by probe number, retransmissions included.
    QStringList callIds;
    server.setHandler([&callIds, answers](FakeSipServer &s, const FakeSipServer::Request &request) {
        if (!callIds.contains(request.message.callId()))
            callIds << request.message.callId();
        const int status = answers.value(int(callIds.indexOf(request.message.callId())));
        if (status != 0)
            s.reply(request, status, status == 200 ? u"OK"_s : u"Service Unavailable"_s);
    });
    const Run run = runCli({u"-c"_s, QString::number(answers.size()), u"-i"_s, u"0"_s, u"-t"_s, u"0.3"_s, server.uri()});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(u"status codes: "_s + histogram), qPrintable(run.out));
    QVERIFY(run.out.contains(u"no response (timeout)"_s));
}

void tst_CliOptions::intervalSpacesTheProbes()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli({u"-c"_s, u"3"_s, u"-i"_s, u"0.25"_s, server.uri()});
    QCOMPARE(run.exitCode, 0);
    const QList<FakeSipServer::Request> probes = server.transactions();
    QCOMPARE(probes.size(), 3);
    // The interval runs from one probe's start to the next; the socket set-up before
    // each send varies by a few milliseconds, so the gaps on the wire do too. A busy
    // machine only makes them longer: the upper bound catches a unit mistake, not jitter.
    for (int i = 1; i < 3; ++i) {
        const qint64 gap = probes.at(i).atMs - probes.at(i - 1).atMs;
        QVERIFY2(gap >= 200 && gap < 10000, qPrintable(u"gap %1 ms"_s.arg(gap)));
    }
    const qint64 span = probes.at(2).atMs - probes.at(0).atMs;
    QVERIFY2(span >= 450, qPrintable(u"span %1 ms"_s.arg(span)));
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
