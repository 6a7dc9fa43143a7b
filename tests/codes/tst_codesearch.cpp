// CodeSearch: numbers, classes, words, help-desk phrasing, typos, typing, ranking and
// determinism, over the real catalog.
#include "fakecatalogtranslator.h"

#include "codes/codesearch.h"
#include "codes/responsecodecatalog.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<int> codesOf(const QList<SearchHit> &hits)
{
    QList<int> out;
    for (const SearchHit &hit : hits)
        out.append(hit.code);
    return out;
}

QString describe(const QList<SearchHit> &hits, qsizetype count = 8)
{
    QStringList parts;
    for (qsizetype i = 0; i < std::min(count, hits.size()); ++i)
        parts.append(u"%1(%2)"_s.arg(hits.at(i).code).arg(hits.at(i).score));
    return parts.join(u' ');
}

QList<int> registeredCodesOfClass(int codeClass)
{
    QList<int> out;
    for (const int code : ResponseCodeCatalog::instance().codeNumbers(false)) {
        if (code / 100 == codeClass)
            out.append(code);
    }
    return out;
}

constexpr MatchFields titleFields = MatchField::Reason | MatchField::PhraseVariant | MatchField::Keyword;

} // namespace

class TestCodeSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void findsNothing_data();
    void findsNothing();
    void exactNumberIsFirstAndAlone();
    void numberPrefix();
    void wholeClass_data();
    void wholeClass();
    void nonStandardOnlyWhenAsked();
    void registeredBeforeNonStandardOnTies_data();
    void registeredBeforeNonStandardOnTies();
    void titleHitsRankAboveBodyHits_data();
    void titleHitsRankAboveBodyHits();
    void matchedFields_data();
    void matchedFields();
    void orderedAndDeterministic_data();
    void orderedAndDeterministic();
    void limitAndClassOptions();
    void blankQueries();
    void rebuildKeepsResults();
    void searchesTranslatedAndEnglishTexts();

private:
    CodeSearch m_search;
};

void TestCodeSearch::initTestCase()
{
    QCOMPARE(ResponseCodeCatalog::instance().codeNumbers(false).size(), 75);
}

void TestCodeSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("all");            // include non-standard codes
    QTest::addColumn<QList<int>>("expected"); // each must be among the first `within`
    QTest::addColumn<int>("within");

    // Numbers, classes, unknown codes read as their class (RFC 3261 §8.1.3.2).
    QTest::newRow("exact 486") << u"486"_s << false << QList<int>{486} << 1;
    QTest::newRow("exact with spaces") << u"  603 "_s << false << QList<int>{603} << 1;
    QTest::newRow("prefix 60") << u"60"_s << false << QList<int>{600, 603, 604, 606, 607, 608} << 6;
    QTest::newRow("class 6xx") << u"6xx"_s << false << QList<int>{600, 603, 604, 606, 607, 608} << 6;
    QTest::newRow("class 2XX upper case") << u"2XX"_s << false << QList<int>{200, 202, 204} << 3;
    QTest::newRow("unknown 650 reads as 600") << u"650"_s << false << QList<int>{600} << 1;
    QTest::newRow("unknown 150 reads as 183") << u"150"_s << false << QList<int>{183} << 1;
    QTest::newRow("label 499 reads as 400") << u"499"_s << false << QList<int>{400} << 1;
    QTest::newRow("label 499 with --all") << u"499"_s << true << QList<int>{499, 400} << 2;

    // Reason phrases and the variants seen on the wire.
    QTest::newRow("reason Busy Here") << u"Busy Here"_s << false << QList<int>{486} << 1;
    QTest::newRow("reason lower case") << u"busy everywhere"_s << false << QList<int>{600} << 1;
    QTest::newRow("reason not found") << u"not found"_s << false << QList<int>{404} << 1;
    QTest::newRow("reason gone") << u"Gone"_s << false << QList<int>{410} << 1;
    QTest::newRow("variant Internal Server Error") << u"Internal Server Error"_s << false << QList<int>{500} << 1;
    QTest::newRow("variant Session in Progress") << u"Session in Progress"_s << false << QList<int>{183} << 1;
    QTest::newRow("variant Gateway Time-out") << u"Gateway Time-out"_s << false << QList<int>{504} << 1;
    QTest::newRow("variant Declined") << u"Declined"_s << false << QList<int>{603} << 1;
    QTest::newRow("variant Precondition Failed") << u"Precondition Failed"_s << false << QList<int>{412, 580} << 2;
    QTest::newRow("variant Call Leg") << u"Call Leg/Transaction Does Not Exist"_s << false << QList<int>{481} << 1;

    // Help-desk phrasing.
    QTest::newRow("busy") << u"busy"_s << false << QList<int>{486, 600} << 3;
    QTest::newRow("nobody answers") << u"nobody answers"_s << false << QList<int>{480, 408} << 3;
    QTest::newRow("wrong password") << u"wrong password"_s << false << QList<int>{401, 407, 403} << 3;
    QTest::newRow("number does not exist") << u"number does not exist"_s << false << QList<int>{404, 604} << 3;
    QTest::newRow("codec mismatch") << u"codec mismatch"_s << false << QList<int>{488, 606} << 3;
    QTest::newRow("server down") << u"server down"_s << false << QList<int>{503} << 3;
    QTest::newRow("call blocked") << u"call blocked"_s << false << QList<int>{403, 603} << 3;
    QTest::newRow("spam") << u"spam"_s << false << QList<int>{607, 608} << 3;
    QTest::newRow("no credit") << u"no credit"_s << false << QList<int>{402} << 1;
    QTest::newRow("do not disturb") << u"do not disturb"_s << false << QList<int>{480, 486, 603} << 4;
    QTest::newRow("timeout") << u"timeout"_s << false << QList<int>{408, 504} << 3;
    QTest::newRow("trunk down") << u"the trunk is down"_s << false << QList<int>{503} << 3;
    QTest::newRow("gateway log user busy") << u"User busy"_s << false << QList<int>{486, 600} << 2;
    QTest::newRow("inflected: declined calls") << u"declined calls"_s << false << QList<int>{603} << 3;
    QTest::newRow("robocall") << u"robocall"_s << false << QList<int>{607, 608} << 4;

    // Case and accents do not matter.
    QTest::newRow("upper case BUSY") << u"BUSY"_s << false << QList<int>{486, 600} << 3;
    QTest::newRow("accent Forbídden") << u"Forbídden"_s << false << QList<int>{403} << 1;
    QTest::newRow("accents DÉCLÏNE") << u"DÉCLÏNE"_s << false << QList<int>{603} << 1;

    // Typos in longer words.
    QTest::newRow("typo forbiden") << u"forbiden"_s << false << QList<int>{403} << 1;
    QTest::newRow("typo unavailabel") << u"unavailabel"_s << false << QList<int>{480, 503} << 3;
    QTest::newRow("typo authentification") << u"authentification"_s << false << QList<int>{401, 407} << 3;
    QTest::newRow("typo pasword") << u"wrong pasword"_s << false << QList<int>{401, 407} << 3;
    QTest::newRow("typo tempoarily") << u"tempoarily unavailable"_s << false << QList<int>{480} << 1;
    QTest::newRow("typo servce") << u"servce unavailable"_s << false << QList<int>{503} << 1;

    // The last word is still being typed.
    QTest::newRow("typing unavail") << u"unavail"_s << false << QList<int>{480, 503} << 3;
    QTest::newRow("typing forbid") << u"forbid"_s << false << QList<int>{403} << 1;
    QTest::newRow("typing busy ev") << u"busy ev"_s << false << QList<int>{600} << 1;
    QTest::newRow("typing internal server err") << u"internal server err"_s << false << QList<int>{500} << 1;

    // Keywords, sources and defining documents.
    QTest::newRow("keyword stir/shaken") << u"stir/shaken"_s << false << QList<int>{428, 436, 437, 438} << 4;
    QTest::newRow("source kamailio") << u"kamailio"_s << true << QList<int>{477, 478, 479} << 3;
    QTest::newRow("document rfc 8197") << u"rfc 8197"_s << false << QList<int>{607} << 1;
    QTest::newRow("document RFC8688") << u"RFC8688"_s << false << QList<int>{608} << 1;

    // Numbers and words together.
    QTest::newRow("code in a sentence") << u"the phone says 486"_s << false << QList<int>{486} << 1;
    QTest::newRow("two codes") << u"486 600"_s << false << QList<int>{486, 600} << 2;
    QTest::newRow("class and word") << u"5xx overloaded"_s << false << QList<int>{503} << 1;
    QTest::newRow("class digit and word") << u"4 busy"_s << false << QList<int>{486} << 1;
}

void TestCodeSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(bool, all);
    QFETCH(QList<int>, expected);
    QFETCH(int, within);
    SearchOptions options;
    options.includeNonStandard = all;
    const QList<SearchHit> hits = m_search.search(query, options);
    const QList<int> top = codesOf(hits).mid(0, within);
    for (const int code : expected) {
        QVERIFY2(top.contains(code),
                 qPrintable(u"%1 not in the first %2: %3"_s.arg(code).arg(within).arg(describe(hits))));
    }
}

