// sipscope-cli as a user runs it: the built executable in a QProcess, its output,
// JSON and exit codes (0 found, 1 nothing found, 64 usage error).
#include "codes/codesearch.h"
#include "codes/q850.h"
#include "codes/responsecodecatalog.h"
#include "sipscope_version.h"

#include "cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

using Run = SipScope::Test::CliRun;

Run runCli(const QStringList &arguments)
{
    return SipScope::Test::runCliProcess(arguments, {.environment = {{u"COLUMNS"_s, u"80"_s}}});
}

QJsonDocument parse(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return document;
}

QList<int> codesOf(const QJsonArray &array)
{
    QList<int> out;
    for (const QJsonValue &value : array)
        out.append(value.toObject().value(u"code"_s).toInt());
    return out;
}

QList<int> intsOf(const QJsonArray &array)
{
    QList<int> out;
    for (const QJsonValue &value : array)
        out.append(value.toInt());
    return out;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void usageErrorsNameTheProblem_data();
    void usageErrorsNameTheProblem();
    void codeText();
    void codeJson();
    void codeJsonUnregistered_data();
    void codeJsonUnregistered();
    void searchJson_data();
    void searchJson();
    void searchText();
    void searchNothingFound();
    void searchLimitAndAll();
    void listJson();
    void listClassAndAll();
    void listText();
    void q850Json_data();
    void q850Json();
    void q850Text();
    void q850WithoutMapping_data();
    void q850WithoutMapping();
    void warningJson();
    void warningText();
    void help();
    void everyCommandHasHelpAndLang_data();
    void everyCommandHasHelpAndLang();
    void version();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("code 486") << QStringList{u"code"_s, u"486"_s} << 0;
    QTest::newRow("code 486 json") << QStringList{u"code"_s, u"486"_s, u"--json"_s} << 0;
    QTest::newRow("code unregistered 650") << QStringList{u"code"_s, u"650"_s} << 0;
    QTest::newRow("code label 499") << QStringList{u"code"_s, u"499"_s} << 0;
    QTest::newRow("code local 701") << QStringList{u"code"_s, u"701"_s} << 0;
    QTest::newRow("code 4a6") << QStringList{u"code"_s, u"4a6"_s} << 64;
    QTest::newRow("code empty") << QStringList{u"code"_s, QString()} << 64;
    QTest::newRow("code 99") << QStringList{u"code"_s, u"99"_s} << 64;
    QTest::newRow("code 700") << QStringList{u"code"_s, u"700"_s} << 64;
    QTest::newRow("code -1") << QStringList{u"code"_s, u"-1"_s} << 64;
    QTest::newRow("code missing") << QStringList{u"code"_s} << 64;
    QTest::newRow("code two codes") << QStringList{u"code"_s, u"486"_s, u"600"_s} << 64;
    QTest::newRow("code unknown option") << QStringList{u"code"_s, u"--bogus"_s, u"486"_s} << 64;

    QTest::newRow("search busy") << QStringList{u"search"_s, u"busy"_s} << 0;
    QTest::newRow("search two words") << QStringList{u"search"_s, u"nobody"_s, u"answers"_s} << 0;
    QTest::newRow("search no result") << QStringList{u"search"_s, u"xyzzy"_s} << 1;
    QTest::newRow("search no result json") << QStringList{u"search"_s, u"xyzzy"_s, u"--json"_s} << 1;
    QTest::newRow("search no words") << QStringList{u"search"_s} << 64;
    QTest::newRow("search bad limit") << QStringList{u"search"_s, u"busy"_s, u"--limit"_s, u"x"_s} << 64;
    QTest::newRow("search negative limit") << QStringList{u"search"_s, u"busy"_s, u"--limit=-1"_s} << 64;

    QTest::newRow("list") << QStringList{u"list"_s} << 0;
    QTest::newRow("list class 4") << QStringList{u"list"_s, u"--class"_s, u"4"_s} << 0;
    QTest::newRow("list class 9") << QStringList{u"list"_s, u"--class"_s, u"9"_s} << 64;
    QTest::newRow("list class x") << QStringList{u"list"_s, u"--class"_s, u"x"_s} << 64;
    QTest::newRow("list stray argument") << QStringList{u"list"_s, u"486"_s} << 64;

    QTest::newRow("q850 17") << QStringList{u"q850"_s, u"17"_s} << 0;
    QTest::newRow("q850 16 has no code") << QStringList{u"q850"_s, u"16"_s} << 0;
    QTest::newRow("q850 Reason header") << QStringList{u"q850"_s, u"Q.850;cause=34;text=\"No circuit\""_s} << 0;
    QTest::newRow("q850 unmapped 99") << QStringList{u"q850"_s, u"99"_s} << 1;
    QTest::newRow("q850 0") << QStringList{u"q850"_s, u"0"_s} << 64;
    QTest::newRow("q850 128") << QStringList{u"q850"_s, u"128"_s} << 64;
    QTest::newRow("q850 word") << QStringList{u"q850"_s, u"busy"_s} << 64;

    QTest::newRow("warning 305") << QStringList{u"warning"_s, u"305"_s} << 0;
    QTest::newRow("warning header") << QStringList{u"warning"_s, u"399 sbc.example.com \"Number blocked\""_s} << 0;
    QTest::newRow("warning unregistered 350") << QStringList{u"warning"_s, u"350"_s} << 1;
    QTest::newRow("warning word") << QStringList{u"warning"_s, u"abc"_s} << 64;
    QTest::newRow("warning four digits") << QStringList{u"warning"_s, u"3051"_s} << 64;
    QTest::newRow("warning missing") << QStringList{u"warning"_s} << 64;

    QTest::newRow("no command") << QStringList{} << 64;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 64;
    QTest::newRow("unknown global option") << QStringList{u"--bogus"_s, u"code"_s, u"486"_s} << 64;
    QTest::newRow("global help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("command help") << QStringList{u"search"_s, u"--help"_s} << 0;
    QTest::newRow("version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("lang en") << QStringList{u"--lang"_s, u"en"_s, u"code"_s, u"486"_s} << 0;
    QTest::newRow("lang de") << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"de"_s} << 0;
    QTest::newRow("lang unknown global") << QStringList{u"--lang"_s, u"xx"_s, u"code"_s, u"486"_s} << 64;
    QTest::newRow("lang unknown command") << QStringList{u"list"_s, u"--lang"_s, u"zz"_s} << 64;
    QTest::newRow("lang malformed") << QStringList{u"search"_s, u"busy"_s, u"--lang=d!"_s} << 64;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(run.err)));
    if (exitCode == 64) {
        // One line on stderr naming the program; nothing on stdout.
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(u"sipscope-cli"_s));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.endsWith(u'\n'));
    } else {
        QVERIFY(!run.out.isEmpty());
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
}

