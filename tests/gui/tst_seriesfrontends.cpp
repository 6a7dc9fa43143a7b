// The same series gives the same statistics in both front-ends: the GUI's Repeat and
// `sipscope-cli options --count` run core's ProbeSeries against a fake server that
// answers 200, 486, nothing (a timeout) and 200 in turn. Counts, loss and the status
// histogram must match exactly; round trips differ from run to run, so each side's
// RTT figures are checked against its own probes instead.
#include "cliprocess.h"
#include "fakesipserver.h"

#include "probeform.h"
#include "probeview.h"
#include "repeatpanel.h"

#include "probe/proberesultjson.h"
#include "probe/seriesstatistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;
using SipScope::Test::FakeSipServer;

namespace {

const QList<int> codesInTurn{200, 486, 0, 200};

// Answers the n-th probe (by Call-ID, so a retransmission is the same probe) with
// codesInTurn[n]; 0 is silence.
FakeSipServer::Handler answersInTurn()
{
    auto callIds = std::make_shared<QStringList>();
    return [callIds](FakeSipServer &server, const FakeSipServer::Request &request) {
        const QString callId = request.message.callId();
        if (!callIds->contains(callId))
            callIds->append(callId);
        const int code = codesInTurn.value(callIds->indexOf(callId), 200);
        if (code != 0)
            server.reply(request, code, code < 300 ? u"OK"_s : u"Busy Here"_s);
    };
}

// The summary without the round trips.
QJsonObject withoutRtt(QJsonObject summary)
{
    summary.remove(u"rtt_ms"_s);
    return summary;
}

} // namespace

class tst_SeriesFrontEnds final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cliAndGuiAgreeOnTheStatistics()
    {
        // The GUI: Repeat ticked, four probes back to back, a 1 s timeout.
        FakeSipServer guiServer;
        QVERIFY2(guiServer.listen(), qPrintable(guiServer.errorString()));
        guiServer.setHandler(answersInTurn());
        ProbeView view;
        view.form()->setTarget(guiServer.uri());
        view.form()->setTimeoutSeconds(1);
        view.form()->setRepeatEnabled(true);
        view.form()->setRepeatCount(int(codesInTurn.size()));
        view.form()->setRepeatIntervalMs(0);
        QSignalSpy finished(&view, &ProbeView::runFinished);
        view.send();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const SeriesStatistics gui = view.repeatPanel()->statistics();
        QCOMPARE(gui.sent(), 4);

        // The CLI: the same series.
        FakeSipServer cliServer;
        QVERIFY2(cliServer.listen(), qPrintable(cliServer.errorString()));
        cliServer.setHandler(answersInTurn());
        const Test::CliRun run = Test::runCliProcess({u"options"_s, cliServer.uri(), u"--count"_s, u"4"_s,
                                                      u"--interval"_s, u"0"_s, u"--timeout"_s, u"1"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject cli = Test::jsonObjectOf(run);
        QCOMPARE(cli[u"probes"_s].toArray().size(), 4);
        const QJsonObject cliSummary = cli[u"summary"_s].toObject();

        const QJsonObject guiSummary = ProbeResultJson::toJson(gui);
        QCOMPARE(withoutRtt(cliSummary), withoutRtt(guiSummary));
        // And as the user takes them out of each: Export JSON… and --json.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString exported = dir.filePath(u"series.json"_s);
        QVERIFY(view.repeatPanel()->exportJson(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exportedSeries = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exportedSeries[u"statistics"_s].toObject(), guiSummary);
        QCOMPARE(exportedSeries[u"probes"_s].toArray().size(), 4);
        QCOMPARE(cliSummary[u"sent"_s].toInt(), 4);
        QCOMPARE(cliSummary[u"answered"_s].toInt(), 3);
        QCOMPARE(cliSummary[u"succeeded"_s].toInt(), 2);
        QCOMPARE(cliSummary[u"loss_percent"_s].toDouble(), 25.0);
        QCOMPARE(cliSummary[u"status_codes"_s].toObject(),
                 (QJsonObject{{u"200"_s, 2}, {u"486"_s, 1}, {u"timeout"_s, 1}}));

        // Each side's RTT line comes from its own answered probes by the same rule.
        SeriesStatistics fromGuiRows;
        for (const SeriesEntry &entry : view.repeatPanel()->entries())
            fromGuiRows.add(entry.result);
        QCOMPARE(ProbeResultJson::toJson(fromGuiRows), guiSummary);
        double minMs = 1e9;
        double maxMs = 0;
        for (const QJsonValue &probe : cli[u"probes"_s].toArray()) {
            const QJsonValue rtt = probe.toObject()[u"rtt_ms"_s];
            if (!rtt.isDouble())
                continue;
            minMs = std::min(minMs, rtt.toDouble());
            maxMs = std::max(maxMs, rtt.toDouble());
        }
        const QJsonObject cliRtt = cliSummary[u"rtt_ms"_s].toObject();
        QVERIFY(cliRtt[u"min"_s].toDouble() <= cliRtt[u"avg"_s].toDouble());
        QVERIFY(cliRtt[u"avg"_s].toDouble() <= cliRtt[u"max"_s].toDouble());
        QVERIFY(qAbs(cliRtt[u"min"_s].toDouble() - minMs) < 0.01);
        QVERIFY(qAbs(cliRtt[u"max"_s].toDouble() - maxMs) < 0.01);
    }
};

QTEST_MAIN(tst_SeriesFrontEnds)
#include "tst_seriesfrontends.moc"
