// `sipscope-cli monitor`, `respond` and `options --nagios` as processes on loopback:
// respond + options round trips, the monitoring-plugin exit codes 0/1/2/3 and status
// line, and monitor's JSON Lines (first results, then a change when a server stops).
#include "cliprocess.h"
#include "loopbackports.h"
#include "responderprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QUdpSocket>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#endif

#include <memory>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = SipScope::Test::CliRun;

Run runCli(const QStringList &arguments, int timeoutMs = 30000)
{
    return SipScope::Test::runCliProcess(arguments, {.timeoutMs = timeoutMs});
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

using Responder = SipScope::Test::ResponderProcess;

} // namespace

class TestCliMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void respondAndOptionsRoundTrip();
    void respondOverWebSocket();
    void respondMirrorAndOptionsSeeNoChanges();
    void respondUsage_data();
    void respondUsage();
    void respondPortInUse();
    void respondCountsDropsOfRateLimit();
    void nagiosExitCodes_data();
    void nagiosExitCodes();
    void nagiosStatusLine();
    void monitorJsonLines();
    void monitorReportsChange();
    void monitorUsage_data();
    void monitorUsage();
};

void TestCliMonitor::respondAndOptionsRoundTrip()
{
    Responder responder;
    QVERIFY(responder.start({u"--code"_s, u"503"_s, u"--header"_s, u"Retry-After: 30"_s, u"--provisional"_s, u"100"_s}));
    const Run run = runCli({u"options"_s, responder.uri(), u"--json"_s});
    QCOMPARE(run.exitCode, 1);   // a final non-2xx
    const QJsonObject result = SipScope::Test::jsonObjectOf(run);
    QCOMPARE(result.value(u"status"_s).toInt(), 503);
    QCOMPARE(result.value(u"reason"_s).toString(), u"Service Unavailable"_s);
    QVERIFY(run.out.contains(u"Retry-After"_s));
    QTRY_COMPARE(responder.requests().size(), 1);
    const QJsonObject logged = responder.requests().constFirst();
    QCOMPARE(logged.value(u"event"_s).toString(), u"request"_s);
    QCOMPARE(logged.value(u"method"_s).toString(), u"OPTIONS"_s);
    QCOMPARE(logged.value(u"status"_s).toInt(), 503);
    QCOMPARE(logged.value(u"disposition"_s).toString(), u"answered"_s);
    QVERIFY(logged.value(u"source"_s).toString().startsWith(u"127.0.0.1:"_s));
    QVERIFY(logged.value(u"raw"_s).toString().startsWith(u"OPTIONS sip:test@127.0.0.1:"_s));
}

void TestCliMonitor::respondOverWebSocket()
{
    // RFC 7118: `options ws://…` against `respond --transport ws`, both sides ours.
    Responder responder;
    QVERIFY(responder.start({u"--transport"_s, u"ws"_s, u"--code"_s, u"486"_s}));
    const Run run = runCli({u"options"_s, u"ws://127.0.0.1:"_s + QString::number(responder.port()), u"--json"_s});
    QCOMPARE(run.exitCode, 1);   // a final non-2xx
    const QJsonObject result = SipScope::Test::jsonObjectOf(run);
    QCOMPARE(result.value(u"status"_s).toInt(), 486);
    QCOMPARE(result.value(u"transport"_s).toString(), u"ws"_s);
    QTRY_COMPARE(responder.requests().size(), 1);
    const QJsonObject logged = responder.requests().constFirst();
    QCOMPARE(logged.value(u"method"_s).toString(), u"OPTIONS"_s);
    QCOMPARE(logged.value(u"transport"_s).toString(), u"ws"_s);
    QCOMPARE(logged.value(u"disposition"_s).toString(), u"answered"_s);
    // The client's Via names a host under .invalid (RFC 7118 §5); the answer still
    // went back, on the connection the request came on.
    QVERIFY(logged.value(u"raw"_s).toString().contains(u"SIP/2.0/WS "_s));
}

