// The catalog against the reference tables in tests/data: the IANA registry, the
// non-standard codes, the RFC 3398 mappings and the phrase variants.
#include "csvtable.h"

#include "codes/responsecodecatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The kind a non-standard code must have, from how the reference table describes
// where it comes from.
CodeKind expectedKind(const QString &source)
{
    if (source.contains(u"Wireshark"_s))
        return CodeKind::AnalyserLabel;
    if (source.contains(u"local"_s) || source.contains(u"never sent on the wire"_s))
        return CodeKind::LocalOnly;
    return CodeKind::Unregistered;
}

// The phrase sent on the wire: the registry marks 202 "Accepted (Deprecated)", which
// is an annotation of RFC 6665, not part of the phrase (see tests/data/README.md).
QString wirePhrase(QString registryText)
{
    registryText.remove(u" (Deprecated)"_s);
    return registryText;
}

// Sentences as a reader counts them: a full stop, question or exclamation mark, then
// a blank and a capital, digit, quote or bracket ("e.g. a" and "§8.1.3.2" do not split).
qsizetype sentenceCount(const QString &text)
{
    static const QRegularExpression boundary(u"(?<=[.!?])\\s+(?=[A-Z0-9\"(])"_s);
    return text.trimmed().split(boundary, Qt::SkipEmptyParts).size();
}

bool hasSurroundingSpace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

} // namespace

class TestResponseCodeCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void registryIsComplete();
    void registeredCode_data();
    void registeredCode();
    void acceptedKeepsItsWirePhrase();
    void codesAreSortedAndUnique();

    void everyFieldFilled_data();
    void everyFieldFilled();
    void proseHasTheAskedShape_data();
    void proseHasTheAskedShape();
    void relatedCodesExist_data();
    void relatedCodesExist();

    void q850ToSip_data();
    void q850ToSip();
    void q850ToSipHasNoExtraRows();
    void sipToQ850_data();
    void sipToQ850();
    void sipToQ850HasNoExtraRows();

    void nonStandard_data();
    void nonStandard();
    void nonStandardCount();
    void phraseVariants_data();
    void phraseVariants();
    void phraseVariantsOnlyFromReference();

    void lookup_data();
    void lookup();
    void lookupErrorMessage_data();
    void lookupErrorMessage();
    void fallbackExplainsTheClass();
    void classInfo_data();
    void classInfo();
    void classInfoInvalid();

private:
    void addCodeRows(); // every code of the registry and the non-standard table

    const ResponseCodeCatalog &m_catalog = ResponseCodeCatalog::instance();
    CsvTable m_registry{u"iana-sip-response-codes.csv"_s};
    CsvTable m_nonStandard{u"nonstandard-sip-codes.csv"_s};
    CsvTable m_q850ToSip{u"q850-sip-mapping.csv"_s};
    CsvTable m_sipToQ850{u"sip-q850-mapping.csv"_s};
    CsvTable m_variants{u"phrase-variants.csv"_s};
};

void TestResponseCodeCatalog::initTestCase()
{
    QCOMPARE(m_registry.size(), 75);
    QVERIFY(!m_nonStandard.isEmpty());
    QVERIFY(!m_q850ToSip.isEmpty());
    QVERIFY(!m_sipToQ850.isEmpty());
    QVERIFY(!m_variants.isEmpty());
}

void TestResponseCodeCatalog::registryIsComplete()
{
    QList<int> expected;
    for (qsizetype i = 0; i < m_registry.size(); ++i)
        expected.append(m_registry.value(i, u"code"_s).toInt());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_catalog.codeNumbers(false), expected);
    QCOMPARE(m_catalog.codes(false).size(), 75);
}

void TestResponseCodeCatalog::registeredCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("rfc");
    for (qsizetype i = 0; i < m_registry.size(); ++i) {
        const QString code = m_registry.value(i, u"code"_s);
        const QString reason = m_registry.value(i, u"reason"_s);
        QTest::addRow("%s %s", qPrintable(code), qPrintable(reason))
            << code.toInt() << wirePhrase(reason) << m_registry.value(i, u"rfc"_s);
    }
}

