// The diagnosis on the command line, run as a user runs it against fake
// servers and proxies on loopback: `trace` (human, --json, exit codes) and what
// `options` adds — the diagnosis sentence, origin and its explanation, NAT/ALG path,
// timing, and --expect / --expect-header deciding the exit code.
#include "fakesipproxy.h"
#include "fakesipserver.h"
#include "localhostname.h"

#include "cliprocess.h"
#include "loopbackports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using SipScope::SipMessage;
using SipScope::Test::FakeSipProxy;
using SipScope::Test::FakeSipServer;

namespace {

using Run = SipScope::Test::CliRun;

// The event loop keeps turning while the CLI runs: the fake servers live on it.
Run runCli(const QStringList &arguments)
{
    return SipScope::Test::runCliProcess(arguments, {.environment = {{u"LC_ALL"_s, u"C"_s}, {u"LANGUAGE"_s, u"en"_s}}});
}

using SipScope::Test::jsonObjectOf;

} // namespace

class tst_CliDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void traceThroughTwoProxies();
    void traceJson();
    void traceLoopIsNotReached();
    void traceClosedPort();
    void traceUsageErrors_data();
    void traceUsageErrors();
    void fromMeansTheSameEverywhere_data();
    void fromMeansTheSameEverywhere();
    void optionsJsonCarriesTheDiagnosis();
    void optionsRefusedIsExplained();
    void optionsVerdictText();
    void optionsMalformedAnswerOverTcp();
    void optionsVerbosePrintsTiming();
    void expectations_data();
    void expectations();
    void expectationJson();
    void nagiosExpectHeader();
    void monitorExpectHeader();
    void allTargets();
    void optionsUsageErrors_data();
    void optionsUsageErrors();
    void securityFlags_data();
    void securityFlags();
};

void tst_CliDiagnosis::traceThroughTwoProxies()
{
    FakeSipServer target;
    QVERIFY(target.listen());
    FakeSipProxy second(u"Proxy-B"_s);
    QVERIFY(second.listen());
    second.setNextHop(QHostAddress::LocalHost, target.port());
    FakeSipProxy first(u"Proxy-A"_s);
    QVERIFY(first.listen());
    first.setNextHop(QHostAddress::LocalHost, second.port());

    const Run run = runCli({u"trace"_s, first.uri(), u"--timeout"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(u"SIP trace to "_s + first.uri()), qPrintable(run.out));
    QVERIFY2(lines.at(1).contains(u"483 Too Many Hops"_s) && lines.at(1).contains(first.hostPort() + u" (Contact)"_s)
                 && lines.at(1).contains(u"Proxy-A"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(second.hostPort()) && lines.at(2).contains(u"Proxy-B"_s)
                 && lines.at(2).contains(u"(via "_s + first.hostPort() + u')'), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).trimmed().startsWith(u"2  200 OK"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(u"after 2 proxy hop"_s), qPrintable(lines.at(4)));
}

void tst_CliDiagnosis::traceJson()
{
    FakeSipServer target;
    QVERIFY(target.listen());
    FakeSipProxy proxy(u"Proxy-A"_s);
    QVERIFY(proxy.listen());
    proxy.setNextHop(QHostAddress::LocalHost, target.port());

    const Run run = runCli({u"trace"_s, u"--json"_s, proxy.uri()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o.value(u"end"_s).toString(), u"reached"_s);
    QCOMPARE(o.value(u"reached"_s).toBool(), true);
    QCOMPARE(o.value(u"loop_suspected"_s).toBool(), false);
    const QJsonArray hops = o.value(u"hops"_s).toArray();
    QCOMPARE(hops.size(), 2);
    const QJsonObject first = hops.at(0).toObject();
    QCOMPARE(first.value(u"max_forwards"_s).toInt(), 0);
    QCOMPARE(first.value(u"outcome"_s).toString(), u"too_many_hops"_s);
    QCOMPARE(first.value(u"status"_s).toInt(), 483);
    QCOMPARE(first.value(u"address"_s).toString(), proxy.hostPort());
    QCOMPARE(first.value(u"address_source"_s).toString(), u"contact"_s);
    QCOMPARE(first.value(u"server"_s).toString(), u"Proxy-A"_s);
    QVERIFY(first.value(u"rtt_ms"_s).toDouble() > 0);
    QVERIFY(first.value(u"error"_s).isNull());
    const QJsonObject last = hops.at(1).toObject();
    QCOMPARE(last.value(u"outcome"_s).toString(), u"reached"_s);
    QCOMPARE(last.value(u"status"_s).toInt(), 200);
    QCOMPARE(last.value(u"server"_s).toString(), u"SipScope-FakeSipServer"_s);
}

void tst_CliDiagnosis::traceLoopIsNotReached()
{
    FakeSipProxy a(u"Loop-A"_s);
    FakeSipProxy b(u"Loop-B"_s);
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setNextHop(QHostAddress::LocalHost, b.port());
    b.setNextHop(QHostAddress::LocalHost, a.port());

    const Run run = runCli({u"trace"_s, u"--max-hops"_s, u"4"_s, u"--json"_s, a.uri()});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o.value(u"end"_s).toString(), u"max_hops"_s);
    QCOMPARE(o.value(u"hops"_s).toArray().size(), 4);
    QCOMPARE(o.value(u"loop_suspected"_s).toBool(), true);
    QVERIFY(o.value(u"summary"_s).toString().contains(u"loop"_s));
}

void tst_CliDiagnosis::traceClosedPort()
{
    const Run run = runCli({u"trace"_s, u"sip:127.0.0.1:%1"_s.arg(closedUdpPort())});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"Connection refused"_s, Qt::CaseInsensitive), qPrintable(run.out));
}

