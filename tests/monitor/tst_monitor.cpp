// The monitor against fake servers on loopback — one that answers, one that stays
// silent, one that changes its code, a closed port — plus its state bookkeeping,
// target lists and table model. The concurrency test checks that a silent target
// does not hold back the others: they all run on this one event loop.
#include "monitor/monitor.h"
#include "monitor/monitorcredentials.h"
#include "monitor/monitormodel.h"
#include "monitor/monitortargetlist.h"
#include "sip/probetarget.h"

#include "fakesipserver.h"
#include "loopbackports.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using SipScope::Test::closedUdpPort;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

MonitorOptions fastOptions(int intervalS = 1, int timeoutMs = 600)
{
    MonitorOptions options;
    options.intervalS = intervalS;
    options.timeoutMs = timeoutMs;
    options.probe.timers.t1 = 50ms;
    options.probe.timers.t2 = 200ms;
    return options;
}

MonitorTarget targetOf(const FakeSipServer &server, const QString &label)
{
    MonitorTarget target;
    target.target = server.uri();
    target.label = label;
    return target;
}

ProbeResult fakeResult(int code, qint64 rttUs)
{
    ProbeResult result;
    if (code > 0) {
        result.origin = ProbeResult::Origin::Remote;
        result.statusCode = code;
        result.reasonPhrase = u"X"_s;
        result.rttUs = rttUs;
    } else {
        result.origin = ProbeResult::Origin::Local;
        result.localStatus = 408;
        result.error = {ErrorKind::Timeout, u"timeout"_s, {}};
    }
    return result;
}

} // namespace

class TestMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstResultPerTarget();
    void codeChangesAreReported();
    void silentTargetDoesNotDelayOthers();
    void roundsAndFinished();
    void timeoutEqualToIntervalFinishesEveryRound();
    void expectedCodesCountAsUp();
    void stateWindow();
    void stateChangeKinds_data();
    void stateChangeKinds();
    void timeoutFollowsInterval_data();
    void timeoutFollowsInterval();
    void textList_data();
    void textList();
    void jsonListRoundTripWithoutPasswords();
    void targetsAreReadAsTheProbeReadsThem_data();
    void targetsAreReadAsTheProbeReadsThem();
    void modelAndExport();
    void credentialsReference_data();
    void credentialsReference();
    void maintenanceOnRetryAfter();
    void failuresBeforeDownHysteresis();
    void failuresBeforeDownOnTheWire();
    void verdictProfilesInTargetLists();
    void familyInTargetLists();

private:
    FakeSipServer m_up;
    FakeSipServer m_busy;
    FakeSipServer m_silent;
};

void TestMonitor::initTestCase()
{
    qRegisterMetaType<MonitorChange>();
    qRegisterMetaType<ProbeResult>();
    QVERIFY(m_up.listen());
    QVERIFY(m_busy.listen());
    m_busy.setHandler(FakeSipServer::answerWith(486, u"Busy Here"_s));
    QVERIFY(m_silent.listen());
    m_silent.setHandler(FakeSipServer::silent());
}