void TestResponseCodeCatalog::registeredCode()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, rfc);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    QCOMPARE(entry->code, code);
    QCOMPARE(entry->reason, reason);
    QCOMPARE(entry->kind, CodeKind::Registered);
    QVERIFY(entry->isRegistered());
    QCOMPARE(entry->codeClass(), code / 100);
    QCOMPARE(entry->classLabel(), QString::number(code / 100) + u"xx"_s);
    QCOMPARE(entry->treatedAs, 0);
    QVERIFY(!entry->refs.isEmpty());
    QCOMPARE(entry->refs.constFirst().document, rfc);
    for (const RfcRef &ref : entry->refs) {
        QVERIFY2(ref.url().toString().startsWith(u"https://www.rfc-editor.org/rfc/rfc"_s),
                 qPrintable(ref.url().toString()));
        QVERIFY(ref.url().isValid());
    }
    QCOMPARE(m_catalog.registeredPhrase(code), reason);
    QCOMPARE(m_catalog.lookup(QString::number(code)).code->reason, reason);
}

void TestResponseCodeCatalog::acceptedKeepsItsWirePhrase()
{
    // RFC 6665 §8.3.1 deprecated 202; the registry says so next to the phrase, the wire
    // does not, and the technical text has to tell.
    const auto accepted = m_catalog.find(202);
    QVERIFY(accepted);
    QCOMPARE(accepted->reason, u"Accepted"_s);
    QCOMPARE(accepted->refs.constFirst().document, u"RFC6665"_s);
    QVERIFY(accepted->technical.contains(u"Deprecated"_s));
}

void TestResponseCodeCatalog::codesAreSortedAndUnique()
{
    const QList<int> numbers = m_catalog.codeNumbers(true);
    QVERIFY(numbers.size() > 75);
    QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));
    QVERIFY(std::adjacent_find(numbers.cbegin(), numbers.cend()) == numbers.cend());
}

void TestResponseCodeCatalog::addCodeRows()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("registered");
    for (qsizetype i = 0; i < m_registry.size(); ++i) {
        const QString code = m_registry.value(i, u"code"_s);
        QTest::addRow("registered %s", qPrintable(code)) << code.toInt() << true;
    }
    for (qsizetype i = 0; i < m_nonStandard.size(); ++i) {
        const QString code = m_nonStandard.value(i, u"code"_s);
        QTest::addRow("non-standard %s", qPrintable(code)) << code.toInt() << false;
    }
}

void TestResponseCodeCatalog::everyFieldFilled_data()
{
    addCodeRows();
}

void TestResponseCodeCatalog::everyFieldFilled()
{
    QFETCH(int, code);
    QFETCH(bool, registered);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    QCOMPARE(entry->isRegistered(), registered);
    QVERIFY(!entry->reason.isEmpty());
    QVERIFY(!entry->summary.isEmpty());
    QVERIFY(!entry->summary.contains(u'\n'));
    QVERIFY(!entry->meaning.isEmpty());
    QVERIFY(!entry->technical.isEmpty());
    QVERIFY(entry->meaning.size() > entry->summary.size());
    QVERIFY(!entry->causes.isEmpty());
    QVERIFY(!entry->actions.isEmpty());
    QVERIFY(!entry->keywords.isEmpty());
    for (const QStringList &list : {entry->causes, entry->actions, entry->keywords}) {
        for (const QString &item : list) {
            QVERIFY(!item.isEmpty());
            QVERIFY2(!hasSurroundingSpace(item), qPrintable(item));
        }
    }
    for (const QString &text : {entry->summary, entry->meaning, entry->technical})
        QVERIFY2(!hasSurroundingSpace(text), qPrintable(text));
    if (registered) {
        QVERIFY(!entry->refs.isEmpty());
        QVERIFY(entry->source.isEmpty());
    } else {
        QVERIFY(!entry->source.isEmpty());
    }
}