void TestCliMonitor::respondMirrorAndOptionsSeeNoChanges()
{
    // `respond --mirror` needs no --code; `options` recognises the mirror and says, in
    // JSON and in text, that the request arrived byte for byte.
    Responder responder;
    QVERIFY(responder.start({u"--mirror"_s, u"--transport"_s, u"tcp"_s}));
    const Run run = runCli({u"options"_s, responder.uri() + u";transport=tcp"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject path = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"path"_s).toObject();
    const QJsonObject mirror = path.value(u"mirror"_s).toObject();
    QCOMPARE(mirror.value(u"transport"_s).toString(), u"tcp"_s);
    QCOMPARE(mirror.value(u"identical"_s).toBool(), true);
    QCOMPARE(mirror.value(u"truncated"_s).toBool(), false);
    QCOMPARE(mirror.value(u"source_address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(path.value(u"nat"_s).toString(), u"no"_s);
    QCOMPARE(path.value(u"alg_suspected"_s).toBool(), false);
    const Run text = runCli({u"options"_s, responder.uri() + u";transport=tcp"_s});
    QVERIFY2(text.out.contains(u"byte for byte"_s), qPrintable(text.out));
    QTRY_VERIFY(!responder.requests().isEmpty());
    QVERIFY(responder.requests().constFirst().value(u"note"_s).toString().startsWith(u"Mirrored the request"_s));
}

void TestCliMonitor::respondUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-code") << QStringList{u"respond"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("code-180") << QStringList{u"respond"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--code"_s, u"180"_s};
    QTest::newRow("code-word") << QStringList{u"respond"_s, u"--code"_s, u"busy"_s};
    QTest::newRow("listen-name") << QStringList{u"respond"_s, u"--listen"_s, u"localhost:5060"_s, u"--code"_s, u"486"_s};
    QTest::newRow("reserved-header") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"-H"_s, u"CSeq: 1 X"_s};
    QTest::newRow("bad-provisional") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--provisional"_s, u"100,200"_s};
    QTest::newRow("tls-without-cert") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--transport"_s, u"tls"_s};
    QTest::newRow("rate-limit-negative") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--rate-limit"_s, u"-1"_s};
    QTest::newRow("rate-limit-word") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--rate-limit"_s, u"many"_s};
    QTest::newRow("rate-limit-huge") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--rate-limit"_s, u"9999999"_s};
    QTest::newRow("wss-without-cert") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--transport"_s, u"wss"_s};
    QTest::newRow("transport-word") << QStringList{u"respond"_s, u"--code"_s, u"486"_s, u"--transport"_s, u"http"_s};
}

void TestCliMonitor::respondUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.startsWith(u"sipscope-cli respond: "_s));
}

void TestCliMonitor::respondPortInUse()
{
    QUdpSocket occupied;
    QVERIFY(occupied.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    const Run run = runCli({u"respond"_s, u"--listen"_s, u"127.0.0.1:"_s + QString::number(occupied.localPort()),
                            u"--code"_s, u"486"_s, u"--duration"_s, u"1"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QString::number(occupied.localPort())));
}

void TestCliMonitor::respondCountsDropsOfRateLimit()
{
#if !defined(Q_OS_UNIX)
    QSKIP("sends SIGINT, which only POSIX systems have");
#endif
    Responder responder;
    QVERIFY(responder.start({u"--code"_s, u"200"_s, u"--rate-limit"_s, u"1"_s, u"--quiet"_s}));
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 20; ++i) {
        const QString request = u"OPTIONS sip:test@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%1;branch=z9hG4bKcl%2\r\n"
                                u"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:test@127.0.0.1>\r\nCall-ID: cl%2\r\n"
                                u"CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"_s.arg(phone.localPort()).arg(i);
        phone.writeDatagram(request.toUtf8(), QHostAddress::LocalHost, responder.port());
    }
    // While it drops, a "drops" event once a second; wait for the one that has all 20.
    const auto reportOf = [&](const QString &event) {
        QJsonObject last;
        for (const QJsonObject &line : responder.requests()) {
            if (line.value(u"event"_s).toString() == event)
                last = line;
        }
        return last;
    };
    QTRY_COMPARE_WITH_TIMEOUT(reportOf(u"drops"_s).value(u"received"_s).toInt(), 20, 15000);
    QVERIFY(responder.requests().size() >= 1);
    QVERIFY(responder.interrupt());
    const QJsonObject summary = reportOf(u"summary"_s);
    QCOMPARE(summary.value(u"received"_s).toInt(), 20);
    const int answered = summary.value(u"answered"_s).toInt();
    const int limited = summary.value(u"rate_limited"_s).toInt();
    QVERIFY(answered >= 1);
    QVERIFY(limited > 0);
    QCOMPARE(answered + limited, 20);
    QCOMPARE(summary.value(u"dropped"_s).toInt(), limited);
    QVERIFY(summary.value(u"kernel_dropped"_s).isDouble() || summary.value(u"kernel_dropped"_s).isNull());
    // --quiet: no line per request.
    for (const QJsonObject &line : responder.requests())
        QVERIFY(line.value(u"event"_s).toString() != u"request"_s);
}