void TestMonitor::firstResultPerTarget()
{
    Monitor monitor;
    monitor.setOptions(fastOptions());
    MonitorTarget refused;
    refused.target = u"sip:127.0.0.1:"_s + QString::number(closedUdpPort());
    refused.label = u"closed"_s;
    monitor.setTargets({targetOf(m_up, u"up"_s), targetOf(m_busy, u"busy"_s), targetOf(m_silent, u"silent"_s), refused});
    QSignalSpy changes(&monitor, &Monitor::stateChanged);
    QSignalSpy round(&monitor, &Monitor::roundCompleted);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(round.size(), 1, 5000);
    monitor.stop();

    QCOMPARE(changes.size(), 4);   // the first result of each target is a change
    QCOMPARE(monitor.state(0).status(), MonitorStatus::Up);
    QCOMPARE(monitor.state(1).status(), MonitorStatus::Failing);
    QCOMPARE(monitor.state(2).status(), MonitorStatus::Down);
    QCOMPARE(monitor.state(2).lastResult().error.kind, ErrorKind::Timeout);
    QCOMPARE(monitor.state(3).status(), MonitorStatus::Down);
    QCOMPARE(monitor.state(3).lastResult().error.kind, ErrorKind::Refused);

    const QJsonObject up = Monitor::jsonRecord(monitor.target(0), monitor.state(0), monitor.state(0).lastChange());
    QCOMPARE(up.value(u"label"_s).toString(), u"up"_s);
    QCOMPARE(up.value(u"target"_s).toString(), m_up.uri());
    QCOMPARE(up.value(u"status"_s).toInt(), 200);
    QCOMPARE(up.value(u"state"_s).toString(), u"up"_s);
    QCOMPARE(up.value(u"change"_s).toString(), u"first"_s);
    QVERIFY(up.value(u"rtt_ms"_s).toDouble() > 0);
    QVERIFY(up.value(u"error"_s).isNull());
    QVERIFY(QDateTime::fromString(up.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());

    const QJsonObject silent = Monitor::jsonRecord(monitor.target(2), monitor.state(2), std::nullopt);
    QVERIFY(silent.value(u"status"_s).isNull());
    QVERIFY(silent.value(u"rtt_ms"_s).isNull());
    QCOMPARE(silent.value(u"error"_s).toString(), u"timeout"_s);
    QVERIFY(silent.value(u"change"_s).isNull());
}

void TestMonitor::codeChangesAreReported()
{
    FakeSipServer flapping;
    QVERIFY(flapping.listen());
    // 200, 503, 503, 500, silence, 200
    const QList<int> script{200, 503, 503, 500, 0, 200};
    // Counted per probe (Call-ID), not per datagram: the silent step gets retransmissions.
    auto calls = std::make_shared<QStringList>();
    flapping.setHandler([script, calls](FakeSipServer &server, const FakeSipServer::Request &request) {
        if (!calls->contains(request.message.callId()))
            calls->append(request.message.callId());
        const int code = script.value(int(calls->indexOf(request.message.callId()) % script.size()));
        if (code)
            server.reply(request, code, code == 200 ? u"OK"_s : u"Oops"_s);
    });
    Monitor monitor;
    monitor.setOptions(fastOptions(1, 400));
    monitor.setTargets({targetOf(flapping, u"flapping"_s)});
    QSignalSpy results(&monitor, &Monitor::resultReady);
    QSignalSpy changes(&monitor, &Monitor::stateChanged);
    // probeNow without start(): one probe at a time, no timer involved.
    for (qsizetype i = 0; i < script.size(); ++i) {
        monitor.probeNow(0);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), i + 1, 5000);
    }
    QStringList tokens;
    for (const QList<QVariant> &args : std::as_const(changes))
        tokens << args.at(1).value<MonitorChange>().token();
    // 200 first; 503 failing; 503 again no change; 500 code change; silence down; 200 up.
    QCOMPARE(tokens, (QStringList{u"first"_s, u"failing"_s, u"code"_s, u"down"_s, u"up"_s}));
    const MonitorChange codeChange = changes.at(2).at(1).value<MonitorChange>();
    QCOMPARE(codeChange.fromCode, 503);
    QCOMPARE(codeChange.toCode, 500);
    QVERIFY(codeChange.time.isValid());
    QVERIFY(codeChange.time <= changes.at(3).at(1).value<MonitorChange>().time);
    QCOMPARE(monitor.state(0).probes(), 6);
    QCOMPARE(monitor.state(0).lastChangeTime(), changes.constLast().at(1).value<MonitorChange>().time);
}

void TestMonitor::silentTargetDoesNotDelayOthers()
{
    // One silent target first in the list, then ten answering ones (each its own
    // server) and forty more silent ones: the answers must not wait for the timeouts.
    std::vector<std::unique_ptr<FakeSipServer>> servers;
    QList<MonitorTarget> targets{targetOf(m_silent, u"silent-0"_s)};
    for (int i = 0; i < 10; ++i) {
        servers.push_back(std::make_unique<FakeSipServer>());
        QVERIFY(servers.back()->listen());
        targets << targetOf(*servers.back(), u"up-"_s + QString::number(i));
    }
    for (int i = 0; i < 40; ++i)
        targets << targetOf(m_silent, u"silent-"_s + QString::number(i + 1));
    Monitor monitor;
    monitor.setOptions(fastOptions(10, 3000));
    monitor.setTargets(targets);
    QSignalSpy results(&monitor, &Monitor::resultReady);
    QElapsedTimer clock;
    clock.start();
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 10, 2500);
    const qint64 answersAfter = clock.elapsed();
    // All ten answers came while the 41 silent probes were still pending.
    QCOMPARE(monitor.runningProbes(), 41);
    QVERIFY2(answersAfter < 2500, qPrintable(QString::number(answersAfter)));
    for (const QList<QVariant> &args : std::as_const(results))
        QVERIFY(args.at(1).value<ProbeResult>().hasFinalResponse());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 51, 6000);
    QVERIFY(clock.elapsed() >= 2900);
    // The silent ones all timed out together, concurrently, not one after the other.
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    monitor.stop();
}