void TestResponseCodeCatalog::proseHasTheAskedShape_data()
{
    addCodeRows();
}

void TestResponseCodeCatalog::proseHasTheAskedShape()
{
    // The summary is one sentence a help desk can read out, the meaning two
    // to four, and every code points to its neighbours.
    QFETCH(int, code);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    QVERIFY2(sentenceCount(entry->summary) == 1, qPrintable(entry->summary));
    const qsizetype meaning = sentenceCount(entry->meaning);
    QVERIFY2(meaning >= 2 && meaning <= 4, qPrintable(u"%1 sentences: %2"_s.arg(meaning).arg(entry->meaning)));
    QVERIFY(!entry->related.isEmpty());
}

void TestResponseCodeCatalog::relatedCodesExist_data()
{
    addCodeRows();
}

void TestResponseCodeCatalog::relatedCodesExist()
{
    QFETCH(int, code);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    QVERIFY(!entry->related.isEmpty());
    for (const int related : entry->related) {
        QVERIFY2(related != code, "a code is not related to itself");
        QVERIFY2(m_catalog.find(related), qPrintable(QString::number(related)));
    }
}

void TestResponseCodeCatalog::q850ToSip_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("sipCode"); // 0: no response code
    for (qsizetype i = 0; i < m_q850ToSip.size(); ++i) {
        const QString cause = m_q850ToSip.value(i, u"q850_cause"_s);
        const QString sip = m_q850ToSip.value(i, u"sip_code"_s);
        QTest::addRow("cause %s to %s", qPrintable(cause), sip.isEmpty() ? "none" : qPrintable(sip))
            << cause.toInt() << m_q850ToSip.value(i, u"q850_name"_s) << sip.toInt();
    }
}

void TestResponseCodeCatalog::q850ToSip()
{
    QFETCH(int, cause);
    QFETCH(QString, name);
    QFETCH(int, sipCode);
    const QString catalogName = m_catalog.q850CauseName(cause);
    QVERIFY(!catalogName.isEmpty());
    // The table adds the row's condition in parentheses: "Number changed (without diagnostic)".
    QVERIFY2(name.startsWith(catalogName), qPrintable(catalogName));
    QVERIFY(m_catalog.q850Causes().contains(cause));
    const QList<int> codes = m_catalog.sipCodesForQ850(cause);
    if (sipCode == 0) {
        QVERIFY(codes.isEmpty());
        QVERIFY(!m_catalog.sipCodeForQ850(cause));
        return;
    }
    QVERIFY(codes.contains(sipCode));
    const auto entry = m_catalog.find(sipCode);
    QVERIFY(entry);
    const bool listed = std::any_of(entry->q850.cbegin(), entry->q850.cend(),
                                    [&](const Q850Cause &c) { return c.cause == cause && c.name == catalogName; });
    QVERIFY(listed);
}

void TestResponseCodeCatalog::q850ToSipHasNoExtraRows()
{
    qsizetype expected = 0;
    for (qsizetype i = 0; i < m_q850ToSip.size(); ++i) {
        if (!m_q850ToSip.value(i, u"sip_code"_s).isEmpty())
            ++expected;
    }
    qsizetype mapped = 0;
    for (const int cause : m_catalog.q850Causes())
        mapped += m_catalog.sipCodesForQ850(cause).size();
    QCOMPARE(mapped, expected);
}

void TestResponseCodeCatalog::sipToQ850_data()
{
    QTest::addColumn<int>("sipCode");
    QTest::addColumn<int>("cause"); // 0: no fixed cause
    for (qsizetype i = 0; i < m_sipToQ850.size(); ++i) {
        const QString code = m_sipToQ850.value(i, u"sip_code"_s);
        QTest::addRow("%s", qPrintable(code)) << code.toInt() << m_sipToQ850.value(i, u"q850_cause"_s).toInt();
    }
}