void tst_CliDiagnosis::traceUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no-target") << QStringList{u"trace"_s} << u"Missing argument"_s;
    QTest::newRow("two-targets") << QStringList{u"trace"_s, u"a"_s, u"b"_s} << u"Expected one target"_s;
    QTest::newRow("invalid-target") << QStringList{u"trace"_s, u"sip:"_s} << u"trace:"_s;
    QTest::newRow("max-hops-zero") << QStringList{u"trace"_s, u"--max-hops"_s, u"0"_s, u"127.0.0.1"_s} << u"--max-hops"_s;
    QTest::newRow("max-hops-too-many") << QStringList{u"trace"_s, u"--max-hops"_s, u"71"_s, u"127.0.0.1"_s} << u"--max-hops"_s;
    QTest::newRow("timeout-negative") << QStringList{u"trace"_s, u"--timeout=-1"_s, u"127.0.0.1"_s} << u"--timeout"_s;
    QTest::newRow("total-timeout-word") << QStringList{u"trace"_s, u"--total-timeout"_s, u"soon"_s, u"127.0.0.1"_s}
                                        << u"--total-timeout"_s;
    QTest::newRow("transport-unknown") << QStringList{u"trace"_s, u"--transport"_s, u"sctp"_s, u"127.0.0.1"_s} << u"--transport"_s;
    QTest::newRow("from-not-a-user") << QStringList{u"trace"_s, u"--from"_s, u"a b"_s, u"127.0.0.1"_s} << u"--from"_s;
    QTest::newRow("bad-websocket-url") << QStringList{u"trace"_s, u"ws://host?x=1"_s} << u"WebSocket URL"_s;
}

void tst_CliDiagnosis::traceUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void tst_CliDiagnosis::optionsVerdictText()
{
    // The probe's verdict, apart from the catalog's call-oriented summary.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::answerWith(404, u"Not Found"_s));
    const Run run = runCli({u"options"_s, server.uri()});
    QVERIFY2(run.out.contains(u"Verdict: The server is up and speaks SIP; it serves no such user or domain"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"(RFC 3261 §21.4.5)"_s));
    QVERIFY(run.out.contains(u"Try: "_s));
    QVERIFY(run.out.contains(u"Liveness: For a liveness check the server is alive"_s));
    const Run json = runCli({u"options"_s, u"--json"_s, server.uri()});
    const QJsonObject verdict = jsonObjectOf(json)[u"diagnosis"_s].toObject()[u"verdict"_s].toObject();
    QCOMPARE(verdict[u"health"_s].toString(), u"alive_refusing"_s);
    QCOMPARE(verdict[u"reference"_s].toString(), u"RFC 3261 §21.4.5"_s);
}