void TestMonitor::roundsAndFinished()
{
    Monitor monitor;
    MonitorOptions options = fastOptions(1, 500);
    options.maxRounds = 2;
    monitor.setOptions(options);
    monitor.setTargets({targetOf(m_up, u"a"_s), targetOf(m_silent, u"b"_s)});
    QSignalSpy rounds(&monitor, &Monitor::roundCompleted);
    QSignalSpy finished(&monitor, &Monitor::finished);
    QElapsedTimer clock;
    clock.start();
    monitor.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(monitor.completedRounds(), 2);
    QCOMPARE(monitor.state(0).probes(), 2);
    QCOMPARE(monitor.state(1).probes(), 2);
    // Each target on its own one-second cadence: the second round starts at 1 s.
    QVERIFY(clock.elapsed() >= 1000);
    QTest::qWait(1200);
    QCOMPARE(monitor.state(0).probes(), 2);   // no third probe
}

void TestMonitor::timeoutEqualToIntervalFinishesEveryRound()
{
    // A silent target whose probe times out exactly when its next turn is due: the
    // turn waits for the running probe instead of being lost, so both rounds end.
    Monitor monitor;
    MonitorOptions options = fastOptions(1, 1000);
    options.maxRounds = 2;
    monitor.setOptions(options);
    monitor.setTargets({targetOf(m_silent, u"silent"_s)});
    QSignalSpy rounds(&monitor, &Monitor::roundCompleted);
    QSignalSpy finished(&monitor, &Monitor::finished);
    QSignalSpy started(&monitor, &Monitor::probeStarted);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(started.size(), 2);
    QCOMPARE(monitor.state(0).probes(), 2);
}

void TestMonitor::expectedCodesCountAsUp()
{
    Monitor monitor;
    MonitorOptions options = fastOptions();
    options.expectedCodes = ExpectedCodes({486}, {});
    monitor.setOptions(options);
    monitor.setTargets({targetOf(m_busy, u"busy"_s), targetOf(m_up, u"up"_s)});
    QSignalSpy results(&monitor, &Monitor::resultReady);
    monitor.probeNow(0);
    monitor.probeNow(1);
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(monitor.state(0).status(), MonitorStatus::Up);
    QCOMPARE(monitor.state(1).status(), MonitorStatus::Failing);
}

void TestMonitor::stateWindow()
{
    MonitorTargetState state(4);
    const QDateTime t0 = QDateTime::currentDateTime();
    QCOMPARE(state.lossPercent(), 0.0);
    QCOMPARE(state.statusSummary(), u"—"_s);
    state.add(fakeResult(0, -1), t0);
    state.add(fakeResult(200, 1000), t0.addSecs(1));
    state.add(fakeResult(200, 3000), t0.addSecs(2));
    state.add(fakeResult(0, -1), t0.addSecs(3));
    QCOMPARE(state.lossPercent(), 50.0);
    QCOMPARE(state.rttHistoryMs(), (QList<double>{-1.0, 1.0, 3.0, -1.0}));
    // The window slides: the oldest sample leaves.
    state.add(fakeResult(200, 2000), t0.addSecs(4));
    QCOMPARE(state.samples().size(), 4);
    QCOMPARE(state.lossPercent(), 25.0);
    QCOMPARE(state.rttHistoryMs(), (QList<double>{1.0, 3.0, -1.0, 2.0}));
    QCOMPARE(state.lastChangeTime(), t0.addSecs(4));
    QCOMPARE(state.probes(), 5);
}

