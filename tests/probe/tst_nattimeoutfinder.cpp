// The NAT timeout finder against the responder with call-backs: behind a NAT simulated
// in-process (tests/support/udpnatrelay.h, which forgets a mapping after 2 s without
// outbound traffic), directly (no NAT: no timeout up to the longest silence), and against
// far ends that do not take part (a plain SIP server, the responder without call-backs,
// nobody listening). Silences are scaled down to seconds; the assertions about the
// bracket leave a second of slack either way for a loaded machine.
#include "fakesipserver.h"
#include "loopbackports.h"
#include "udpnatrelay.h"

#include "probe/nattimeoutfinder.h"
#include "responder/responder.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace SipScope;
using namespace SipScope::Test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

NatTimeoutOptions shortOptions(std::chrono::milliseconds max)
{
    NatTimeoutOptions options;
    options.start = 500ms;
    options.max = max;
    options.resolution = 500ms;
    options.grace = 3000ms;
    return options;
}

ResponderConfig callBackResponder(bool callBacks = true)
{
    ResponderConfig config;
    config.port = 0;
    config.callBacks = callBacks;
    return config;
}

NatTimeoutReport run(const QString &target, const NatTimeoutOptions &options, int timeoutMs = 50000)
{
    NatTimeoutFinder finder;
    QSignalSpy finished(&finder, &NatTimeoutFinder::finished);
    finder.start(target, {}, options);
    if (!finished.wait(timeoutMs))
        return {};
    return finder.report();
}

} // namespace

class TestNatTimeoutFinder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void behindNat_bracketsTheRelayTimeout();
    void direct_noTimeoutUpToMax();
    void plainServer_saysTheFarEndMustBeTheResponder();
    void responderWithoutCallBacks_isNotSupported();
    void nobodyListening_isUnreachable();
    void shortestSilenceLost_isNeverReached();
    void cancelStopsEveryTrial();
};

void TestNatTimeoutFinder::behindNat_bracketsTheRelayTimeout()
{
    Responder responder;
    QVERIFY(!responder.start(callBackResponder()));
    UdpNatRelay relay(responder.localPort(), 2000ms);
    QVERIFY(relay.isListening());

    const NatTimeoutReport report = run(u"sip:nat@127.0.0.1:"_s + QString::number(relay.port()), shortOptions(6000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"bracketed"_s);
    // The relay forgets after 2 s: the bracket holds it, give or take a busy scheduler.
    QVERIFY2(report.survived >= 500ms && report.survived <= 3000ms, qPrintable(report.summary()));
    QVERIFY2(report.gone >= 1000ms && report.gone <= 4000ms, qPrintable(report.summary()));
    QVERIFY(report.survived < report.gone);
    QVERIFY(report.gone - report.survived <= 500ms || report.trials.size() > 5);
    QVERIFY(report.summary().contains(u"at least "_s + NatTimeoutReport::seconds(report.survived)));

    // Every trial had a binding of its own.
    std::set<quint16> ports;
    for (const NatTrial &trial : report.trials) {
        QVERIFY(trial.isConclusive());
        ports.insert(trial.localPort);
        if (trial.outcome == NatTrial::Outcome::Reached)
            QVERIFY(trial.measuredSilenceMs >= trial.silence.count() - 50);
    }
    QCOMPARE(int(ports.size()), int(report.trials.size()));
    QVERIFY(relay.expired() >= 1);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"finding"_s).toString(), u"bracketed"_s);
    QCOMPARE(json.value(u"survived_s"_s).toDouble(), double(report.survived.count()) / 1000.0);
    QCOMPARE(json.value(u"gone_s"_s).toDouble(), double(report.gone.count()) / 1000.0);
    QCOMPARE(json.value(u"trials"_s).toArray().size(), report.trials.size());
}