void TestCodeSearch::findsNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("only filler words") << u"the a is "_s;
    QTest::newRow("nonsense") << u"xyzzy"_s;
    QTest::newRow("one word of two matches nothing") << u"busy xyzzy"_s;
    QTest::newRow("class 7xx") << u"7xx"_s;
    QTest::newRow("out of range 700") << u"700"_s;
    QTest::newRow("prefix without codes") << u"99"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("short word no typo tolerance") << u"bsuy"_s;
    QTest::newRow("punctuation only") << u"?!-/"_s;
}

void TestCodeSearch::findsNothing()
{
    QFETCH(QString, query);
    const QList<SearchHit> hits = m_search.search(query);
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
}

void TestCodeSearch::exactNumberIsFirstAndAlone()
{
    const QList<SearchHit> hits = m_search.search(u"486"_s);
    QCOMPARE(codesOf(hits), QList<int>{486});
    QVERIFY(hits.constFirst().matchedFields.testFlag(MatchField::Code));
}

void TestCodeSearch::numberPrefix()
{
    QList<int> expected;
    for (const int code : ResponseCodeCatalog::instance().codeNumbers(false)) {
        if (code >= 480 && code <= 489)
            expected.append(code);
    }
    QCOMPARE(expected.size(), 10);
    QList<int> found = codesOf(m_search.search(u"48"_s));
    QCOMPARE(found, expected); // equal scores: ascending code order
}

void TestCodeSearch::wholeClass_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("codeClass");
    QTest::newRow("4xx") << u"4xx"_s << 4;
    QTest::newRow("4") << u"4"_s << 4;
    QTest::newRow("1xx") << u"1xx"_s << 1;
    QTest::newRow("5") << u"5"_s << 5;
}

void TestCodeSearch::wholeClass()
{
    QFETCH(QString, query);
    QFETCH(int, codeClass);
    const QList<int> expected = registeredCodesOfClass(codeClass);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(codesOf(m_search.search(query)), expected);
}

void TestCodeSearch::nonStandardOnlyWhenAsked()
{
    const auto &catalog = ResponseCodeCatalog::instance();
    for (const QString &query : {u"4"_s, u"kamailio"_s, u"wireshark"_s, u"not registered"_s, u"busy"_s}) {
        for (const SearchHit &hit : m_search.search(query))
            QVERIFY2(catalog.find(hit.code)->isRegistered(), qPrintable(query));
    }
    SearchOptions all;
    all.includeNonStandard = true;
    const QList<int> withAll = codesOf(m_search.search(u"4"_s, all));
    QVERIFY(withAll.contains(409));
    QVERIFY(withAll.contains(477));
    QVERIFY(m_search.search(u"kamailio"_s).isEmpty());
}

void TestCodeSearch::registeredBeforeNonStandardOnTies_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("class 4") << u"4"_s;
    QTest::newRow("class 5xx") << u"5xx"_s;
    QTest::newRow("prefix 49") << u"49"_s;
    QTest::newRow("server down") << u"server down"_s;
    QTest::newRow("not registered") << u"registered"_s;
    QTest::newRow("timeout") << u"timeout"_s;
}

void TestCodeSearch::registeredBeforeNonStandardOnTies()
{
    QFETCH(QString, query);
    const auto &catalog = ResponseCodeCatalog::instance();
    SearchOptions all;
    all.includeNonStandard = true;
    const QList<SearchHit> hits = m_search.search(query, all);
    QVERIFY(!hits.isEmpty());
    bool sawNonStandard = false;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const bool registered = catalog.find(hits.at(i).code)->isRegistered();
        if (i > 0 && hits.at(i).score != hits.at(i - 1).score)
            sawNonStandard = false;
        QVERIFY2(!(registered && sawNonStandard), qPrintable(describe(hits, hits.size())));
        sawNonStandard |= !registered;
    }
}

void TestCodeSearch::titleHitsRankAboveBodyHits_data()
{
    QTest::addColumn<QString>("query");
    for (const char *word : {"busy", "forbidden", "gone", "ringing", "loop", "presence", "fax", "maintenance"})
        QTest::newRow(word) << QString::fromLatin1(word);
}

void TestCodeSearch::titleHitsRankAboveBodyHits()
{
    QFETCH(QString, query);
    const QList<SearchHit> hits = m_search.search(query);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.constFirst().matchedFields & titleFields);
    bool sawBody = false;
    for (const SearchHit &hit : hits) {
        const bool title = (hit.matchedFields & titleFields) != 0;
        QVERIFY2(!(title && sawBody), qPrintable(describe(hits, hits.size())));
        sawBody |= !title;
    }
}