void tst_CliDiagnosis::optionsMalformedAnswerOverTcp()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        s.sendTo(request, FakeSipServer::makeResponse(request.message, 200, u"OK"_s).toBytes().replace("SIP/2.0 200 OK", "SIP/2.0 20O OK"));
    });
    const QString target = server.uri();
    const Run run = runCli({u"options"_s, target});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.out.contains(u"No response"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"could not be sent"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Received: SIP/2.0 20O OK\\r\\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"answered, but with something that is not a SIP message"_s));
    const QJsonObject o = jsonObjectOf(runCli({u"options"_s, u"--json"_s, target}));
    QCOMPARE(o[u"origin"_s].toString(), u"remote"_s);
    QCOMPARE(o[u"error"_s].toObject()[u"kind"_s].toString(), u"malformed_answer"_s);
    QCOMPARE(o[u"diagnosis"_s].toObject()[u"kind"_s].toString(), u"malformed_answer"_s);
    QVERIFY(o[u"status"_s].isNull());
}

// --from is read by one rule for every command that probes: a bare word is the user
// of the From URI, text with "@" or a sip:/sips: scheme the whole URI. (trace once took
// "sipadmin" for a host.)
void tst_CliDiagnosis::fromMeansTheSameEverywhere_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected"); // in the From header's URI
    for (const QString &command : {u"options"_s, u"trace"_s}) {
        QTest::addRow("%s user", qPrintable(command)) << command << u"sipadmin"_s << u"sip:sipadmin@"_s;
        QTest::addRow("%s user starting with sip", qPrintable(command)) << command << u"sipcheck"_s << u"sip:sipcheck@"_s;
        QTest::addRow("%s uri", qPrintable(command)) << command << u"sip:probe@example.com"_s << u"<sip:probe@example.com>"_s;
        QTest::addRow("%s user@host", qPrintable(command)) << command << u"noc@example.net"_s << u"<sip:noc@example.net>"_s;
    }
}

void tst_CliDiagnosis::fromMeansTheSameEverywhere()
{
    QFETCH(QString, command);
    QFETCH(QString, from);
    QFETCH(QString, expected);
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli({command, u"--from"_s, from, u"--json"_s, server.uri()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    server.receivePending();
    QVERIFY(server.requestCount() >= 1);
    const QByteArray raw = server.requests().constFirst().raw;
    const qsizetype start = raw.indexOf("\r\nFrom:");
    QVERIFY2(start >= 0, raw.constData());
    const QByteArray line = raw.mid(start + 2, raw.indexOf("\r\n", start + 2) - start - 2);
    QVERIFY2(line.contains(expected.toUtf8()), line.constData());
}

void tst_CliDiagnosis::optionsJsonCarriesTheDiagnosis()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    // The server reports a public source address: a NAT in the path (text only).
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        QString via = *response.header(u"Via"_s);
        response.setHeader(u"Via"_s, via.replace(u";rport"_s, u";rport=40312;received=203.0.113.7"_s));
        s.reply(request, response);
    });
    const Run run = runCli({u"options"_s, u"--json"_s, server.uri()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o[u"origin"_s].toString(), u"remote"_s);
    QVERIFY2(o[u"explanation"_s].toString().startsWith(u"Received from the far end: 127.0.0.1:%1 sent 200 OK"_s.arg(server.port())),
             qPrintable(o[u"explanation"_s].toString()));
    const QJsonObject diagnosis = o[u"diagnosis"_s].toObject();
    QCOMPARE(diagnosis[u"kind"_s].toString(), u"ok"_s);
    QCOMPARE(diagnosis[u"answered_by"_s].toString(), u"Server: SipScope-FakeSipServer"_s);
    const QJsonObject path = o[u"path"_s].toObject();
    QCOMPARE(path[u"nat"_s].toString(), u"yes"_s);
    QCOMPARE(path[u"public_address"_s].toString(), u"203.0.113.7"_s);
    QCOMPARE(path[u"public_port"_s].toInt(), 40312);
    QCOMPARE(path[u"local_address"_s].toString(), u"127.0.0.1"_s);
    QCOMPARE(path[u"alg_suspected"_s].toBool(), false);
    const QJsonObject timing = o[u"timing"_s].toObject();
    QVERIFY(timing[u"total_ms"_s].toDouble() > 0);
    const QJsonArray marks = timing[u"marks"_s].toArray();
    QCOMPARE(marks.first().toObject()[u"mark"_s].toString(), u"sent"_s);
    QCOMPARE(marks.last().toObject()[u"mark"_s].toString(), u"final"_s);
    QCOMPARE(marks.last().toObject()[u"status"_s].toInt(), 200);
    QCOMPARE(timing[u"phases"_s].toArray().last().toObject()[u"phase"_s].toString(), u"transaction"_s);
    QVERIFY(o[u"expectation"_s].isUndefined());
}

