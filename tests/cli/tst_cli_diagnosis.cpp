// The diagnosis on the command line (issue #10), run as a user runs it against fake
// servers and proxies on loopback: `trace` (human, --json, exit codes) and what
// `options` adds — the diagnosis sentence, origin and its explanation, NAT/ALG path,
// timing, and --expect / --expect-header deciding the exit code.
#include "fakesipproxy.h"
#include "fakesipserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using SipScope::SipMessage;
using SipScope::Test::FakeSipProxy;
using SipScope::Test::FakeSipServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The event loop keeps turning while the CLI runs: the fake servers live on it.
Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SIPSCOPE_CLI_PATH), arguments);
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

quint16 unusedPort()
{
    QUdpSocket placeholder;
    placeholder.bind(QHostAddress::LocalHost, 0);
    return placeholder.localPort();
}

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
    const QJsonObject o = jsonOf(run);
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
    const QJsonObject o = jsonOf(run);
    QCOMPARE(o.value(u"end"_s).toString(), u"max_hops"_s);
    QCOMPARE(o.value(u"hops"_s).toArray().size(), 4);
    QCOMPARE(o.value(u"loop_suspected"_s).toBool(), true);
    QVERIFY(o.value(u"summary"_s).toString().contains(u"loop"_s));
}

void tst_CliDiagnosis::traceClosedPort()
{
    const Run run = runCli({u"trace"_s, u"sip:127.0.0.1:%1"_s.arg(unusedPort())});
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

QTEST_GUILESS_MAIN(tst_CliDiagnosis)
#include "tst_cli_diagnosis.moc"
