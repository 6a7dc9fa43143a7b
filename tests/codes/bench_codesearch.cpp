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
    void typing_data();
    void typing();
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
        {"sentence", u"the customer says the number he dialled does not exist"_s},
        {"Q.850 cause", u"cause 21 call rejected"_s},
        {"pasted log line", u"reply SIP/2.0 486 Busy Here to INVITE sip:1001@pbx.example.com"_s},
        {"vendor code", u"teams error 560486"_s},
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

// A help-desk question typed letter by letter, as the Codes view searches it: each
// iteration is one keystroke (the next prefix of the sentence, round and round), so the
// figure is the mean time per keystroke over the whole sentence.
void BenchCodeSearch::typing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    const QHash<QString, QString> sentences = {
        {u"en"_s, u"nobody answers the phone when I call the number"_s},
        {u"de"_s, u"der Kunde sagt es klingelt aber niemand nimmt ab"_s},
        {u"fr"_s, u"le client dit que ça sonne mais personne ne décroche"_s},
        {u"es"_s, u"el cliente dice que suena pero nadie contesta"_s},
    };
    for (const QString &language : Translations::availableLanguages()) {
        if (sentences.contains(language))
            QTest::addRow("%s", qPrintable(language)) << language << sentences.value(language);
    }
}

void BenchCodeSearch::typing()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    const CodeSearch codeSearch;
    SearchOptions options;
    options.includeNonStandard = true;
    QList<SearchHit> hits = codeSearch.search(sentence, options);
    QVERIFY(!hits.isEmpty());
    qsizetype typed = 0;
    QBENCHMARK {
        typed = typed % sentence.size() + 1;
        hits = codeSearch.search(sentence.left(typed), options);
    }
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
