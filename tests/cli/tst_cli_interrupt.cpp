// Ctrl+C (SIGINT) during `sipscope-cli options --count N`: like ping, the series stops,
// the statistics of the probes that ended are printed (human or JSON), and the exit
// code follows the series rule (0 any 2xx, 1 any final, 2 none). The real binary runs
// against the fake server on loopback; the signal goes to its PID only.
#include "fakesipserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using SipScope::Test::FakeSipServer;

namespace {

// Starts the CLI with the default SIGINT disposition, whatever this test inherited
// (a shell's background job ignores SIGINT, and the child would inherit that).
std::unique_ptr<QProcess> startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process->setProcessEnvironment(env);
    process->setChildProcessModifier([] { ::signal(SIGINT, SIG_DFL); });
    process->start(QStringLiteral(SIPSCOPE_CLI_PATH), QStringList{u"options"_s} + arguments);
    return process;
}

bool interruptAndWait(QProcess &process)
{
    QSignalSpy finished(&process, &QProcess::finished);
    ::kill(pid_t(process.processId()), SIGINT);
    return finished.wait(10000);
}

} // namespace

class TestCliInterrupt final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesPrintsStatistics_data();
    void seriesPrintsStatistics();
    void seriesJson();
    void interruptedBeforeAnyAnswer();
    void singleProbeKeepsTheDefaultAction();
};

void TestCliInterrupt::seriesPrintsStatistics_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("200 exits 0") << 200 << u"OK"_s << 0;
    QTest::newRow("486 exits 1") << 486 << u"Busy Here"_s << 1;
}

void TestCliInterrupt::seriesPrintsStatistics()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, exitCode);
    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler(FakeSipServer::answerWith(status, reason));

    const auto process = startCli({server.uri(), u"--count"_s, u"1000"_s, u"--interval"_s, u"0.1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 3, 10000);
    QVERIFY(process->state() == QProcess::Running);
    QVERIFY(interruptAndWait(*process));

    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    QCOMPARE(process->exitCode(), exitCode);
    QVERIFY2(out.contains(u"--- %1 OPTIONS statistics ---"_s.arg(server.uri())), qPrintable(out));
    // Every probe printed before the interruption is in the statistics, and only those.
    const qsizetype lines = out.count(QRegularExpression(u"^\\[\\d+\\] "_s, QRegularExpression::MultilineOption));
    QVERIFY2(lines >= 2 && lines < 1000, qPrintable(out));
    QVERIFY2(out.contains(u"\n%1 sent, %1 answered, 0.0% loss\n"_s.arg(lines)), qPrintable(out));
    QVERIFY(out.contains(u"rtt min/avg/max/mdev = "_s));
    QVERIFY2(out.contains(u"status codes: %1 ×%2\n"_s.arg(status).arg(lines)), qPrintable(out));
    QCOMPARE(QString::fromUtf8(process->readAllStandardError()), QString());
}

void TestCliInterrupt::seriesJson()
{
    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));

    const auto process = startCli({server.uri(), u"--json"_s, u"-c"_s, u"1000"_s, u"-i"_s, u"0.1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 3, 10000);
    QVERIFY(interruptAndWait(*process));

    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(process->readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray probes = object.value(u"probes"_s).toArray();
    const QJsonObject summary = object.value(u"summary"_s).toObject();
    QVERIFY(probes.size() >= 2);
    QCOMPARE(summary.value(u"sent"_s).toInt(), probes.size());
    QCOMPARE(summary.value(u"answered"_s).toInt(), probes.size());
    for (const QJsonValue &probe : probes)
        QCOMPARE(probe.toObject().value(u"status"_s).toInt(), 200);
}

void TestCliInterrupt::interruptedBeforeAnyAnswer()
{
    // The probe in flight is cancelled, not counted as lost; nothing was answered: 2.
    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler(FakeSipServer::silent());

    const auto process = startCli({server.uri(), u"--count"_s, u"5"_s, u"--timeout"_s, u"30"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
    QVERIFY(interruptAndWait(*process));

    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    QVERIFY2(out.contains(u"--- %1 OPTIONS statistics ---"_s.arg(server.uri())), qPrintable(out));
    QVERIFY2(out.contains(u"\n0 sent, 0 answered, 0.0% loss\n"_s), qPrintable(out));
    QVERIFY(!out.contains(u"rtt min/avg/max/mdev"_s));
    QVERIFY(!out.contains(u"status codes:"_s));
}

void TestCliInterrupt::singleProbeKeepsTheDefaultAction()
{
    // One probe has no statistics to print: Ctrl+C ends it as it ends any program.
    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler(FakeSipServer::silent());

    const auto process = startCli({server.uri(), u"--timeout"_s, u"30"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
    QVERIFY(interruptAndWait(*process));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
}

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "tst_cli_interrupt.moc"
