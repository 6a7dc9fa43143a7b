// CodeSearch: numbers, classes, words, help-desk phrasing, typos, typing, ranking and
// determinism, over the real catalog.
#include "fakecatalogtranslator.h"

#include "codes/codesearch.h"
#include "codes/q850.h"
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

constexpr MatchFields titleFields = MatchField::Reason | MatchField::PhraseVariant | MatchField::Keyword
    | MatchField::Vocabulary;

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
    void priorOrdersNearTies_data();
    void priorOrdersNearTies();
    void negationChangesTheMeaning();
    void recognitionsCarryNotes_data();
    void recognitionsCarryNotes();
    void causeNotesComeFromQ850_data();
    void causeNotesComeFromQ850();
    void strongHitsComeFirst_data();
    void strongHitsComeFirst();
    void fewStrongHitsForAQuestion();
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

    // Graceful ranking: an unknown or ordinary word does not empty the list.
    QTest::newRow("unknown word beside a known one") << u"busy xyzzy"_s << false << QList<int>{486} << 1;
    QTest::newRow("ordinary words: not enough digits") << u"not enough digits"_s << false << QList<int>{484} << 1;
    QTest::newRow("ordinary words: dialled too few digits") << u"dialled too few digits"_s << false << QList<int>{484} << 1;
    QTest::newRow("session timer too short") << u"session timer too short"_s << false << QList<int>{422} << 1;
    QTest::newRow("upstream server did not respond") << u"upstream server did not respond"_s << false
                                                     << QList<int>{504, 408} << 2;
    QTest::newRow("short typo: not foud") << u"not foud"_s << false << QList<int>{404} << 1;
    QTest::newRow("short typo: bsuy") << u"bsuy"_s << false << QList<int>{486} << 1;
    QTest::newRow("misspelt phrase") << u"Temporarly Unavailable"_s << false << QList<int>{480} << 1;
    QTest::newRow("pasted status line") << u"SIP/2.0 404 Not Found"_s << false << QList<int>{404} << 1;

    // The frequency prior orders near-ties.
    QTest::newRow("prior: busy") << u"busy"_s << false << QList<int>{486} << 1;
    QTest::newRow("prior: user busy") << u"user busy"_s << false << QList<int>{486} << 1;

    // Function words never block (the other three languages: tst_searchlanguages, with
    // their translation active).
    QTest::newRow("English sentence") << u"the number you dialled does not exist"_s << false
                                      << QList<int>{404, 604} << 2;

    // Q.850 causes and vendor codes are listed first.
    QTest::newRow("cause 17") << u"cause 17"_s << false << QList<int>{486} << 1;
    QTest::newRow("q850 34") << u"q850 34"_s << false << QList<int>{503} << 1;
    QTest::newRow("Reason header") << u"Reason: Q.850;cause=21"_s << false << QList<int>{403} << 1;
    QTest::newRow("cause 1 with its name") << u"cause 1 unallocated number"_s << false << QList<int>{404} << 1;
    QTest::newRow("cause 21 with its name") << u"cause 21 call rejected"_s << false << QList<int>{403} << 1;
    QTest::newRow("German Ursache") << u"Ursache 17"_s << false << QList<int>{486} << 1;
    QTest::newRow("cause 22 has two codes") << u"cause 22"_s << false << QList<int>{410, 301} << 2;
    QTest::newRow("Teams sub-code") << u"560486"_s << false << QList<int>{486} << 1;
    QTest::newRow("Teams sub-code in words") << u"teams error 560488"_s << false << QList<int>{488} << 1;
    QTest::newRow("FreeSWITCH state") << u"entering state [completed][480]"_s << false << QList<int>{480} << 1;
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
    QTest::newRow("class 7xx") << u"7xx"_s;
    QTest::newRow("out of range 700") << u"700"_s;
    QTest::newRow("prefix without codes") << u"99"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("three letters, no typo tolerance") << u"bsy"_s;
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

void TestCodeSearch::priorOrdersNearTies_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("common");
    QTest::addColumn<int>("rare");
    QTest::newRow("busy") << u"busy"_s << 486 << 600;
    QTest::newRow("not found") << u"not found"_s << 404 << 604;
    QTest::newRow("unavailable") << u"unavailable"_s << 503 << 603;
    QTest::newRow("rejected") << u"call rejected"_s << 603 << 608;
}

void TestCodeSearch::priorOrdersNearTies()
{
    QFETCH(QString, query);
    QFETCH(int, common);
    QFETCH(int, rare);
    const QList<int> codes = codesOf(m_search.search(query));
    QVERIFY2(codes.contains(common), qPrintable(describe(m_search.search(query))));
    const qsizetype rareAt = codes.indexOf(rare);
    QVERIFY2(rareAt < 0 || codes.indexOf(common) < rareAt, qPrintable(describe(m_search.search(query))));
}