void tst_CliDiagnosis::optionsRefusedIsExplained()
{
    const quint16 port = closedUdpPort();
    const Run run = runCli({u"options"_s, u"sip:127.0.0.1:%1"_s.arg(port)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"Diagnosis: The port is closed on 127.0.0.1:%1: nothing listens for SIP over UDP there."_s.arg(port)),
             qPrintable(run.out));
    const QJsonObject o = jsonObjectOf(runCli({u"options"_s, u"--json"_s, u"sip:127.0.0.1:%1"_s.arg(port)}));
    QCOMPARE(o[u"origin"_s].toString(), u"local"_s);
    QVERIFY(o[u"explanation"_s].toString().contains(u"concluded 503 locally"_s));
    QCOMPARE(o[u"diagnosis"_s].toObject()[u"kind"_s].toString(), u"closed_port"_s);
    QVERIFY(o[u"status"_s].isNull());
}

void tst_CliDiagnosis::optionsVerbosePrintsTiming()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli({u"options"_s, u"--verbose"_s, server.uri()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"\nDiagnosis:\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"SIP works there"_s));
    QVERIFY(run.out.contains(u"\nPath:\n"_s));
    QVERIFY(run.out.contains(u"\nTiming:\n"_s));
    QVERIFY(run.out.contains(u"Request and answer"_s));
    QVERIFY(run.out.contains(u"request sent"_s));
}

void tst_CliDiagnosis::expectations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("printed");

    QTest::newRow("expect 200 met") << QStringList{u"--expect"_s, u"200"_s} << 0 << QString();
    QTest::newRow("expect 404 missed") << QStringList{u"--expect"_s, u"404"_s} << 1 << u"Expectation not met: Expected 404, got 200 OK."_s;
    QTest::newRow("expect 2xx,404 met") << QStringList{u"--expect"_s, u"2xx,404"_s} << 0 << QString();
    QTest::newRow("header met") << QStringList{u"--expect-header"_s, u"Server: ^SipScope-"_s} << 0 << QString();
    QTest::newRow("header missed") << QStringList{u"--expect-header"_s, u"Server: ^Asterisk"_s} << 1
                                   << u"Expectation not met: Server: SipScope-FakeSipServer does not match /^Asterisk/."_s;
    QTest::newRow("header absent") << QStringList{u"--expect-header"_s, u"X-Load: .*"_s} << 1 << u"has no X-Load header"_s;
    QTest::newRow("code and header both needed") << QStringList{u"--expect"_s, u"200"_s, u"--expect-header"_s, u"Server: Fake"_s}
                                                 << 0 << QString();
}

void tst_CliDiagnosis::expectations()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, printed);
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli(QStringList{u"options"_s} + arguments + QStringList{server.uri()});
    QCOMPARE(run.exitCode, exitCode);
    if (printed.isEmpty())
        QVERIFY2(!run.out.contains(u"Expectation not met"_s), qPrintable(run.out));
    else
        QVERIFY2(run.out.contains(printed), qPrintable(run.out));

    // Without a final response no expectation holds: exit 2, never "met".
    const Run silent = runCli(QStringList{u"options"_s, u"--timeout"_s, u"0.3"_s} + arguments
                              + QStringList{u"sip:127.0.0.1:%1"_s.arg(closedUdpPort())});
    QCOMPARE(silent.exitCode, 2);
}

void tst_CliDiagnosis::expectationJson()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::answerWith(404, u"Not Found"_s));
    const Run run = runCli({u"options"_s, u"--json"_s, u"--expect"_s, u"404"_s, u"--expect-header"_s, u"Server: Nope"_s, server.uri()});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject expectation = jsonObjectOf(run)[u"expectation"_s].toObject();
    QCOMPARE(expectation[u"passed"_s].toBool(), false);
    const QJsonArray checks = expectation[u"checks"_s].toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).toObject()[u"subject"_s].toString(), u"status"_s);
    QCOMPARE(checks.at(0).toObject()[u"passed"_s].toBool(), true);
    QCOMPARE(checks.at(1).toObject()[u"subject"_s].toString(), u"Server"_s);
    QCOMPARE(checks.at(1).toObject()[u"expected"_s].toString(), u"Nope"_s);
    QCOMPARE(checks.at(1).toObject()[u"actual"_s].toString(), u"SipScope-FakeSipServer"_s);
    QCOMPARE(checks.at(1).toObject()[u"passed"_s].toBool(), false);
}

