// ProbeSeries: the repeat series both front-ends run (the GUI's Repeat, the CLI's
// --count). Counts, the running statistics, stop in flight and between probes, a
// restart, and the ping rule that a probe never overlaps the previous one, against the
// fake SIP server on loopback. The interval is checked by order and state, never by a
// clock: a long interval holds the next probe back, a short one never makes two overlap.
#include "fakesipserver.h"

#include "probe/probeseries.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using SipScope::Test::FakeSipServer;

namespace {

using Outcomes = QMap<QString, int>;

// A silent server costs a probe `timerF` (as --timeout sets it), not the default 32 s.
ProbeOptions givingUpAfter(std::chrono::milliseconds timerF)
{
    ProbeOptions options;
    options.timers.timerF = timerF;
    return options;
}

// Answers the n-th probe (by Call-ID; a retransmission is not a new probe) with
// codes[n], 0 meaning silence; past the end, with the last code.
FakeSipServer::Handler answersInTurn(const QList<int> &codes)
{
    auto callIds = std::make_shared<QStringList>();
    return [codes, callIds](FakeSipServer &server, const FakeSipServer::Request &request) {
        const QString callId = request.message.callId();
        if (!callIds->contains(callId))
            callIds->append(callId);
        const int code = codes.at(std::min<qsizetype>(callIds->indexOf(callId), codes.size() - 1));
        if (code != 0)
            server.reply(request, code, code < 300 ? u"OK"_s : u"Not OK"_s);
    };
}

} // namespace