void TestMonitor::stateChangeKinds_data()
{
    QTest::addColumn<QList<int>>("codes");     // 0: no answer
    QTest::addColumn<QStringList>("tokens");   // one per change
    QTest::newRow("steady-up") << QList<int>{200, 200, 200} << QStringList{u"first"_s};
    QTest::newRow("up-down-up") << QList<int>{200, 0, 200} << QStringList{u"first"_s, u"down"_s, u"up"_s};
    QTest::newRow("down-stays-down") << QList<int>{0, 0} << QStringList{u"first"_s};
    QTest::newRow("2xx-code-change") << QList<int>{200, 202} << QStringList{u"first"_s, u"code"_s};
    QTest::newRow("failing-to-down") << QList<int>{503, 0, 503} << QStringList{u"first"_s, u"down"_s, u"failing"_s};
}

void TestMonitor::stateChangeKinds()
{
    QFETCH(QList<int>, codes);
    QFETCH(QStringList, tokens);
    MonitorTargetState state;
    QStringList seen;
    QDateTime time = QDateTime::currentDateTime();
    for (int code : codes) {
        time = time.addSecs(1);
        if (const auto change = state.add(fakeResult(code, 1000), time)) {
            seen << change->token();
            QCOMPARE(change->time, time);
            QVERIFY(!change->text().isEmpty());
        }
    }
    QCOMPARE(seen, tokens);
}

void TestMonitor::timeoutFollowsInterval_data()
{
    QTest::addColumn<int>("intervalS");
    QTest::addColumn<int>("explicitMs");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("1s-interval") << 1 << 0 << 800;
    QTest::newRow("10s-interval") << 10 << 0 << 8000;
    QTest::newRow("capped-at-32s") << 300 << 0 << 32000;
    QTest::newRow("explicit-wins") << 10 << 1500 << 1500;
}

void TestMonitor::timeoutFollowsInterval()
{
    QFETCH(int, intervalS);
    QFETCH(int, explicitMs);
    QFETCH(int, expectedMs);
    Monitor monitor;
    MonitorOptions options;
    options.intervalS = intervalS;
    if (explicitMs)
        options.timeoutMs = explicitMs;
    monitor.setOptions(options);
    monitor.addTarget(targetOf(m_up, u"x"_s));
    QCOMPARE(monitor.timeoutFor(0), expectedMs);
    MonitorTarget own = targetOf(m_up, u"own"_s);
    own.intervalS = 2;
    monitor.addTarget(own);
    QCOMPARE(monitor.intervalFor(1), 2);
}

void TestMonitor::textList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("firstTransport");
    QTest::newRow("uri-only") << u"sip:127.0.0.1:5060\n"_s << 1 << 0 << QString() << QString();
    QTest::newRow("bare-words-label") << u"127.0.0.1:5070 Main PBX\n"_s << 1 << 0 << u"Main PBX"_s << QString();
    QTest::newRow("keys") << u"127.0.0.1 label=\"Trunk A\" transport=tcp credentials=trunk-a interval=10"_s
                          << 1 << 0 << u"Trunk A"_s << u"tcp"_s;
    QTest::newRow("comments-and-blanks") << u"# fleet\n\n  sip:127.0.0.1\n# end\n127.0.0.2\n"_s << 2 << 0 << QString() << QString();
    QTest::newRow("bad-transport") << u"127.0.0.1 transport=pigeon\n127.0.0.2\n"_s << 1 << 1 << QString() << QString();
    QTest::newRow("bad-uri") << u"http://example.com\n127.0.0.2 ok\n"_s << 1 << 1 << u"ok"_s << QString();
    QTest::newRow("bad-interval") << u"127.0.0.1 interval=0\n"_s << 0 << 1 << QString() << QString();
    QTest::newRow("crlf-lines") << u"127.0.0.1 a\r\n127.0.0.2 b\r\n"_s << 2 << 0 << u"a"_s << QString();
}

void TestMonitor::textList()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, errors);
    QFETCH(QString, firstLabel);
    QFETCH(QString, firstTransport);
    const MonitorTargetList::Loaded loaded = MonitorTargetList::parse(text.toUtf8());
    QCOMPARE(loaded.targets.size(), count);
    QCOMPARE(loaded.errors.size(), errors);
    if (count > 0) {
        QCOMPARE(loaded.targets.constFirst().label, firstLabel);
        QCOMPARE(loaded.targets.constFirst().transport ? transportToken(*loaded.targets.constFirst().transport)
                                                       : QString(),
                 firstTransport);
    }
}

