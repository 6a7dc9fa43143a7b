// Per-query latency of CodeSearch over the whole catalog (QBENCHMARK; run with
// -tickcounter or -perf for other measures). The GUI searches on every keystroke,
// so a query must stay well under a millisecond. Results go to docs/benchmarks.md.
#include "codes/codesearch.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class BenchCodeSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_data();
    void search();
    void buildIndex();
};

void BenchCodeSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("number") << u"486"_s;
    QTest::newRow("class") << u"4xx"_s;
    QTest::newRow("one word") << u"busy"_s;
    QTest::newRow("help-desk phrase") << u"number does not exist"_s;
    QTest::newRow("typing prefix") << u"unavail"_s;
    QTest::newRow("one letter") << u"s"_s;
    QTest::newRow("typo, 8+ letters") << u"authentification"_s;
    QTest::newRow("no match") << u"xyzzyplugh"_s;
}

void BenchCodeSearch::search()
{
    QFETCH(QString, query);
    const CodeSearch codeSearch;
    SearchOptions options;
    options.includeNonStandard = true;
    QList<SearchHit> hits;
    QBENCHMARK {
        hits = codeSearch.search(query, options);
    }
    // Keep the benchmark honest: it must measure a real search.
    if (query != u"xyzzyplugh"_s)
        QVERIFY(!hits.isEmpty());
}

void BenchCodeSearch::buildIndex()
{
    QBENCHMARK {
        CodeSearch codeSearch;
        Q_UNUSED(codeSearch);
    }
}

QTEST_GUILESS_MAIN(BenchCodeSearch)
#include "bench_codesearch.moc"