void tst_CliDiagnosis::nagiosExpectHeader()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run ok = runCli({u"options"_s, u"--nagios"_s, u"--expect-header"_s, u"Server: FakeSipServer$"_s, server.uri()});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.startsWith(u"SIP OK - 200 OK"_s), qPrintable(ok.out));
    const Run critical = runCli({u"options"_s, u"--nagios"_s, u"--expect-header"_s, u"Server: ^Asterisk"_s, server.uri()});
    QCOMPARE(critical.exitCode, 2);
    QVERIFY2(critical.out.startsWith(u"SIP CRITICAL - 200 OK"_s) && critical.out.contains(u"does not match /^Asterisk/"_s),
             qPrintable(critical.out));
    const Run bad = runCli({u"options"_s, u"--nagios"_s, u"--expect-header"_s, u"Server: (oops"_s, server.uri()});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(bad.out.startsWith(u"SIP UNKNOWN - "_s));
}

void tst_CliDiagnosis::monitorExpectHeader()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli({u"monitor"_s, u"--json"_s, u"--rounds"_s, u"1"_s, u"--expect-header"_s, u"Server: ^Asterisk"_s,
                            server.uri()});
    const QJsonObject record = QJsonDocument::fromJson(run.out.split(u'\n', Qt::SkipEmptyParts).value(0).toUtf8()).object();
    QCOMPARE(record[u"status"_s].toInt(), 200);
    QCOMPARE(record[u"state"_s].toString(), u"failing"_s);
    const Run up = runCli({u"monitor"_s, u"--json"_s, u"--rounds"_s, u"1"_s, u"--expect-header"_s, u"Server: Fake"_s, server.uri()});
    QCOMPARE(QJsonDocument::fromJson(up.out.split(u'\n', Qt::SkipEmptyParts).value(0).toUtf8()).object()[u"state"_s].toString(),
             u"up"_s);
}

void tst_CliDiagnosis::allTargets()
{
    SIPSCOPE_REQUIRE_LOCALHOST();
    // localhost with a port: A/AAAA only (RFC 3263 §4.2), every address a candidate. The
    // server listens on 127.0.0.1 only, so an ::1 candidate, if the hosts file has one,
    // is refused: each candidate has its own result.
    FakeSipServer server;
    QVERIFY(server.listen());
    const Run run = runCli({u"options"_s, u"--all-targets"_s, u"--json"_s, u"sip:localhost:%1"_s.arg(server.port())});
    const QJsonObject o = jsonObjectOf(run);
    const QJsonArray candidates = o[u"candidates"_s].toArray();
    QVERIFY2(!candidates.isEmpty(), qPrintable(run.out + run.err));
    int answered = 0;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject()[u"candidate"_s].toObject();
        const QJsonObject result = value.toObject()[u"result"_s].toObject();
        QVERIFY(candidate[u"source"_s].toString() == u"a"_s || candidate[u"source"_s].toString() == u"aaaa"_s);
        QCOMPARE(candidate[u"port"_s].toInt(), int(server.port()));
        if (candidate[u"address"_s].toString() == u"127.0.0.1"_s) {
            QCOMPARE(result[u"status"_s].toInt(), 200);
            ++answered;
        } else {
            QCOMPARE(result[u"origin"_s].toString(), u"local"_s);
            QVERIFY(!result[u"diagnosis"_s].toObject()[u"sentence"_s].toString().isEmpty());
        }
    }
    QCOMPARE(answered, 1);
    QCOMPARE(o[u"answered"_s].toInt(), 1);
    QCOMPARE(run.exitCode, candidates.size() == 1 ? 0 : 1);
    QCOMPARE(o[u"diagnosis"_s].toObject()[u"kind"_s].toString(), candidates.size() == 1 ? u"ok"_s : u"dead_candidates"_s);
    QVERIFY(o[u"resolution"_s].toObject()[u"ok"_s].toBool());

    const Run human = runCli({u"options"_s, u"--all-targets"_s, u"sip:127.0.0.1:%1"_s.arg(server.port())});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"All targets of sip:127.0.0.1:%1"_s.arg(server.port())), qPrintable(human.out));
    QVERIFY(human.out.contains(u"udp 127.0.0.1:%1"_s.arg(server.port())));
    QVERIFY(human.out.contains(u"All 1 server(s) behind 127.0.0.1 answer."_s));
}