void TestMonitor::jsonListRoundTripWithoutPasswords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A hand-written list with a password: it is ignored, with a warning.
    const QByteArray handWritten = R"({"targets": [
        {"target": "sip:127.0.0.1:5060", "label": "PBX", "transport": "udp", "credentials": "pbx", "password": "hunter2"},
        {"target": "127.0.0.2:5070", "interval_s": 15}
    ]})";
    const MonitorTargetList::Loaded loaded = MonitorTargetList::parseJson(handWritten);
    QCOMPARE(loaded.errors, QStringList());
    QCOMPARE(loaded.targets.size(), 2);
    QCOMPARE(loaded.warnings.size(), 1);
    QCOMPARE(loaded.targets.at(0).credentialsRef, u"pbx"_s);
    QCOMPARE(loaded.targets.at(1).intervalS, 15);

    const QString path = dir.filePath(u"fleet.json"_s);
    QCOMPARE(MonitorTargetList::save(path, loaded.targets), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains("hunter2"));
    QVERIFY(!saved.contains("password"));
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(u"format"_s).toString(), u"sipscope-monitor-targets"_s);
    const MonitorTargetList::Loaded again = MonitorTargetList::load(path);
    QCOMPARE(again.targets, loaded.targets);
    QVERIFY(again.warnings.isEmpty());

    QCOMPARE(MonitorTargetList::load(dir.filePath(u"missing.json"_s)).errors.size(), 1);
    QCOMPARE(MonitorTargetList::parseJson("{nope").errors.size(), 1);
}

// A target list accepts exactly what `options` and `trace` accept (ProbeTarget), in
// either format: WebSocket URLs included, with the probe's own error otherwise.
void TestMonitor::targetsAreReadAsTheProbeReadsThem_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sip uri") << u"sip:127.0.0.1:5060"_s << true;
    QTest::newRow("shortcut") << u"127.0.0.2:5070"_s << true;
    QTest::newRow("ws url") << u"ws://127.0.0.1:8080/sip"_s << true;
    QTest::newRow("wss url without path") << u"wss://pbx.example.com"_s << true;
    QTest::newRow("ws url with a query") << u"ws://127.0.0.1:8080/sip?x=1"_s << false;
    QTest::newRow("ws url with a bad port") << u"ws://127.0.0.1:99999/"_s << false;
    QTest::newRow("no host") << u"sip:"_s << false;
    QTest::newRow("other scheme") << u"http://127.0.0.1/"_s << false;
}

void TestMonitor::targetsAreReadAsTheProbeReadsThem()
{
    QFETCH(QString, target);
    QFETCH(bool, valid);
    const ProbeTarget probe = ProbeTarget::parse(target);
    QCOMPARE(probe.isValid(), valid);

    const MonitorTargetList::Loaded text = MonitorTargetList::parseText(target);
    QJsonObject entry{{u"target"_s, target}};
    const MonitorTargetList::Loaded json = MonitorTargetList::parseJson(
        QJsonDocument(QJsonObject{{u"targets"_s, QJsonArray{entry}}}).toJson());
    for (const MonitorTargetList::Loaded &loaded : {text, json}) {
        if (valid) {
            QCOMPARE(loaded.errors, QStringList());
            QCOMPARE(loaded.targets.size(), 1);
            QCOMPARE(loaded.targets.constFirst().target, target);
        } else {
            QCOMPARE(loaded.targets.size(), 0);
            QCOMPARE(loaded.errors.size(), 1);
            QVERIFY2(loaded.errors.constFirst().endsWith(probe.errorMessage()), qPrintable(loaded.errors.constFirst()));
        }
    }
}