void TestCliMonitor::nagiosExitCodes_data()
{
    QTest::addColumn<QString>("code");       // what the responder answers; empty: nothing listens
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("200-ok") << u"200"_s << QStringList{} << 0 << u"SIP OK - 200 OK in "_s;
    QTest::newRow("486-critical") << u"486"_s << QStringList{} << 2 << u"SIP CRITICAL - 486 Busy Here"_s;
    QTest::newRow("486-expected") << u"486"_s << QStringList{u"--expect"_s, u"200,486"_s} << 0 << u"SIP OK - 486"_s;
    QTest::newRow("503-alive") << u"503"_s << QStringList{u"--alive"_s} << 0 << u"SIP OK - 503"_s;
    // Any loopback answer takes longer than a microsecond.
    QTest::newRow("slow-warning") << u"200"_s << QStringList{u"-w"_s, u"0.001"_s} << 1 << u"SIP WARNING - "_s;
    QTest::newRow("slow-critical") << u"200"_s << QStringList{u"-w"_s, u"0.001"_s, u"-c"_s, u"0.002"_s} << 2
                                   << u"SIP CRITICAL - "_s;
    QTest::newRow("critical-equals-form") << u"200"_s << QStringList{u"--critical=0.001"_s} << 2 << u"SIP CRITICAL - "_s;
    QTest::newRow("nothing-listens") << QString() << QStringList{} << 2 << u"SIP CRITICAL - "_s;
    QTest::newRow("bad-threshold-unknown") << u"200"_s << QStringList{u"-w"_s, u"fast"_s} << 3 << u"SIP UNKNOWN - -w: "_s;
    QTest::newRow("w-above-c-unknown") << u"200"_s << QStringList{u"-w"_s, u"300"_s, u"-c"_s, u"200"_s} << 3
                                       << u"SIP UNKNOWN - The warning threshold"_s;
    QTest::newRow("bad-expect-unknown") << u"200"_s << QStringList{u"--expect"_s, u"ok"_s} << 3 << u"SIP UNKNOWN - --expect: "_s;
    QTest::newRow("unknown-option-unknown") << u"200"_s << QStringList{u"--bogus"_s} << 3 << u"SIP UNKNOWN - "_s;
    QTest::newRow("missing-value-unknown") << u"200"_s << QStringList{u"-c"_s} << 3 << u"SIP UNKNOWN - -c needs"_s;
    // --verdict-profile: the rule of a platform decides what is OK.
    const QStringList strict{u"--verdict-profile"_s, u"strict"_s};
    const QStringList cube{u"--verdict-profile"_s, u"cube"_s};
    const QStringList teams{u"--verdict-profile=teams"_s};
    const QStringList alive{u"--verdict-profile"_s, u"alive"_s};
    QTest::newRow("strict-404-critical") << u"404"_s << strict << 2 << u"SIP CRITICAL - 404"_s;
    QTest::newRow("alive-404-ok") << u"404"_s << alive << 0 << u"SIP OK - 404"_s;
    QTest::newRow("cube-404-ok") << u"404"_s << cube << 0 << u"SIP OK - 404"_s;
    QTest::newRow("cube-503-critical") << u"503"_s << cube << 2 << u"SIP CRITICAL - 503"_s;
    QTest::newRow("cube-505-critical") << u"505"_s << cube << 2 << u"SIP CRITICAL - 505"_s;
    QTest::newRow("cube-504-ok") << u"504"_s << cube << 0 << u"SIP OK - 504"_s;
    QTest::newRow("teams-504-critical") << u"504"_s << teams << 2 << u"SIP CRITICAL - 504"_s;
    QTest::newRow("teams-408-critical") << u"408"_s << teams << 2 << u"SIP CRITICAL - 408"_s;
    QTest::newRow("teams-486-ok") << u"486"_s << teams << 0 << u"SIP OK - 486"_s;
    QTest::newRow("teams-nothing-listens") << QString() << teams << 2 << u"SIP CRITICAL - "_s;
    QTest::newRow("profile-unknown") << u"200"_s << QStringList{u"--verdict-profile"_s, u"cisco"_s} << 3
                                     << u"SIP UNKNOWN - --verdict-profile: Unknown verdict profile \"cisco\""_s;
    QTest::newRow("profile-and-alive-unknown") << u"200"_s << QStringList{u"--verdict-profile"_s, u"cube"_s, u"--alive"_s} << 3
                                               << u"SIP UNKNOWN - --verdict-profile replaces"_s;
}