void TestCodeSearch::matchedFields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("field");
    QTest::newRow("number") << u"486"_s << 486 << int(MatchField::Code);
    QTest::newRow("treated as") << u"650"_s << 600 << int(MatchField::TreatedAs);
    QTest::newRow("reason") << u"Busy Here"_s << 486 << int(MatchField::Reason);
    QTest::newRow("variant") << u"Internal Server Error"_s << 500 << int(MatchField::PhraseVariant);
    QTest::newRow("keyword") << u"spam"_s << 607 << int(MatchField::Keyword);
    QTest::newRow("q850 name") << u"Recovery on timer expiry"_s << 504 << int(MatchField::Q850);
    QTest::newRow("reference") << u"RFC8197"_s << 607 << int(MatchField::Reference);
    QTest::newRow("class name") << u"global failure"_s << 603 << int(MatchField::ClassName);
}

void TestCodeSearch::matchedFields()
{
    QFETCH(QString, query);
    QFETCH(int, code);
    QFETCH(int, field);
    const QList<SearchHit> hits = m_search.search(query);
    const auto hit = std::find_if(hits.cbegin(), hits.cend(), [&](const SearchHit &h) { return h.code == code; });
    QVERIFY2(hit != hits.cend(), qPrintable(describe(hits)));
    QVERIFY(hit->matchedFields.testFlag(MatchField(field)));
}

void TestCodeSearch::orderedAndDeterministic_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : {"busy", "call", "4", "not", "server down", "unavailabel", "a", "s"})
        QTest::newRow(query) << QString::fromLatin1(query);
}

void TestCodeSearch::orderedAndDeterministic()
{
    QFETCH(QString, query);
    SearchOptions all;
    all.includeNonStandard = true;
    const QList<SearchHit> first = m_search.search(query, all);
    QVERIFY(!first.isEmpty());
    QCOMPARE(m_search.search(query, all), first);
    const CodeSearch other;
    QCOMPARE(other.search(query, all), first);
    for (qsizetype i = 1; i < first.size(); ++i) {
        QVERIFY(first.at(i - 1).score >= first.at(i).score);
        QVERIFY(first.at(i).score > 0);
    }
    QList<int> codes = codesOf(first);
    std::sort(codes.begin(), codes.end());
    QVERIFY(std::adjacent_find(codes.cbegin(), codes.cend()) == codes.cend());
}

void TestCodeSearch::limitAndClassOptions()
{
    const QList<SearchHit> unlimited = m_search.search(u"call"_s);
    QVERIFY(unlimited.size() > 5);
    SearchOptions limited;
    limited.limit = 5;
    QCOMPARE(m_search.search(u"call"_s, limited), unlimited.mid(0, 5));

    SearchOptions sixes;
    sixes.codeClass = 6;
    const QList<SearchHit> busy = m_search.search(u"busy"_s, sixes);
    QVERIFY(codesOf(busy).contains(600));
    for (const SearchHit &hit : busy)
        QCOMPARE(hit.code / 100, 6);
}

void TestCodeSearch::blankQueries()
{
    QVERIFY(CodeSearch::isBlank(QString()));
    QVERIFY(CodeSearch::isBlank(u"  "_s));
    QVERIFY(CodeSearch::isBlank(u"the "_s));
    QVERIFY(!CodeSearch::isBlank(u"486"_s));
    QVERIFY(!CodeSearch::isBlank(u"not"_s));
    // While typing, a lone filler word may still be the start of a real one.
    QVERIFY(!CodeSearch::isBlank(u"a"_s));
    QVERIFY(!m_search.search(u"a"_s).isEmpty());
}

void TestCodeSearch::rebuildKeepsResults()
{
    CodeSearch search;
    const QList<SearchHit> before = search.search(u"nobody answers"_s);
    search.rebuild();
    QCOMPARE(search.search(u"nobody answers"_s), before);
    CodeSearch moved = std::move(search);
    QCOMPARE(moved.search(u"nobody answers"_s), before);
}

void TestCodeSearch::searchesTranslatedAndEnglishTexts()
{
    const QString english = ResponseCodeCatalog::instance().find(486)->summary;
    Test::FakeCatalogTranslator translator(english, u"Der Teilnehmer ist gerade besetzt, Quaxelwort."_s);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    CodeSearch search; // built while the "translation" is active
    QCOMPARE(codesOf(search.search(u"Quaxelwort"_s)), QList<int>{486});
    QVERIFY(codesOf(search.search(u"besetzt"_s)).contains(486));
    // The English source stays searchable in any language.
    QVERIFY(codesOf(search.search(english)).contains(486));
    QVERIFY(codesOf(search.search(u"busy"_s)).mid(0, 3).contains(486));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(codesOf(search.search(u"Quaxelwort"_s)).contains(486)); // not rebuilt yet
    search.rebuild();
    QVERIFY(search.search(u"Quaxelwort"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCodeSearch)
#include "tst_codesearch.moc"