void TestMonitor::modelAndExport()
{
    Monitor monitor;
    monitor.setOptions(fastOptions());
    MonitorModel model(&monitor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    monitor.setTargets({targetOf(m_up, u"up, with comma"_s), targetOf(m_busy, u"busy"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(MonitorModel::ColumnCount));
    QCOMPARE(model.index(0, MonitorModel::StatusColumn).data().toString(), u"—"_s);
    QSignalSpy results(&monitor, &Monitor::resultReady);
    monitor.probeNow(0);
    monitor.probeNow(1);
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(model.index(0, MonitorModel::StatusColumn).data().toString(), u"200 OK"_s);
    QCOMPARE(model.index(1, MonitorModel::StatusColumn).data(MonitorModel::StatusCodeRole).toInt(), 486);
    QCOMPARE(model.index(1, MonitorModel::StatusColumn).data(MonitorModel::StatusRole).toInt(), int(MonitorStatus::Failing));
    QCOMPARE(model.index(0, 0).data(MonitorModel::RttHistoryRole).value<QList<double>>().size(), 1);
    QVERIFY(model.index(1, 0).data(MonitorModel::FilterRole).toString().contains(u"failing"_s));

    const QList<QByteArray> csv = model.toCsv().split('\n');
    QVERIFY(csv.at(0).startsWith("time,label,target,state,status"));
    QVERIFY(csv.at(1).contains("\"up, with comma\""));
    QVERIFY(csv.at(2).contains(",failing,486,"));
    const QJsonArray json = QJsonDocument::fromJson(model.toJson()).array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(u"status"_s).toInt(), 486);
    QCOMPARE(json.at(1).toObject().value(u"probes"_s).toInt(), 1);

    const int added = monitor.addTarget(targetOf(m_silent, u"third"_s));
    QCOMPARE(added, 2);
    QCOMPARE(model.rowCount(), 3);
    monitor.removeTarget(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MonitorModel::LabelColumn).data().toString(), u"busy"_s);
}

void TestMonitor::credentialsReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("password");      // empty: the variable is unset
    QTest::addColumn<QString>("userVariable");  // empty: unset, the URI's user part is used
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedUsername");

    QTest::newRow("password-variable-answers-challenge-uri-user")
        << u"trunk-a"_s << u"m0n-s3cret-1"_s << QString() << 200 << u"alice"_s;
    QTest::newRow("user-variable-overrides-uri-user")
        << u"Trunk.B"_s << u"m0n-s3cret-2"_s << u"bob-auth"_s << 200 << u"bob-auth"_s;
    QTest::newRow("unset-variable-challenge-not-answered")
        << u"trunk-c"_s << QString() << QString() << 401 << QString();
}

// A target's credentials reference names SIPSCOPE_PASSWORD_<REF> (and
// optionally SIPSCOPE_USER_<REF>), resolved when the probe starts; the password is
// never in the target or its saved list.
void TestMonitor::credentialsReference()
{
    QFETCH(QString, reference);
    QFETCH(QString, password);
    QFETCH(QString, userVariable);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedUsername);

    const QByteArray passwordName = MonitorCredentials::passwordVariable(reference).toLatin1();
    const QByteArray userName = MonitorCredentials::userVariable(reference).toLatin1();
    QVERIFY(passwordName.startsWith("SIPSCOPE_PASSWORD_"));
    QVERIFY(!passwordName.contains('-') && !passwordName.contains('.'));
    if (password.isEmpty())
        qunsetenv(passwordName.constData());
    else
        qputenv(passwordName.constData(), password.toUtf8());
    if (userVariable.isEmpty())
        qunsetenv(userName.constData());
    else
        qputenv(userName.constData(), userVariable.toUtf8());
    const auto restore = qScopeGuard([&] {
        qunsetenv(passwordName.constData());
        qunsetenv(userName.constData());
    });

    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"monitor.test\", nonce=\"m1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });

    MonitorTarget target;
    target.target = server.uri(u"alice"_s);
    target.credentialsRef = reference;
    Monitor monitor;
    MonitorOptions options = fastOptions(1, 2000);
    options.maxRounds = 1;
    monitor.setOptions(options);
    monitor.setTargets({target});
    QSignalSpy results(&monitor, &Monitor::resultReady);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
    const auto result = results.at(0).at(1).value<ProbeResult>();
    QCOMPARE(result.statusCode, expectedStatus);
    if (expectedUsername.isEmpty()) {
        QCOMPARE(server.requestCount(), 1);
    } else {
        QCOMPARE(server.requestCount(), 2);
        const auto authorization = server.requests().at(1).message.header(u"Authorization"_s);
        QVERIFY(authorization);
        QVERIFY2(authorization->contains(u"username=\"%1\""_s.arg(expectedUsername)), qPrintable(*authorization));
        QVERIFY(!authorization->contains(password));
    }
    // The reference, not the secret, is what the monitor keeps and saves.
    QCOMPARE(monitor.target(0).credentialsRef, reference);
    if (!password.isEmpty())
        QVERIFY(!MonitorTargetList::toJson(monitor.targets()).contains(password.toUtf8()));
}