class tst_ProbeSeries final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsAndStatistics_data()
    {
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("answered");
        QTest::addColumn<int>("succeeded");
        QTest::addColumn<Outcomes>("outcomes");

        QTest::newRow("count 1") << QList<int>{200} << 1 << 1 << 1 << Outcomes{{u"200"_s, 1}};
        QTest::newRow("count 3, all 200") << QList<int>{200} << 3 << 3 << 3 << Outcomes{{u"200"_s, 3}};
        QTest::newRow("mixed finals and a timeout")
            << QList<int>{200, 486, 0, 200} << 4 << 3 << 2
            << Outcomes{{u"200"_s, 2}, {u"486"_s, 1}, {u"timeout"_s, 1}};
    }

    void countsAndStatistics()
    {
        QFETCH(QList<int>, codes);
        QFETCH(int, count);
        QFETCH(int, answered);
        QFETCH(int, succeeded);
        QFETCH(Outcomes, outcomes);

        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(answersInTurn(codes));

        ProbeSeries series;
        QSignalSpy started(&series, &ProbeSeries::probeStarted);
        QSignalSpy each(&series, &ProbeSeries::probeFinished);
        QSignalSpy finished(&series, &ProbeSeries::finished);
        // Each result is already in the statistics when it is reported.
        QList<int> sentWhenReported;
        connect(&series, &ProbeSeries::probeFinished, this,
                [&](int, const ProbeResult &) { sentWhenReported << series.statistics().sent(); });
        series.start(server.uri(), givingUpAfter(1s), count, 0);
        QVERIFY(series.isRunning());
        QCOMPARE(series.total(), count);
        QVERIFY(finished.wait(30000));

        QCOMPARE(finished.count(), 1);
        QVERIFY(!series.isRunning());
        QCOMPARE(started.count(), count);
        QCOMPARE(each.count(), count);
        QCOMPARE(series.completed(), count);
        SeriesStatistics expected;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(started.at(i).at(0).toInt(), i);
            QCOMPARE(each.at(i).at(0).toInt(), i);
            QCOMPARE(sentWhenReported.at(i), i + 1);
            expected.add(each.at(i).at(1).value<ProbeResult>());
        }
        const SeriesStatistics &s = series.statistics();
        QCOMPARE(s.sent(), count);
        QCOMPARE(s.answered(), answered);
        QCOMPARE(s.succeeded(), succeeded);
        QCOMPARE(s.outcomes(), outcomes);
        QCOMPARE(s.lossPercent(), expected.lossPercent());
        QCOMPARE(s.minMs(), expected.minMs());
        QCOMPARE(s.avgMs(), expected.avgMs());
        QCOMPARE(s.maxMs(), expected.maxMs());
        QCOMPARE(s.mdevMs(), expected.mdevMs());
    }

    void stopCancelsTheProbeInFlight()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::silent());
        const ProbeOptions options = givingUpAfter(60s); // only the stop ends it
        ProbeSeries series;
        QSignalSpy each(&series, &ProbeSeries::probeFinished);
        QSignalSpy finished(&series, &ProbeSeries::finished);
        series.start(server.uri(), options, 5, 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
        series.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!series.isRunning());
        // The cancelled probe is reported (the GUI lists it) but not counted as lost.
        QCOMPARE(each.count(), 1);
        QCOMPARE(each.at(0).at(1).value<ProbeResult>().error.kind, ErrorKind::Cancelled);
        QCOMPARE(series.completed(), 1);
        QCOMPARE(series.statistics().sent(), 0);
        QVERIFY(!ProbeSeries::counts(each.at(0).at(1).value<ProbeResult>()));
    }

    void longIntervalHoldsTheNextProbeAndStopEndsTheWait()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
        ProbeSeries series;
        QSignalSpy started(&series, &ProbeSeries::probeStarted);
        QSignalSpy finished(&series, &ProbeSeries::finished);
        // When the first result comes in, a one-hour interval has not passed: the
        // series is waiting, not probing, and the second probe has not started.
        bool waitingAfterFirst = false;
        connect(&series, &ProbeSeries::probeFinished, this, [&](int index, const ProbeResult &) {
            if (index != 0)
                return;
            QTimer::singleShot(0, this, [&] {
                waitingAfterFirst = series.isRunning() && !series.probe()->isRunning() && started.count() == 1;
                series.stop();
            });
        });
        series.start(server.uri(), givingUpAfter(1s), 3, 3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(waitingAfterFirst);
        QCOMPARE(started.count(), 1);
        QCOMPARE(series.completed(), 1);
        QCOMPARE(series.statistics().sent(), 1);
        QCOMPARE(series.statistics().succeeded(), 1);
    }

    void intervalShorterThanTheRoundTripNeverOverlaps()
    {
        // The server takes 200 ms to answer, the interval is 1 ms: each probe still
        // starts only after the previous one ended, as ping does.
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
            s.reply(request, 200, u"OK"_s, 200);
        });
        ProbeSeries series;
        QStringList order;
        connect(&series, &ProbeSeries::probeStarted, this, [&](int index) { order << u"start %1"_s.arg(index); });
        connect(&series, &ProbeSeries::probeFinished, this,
                [&](int index, const ProbeResult &) { order << u"end %1"_s.arg(index); });
        QSignalSpy finished(&series, &ProbeSeries::finished);
        series.start(server.uri(), givingUpAfter(1s), 3, 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(order, (QStringList{u"start 0"_s, u"end 0"_s, u"start 1"_s, u"end 1"_s, u"start 2"_s, u"end 2"_s}));
        QCOMPARE(series.statistics().succeeded(), 3);
    }

    void startAgainReplacesTheRunningSeries()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::silent());
        FakeSipServer answering;
        QVERIFY2(answering.listen(), qPrintable(answering.errorString()));
        answering.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
        const ProbeOptions options = givingUpAfter(60s);

        ProbeSeries series;
        QSignalSpy each(&series, &ProbeSeries::probeFinished);
        QSignalSpy finished(&series, &ProbeSeries::finished);
        series.start(server.uri(), options, 5, 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
        series.start(answering.uri(), givingUpAfter(1s), 2, 0);
        // The first series ended (its probe cancelled), the second one ran from scratch.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(each.count(), 3);
        QCOMPARE(each.at(0).at(1).value<ProbeResult>().error.kind, ErrorKind::Cancelled);
        QCOMPARE(each.at(1).at(0).toInt(), 0);
        QCOMPARE(each.at(2).at(0).toInt(), 1);
        QCOMPARE(series.statistics().sent(), 2);
        QCOMPARE(series.statistics().succeeded(), 2);
        QVERIFY(!series.isRunning());
    }

    void stopWhenIdleDoesNothing()
    {
        ProbeSeries series;
        QSignalSpy finished(&series, &ProbeSeries::finished);
        series.stop();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!series.isRunning());
        QCOMPARE(series.statistics().sent(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeSeries)
#include "tst_probeseries.moc"