void TestResponseCodeCatalog::sipToQ850()
{
    QFETCH(int, sipCode);
    QFETCH(int, cause);
    const auto mapped = m_catalog.q850ForSipCode(sipCode);
    const auto entry = m_catalog.find(sipCode);
    QVERIFY(entry);
    if (cause == 0) {
        QVERIFY(!mapped);
        QVERIFY(entry->q850Out.isEmpty());
        return;
    }
    QVERIFY(mapped);
    QCOMPARE(mapped->cause, cause);
    QCOMPARE(mapped->name, m_catalog.q850CauseName(cause));
    QCOMPARE(entry->q850Out.size(), 1);
    QCOMPARE(entry->q850Out.constFirst().cause, cause);
}

void TestResponseCodeCatalog::sipToQ850HasNoExtraRows()
{
    QList<int> listed;
    for (qsizetype i = 0; i < m_sipToQ850.size(); ++i)
        listed.append(m_sipToQ850.value(i, u"sip_code"_s).toInt());
    for (const int code : m_catalog.codeNumbers(true)) {
        if (!listed.contains(code))
            QVERIFY2(!m_catalog.q850ForSipCode(code), qPrintable(QString::number(code)));
    }
}

void TestResponseCodeCatalog::nonStandard_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    for (qsizetype i = 0; i < m_nonStandard.size(); ++i) {
        const QString code = m_nonStandard.value(i, u"code"_s);
        QTest::addRow("%s", qPrintable(code))
            << code.toInt() << m_nonStandard.value(i, u"reason"_s)
            << int(expectedKind(m_nonStandard.value(i, u"source"_s)));
    }
}

void TestResponseCodeCatalog::nonStandard()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    QCOMPARE(entry->reason, reason);
    QCOMPARE(int(entry->kind), kind);
    QVERIFY(!entry->isRegistered());
    QVERIFY(m_catalog.registeredPhrase(code).isEmpty());
    QVERIFY(!m_catalog.codeNumbers(false).contains(code));
    QVERIFY(m_catalog.codeNumbers(true).contains(code));
    // RFC 3261 §8.1.3.2: what a receiver makes of it on the wire.
    const int treatedAs = code >= 100 && code <= 699 ? code / 100 * 100 : 0;
    QCOMPARE(entry->treatedAs, treatedAs);
}

void TestResponseCodeCatalog::nonStandardCount()
{
    QCOMPARE(m_catalog.codes(true).size() - m_catalog.codes(false).size(), m_nonStandard.size());
}

void TestResponseCodeCatalog::phraseVariants_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("variant");
    for (qsizetype i = 0; i < m_variants.size(); ++i) {
        const QString code = m_variants.value(i, u"code"_s);
        const QString variant = m_variants.value(i, u"variant_seen"_s);
        QTest::addRow("%s %s", qPrintable(code), qPrintable(variant))
            << code.toInt() << m_variants.value(i, u"registered"_s) << variant;
    }
}

void TestResponseCodeCatalog::phraseVariants()
{
    QFETCH(int, code);
    QFETCH(QString, registered);
    QFETCH(QString, variant);
    const auto entry = m_catalog.find(code);
    QVERIFY(entry);
    if (variant == wirePhrase(registered)) {
        // 202: the variant is the wire phrase, which the catalog already shows.
        QCOMPARE(entry->reason, variant);
        return;
    }
    QCOMPARE(entry->reason, registered);
    QVERIFY2(entry->phraseVariants.contains(variant), qPrintable(entry->phraseVariants.join(u" | "_s)));
}