// A 503 with Retry-After is maintenance for a profile that says so; without it, failing.
void TestMonitor::maintenanceOnRetryAfter()
{
    FakeSipServer planned;
    QVERIFY(planned.listen());
    planned.setHandler(FakeSipServer::answerWith(503, u"Service Unavailable"_s, {SipHeader{u"Retry-After"_s, u"300"_s}}));
    FakeSipServer overloaded;
    QVERIFY(overloaded.listen());
    overloaded.setHandler(FakeSipServer::answerWith(503, u"Service Unavailable"_s));

    const MonitorTargetList::Loaded loaded = MonitorTargetList::parseText(
        u"verdict_profile: sbc base=cube maintenance=retry-after\n"_s
        + planned.uri() + u" verdict_profile=sbc\n"_s + overloaded.uri() + u" verdict_profile=sbc\n"_s
        + m_busy.uri() + u" verdict_profile=cube\n"_s);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u"; "_s)));
    QCOMPARE(loaded.targets.size(), 3);
    MonitorOptions options = fastOptions();
    options.profiles = loaded.profiles;
    options.maxRounds = 1;
    Monitor monitor;
    monitor.setOptions(options);
    monitor.setTargets(loaded.targets);
    QSignalSpy finished(&monitor, &Monitor::finished);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    monitor.stop();
    QCOMPARE(monitor.state(0).status(), MonitorStatus::Maintenance);
    QCOMPARE(monitor.state(1).status(), MonitorStatus::Failing);
    QCOMPARE(monitor.state(2).status(), MonitorStatus::Up);   // cube: a 486 means SIP is up
    const QJsonObject record = Monitor::jsonRecord(monitor.target(0), monitor.state(0), monitor.state(0).lastChange());
    QCOMPARE(record.value(u"state"_s).toString(), u"maintenance"_s);
    QCOMPARE(record.value(u"verdict_profile"_s).toString(), u"sbc"_s);
}

// N failures before down, row by row on the state: up rides out N-1 failures.
void TestMonitor::failuresBeforeDownHysteresis()
{
    MonitorTargetState state;
    VerdictProfile profile = VerdictProfile::strict();
    profile.setFailuresBeforeDown(3);
    state.setVerdictProfile(profile);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(state.add(fakeResult(200, 1000), t0));
    QVERIFY(!state.add(fakeResult(503, 1000), t0.addSecs(1)));
    QCOMPARE(state.status(), MonitorStatus::Up);
    QVERIFY(!state.add(fakeResult(0, 0), t0.addSecs(2)));
    QCOMPARE(state.status(), MonitorStatus::Up);
    QCOMPARE(state.consecutiveFailures(), 2);
    const auto change = state.add(fakeResult(0, 0), t0.addSecs(3));
    QVERIFY(change);
    QCOMPARE(change->from, MonitorStatus::Up);
    QCOMPARE(change->to, MonitorStatus::Down);
    QCOMPARE(change->fromCode, 200);
    // Back up at once; a new run of failures starts from zero.
    QVERIFY(state.add(fakeResult(200, 1000), t0.addSecs(4)));
    QCOMPARE(state.consecutiveFailures(), 0);
    QVERIFY(!state.add(fakeResult(503, 1000), t0.addSecs(5)));
    QCOMPARE(state.status(), MonitorStatus::Up);
    // A first result that fails is not held: there is no up to hold.
    MonitorTargetState fresh;
    fresh.setVerdictProfile(profile);
    fresh.add(fakeResult(503, 1000), t0);
    QCOMPARE(fresh.status(), MonitorStatus::Failing);
}

// The same against a server on loopback that turns from 200 to 503.
void TestMonitor::failuresBeforeDownOnTheWire()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    std::atomic<int> code = 200;
    server.setHandler([&code](FakeSipServer &self, const FakeSipServer::Request &request) {
        FakeSipServer::answerWith(code.load(), code.load() == 200 ? u"OK"_s : u"Service Unavailable"_s)(self, request);
    });
    MonitorOptions options = fastOptions();
    options.failuresBeforeDown = 3;
    Monitor monitor;
    monitor.setOptions(options);
    monitor.setTargets({targetOf(server, u"flappy"_s)});
    QList<std::pair<MonitorStatus, int>> seen;
    connect(&monitor, &Monitor::resultReady, this, [&](int index, const ProbeResult &) {
        seen << std::pair{monitor.state(index).status(), monitor.state(index).consecutiveFailures()};
    });
    int failuresAtChange = -1;
    connect(&monitor, &Monitor::stateChanged, this, [&](int index, const MonitorChange &change) {
        if (change.to == MonitorStatus::Failing)
            failuresAtChange = monitor.state(index).consecutiveFailures();
    });
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(0).status(), MonitorStatus::Up, 20000);
    code = 503;
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(0).status(), MonitorStatus::Failing, 30000);
    monitor.stop();
    QCOMPARE(failuresAtChange, 3);
    QVERIFY(seen.contains(std::pair{MonitorStatus::Up, 1}));
    QVERIFY(seen.contains(std::pair{MonitorStatus::Up, 2}));
}