void tst_CliDiagnosis::optionsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("expect garbage") << QStringList{u"--expect"_s, u"ok"_s} << u"is not a response code"_s;
    QTest::newRow("expect-header without colon") << QStringList{u"--expect-header"_s, u"Server"_s} << u"Name: regular expression"_s;
    QTest::newRow("expect-header bad regex") << QStringList{u"--expect-header"_s, u"Server: (x"_s} << u"not a valid regular expression"_s;
    QTest::newRow("all-targets with count") << QStringList{u"--all-targets"_s, u"-c"_s, u"2"_s} << u"--all-targets"_s;
    QTest::newRow("origin not a url") << QStringList{u"--origin"_s, u"nope"_s} << u"--origin"_s;
    QTest::newRow("transport sctp") << QStringList{u"--transport"_s, u"sctp"_s} << u"--transport"_s;
    QTest::newRow("ws url with query") << QStringList{u"ws://127.0.0.1/?a=b"_s} << u"query"_s;
}

void tst_CliDiagnosis::optionsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList all = QStringList{u"options"_s} + arguments;
    if (!arguments.constLast().startsWith(u"ws://"_s))
        all << u"sip:127.0.0.1:9"_s;
    const Run run = runCli(all);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// Trace and monitor take the TLS and credential flags of options; the
// password answers the fake server's 401 and is printed nowhere.
void tst_CliDiagnosis::securityFlags_data()
{
    QTest::addColumn<QStringList>("arguments");   // %TARGET% and %PASSWORD_FILE% are filled in
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorText");      // empty: stderr must not name a problem

    QTest::newRow("trace-password-file-answers-401")
        << QStringList{u"trace"_s, u"%TARGET%"_s, u"--timeout"_s, u"2"_s, u"--user"_s, u"alice"_s,
                       u"--password-file"_s, u"%PASSWORD_FILE%"_s}
        << 0 << QString();
    QTest::newRow("monitor-password-file-answers-401")
        << QStringList{u"monitor"_s, u"%TARGET%"_s, u"--rounds"_s, u"1"_s, u"--interval"_s, u"1"_s, u"--timeout"_s,
                       u"2"_s, u"--json"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, u"%PASSWORD_FILE%"_s}
        << 0 << QString();
    QTest::newRow("trace-unreadable-password-file")
        << QStringList{u"trace"_s, u"%TARGET%"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, u"/nonexistent/pw"_s}
        << 64 << u"--password-file: cannot read"_s;
    QTest::newRow("monitor-unreadable-password-file")
        << QStringList{u"monitor"_s, u"%TARGET%"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, u"/nonexistent/pw"_s}
        << 64 << u"--password-file: cannot read"_s;
    QTest::newRow("trace-missing-ca-file")
        << QStringList{u"trace"_s, u"%TARGET%"_s, u"--ca-file"_s, u"/nonexistent/ca.pem"_s}
        << 64 << u"ca.pem"_s;
    QTest::newRow("monitor-password-without-user")
        << QStringList{u"monitor"_s, u"%TARGET%"_s, u"--password-file"_s, u"%PASSWORD_FILE%"_s}
        << 64 << u"--user"_s;
}

void tst_CliDiagnosis::securityFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorText);

    const QString password = u"cli-s3cret-9"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passwordFile = dir.filePath(u"password"_s);
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + "\n");
    file.close();

    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"cli.test\", nonce=\"c1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });
    for (QString &argument : arguments) {
        argument.replace(u"%TARGET%"_s, server.uri(u"alice"_s));
        argument.replace(u"%PASSWORD_FILE%"_s, passwordFile);
    }

    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(!run.out.contains(password) && !run.err.contains(password), qPrintable(run.out + run.err));
    if (exitCode == 64) {
        QVERIFY2(run.err.contains(errorText), qPrintable(run.err));
        QCOMPARE(server.requestCount(), 0);
        return;
    }
    QVERIFY2(!run.err.contains(u"Unknown option"_s, Qt::CaseInsensitive), qPrintable(run.err));
    bool answered = false;
    for (const FakeSipServer::Request &request : server.requests()) {
        const auto authorization = request.message.header(u"Authorization"_s);
        if (authorization && authorization->contains(u"username=\"alice\""_s) && authorization->contains(u"realm=\"cli.test\""_s))
            answered = true;
    }
    QVERIFY2(answered, qPrintable(run.out));
}

QTEST_GUILESS_MAIN(tst_CliDiagnosis)
#include "tst_cli_diagnosis.moc"