// The other direction: the catalog names no variant the reference table lacks, so a row
// removed there (439 "Stale Date", which no stack uses: RFC 8224 §6.2.2 gives that phrase
// to 403) cannot live on in the program.
void TestResponseCodeCatalog::phraseVariantsOnlyFromReference()
{
    QSet<QString> reference;
    for (qsizetype i = 0; i < m_variants.size(); ++i)
        reference.insert(m_variants.value(i, u"code"_s) + u' ' + m_variants.value(i, u"variant_seen"_s));
    QStringList extra;
    for (const ResponseCode &code : m_catalog.codes(true)) {
        for (const QString &variant : code.phraseVariants) {
            if (!reference.contains(QString::number(code.code) + u' ' + variant))
                extra.append(QString::number(code.code) + u' ' + variant);
        }
    }
    QVERIFY2(extra.isEmpty(), qPrintable(extra.join(u", "_s)));
    QVERIFY(!m_catalog.find(439)->phraseVariants.contains(u"Stale Date"_s));
}

void TestResponseCodeCatalog::lookup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");      // 0: no code expected
    QTest::addColumn<int>("kind");      // CodeKind, when a code is expected
    QTest::addColumn<int>("treatedAs");
    QTest::addColumn<int>("error");     // LookupError, or -1 for none

    const int none = -1;
    const int registered = int(CodeKind::Registered);
    const int fallback = int(CodeKind::ClassFallback);
    QTest::newRow("registered 486") << u"486"_s << 486 << registered << 0 << none;
    QTest::newRow("surrounding spaces") << u" 486 "_s << 486 << registered << 0 << none;
    QTest::newRow("tab and newline") << u"\t404\n"_s << 404 << registered << 0 << none;
    QTest::newRow("lowest registered 100") << u"100"_s << 100 << registered << 0 << none;
    QTest::newRow("newest registered 608") << u"608"_s << 608 << registered << 0 << none;
    QTest::newRow("unregistered 650 reads as 600") << u"650"_s << 650 << fallback << 600 << none;
    QTest::newRow("unregistered 498 reads as 400") << u"498"_s << 498 << fallback << 400 << none;
    QTest::newRow("unregistered 150 reads as 183") << u"150"_s << 150 << fallback << 183 << none;
    QTest::newRow("unregistered 250 reads as 200") << u"250"_s << 250 << fallback << 200 << none;
    QTest::newRow("unregistered 599 label reads as 500")
        << u"599"_s << 599 << int(CodeKind::AnalyserLabel) << 500 << none;
    QTest::newRow("499 label reads as 400") << u"499"_s << 499 << int(CodeKind::AnalyserLabel) << 400 << none;
    QTest::newRow("local status 701") << u"701"_s << 701 << int(CodeKind::LocalOnly) << 0 << none;
    QTest::newRow("Kamailio 477 reads as 400") << u"477"_s << 477 << int(CodeKind::Unregistered) << 400 << none;
    QTest::newRow("empty") << QString() << 0 << 0 << 0 << int(LookupError::Empty);
    QTest::newRow("blank") << u"   "_s << 0 << 0 << 0 << int(LookupError::Empty);
    QTest::newRow("two digits 99") << u"99"_s << 0 << 0 << 0 << int(LookupError::OutOfRange);
    QTest::newRow("700 unknown") << u"700"_s << 0 << 0 << 0 << int(LookupError::OutOfRange);
    QTest::newRow("four digits 1000") << u"1000"_s << 0 << 0 << 0 << int(LookupError::OutOfRange);
    QTest::newRow("zero") << u"0"_s << 0 << 0 << 0 << int(LookupError::OutOfRange);
    QTest::newRow("negative -1") << u"-1"_s << 0 << 0 << 0 << int(LookupError::OutOfRange);
    QTest::newRow("letter inside 4a6") << u"4a6"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
    QTest::newRow("word") << u"busy"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
    QTest::newRow("space inside") << u"4 86"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
    QTest::newRow("class pattern 4xx") << u"4xx"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
    QTest::newRow("plus sign") << u"+486"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
    QTest::newRow("decimal") << u"486.0"_s << 0 << 0 << 0 << int(LookupError::NotANumber);
}