void TestCli::usageErrorsNameTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("letters in a code") << QStringList{u"code"_s, u"4a6"_s} << u"4a6"_s;
    QTest::newRow("code out of range") << QStringList{u"code"_s, u"700"_s} << u"700"_s;
    QTest::newRow("negative code") << QStringList{u"code"_s, u"-1"_s} << u"-1"_s;
    QTest::newRow("bad class") << QStringList{u"list"_s, u"--class"_s, u"9"_s} << u"9"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s, u"list"_s} << u"xx"_s;
    QTest::newRow("bad cause") << QStringList{u"q850"_s, u"200"_s} << u"200"_s;
    QTest::newRow("bad warn-code") << QStringList{u"warning"_s, u"30x"_s} << u"30x"_s;
}

void TestCli::usageErrorsNameTheProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCli::codeText()
{
    const Run run = runCli({u"code"_s, u"486"_s});
    QCOMPARE(run.exitCode, 0);
    const auto entry = ResponseCodeCatalog::instance().find(486);
    QVERIFY(entry);
    QVERIFY(run.out.startsWith(u"486 Busy Here\n"_s));
    for (const QString &section : {u"Summary"_s, u"Meaning"_s, u"What to check"_s, u"Typical causes"_s,
                                   u"Technical"_s, u"Q.850 (RFC 3398)"_s, u"Related"_s, u"Reference"_s}) {
        QVERIFY2(run.out.contains(u'\n' + section + u'\n'), qPrintable(section));
    }
    // Wrapped text still carries every word of the summary, in order.
    QCOMPARE(run.out.simplified().contains(entry->summary.simplified()), true);
    QVERIFY(run.out.contains(u"600 Busy Everywhere"_s));
    QVERIFY(run.out.contains(u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s));
    for (const QString &line : run.out.split(u'\n')) {
        // URLs are never broken, everything else fits the 80 columns.
        if (!line.contains(u"https://"_s))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestCli::codeJson()
{
    const Run run = runCli({u"code"_s, u"486"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parse(run).object();
    const auto entry = ResponseCodeCatalog::instance().find(486);
    QVERIFY(entry);
    QCOMPARE(object.value(u"code"_s).toInt(), 486);
    QCOMPARE(object.value(u"reason"_s).toString(), u"Busy Here"_s);
    QCOMPARE(object.value(u"class"_s).toString(), u"4xx"_s);
    QCOMPARE(object.value(u"registered"_s).toBool(false), true);
    QCOMPARE(object.value(u"kind"_s).toString(), u"registered"_s);
    QCOMPARE(object.value(u"rfc"_s).toArray(), QJsonArray{u"RFC3261"_s});
    const QJsonObject ref = object.value(u"refs"_s).toArray().first().toObject();
    QCOMPARE(ref.value(u"document"_s).toString(), u"RFC3261"_s);
    QCOMPARE(ref.value(u"section"_s).toString(), u"21.4.24"_s);
    QCOMPARE(ref.value(u"url"_s).toString(), u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s);
    QCOMPARE(object.value(u"summary"_s).toString(), entry->summary);
    QCOMPARE(object.value(u"meaning"_s).toString(), entry->meaning);
    QCOMPARE(object.value(u"technical"_s).toString(), entry->technical);
    QCOMPARE(object.value(u"causes"_s).toArray().size(), entry->causes.size());
    QCOMPARE(object.value(u"actions"_s).toArray().size(), entry->actions.size());
    QVERIFY(!object.value(u"causes"_s).toArray().isEmpty());
    QCOMPARE(intsOf(object.value(u"related"_s).toArray()), entry->related);
    QCOMPARE(intsOf(object.value(u"q850"_s).toArray()), QList<int>{17});
    QCOMPARE(object.value(u"q850_names"_s).toArray(), QJsonArray{u"User busy"_s});
    QCOMPARE(object.value(u"q850_out"_s).toObject().value(u"cause"_s).toInt(), 17);
    QVERIFY(object.value(u"phrase_variants"_s).isArray());
    QVERIFY(object.value(u"treated_as"_s).isNull());
}

void TestCli::codeJsonUnregistered_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("treatedAs");
    QTest::addColumn<QString>("codeClass");
    QTest::newRow("650 read as its class") << u"650"_s << u"class_fallback"_s << 600 << u"6xx"_s;
    QTest::newRow("150 read as 183") << u"150"_s << u"class_fallback"_s << 183 << u"1xx"_s;
    QTest::newRow("499 analyser label") << u"499"_s << u"analyser_label"_s << 400 << u"4xx"_s;
    QTest::newRow("409 left over from RFC 2543") << u"409"_s << u"unregistered"_s << 400 << u"4xx"_s;
}

void TestCli::codeJsonUnregistered()
{
    QFETCH(QString, code);
    QFETCH(QString, kind);
    QFETCH(int, treatedAs);
    QFETCH(QString, codeClass);
    const Run run = runCli({u"code"_s, code, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parse(run).object();
    QCOMPARE(object.value(u"code"_s).toInt(), code.toInt());
    QCOMPARE(object.value(u"registered"_s).toBool(true), false);
    QCOMPARE(object.value(u"kind"_s).toString(), kind);
    QCOMPARE(object.value(u"treated_as"_s).toInt(), treatedAs);
    QCOMPARE(object.value(u"treated_as_reason"_s).toString(),
             ResponseCodeCatalog::instance().registeredPhrase(treatedAs));
    QCOMPARE(object.value(u"class"_s).toString(), codeClass);
    QVERIFY(!object.value(u"summary"_s).toString().isEmpty());
}

void TestCli::searchJson_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<int>>("topThree");
    QTest::newRow("nobody answers") << QStringList{u"nobody answers"_s} << QList<int>{480, 408};
    QTest::newRow("separate words") << QStringList{u"wrong"_s, u"password"_s} << QList<int>{401, 407};
    QTest::newRow("busy") << QStringList{u"busy"_s} << QList<int>{486, 600};
    QTest::newRow("typo") << QStringList{u"forbiden"_s} << QList<int>{403};
}

void TestCli::searchJson()
{
    QFETCH(QStringList, words);
    QFETCH(QList<int>, topThree);
    const Run run = runCli(QStringList{u"search"_s} + words + QStringList{u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parse(run).object();
    const QString query = words.join(u' ');
    QCOMPARE(object.value(u"query"_s).toString(), query);
    const QJsonArray results = object.value(u"results"_s).toArray();
    QVERIFY(!results.isEmpty());
    const QList<int> codes = codesOf(results);
    for (const int code : topThree)
        QVERIFY2(codes.mid(0, 3).contains(code), qPrintable(QString::number(code)));
    int previous = std::numeric_limits<int>::max();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QVERIFY(!result.value(u"reason"_s).toString().isEmpty());
        const int score = result.value(u"score"_s).toInt();
        QVERIFY(score > 0 && score <= previous);
        previous = score;
    }
    // The CLI is a view on the same search the GUI uses.
    SearchOptions options;
    options.limit = 10;
    QList<int> expected;
    for (const SearchHit &hit : CodeSearch().search(query, options))
        expected.append(hit.code);
    QCOMPARE(codes, expected);
}

void TestCli::searchText()
{
    const Run run = runCli({u"search"_s, u"server"_s, u"down"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"503  Service Unavailable\n"_s));
}

void TestCli::searchNothingFound()
{
    const Run run = runCli({u"search"_s, u"xyzzy"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = parse(run).object();
    QCOMPARE(object.value(u"query"_s).toString(), u"xyzzy"_s);
    QVERIFY(object.value(u"results"_s).isArray());
    QVERIFY(object.value(u"results"_s).toArray().isEmpty());
}

void TestCli::searchLimitAndAll()
{
    const Run three = runCli({u"search"_s, u"4"_s, u"--limit"_s, u"3"_s, u"--json"_s});
    QCOMPARE(codesOf(parse(three).object().value(u"results"_s).toArray()), (QList<int>{400, 401, 402}));
    const Run all = runCli({u"search"_s, u"4xx"_s, u"--limit"_s, u"0"_s, u"--json"_s});
    QList<int> registered4xx;
    for (const int code : ResponseCodeCatalog::instance().codeNumbers(false)) {
        if (code / 100 == 4)
            registered4xx.append(code);
    }
    QCOMPARE(codesOf(parse(all).object().value(u"results"_s).toArray()), registered4xx);

    QCOMPARE(runCli({u"search"_s, u"kamailio"_s}).exitCode, 1);
    const Run kamailio = runCli({u"search"_s, u"kamailio"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(kamailio.exitCode, 0);
    const QJsonArray results = parse(kamailio).object().value(u"results"_s).toArray();
    QCOMPARE(codesOf(results), (QList<int>{477, 478, 479}));
    QCOMPARE(results.first().toObject().value(u"registered"_s).toBool(true), false);
}

void TestCli::listJson()
{
    const Run run = runCli({u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = parse(run).array();
    QCOMPARE(array.size(), 75);
    QCOMPARE(codesOf(array), ResponseCodeCatalog::instance().codeNumbers(false));
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto entry = ResponseCodeCatalog::instance().find(object.value(u"code"_s).toInt());
        QVERIFY(entry);
        QCOMPARE(object.value(u"reason"_s).toString(), entry->reason);
        QCOMPARE(object.value(u"registered"_s).toBool(false), true);
        QCOMPARE(object.value(u"kind"_s).toString(), u"registered"_s);
        QCOMPARE(object.value(u"rfc"_s).toArray().first().toString(), entry->refs.constFirst().document);
    }
}

void TestCli::listClassAndAll()
{
    const auto &catalog = ResponseCodeCatalog::instance();
    for (const QString &value : {u"6"_s, u"6xx"_s}) {
        const Run run = runCli({u"list"_s, u"--class"_s, value, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(codesOf(parse(run).array()), (QList<int>{600, 603, 604, 606, 607, 608}));
    }
    const Run all = runCli({u"list"_s, u"--all"_s, u"--json"_s});
    const QJsonArray array = parse(all).array();
    QCOMPARE(codesOf(array), catalog.codeNumbers(true));
    const QJsonObject local = array.at(catalog.codeNumbers(true).indexOf(701)).toObject();
    QCOMPARE(local.value(u"registered"_s).toBool(true), false);
    QCOMPARE(local.value(u"kind"_s).toString(), u"local_only"_s);
}

void TestCli::listText()
{
    const Run run = runCli({u"list"_s, u"--class"_s, u"2"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"2xx Success\n"_s));
    QVERIFY(run.out.contains(u"200  OK"_s));
    QVERIFY(!run.out.contains(u"299"_s));
    const Run all = runCli({u"list"_s, u"--class"_s, u"2"_s, u"--all"_s});
    QVERIFY(all.out.contains(u"299  Success - Others  ["_s));
}

void TestCli::q850Json_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QList<int>>("codes");
    QTest::newRow("17 user busy") << u"17"_s << QList<int>{486};
    QTest::newRow("22 has two rows") << u"22"_s << QList<int>{410, 301};
    QTest::newRow("16 ends the call") << u"16"_s << QList<int>{};
    QTest::newRow("Reason header") << u"Q.850;cause=102"_s << QList<int>{504};
    QTest::newRow("38 network out of order") << u"38"_s << QList<int>{503};
}

void TestCli::q850Json()
{
    QFETCH(QString, cause);
    QFETCH(QList<int>, codes);
    const Run run = runCli({u"q850"_s, cause, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parse(run).object();
    const auto &catalog = ResponseCodeCatalog::instance();
    const int number = object.value(u"cause"_s).toInt();
    QCOMPARE(object.value(u"name"_s).toString(), catalog.q850CauseName(number));
    QCOMPARE(intsOf(object.value(u"sip_codes"_s).toArray()), codes);
    const QJsonArray mappings = object.value(u"mappings"_s).toArray();
    QCOMPARE(mappings.size(), codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject mapping = mappings.at(i).toObject();
        QCOMPARE(mapping.value(u"code"_s).toInt(), codes.at(i));
        QCOMPARE(mapping.value(u"reason"_s).toString(), catalog.registeredPhrase(codes.at(i)));
        QCOMPARE(mapping.value(u"explanation"_s).toObject().value(u"summary"_s).toString(),
                 catalog.find(codes.at(i))->summary);
        // Only the two rows of cause 22 carry a condition (RFC 3398 §7.2.4.1).
        QCOMPARE(mapping.value(u"condition"_s).isString(), number == 22);
    }
    QCOMPARE(object.value(u"note"_s).isNull(), !codes.isEmpty());
}

void TestCli::q850Text()
{
    const Run run = runCli({u"q850"_s, u"34"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Q.850 cause 34: No circuit/channel available\n"_s));
    QVERIFY(run.out.contains(u"503 Service Unavailable"_s));
    QVERIFY(run.out.contains(u"\nSummary\n"_s));
}

// RFC 3398 §7.2.4.1: a cause without a row SHOULD become 500; only cause 16 ends the call
// with BYE or CANCEL. The CLI prints the core's sentence, the one the GUI shows too.
void TestCli::q850WithoutMapping_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("16 normal clearing") << u"16"_s << 0;
    QTest::newRow("25 named, no row") << u"25"_s << 0;
    QTest::newRow("63 named, no row") << u"63"_s << 0;
    QTest::newRow("44 not named") << u"44"_s << 1;
}

void TestCli::q850WithoutMapping()
{
    QFETCH(QString, cause);
    QFETCH(int, exitCode);
    const QString note = Q850::causeNote(cause.toInt());
    QVERIFY(!note.isEmpty());
    const Run text = runCli({u"q850"_s, cause});
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.out.simplified().contains(note.simplified()), qPrintable(text.out));
    const Run json = runCli({u"q850"_s, cause, u"--json"_s});
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(parse(json).object().value(u"note"_s).toString(), note);
}

void TestCli::warningJson()
{
    const Run run = runCli({u"warning"_s, u"305"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parse(run).object();
    QCOMPARE(object.value(u"code"_s).toInt(), 305);
    QCOMPARE(object.value(u"text"_s).toString(), u"Incompatible media format"_s);
    QCOMPARE(object.value(u"rfc"_s).toString(), u"RFC3261"_s);
    QCOMPARE(object.value(u"registered"_s).toBool(false), true);
    QVERIFY(!object.value(u"explanation"_s).toString().isEmpty());

    const Run header = runCli({u"warning"_s, u"Warning: 399 sbc.example.com \"Number blocked\""_s, u"--json"_s});
    QCOMPARE(header.exitCode, 0);
    const QJsonObject fromHeader = parse(header).object();
    QCOMPARE(fromHeader.value(u"code"_s).toInt(), 399);
    QCOMPARE(fromHeader.value(u"agent"_s).toString(), u"sbc.example.com"_s);
    QCOMPARE(fromHeader.value(u"received_text"_s).toString(), u"Number blocked"_s);

    const Run unknown = runCli({u"warning"_s, u"350"_s, u"--json"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(parse(unknown).object().value(u"registered"_s).toBool(true), false);
}

void TestCli::warningText()
{
    const Run run = runCli({u"warning"_s, u"370"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"370 Insufficient bandwidth\n"_s));
    QVERIFY(run.out.contains(u"RFC 3261 §20.43"_s));
}

void TestCli::help()
{
    const Run global = runCli({u"--help"_s});
    QCOMPARE(global.exitCode, 0);
    QVERIFY(global.out.startsWith(u"Usage: sipscope-cli"_s));
    for (const QString &command : {u"code"_s, u"search"_s, u"list"_s, u"q850"_s, u"warning"_s})
        QVERIFY2(global.out.contains(u"\n  "_s + command + u' '), qPrintable(command));
    QVERIFY(global.out.contains(u"--lang"_s));
    QVERIFY(global.out.contains(u"Exit status: 0 found, 1 nothing found, 64 usage error; the commands that probe"_s));

    const Run code = runCli({u"code"_s, u"--help"_s});
    QCOMPARE(code.exitCode, 0);
    QVERIFY(code.out.startsWith(u"Usage: sipscope-cli code [options] <code>"_s));
    QVERIFY(code.out.contains(u"--json"_s));
    QVERIFY(code.out.contains(u"--lang"_s));
}

void TestCli::everyCommandHasHelpAndLang_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments"); // valid arguments; no network is touched
    QTest::newRow("code") << u"code"_s << QStringList{u"486"_s};
    QTest::newRow("search") << u"search"_s << QStringList{u"busy"_s};
    QTest::newRow("list") << u"list"_s << QStringList{};
    QTest::newRow("q850") << u"q850"_s << QStringList{u"17"_s};
    QTest::newRow("warning") << u"warning"_s << QStringList{u"399"_s};
    // The language is checked before any probe is sent.
    QTest::newRow("options") << u"options"_s << QStringList{u"sip:127.0.0.1:9"_s};
}

void TestCli::everyCommandHasHelpAndLang()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);

    const Run help = runCli({command, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: sipscope-cli %1 [options]"_s.arg(command)), qPrintable(help.out));
    for (const QString &option : {u"--help"_s, u"--lang <language>"_s, u"--json"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    QVERIFY(help.err.isEmpty());
    // The global help defers to the probing commands for their exit statuses.
    if (command == u"options"_s)
        QVERIFY2(help.out.contains(u"2 no response"_s), qPrintable(help.out));

    const Run unknown = runCli(QStringList{command} + arguments + QStringList{u"--lang"_s, u"qq"_s});
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.startsWith(u"sipscope-cli %1: "_s.arg(command)), qPrintable(unknown.err));
    QVERIFY(unknown.err.contains(u"\"qq\""_s));
    QCOMPARE(unknown.err.count(u'\n'), 1);
}

void TestCli::version()
{
    const Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"sipscope-cli %1\n"_s.arg(QStringLiteral(SIPSCOPE_VERSION)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
