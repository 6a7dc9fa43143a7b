// Ping-style statistics of a repeat series, and its CSV/JSON export.
#include "probestatistics.h"
#include "seriesexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <optional>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

using Samples = QList<std::optional<double>>;

class TestProbeStatistics final : public QObject
{
    Q_OBJECT
private slots:
    void statistics_data()
    {
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<int>("answered");
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("avg");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("mdev");
        QTest::newRow("three answers") << Samples{1.0, 2.0, 3.0} << 3 << 0.0 << 1.0 << 2.0 << 3.0
                                       << std::sqrt(2.0 / 3.0);
        QTest::newRow("one of four lost") << Samples{10.0, std::nullopt, 10.0, 10.0} << 3 << 25.0 << 10.0
                                          << 10.0 << 10.0 << 0.0;
        QTest::newRow("single answer") << Samples{0.5} << 1 << 0.0 << 0.5 << 0.5 << 0.5 << 0.0;
    }
    void statistics()
    {
        QFETCH(Samples, samples);
        QFETCH(int, answered);
        QFETCH(double, loss);
        QFETCH(double, min);
        QFETCH(double, avg);
        QFETCH(double, max);
        QFETCH(double, mdev);
        ProbeStatistics stats;
        for (const auto &sample : samples)
            stats.add(sample.has_value(), sample, sample ? u"200"_s : u"timeout"_s);
        QCOMPARE(stats.sent(), samples.size());
        QCOMPARE(stats.answered(), answered);
        QCOMPARE(stats.lossPercent(), loss);
        QCOMPARE(*stats.minMs(), min);
        QCOMPARE(*stats.avgMs(), avg);
        QCOMPARE(*stats.maxMs(), max);
        QVERIFY(std::abs(*stats.mdevMs() - mdev) < 1e-9);
        QCOMPARE(stats.histogram().value(u"200"_s), answered);
    }

    void noAnswers()
    {
        ProbeStatistics stats;
        stats.add(false, std::nullopt, u"refused"_s);
        stats.add(false, std::nullopt, u"refused"_s);
        QCOMPARE(stats.lossPercent(), 100.0);
        QVERIFY(!stats.avgMs());
        QCOMPARE(stats.histogram().value(u"refused"_s), 2);
        QVERIFY(stats.summaryLine().contains(u"100%"_s));
    }

    void exportCsvAndJson()
    {
        ProbeResult ok;
        ok.target = u"127.0.0.1:5060"_s;
        ok.normalizedTarget = u"sip:127.0.0.1:5060"_s;
        ok.origin = ProbeResult::Origin::Remote;
        ok.statusCode = 200;
        ok.reasonPhrase = u"OK, \"fine\""_s; // needs CSV quoting
        ok.remoteAddress = u"127.0.0.1"_s;
        ok.remotePort = 5060;
        ok.rttUs = 1500;
        ProbeResult lost = ok;
        lost.origin = ProbeResult::Origin::Local;
        lost.statusCode = 0;
        lost.reasonPhrase.clear();
        lost.localStatus = 408;
        lost.rttUs = -1;
        lost.error = {ErrorKind::Timeout, u"no answer"_s, {}};

        const QDateTime start = QDateTime::fromString(u"2024-05-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
        const QList<SeriesEntry> entries{{1, start, ok}, {2, start.addSecs(1), lost}};
        ProbeStatistics stats;
        stats.add(true, 1.5, SeriesExport::outcome(ok));
        stats.add(false, std::nullopt, SeriesExport::outcome(lost));
        QCOMPARE(SeriesExport::outcome(lost), u"timeout"_s);

        const QStringList csv = QString::fromUtf8(SeriesExport::toCsv(entries)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv.at(0).startsWith(u"seq,time,target"_s));
        QVERIFY(csv.at(1).contains(u",200,\"OK, \"\"fine\"\"\",remote,,1.500,"_s));
        QVERIFY(csv.at(2).contains(u",local,408,,timeout"_s));

        const QJsonObject json = QJsonDocument::fromJson(SeriesExport::toJson(u"t"_s, entries, stats)).object();
        QCOMPARE(json.value(u"statistics"_s).toObject().value(u"sent"_s).toInt(), 2);
        QCOMPARE(json.value(u"statistics"_s).toObject().value(u"loss_percent"_s).toDouble(), 50.0);
        const QJsonArray probes = json.value(u"probes"_s).toArray();
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(probes.at(0).toObject().value(u"rtt_ms"_s).toDouble(), 1.5);
        QVERIFY(probes.at(1).toObject().value(u"status"_s).isNull());
        QCOMPARE(probes.at(1).toObject().value(u"error"_s).toString(), u"timeout"_s);
    }
};

QTEST_GUILESS_MAIN(TestProbeStatistics)
#include "tst_probestatistics.moc"