void TestCliMonitor::nagiosExitCodes()
{
    QFETCH(QString, code);
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QFETCH(QString, prefix);
    Responder responder;
    QString target = u"sip:127.0.0.1:"_s + QString::number(closedUdpPort());
    if (!code.isEmpty()) {
        QVERIFY(responder.start({u"--code"_s, code}));
        target = responder.uri();
    }
    const Run run = runCli(QStringList{u"options"_s, target, u"--nagios"_s, u"--timeout"_s, u"2"_s} + flags);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.startsWith(prefix), qPrintable(run.out));
    // Exactly one line on stdout, nothing on stderr (monitoring engines read stdout).
    QCOMPARE(run.out.count(u'\n'), 1);
    QCOMPARE(run.err, QString());
}

void TestCliMonitor::nagiosStatusLine()
{
    Responder responder;
    QVERIFY(responder.start({u"--code"_s, u"200"_s}));
    const Run run = runCli({u"options"_s, responder.uri(), u"--nagios"_s, u"-w"_s, u"500"_s, u"-c"_s, u"1000"_s});
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression line(
        u"^SIP OK - 200 OK in \\d+\\.\\d ms \\| rtt=\\d+\\.\\d{3}ms;500;1000;0 retransmissions=0;;;0\\n$"_s);
    QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
    // Invalid target: UNKNOWN, not a usage error with exit 64.
    const Run invalid = runCli({u"options"_s, u"http://example.invalid"_s, u"--nagios"_s});
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY(invalid.out.startsWith(u"SIP UNKNOWN - "_s));
    // Without --nagios the plugin flags are refused.
    QCOMPARE(runCli({u"options"_s, responder.uri(), u"--alive"_s}).exitCode, 64);
}