void TestNatTimeoutFinder::direct_noTimeoutUpToMax()
{
    Responder responder;
    QVERIFY(!responder.start(callBackResponder()));
    const NatTimeoutReport report = run(u"sip:127.0.0.1:"_s + QString::number(responder.localPort()), shortOptions(2000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"no_timeout"_s);
    QCOMPARE(report.survived, 2000ms);
    // 0.5, then 1 and 2 at once.
    QCOMPARE(report.trials.size(), 3);
    for (const NatTrial &trial : report.trials) {
        QCOMPARE(NatTrial::outcomeToken(trial.outcome), u"reached"_s);
        QCOMPARE(trial.statusCode, 200);
    }
    QVERIFY(report.summary().contains(u"No timeout up to 2 s"_s));
    QVERIFY(report.toJson().value(u"gone_s"_s).isNull());
    // The finder answered every call-back: nothing is left waiting at the responder.
    QTRY_COMPARE_WITH_TIMEOUT(responder.pendingCallBacks(), 0, 10000);
}

void TestNatTimeoutFinder::plainServer_saysTheFarEndMustBeTheResponder()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
    const NatTimeoutReport report = run(server.uri(), shortOptions(2000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"not_supported"_s);
    QVERIFY2(report.summary().contains(u"sipscope-cli respond --call-back"_s), qPrintable(report.summary()));
    QVERIFY(report.summary().contains(u"200 OK"_s));
    // One OPTIONS only: nothing more is sent to a server that does not take part.
    QCOMPARE(report.trials.size(), 1);
    QCOMPARE(server.transactionCount(), 1);
    QVERIFY(server.transactions().constFirst().message.header(u"SipScope-Call-Back"_s) == u"0.5"_s);
}

void TestNatTimeoutFinder::responderWithoutCallBacks_isNotSupported()
{
    Responder responder;
    QVERIFY(!responder.start(callBackResponder(false)));
    const NatTimeoutReport report = run(u"sip:127.0.0.1:"_s + QString::number(responder.localPort()), shortOptions(2000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"not_supported"_s);
    QCOMPARE(responder.pendingCallBacks(), 0);
}

void TestNatTimeoutFinder::nobodyListening_isUnreachable()
{
    const quint16 port = closedUdpPort();
    const NatTimeoutReport report = run(u"sip:127.0.0.1:"_s + QString::number(port), shortOptions(2000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"unreachable"_s);
    QVERIFY(!report.detail.isEmpty());
    QCOMPARE(NatTrial::outcomeToken(report.trials.value(0).outcome), u"no_answer"_s);
}

void TestNatTimeoutFinder::shortestSilenceLost_isNeverReached()
{
    // A NAT that forgets after 0.2 s: not even the shortest silence (0.5 s) gets through,
    // and the bracket (0, 0.5] is already as narrow as the resolution.
    Responder responder;
    QVERIFY(!responder.start(callBackResponder()));
    UdpNatRelay relay(responder.localPort(), 200ms);
    const NatTimeoutReport report = run(u"sip:127.0.0.1:"_s + QString::number(relay.port()), shortOptions(6000ms));
    QCOMPARE(NatTimeoutReport::findingToken(report.finding), u"never_reached"_s);
    QCOMPARE(report.gone, 500ms);
    QCOMPARE(report.trials.size(), 1);
    QVERIFY(report.summary().contains(u"not even after 0.5 s"_s));
    QVERIFY(report.toJson().value(u"survived_s"_s).isNull());
}

void TestNatTimeoutFinder::cancelStopsEveryTrial()
{
    Responder responder;
    QVERIFY(!responder.start(callBackResponder()));
    NatTimeoutFinder finder;
    QSignalSpy waiting(&finder, &NatTimeoutFinder::trialWaiting);
    QSignalSpy finished(&finder, &NatTimeoutFinder::finished);
    NatTimeoutOptions options = shortOptions(60000ms);
    options.start = 30000ms;
    finder.start(u"sip:127.0.0.1:"_s + QString::number(responder.localPort()), {}, options);
    QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 10000);
    finder.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!finder.isRunning());
    QCOMPARE(NatTimeoutReport::findingToken(finder.report().finding), u"cancelled"_s);
    QCOMPARE(finder.report().summary(), u"Cancelled."_s);
}

QTEST_GUILESS_MAIN(TestNatTimeoutFinder)
#include "tst_nattimeoutfinder.moc"
