// The repeat series' CSV and JSON export, and the statistics lines of the panel.
#include "repeatpanel.h"
#include "seriesexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

ProbeResult answered(int status, const QString &reason, qint64 rttUs)
{
    ProbeResult r;
    r.target = u"127.0.0.1:5060"_s;
    r.normalizedTarget = u"sip:127.0.0.1:5060"_s;
    r.origin = ProbeResult::Origin::Remote;
    r.statusCode = status;
    r.reasonPhrase = reason;
    r.remoteAddress = u"127.0.0.1"_s;
    r.remotePort = 5060;
    r.rttUs = rttUs;
    return r;
}

ProbeResult timedOut()
{
    ProbeResult r = answered(0, {}, -1);
    r.origin = ProbeResult::Origin::Local;
    r.localStatus = 408;
    r.error = {ErrorKind::Timeout, u"no answer"_s, {}};
    return r;
}

} // namespace

class TestSeriesExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvRows_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QString>("expectedTail");
        QTest::newRow("answered") << answered(200, u"OK"_s, 1500) << u",200,OK,remote,,1.500,"_s;
        QTest::newRow("reason needing quotes")
            << answered(486, u"Busy, \"really\""_s, 2000) << u",486,\"Busy, \"\"really\"\"\",remote,,2.000,"_s;
        QTest::newRow("timeout concluded locally") << timedOut() << u",,,local,408,,timeout"_s;
    }
    void csvRows()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QString, expectedTail);
        const QDateTime start = QDateTime::fromString(u"2024-05-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
        const QStringList lines = QString::fromUtf8(SeriesExport::toCsv({{1, start, result}}))
                                      .split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"seq,time,target,transport,remote,status,reason,origin,local_status,rtt_ms,error"_s);
        QVERIFY(lines.at(1).startsWith(u"1,2024-05-01T10:00:00.000Z,sip:127.0.0.1:5060,udp,127.0.0.1:5060,"_s));
        QVERIFY2(lines.at(1).endsWith(expectedTail), qPrintable(lines.at(1)));
    }

    void json()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QList<SeriesEntry> entries{{1, start, answered(200, u"OK"_s, 1500)}, {2, start, timedOut()}};
        SeriesStatistics stats;
        for (const SeriesEntry &entry : entries)
            stats.add(entry.result);
        const QJsonObject json = QJsonDocument::fromJson(SeriesExport::toJson(u"t"_s, entries, stats)).object();
        QCOMPARE(json.value(u"target"_s).toString(), u"t"_s);
        QCOMPARE(json.value(u"statistics"_s).toObject().value(u"sent"_s).toInt(), 2);
        QCOMPARE(json.value(u"statistics"_s).toObject().value(u"loss_percent"_s).toDouble(), 50.0);
        const QJsonArray probes = json.value(u"probes"_s).toArray();
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).toObject().value(u"seq"_s).toInt(), 1);
        QCOMPARE(probes.at(0).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(probes.at(0).toObject().value(u"rtt_ms"_s).toDouble(), 1.5);
        QCOMPARE(probes.at(1).toObject().value(u"seq"_s).toInt(), 2);
        QVERIFY(!probes.at(1).toObject().value(u"error"_s).isNull());
    }

    void statisticsLines()
    {
        SeriesStatistics stats;
        stats.add(answered(200, u"OK"_s, 1000));
        stats.add(answered(200, u"OK"_s, 3000));
        stats.add(timedOut());
        QCOMPARE(RepeatPanel::summaryLine(stats), u"3 sent, 2 answered, 33.3% loss"_s);
        QCOMPARE(RepeatPanel::rttLine(stats), u"rtt min/avg/max/mdev = 1.000/2.000/3.000/1.000 ms"_s);
        QCOMPARE(RepeatPanel::outcomesLine(stats), u"2 × 200, 1 × timeout"_s);
        QCOMPARE(RepeatPanel::rttLine(SeriesStatistics()), u"rtt: no answers"_s);
    }
};

QTEST_MAIN(TestSeriesExport)
#include "tst_seriesexport.moc"