void TestMonitor::verdictProfilesInTargetLists()
{
    MonitorTargetList::Loaded text = MonitorTargetList::parseText(
        u"sip:a.example verdict_profile=nope\nverdict_profile: bad up=2xx down=503\nverdict_profile: x color=red\n"
        "sip:b.example verdict_profile=teams\n"_s);
    QCOMPARE(text.targets.size(), 1);
    QCOMPARE(text.errors.size(), 3);
    QVERIFY2(text.errors.at(0).startsWith(u"line 1: Unknown verdict profile \"nope\""_s), qPrintable(text.errors.at(0)));
    QVERIFY2(text.errors.at(1).contains(u"not both"_s), qPrintable(text.errors.at(1)));
    QVERIFY2(text.errors.at(2).contains(u"\"color=red\" is not a profile setting"_s), qPrintable(text.errors.at(2)));

    const MonitorTargetList::Loaded json = MonitorTargetList::parseJson(R"({"verdict_profiles": {
        "sbc": {"base": "teams", "maintenance_on_retry_after": true, "failures_before_down": 5},
        "lab": {"up": ["2xx", 404]}},
      "targets": [{"target": "sip:a.example", "verdict_profile": "sbc"}, {"target": "sip:b.example", "verdict_profile": "lab"}]})");
    QVERIFY2(json.errors.isEmpty(), qPrintable(json.errors.join(u"; "_s)));
    QCOMPARE(json.targets.size(), 2);
    QString error;
    const auto sbc = json.profiles.find(u"sbc"_s, &error);
    QVERIFY(sbc);
    QCOMPARE(sbc->failuresBeforeDown(), 5);
    QVERIFY(sbc->maintenanceOnRetryAfter());
    QCOMPARE(json.profiles.find(u"lab"_s, &error)->classify(404, false), VerdictProfile::Outcome::Up);
    QVERIFY(MonitorTargetList::toJson(json.targets).contains("\"verdict_profile\": \"sbc\""));
}

void TestMonitor::familyInTargetLists()
{
    using Family = ResolveRequest::Family;
    const MonitorTargetList::Loaded text = MonitorTargetList::parseText(
        u"sip:trunk.example label=Trunk family=both\nsip:v6.example family=ipv6\nsip:c.example family=ip5\n"_s);
    QCOMPARE(text.errors.size(), 1);
    QVERIFY2(text.errors.at(0).startsWith(u"line 3: family \"ip5\" is not ipv4, ipv6 or both"_s), qPrintable(text.errors.at(0)));
    // family=both: the target once a family, each with a row (and a state) of its own.
    QCOMPARE(text.targets.size(), 3);
    QCOMPARE(text.targets.at(0).label, u"Trunk (IPv4)"_s);
    QCOMPARE(text.targets.at(0).family, Family::IPv4Only);
    QCOMPARE(text.targets.at(1).label, u"Trunk (IPv6)"_s);
    QCOMPARE(text.targets.at(1).family, Family::IPv6Only);
    QCOMPARE(text.targets.at(1).target, u"sip:trunk.example"_s);
    QCOMPARE(text.targets.at(2).family, Family::IPv6Only);
    QVERIFY(text.targets.at(2).label.isEmpty());

    const MonitorTargetList::Loaded json = MonitorTargetList::parseJson(
        R"({"targets": [{"target": "sip:a.example", "family": "both"}, {"target": "sip:b.example", "family": 6}]})");
    QCOMPARE(json.errors.size(), 1);
    QCOMPARE(json.targets.size(), 2);
    QCOMPARE(json.targets.at(0).label, u"sip:a.example (IPv4)"_s);
    // Saved per target, read back the same.
    const MonitorTargetList::Loaded again = MonitorTargetList::parseJson(MonitorTargetList::toJson(text.targets));
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u"; "_s)));
    QCOMPARE(again.targets, text.targets);
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