void TestResponseCodeCatalog::lookup()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(int, treatedAs);
    QFETCH(int, error);
    const LookupResult result = m_catalog.lookup(text);
    if (error >= 0) {
        QVERIFY(!result.code);
        QVERIFY(result.error);
        QCOMPARE(int(*result.error), error);
        QVERIFY(!result.errorMessage.isEmpty());
        return;
    }
    QVERIFY2(result.code, qPrintable(result.errorMessage));
    QVERIFY(!result.error);
    QCOMPARE(result.code->code, code);
    QCOMPARE(int(result.code->kind), kind);
    QCOMPARE(result.code->treatedAs, treatedAs);
    QCOMPARE(result.code->isRegistered(), kind == int(CodeKind::Registered));
    QVERIFY(!result.code->summary.isEmpty());
}

void TestResponseCodeCatalog::lookupErrorMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << u"4a6"_s;
    QTest::newRow("too small") << u"99"_s;
    QTest::newRow("too large") << u"700"_s;
    QTest::newRow("negative") << u"-1"_s;
}

void TestResponseCodeCatalog::lookupErrorMessage()
{
    QFETCH(QString, text);
    const LookupResult result = m_catalog.lookup(text);
    QVERIFY(!result.code);
    // One line that names what was typed, so the user sees which part is wrong.
    QVERIFY(!result.errorMessage.contains(u'\n'));
    QVERIFY2(result.errorMessage.contains(text), qPrintable(result.errorMessage));
}

void TestResponseCodeCatalog::fallbackExplainsTheClass()
{
    const auto fallback = m_catalog.explain(650);
    QVERIFY(fallback);
    const CodeClassInfo info = m_catalog.classInfo(6);
    QCOMPARE(fallback->summary, info.summary);
    QCOMPARE(fallback->meaning, info.meaning);
    QVERIFY(!fallback->summary.isEmpty());
    QVERIFY(fallback->reason.isEmpty());
    QVERIFY(!fallback->isRegistered());
    QVERIFY(fallback->refs.contains(RfcRef({u"RFC3261"_s, u"8.1.3.2"_s})));
    QCOMPARE(fallback->related, QList<int>{600});
    QVERIFY(!m_catalog.find(650));
    QVERIFY(!m_catalog.explain(99));
    QVERIFY(!m_catalog.explain(700));
}

void TestResponseCodeCatalog::classInfo_data()
{
    QTest::addColumn<int>("codeClass");
    QTest::addColumn<QString>("name");
    // RFC 3261 §7.2 names the classes.
    QTest::newRow("1xx") << 1 << u"Provisional"_s;
    QTest::newRow("2xx") << 2 << u"Success"_s;
    QTest::newRow("3xx") << 3 << u"Redirection"_s;
    QTest::newRow("4xx") << 4 << u"Client Failure"_s;
    QTest::newRow("5xx") << 5 << u"Server Failure"_s;
    QTest::newRow("6xx") << 6 << u"Global Failure"_s;
}

void TestResponseCodeCatalog::classInfo()
{
    QFETCH(int, codeClass);
    QFETCH(QString, name);
    const CodeClassInfo info = m_catalog.classInfo(codeClass);
    QCOMPARE(info.codeClass, codeClass);
    QCOMPARE(info.label, QString::number(codeClass) + u"xx"_s);
    QCOMPARE(info.name, name);
    QVERIFY(!info.summary.isEmpty());
    QVERIFY(!info.meaning.isEmpty());
    QVERIFY(!info.technical.isEmpty());
    QVERIFY(!info.actions.isEmpty());
    QVERIFY(!info.keywords.isEmpty());
}

void TestResponseCodeCatalog::classInfoInvalid()
{
    QCOMPARE(m_catalog.classInfo(0).codeClass, 0);
    QCOMPARE(m_catalog.classInfo(7).codeClass, 0);
    QVERIFY(m_catalog.classInfo(7).summary.isEmpty());
}

QTEST_GUILESS_MAIN(TestResponseCodeCatalog)
#include "tst_responsecodecatalog.moc"