void TestCodeSearch::negationChangesTheMeaning()
{
    auto scoreOf = [this](const QString &query, int code) {
        for (const SearchHit &hit : m_search.search(query)) {
            if (hit.code == code)
                return hit.score;
        }
        return 0;
    };
    // "not found" names 404; "found" alone is far weaker evidence for it.
    QCOMPARE(m_search.search(u"not found"_s).constFirst().code, 404);
    QVERIFY(scoreOf(u"not found"_s, 404) > 5 * scoreOf(u"found"_s, 404));
    // The other languages' negations: tst_searchlanguages.
    QCOMPARE(m_search.search(u"call answered"_s).constFirst().code, 200);
    QVERIFY(m_search.search(u"call not answered"_s).constFirst().code != 200);
    // A code reached only through the opposite polarity says so instead of naming a
    // field that says the opposite: "found" finds 404 that way ("Not Found").
    bool found = false;
    for (const SearchHit &hit : m_search.search(u"found"_s)) {
        QVERIFY(hit.matchedFields != MatchFields());
        if (hit.code == 404) {
            found = true;
            QVERIFY(hit.matchedFields.testFlag(MatchField::OppositeMeaning));
            QVERIFY(!hit.matchedFields.testFlag(MatchField::Reason));
        }
    }
    QVERIFY(found);
}

void TestCodeSearch::recognitionsCarryNotes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("noteContains");
    QTest::newRow("cause") << u"cause 17"_s << int(QueryRecognition::Kind::Q850Cause) << 17 << u"User busy"_s;
    QTest::newRow("cause 16 maps to nothing") << u"cause 16"_s << int(QueryRecognition::Kind::Q850Cause) << 16
                                              << u"no response code"_s;
    QTest::newRow("warning") << u"warning 399"_s << int(QueryRecognition::Kind::Warning) << 399
                             << u"Miscellaneous warning"_s;
    QTest::newRow("unregistered warning") << u"warning 377"_s << int(QueryRecognition::Kind::Warning) << 377
                                          << u"not a registered"_s;
    QTest::newRow("teams") << u"560486"_s << int(QueryRecognition::Kind::Code) << 486
                           << u"Microsoft Teams Direct Routing"_s;
    QTest::newRow("zoom") << u"Zoom: Call failed (code: 10488)"_s << int(QueryRecognition::Kind::Code) << 488
                          << u"Zoom Phone"_s;
}

void TestCodeSearch::recognitionsCarryNotes()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(int, value);
    QFETCH(QString, noteContains);
    const SearchResult result = m_search.find(query);
    QCOMPARE(result.recognitions.size(), 1);
    const QueryRecognition &r = result.recognitions.constFirst();
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.value, value);
    QVERIFY2(r.note.contains(noteContains), qPrintable(r.note));
    for (qsizetype i = 0; i < r.codes.size(); ++i) {
        QCOMPARE(result.hits.at(i).code, r.codes.at(i));
        QVERIFY(result.hits.at(i).matchedFields.testFlag(MatchField::Recognized));
    }
    QVERIFY(!CodeSearch::isBlank(query));
}

void TestCodeSearch::causeNotesComeFromQ850_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("saysAlso"); // besides what Q850 says; empty: nothing more
    QTest::newRow("17 mapped") << 17 << u"User busy"_s;
    QTest::newRow("21 may become 603") << 21 << u"603"_s;
    QTest::newRow("22 two rows") << 22 << u"301"_s;
    QTest::newRow("16 BYE or CANCEL") << 16 << u"BYE"_s;
    // §7.2.4.1: a cause not in the table SHOULD become 500, named or not.
    QTest::newRow("25 named, unlisted") << 25 << u"500"_s;
    QTest::newRow("44 unnamed, unlisted") << 44 << u"500"_s;
}

void TestCodeSearch::causeNotesComeFromQ850()
{
    QFETCH(int, cause);
    QFETCH(QString, saysAlso);
    const SearchResult result = m_search.find(u"cause "_s + QString::number(cause));
    QCOMPARE(result.recognitions.size(), 1);
    const QueryRecognition &r = result.recognitions.constFirst();
    QCOMPARE(r.codes, Q850::causeResponses(cause));
    QVERIFY2(r.note.contains(Q850::causeMapping(cause)), qPrintable(r.note));
    QVERIFY2(r.note.contains(Q850::causeNote(cause)), qPrintable(r.note));
    QVERIFY2(r.note.contains(saysAlso), qPrintable(r.note));
    // The codes the note names are the ones listed first.
    for (qsizetype i = 0; i < r.codes.size(); ++i)
        QCOMPARE(result.hits.at(i).code, r.codes.at(i));
}

void TestCodeSearch::strongHitsComeFirst_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : {"busy", "nobody answers", "wrong password", "server down", "4", "cause 21 call rejected",
                              "the customer says the number does not exist"})
        QTest::newRow(query) << QString::fromLatin1(query);
}

void TestCodeSearch::strongHitsComeFirst()
{
    QFETCH(QString, query);
    const QList<SearchHit> hits = m_search.search(query);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.constFirst().strong);
    bool related = false;
    for (const SearchHit &hit : hits) {
        QVERIFY2(!(hit.strong && related), qPrintable(describe(hits, hits.size())));
        related |= !hit.strong;
    }
}

void TestCodeSearch::fewStrongHitsForAQuestion()
{
    // A three-word question gets a handful of strong answers, not the whole catalog.
    const QList<SearchHit> hits = m_search.search(u"nobody answers the phone"_s);
    const qsizetype strong = std::count_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.strong; });
    QVERIFY2(strong >= 1 && strong <= 6, qPrintable(describe(hits, hits.size())));
    QCOMPARE(hits.constFirst().code, 480);
    // An exact number stands alone.
    const QList<SearchHit> exact = m_search.search(u"486"_s);
    QCOMPARE(exact.size(), 1);
    QVERIFY(exact.constFirst().strong);
}

QTEST_GUILESS_MAIN(TestCodeSearch)
#include "tst_codesearch.moc"
