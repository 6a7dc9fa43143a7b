// The Prometheus text format 0.0.4 and OpenMetrics 1.0 as the exporter writes them.
#include "exporter/metricswriter.h"

#include <QTest>

#include <limits>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestMetricsWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void negotiate_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("openMetrics");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("text") << "text/plain;version=0.0.4"_ba << false;
        QTest::newRow("prometheus 2.x") << "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"_ba << true;
        QTest::newRow("upper case") << "Application/OpenMetrics-Text"_ba << true;
    }
    void negotiate()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, openMetrics);
        QCOMPARE(MetricsWriter::negotiate(accept) == MetricsWriter::Format::OpenMetrics, openMetrics);
    }

    void gaugeInTextFormat()
    {
        const QList<MetricFamily> families{MetricFamily::gauge(u"probe_success"_s, u"Whether it worked"_s, 1)};
        QCOMPARE(MetricsWriter::render(families, MetricsWriter::Format::Text),
                 "# HELP probe_success Whether it worked\n# TYPE probe_success gauge\nprobe_success 1\n"_ba);
    }

    void counterNamesDifferByFormat()
    {
        const QList<MetricFamily> families{{u"x_probes"_s, MetricFamily::Type::Counter, u"Probes"_s,
                                            {MetricSample{{{u"module"_s, u"a"_s}}, 3}}}};
        QCOMPARE(MetricsWriter::render(families, MetricsWriter::Format::Text),
                 "# HELP x_probes_total Probes\n# TYPE x_probes_total counter\nx_probes_total{module=\"a\"} 3\n"_ba);
        QCOMPARE(MetricsWriter::render(families, MetricsWriter::Format::OpenMetrics),
                 "# HELP x_probes Probes\n# TYPE x_probes counter\nx_probes_total{module=\"a\"} 3\n# EOF\n"_ba);
    }

    void emptyOpenMetricsEndsWithEof()
    {
        QCOMPARE(MetricsWriter::render({}, MetricsWriter::Format::OpenMetrics), "# EOF\n"_ba);
    }

    void labelValuesAreEscaped()
    {
        const QList<MetricFamily> families{{u"m"_s, MetricFamily::Type::Gauge, u"back\\slash\nnewline"_s,
                                            {MetricSample{{{u"v"_s, u"a\"b\\c\nd"_s}}, 0}}}};
        const QByteArray text = MetricsWriter::render(families, MetricsWriter::Format::Text);
        QVERIFY2(text.contains("m{v=\"a\\\"b\\\\c\\nd\"} 0\n"), text.constData());
        QVERIFY2(text.contains("# HELP m back\\\\slash\\nnewline\n"), text.constData());
    }

    void values_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer") << 200.0 << "200"_ba;
        QTest::newRow("zero") << 0.0 << "0"_ba;
        QTest::newRow("negative") << -3.0 << "-3"_ba;
        QTest::newRow("fraction, shortest") << 0.003958 << "0.003958"_ba;
        QTest::newRow("small") << 7.3e-05 << "7.3e-05"_ba;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN"_ba;
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << "+Inf"_ba;
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << "-Inf"_ba;
        QTest::newRow("unix time") << 1796660438.0 << "1796660438"_ba;
    }
    void values()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(MetricsWriter::formatValue(value), text);
    }
};

QTEST_GUILESS_MAIN(TestMetricsWriter)
#include "tst_metricswriter.moc"
