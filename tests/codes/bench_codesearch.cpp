// Per-query latency of CodeSearch over the whole catalog (QBENCHMARK). The GUI
// searches on every keystroke, so a query must stay well under a millisecond.
// Results and how they were measured: docs/benchmarks.md.
#include "codes/codesearch.h"
#include "i18n/translations.h"

#include <QCoreApplication>
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
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("query");
    const QList<std::pair<const char *, QString>> queries = {
        {"number", u"486"_s},
        {"class", u"4xx"_s},
        {"one word", u"busy"_s},
        {"help-desk phrase", u"number does not exist"_s},
        {"typing prefix", u"unavail"_s},
        {"one letter", u"s"_s},
        {"typo, 8+ letters", u"authentification"_s},
        {"no match", u"xyzzyplugh"_s},
    };
    // With a translation active the index holds both languages: the larger case. Every
    // language the build embeds, so a new translation is measured without an edit here.
    const QStringList languages = Translations::availableLanguages();
    for (const QString &language : languages) {
        for (const auto &[name, query] : queries)
            QTest::addRow("%s, %s", qPrintable(language), name) << language << query;
    }
}

void BenchCodeSearch::search()
{
    QFETCH(QString, language);
    QFETCH(QString, query);
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    const CodeSearch codeSearch;
    SearchOptions options;
    options.includeNonStandard = true;
    // The index is built by the first search (measured on its own in buildIndex()).
    QList<SearchHit> hits = codeSearch.search(query, options);
    QBENCHMARK {
        hits = codeSearch.search(query, options);
    }
    // Keep the benchmark honest: it must measure a real search.
    if (query != u"xyzzyplugh"_s)
        QVERIFY(!hits.isEmpty());
}

void BenchCodeSearch::buildIndex()
{
    // Once per start and per language change, so measured once.
    QBENCHMARK_ONCE {
        CodeSearch codeSearch;
        QVERIFY(!codeSearch.search(u"busy"_s).isEmpty());
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchCodeSearch benchmark;
    QStringList arguments = QCoreApplication::arguments();
    // Run by ctest without arguments, a fixed iteration count of the per-query
    // benchmark keeps the suite quick; any QTest option (e.g. -median 5) gives the
    // full adaptive measurement of every function, buildIndex included.
    if (arguments.size() == 1)
        arguments << u"-iterations"_s << u"300"_s << u"search"_s;
    return QTest::qExec(&benchmark, arguments);
}
#include "bench_codesearch.moc"