void TestCliMonitor::monitorJsonLines()
{
    Responder up;
    QVERIFY(up.start({u"--code"_s, u"200"_s}));
    Responder busy;
    QVERIFY(busy.start({u"--code"_s, u"486"_s}));
    QUdpSocket silent;   // bound, never read: no answer and no ICMP
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(u"targets.txt"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# loopback fleet\n%1 label=\"Main PBX\"\n%2 Busy line\nsip:127.0.0.1:%3 silent\nsip:127.0.0.1:%4 closed\n")
                   .arg(up.uri(), busy.uri()).arg(silent.localPort()).arg(closedUdpPort()).toUtf8());
    file.close();

    const Run run = runCli({u"monitor"_s, u"--targets"_s, list, u"--interval"_s, u"1"_s, u"--timeout"_s, u"0.5"_s,
                            u"--duration"_s, u"2.5"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);   // not every target is up
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 4);   // first results only: nothing changed afterwards
    QHash<QString, QJsonObject> byLabel;
    for (const QJsonObject &line : lines) {
        for (const QString &key : {u"time"_s, u"target"_s, u"label"_s, u"status"_s, u"rtt_ms"_s, u"error"_s, u"change"_s})
            QVERIFY2(line.contains(key), qPrintable(key));
        QCOMPARE(line.value(u"change"_s).toString(), u"first"_s);
        byLabel.insert(line.value(u"label"_s).toString(), line);
    }
    QCOMPARE(byLabel.value(u"Main PBX"_s).value(u"status"_s).toInt(), 200);
    QCOMPARE(byLabel.value(u"Main PBX"_s).value(u"state"_s).toString(), u"up"_s);
    QVERIFY(byLabel.value(u"Main PBX"_s).value(u"rtt_ms"_s).toDouble() > 0);
    QVERIFY(byLabel.value(u"Main PBX"_s).value(u"error"_s).isNull());
    QCOMPARE(byLabel.value(u"Busy line"_s).value(u"status"_s).toInt(), 486);
    QCOMPARE(byLabel.value(u"Busy line"_s).value(u"state"_s).toString(), u"failing"_s);
    QVERIFY(byLabel.value(u"silent"_s).value(u"status"_s).isNull());
    QCOMPARE(byLabel.value(u"silent"_s).value(u"error"_s).toString(), u"timeout"_s);
    QCOMPARE(byLabel.value(u"closed"_s).value(u"error"_s).toString(), u"refused"_s);
    QVERIFY(byLabel.value(u"closed"_s).value(u"rtt_ms"_s).isNull());
}

void TestCliMonitor::monitorReportsChange()
{
    auto responder = std::make_unique<Responder>();
    QVERIFY(responder->start({u"--code"_s, u"200"_s}));
    QProcess monitor;
    monitor.start(QStringLiteral(SIPSCOPE_CLI_PATH),
                  {u"monitor"_s, responder->uri(), u"--interval"_s, u"1"_s, u"--timeout"_s, u"0.5"_s,
                   u"--duration"_s, u"4.5"_s, u"--json"_s});
    QVERIFY(monitor.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.canReadLine(), 10000);
    responder->stop();   // the server goes away: up → down
    QVERIFY(monitor.waitForFinished(20000));
    const QList<QJsonObject> lines = jsonLines(SipScope::Test::consoleText(monitor.readAllStandardOutput()));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(u"change"_s).toString(), u"first"_s);
    QCOMPARE(lines.at(0).value(u"status"_s).toInt(), 200);
    QCOMPARE(lines.at(1).value(u"change"_s).toString(), u"down"_s);
    QCOMPARE(lines.at(1).value(u"previous_state"_s).toString(), u"up"_s);
    QCOMPARE(lines.at(1).value(u"previous_status"_s).toInt(), 200);
    QVERIFY(lines.at(1).value(u"status"_s).isNull());
    QVERIFY(QDateTime::fromString(lines.at(1).value(u"time"_s).toString(), Qt::ISODateWithMs)
            > QDateTime::fromString(lines.at(0).value(u"time"_s).toString(), Qt::ISODateWithMs));
    QCOMPARE(monitor.exitCode(), 1);
}

void TestCliMonitor::monitorUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-targets") << QStringList{u"monitor"_s};
    QTest::newRow("missing-file") << QStringList{u"monitor"_s, u"--targets"_s, u"/nonexistent/targets.txt"_s};
    QTest::newRow("bad-target") << QStringList{u"monitor"_s, u"http://example.invalid"_s};
    QTest::newRow("interval-zero") << QStringList{u"monitor"_s, u"127.0.0.1"_s, u"--interval"_s, u"0"_s};
    QTest::newRow("bad-rounds") << QStringList{u"monitor"_s, u"127.0.0.1"_s, u"--rounds"_s, u"x"_s};
    QTest::newRow("bad-expect") << QStringList{u"monitor"_s, u"127.0.0.1"_s, u"--expect"_s, u"7xx"_s};
}

void TestCliMonitor::monitorUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.startsWith(u"sipscope-cli monitor: "_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_cli_monitor.moc"
