// `sipscope-cli explain` as a user runs it: the built executable in a QProcess, fed a
// file or standard input; its findings must be the library's, in the chosen language,
// with exit codes 0 (recognised), 1 (nothing recognised) and 64 (usage, unreadable).
#include "codes/explainer.h"
#include "codes/responsecodecatalog.h"
#include "i18n/translations.h"

#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

using Run = SipScope::Test::CliRun;

Run runCli(const QStringList &arguments, const QByteArray &input = {}, bool writeInput = false)
{
    return SipScope::Test::runCliProcess(QStringList{u"explain"_s} + arguments,
                                         {.environment = {{u"COLUMNS"_s, u"80"_s}},
                                          .unset = {u"LANG"_s, u"LC_ALL"_s, u"LANGUAGE"_s},
                                          .writeInput = writeInput,
                                          .input = input,
                                          .timeoutMs = 30000});
}

QString corpusPath(const QString &name)
{
    return QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/explain/") + name;
}

QByteArray readCorpus(const QString &name)
{
    QFile file(corpusPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray findingsOf(const Run &run)
{
    return SipScope::Test::jsonObjectOf(run).value(u"findings"_s).toArray();
}

// The fields that must agree between the process and the library.
QStringList digest(const QJsonArray &findings)
{
    QStringList out;
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        out.append(u"%1|%2|%3:%4|%5|%6"_s.arg(f.value(u"kind"_s).toString(), f.value(u"text"_s).toString())
                       .arg(f.value(u"line"_s).toInt())
                       .arg(f.value(u"column"_s).toInt())
                       .arg(f.value(u"title"_s).toString(), f.value(u"explanation"_s).toString()));
    }
    return out;
}

QStringList digest(const QList<ExplainFinding> &findings)
{
    QStringList out;
    for (const ExplainFinding &f : findings) {
        out.append(u"%1|%2|%3:%4|%5|%6"_s.arg(explainKindToken(f.kind), f.text)
                       .arg(f.line)
                       .arg(f.column)
                       .arg(f.title, f.explanation));
    }
    return out;
}

} // namespace

class TestCliExplain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonMatchesLibrary_data();
    void jsonMatchesLibrary();
    void jsonFields();
    void humanOutput();
    void standardInput_data();
    void standardInput();
    void nothingRecognised_data();
    void nothingRecognised();
    void usageErrors_data();
    void usageErrors();
    void controlCharactersAreNotPrinted();
    void activeLanguage();
    void help();
};

void TestCliExplain::jsonMatchesLibrary_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"sip_response_503_retry.txt", "provider_call_log.txt", "freeswitch_channel_vars.txt",
                             "cancel_reason.txt", "kamailio_syslog.txt", "sip_response_488_warning.txt"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCliExplain::jsonMatchesLibrary()
{
    QFETCH(QString, file);
    const Run run = runCli({corpusPath(file), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QList<ExplainFinding> expected = Explainer::explain(QString::fromUtf8(readCorpus(file)));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(digest(findingsOf(run)), digest(expected));
}

void TestCliExplain::jsonFields()
{
    const Run run = runCli({corpusPath(u"sip_response_503_retry.txt"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings = findingsOf(run);
    QCOMPARE(findings.size(), 4);

    const QJsonObject status = findings.at(0).toObject();
    QCOMPARE(status.value(u"kind"_s).toString(), u"status_line"_s);
    QCOMPARE(status.value(u"text"_s).toString(), u"SIP/2.0 503 Service Unavailable"_s);
    QCOMPARE(status.value(u"offset"_s).toInt(-1), 0);
    QCOMPARE(status.value(u"code"_s).toInt(), 503);
    QCOMPARE(status.value(u"phrase_match"_s).toString(), u"registered"_s);
    const QJsonObject response = status.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"code"_s).toInt(), 503);
    QCOMPARE(response.value(u"reason"_s).toString(), ResponseCodeCatalog::instance().registeredPhrase(503));

    const QJsonObject retry = findings.at(1).toObject();
    QCOMPARE(retry.value(u"kind"_s).toString(), u"retry_after"_s);
    QCOMPARE(retry.value(u"seconds"_s).toInt(), 120);
    QCOMPARE(retry.value(u"duration"_s).toInt(), 3600);
    QCOMPARE(retry.value(u"comment"_s).toString(), u"maintenance window"_s);
    QCOMPARE(retry.value(u"line"_s).toInt(), 7);

    const QJsonObject warning = findings.at(2).toObject();
    QCOMPARE(warning.value(u"kind"_s).toString(), u"warning"_s);
    QCOMPARE(warning.value(u"code"_s).toInt(), 399);
    QCOMPARE(warning.value(u"agent"_s).toString(), u"sbc1.example.net"_s);
    QCOMPARE(warning.value(u"warn_text"_s).toString(), u"Trunk group TG-7 out of service"_s);
    QCOMPARE(warning.value(u"warning"_s).toObject().value(u"code"_s).toInt(), 399);

    const QJsonObject reason = findings.at(3).toObject();
    QCOMPARE(reason.value(u"kind"_s).toString(), u"sip_reason"_s);
    QCOMPARE(reason.value(u"code"_s).toInt(), 503);
    QCOMPARE(reason.value(u"phrase"_s).toString(), u"Trunk maintenance"_s);
    QVERIFY(!reason.value(u"notes"_s).toArray().isEmpty());

    const Run q850 = runCli({corpusPath(u"cisco_isdn_q931.txt"_s), u"--json"_s});
    const QJsonObject cause = findingsOf(q850).at(0).toObject();
    QCOMPARE(cause.value(u"kind"_s).toString(), u"q850_cause"_s);
    QCOMPARE(cause.value(u"cause"_s).toInt(), 17);
    QCOMPARE(cause.value(u"cause_name"_s).toString(), ResponseCodeCatalog::instance().q850CauseName(17));
    QCOMPARE(cause.value(u"sip_codes"_s).toArray(), QJsonArray{486});
    QCOMPARE(cause.value(u"response"_s).toObject().value(u"code"_s).toInt(), 486);
}

void TestCliExplain::humanOutput()
{
    const Run run = runCli({corpusPath(u"sip_response_busy.txt"_s)});
    QCOMPARE(run.exitCode, 0);
    const QList<ExplainFinding> expected =
        Explainer::explain(QString::fromUtf8(readCorpus(u"sip_response_busy.txt"_s)));
    QCOMPARE(expected.size(), 2);
    QVERIFY2(run.out.startsWith(u"Line 1, column 1: status line\n  > SIP/2.0 486 Busy Here\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"\n  "_s + expected.at(0).title + u'\n'));
    QVERIFY(run.out.contains(u"\nLine 7, column 1: Q.850 Reason header\n"_s));
    QVERIFY(run.out.contains(u"  > Reason: Q.850;cause=17;text=\"User busy\"\n"_s));
    // Explanations are wrapped at the terminal width; compare them word by word.
    QString flattened = run.out;
    flattened.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    for (const ExplainFinding &f : expected)
        QVERIFY2(flattened.contains(f.explanation.simplified()), qPrintable(f.explanation));
}

void TestCliExplain::standardInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"--json"_s};
    QTest::newRow("dash") << QStringList{u"-"_s, u"--json"_s};
}

void TestCliExplain::standardInput()
{
    QFETCH(QStringList, arguments);
    const QByteArray text = "Call failed: 486 Busy Here\nhangup cause USER_BUSY (17)\n";
    const Run run = runCli(arguments, text, true);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(digest(findingsOf(run)), digest(Explainer::explain(QString::fromUtf8(text))));
    QCOMPARE(findingsOf(run).size(), 2);
}

void TestCliExplain::nothingRecognised_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("garbage file") << QStringList{corpusPath(u"garbage.txt"_s)} << QByteArray();
    QTest::newRow("binary file") << QStringList{corpusPath(u"binary.txt"_s)} << QByteArray();
    QTest::newRow("empty file") << QStringList{corpusPath(u"empty.txt"_s)} << QByteArray();
    QTest::newRow("false positives") << QStringList{corpusPath(u"false_positive_numbers.txt"_s)} << QByteArray();
    QTest::newRow("empty stdin") << QStringList{} << QByteArray("");
    QTest::newRow("stdin with numbers") << QStringList{} << QByteArray("12:48:60 192.0.2.180 :5060 2024\n");
}

void TestCliExplain::nothingRecognised()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Run human = runCli(arguments, input, arguments.isEmpty());
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.startsWith(u"Nothing recognised"_s), qPrintable(human.out));
    QVERIFY(human.err.isEmpty());

    const Run json = runCli(arguments + QStringList{u"--json"_s}, input, arguments.isEmpty());
    QCOMPARE(json.exitCode, 1);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY(document.isObject());
    QVERIFY(document.object().value(u"findings"_s).isArray());
    QVERIFY(document.object().value(u"findings"_s).toArray().isEmpty());
}

void TestCliExplain::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QStringList{u"/nonexistent/sipscope/log.txt"_s}
                                  << u"/nonexistent/sipscope/log.txt"_s;
    QTest::newRow("directory") << QStringList{QStringLiteral(SIPSCOPE_TEST_DATA_DIR)}
                               << QStringLiteral(SIPSCOPE_TEST_DATA_DIR);
    QTest::newRow("two files") << QStringList{corpusPath(u"empty.txt"_s), corpusPath(u"garbage.txt"_s)}
                               << u"one file"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
}

void TestCliExplain::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(arguments, {}, true);
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"sipscope-cli explain: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestCliExplain::controlCharactersAreNotPrinted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"escape.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Warning: 399 gw \"\x1b[2J\x1b]0;owned\x07 blocked\"\n");
    file.close();

    const Run run = runCli({file.fileName()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QChar(0x1b)));
    QVERIFY(!run.out.contains(QChar(0x07)));
    QVERIFY(run.out.contains(u"blocked"_s));

    // JSON keeps the text exactly; its encoder escapes what needs escaping.
    const Run json = runCli({file.fileName(), u"--json"_s});
    QVERIFY(!json.out.contains(QChar(0x1b)));
    QCOMPARE(findingsOf(json).at(0).toObject().value(u"warn_text"_s).toString(),
             u"\x1b[2J\x1b]0;owned\x07 blocked"_s);
}

void TestCliExplain::activeLanguage()
{
    const QString file = u"sip_response_busy.txt"_s;
    const Run english = runCli({corpusPath(file), u"--json"_s});
    const Run german = runCli({u"--lang"_s, u"de"_s, corpusPath(file), u"--json"_s});
    QCOMPARE(german.exitCode, 0);

    Translations translations;
    QVERIFY(translations.setLanguage(u"de"_s));
    const QList<ExplainFinding> expected = Explainer::explain(QString::fromUtf8(readCorpus(file)));
    translations.setLanguage(u"en"_s);

    QCOMPARE(digest(findingsOf(german)), digest(expected));
    // The catalog is translated into German, so the explanation of 486 must change.
    QVERIFY(findingsOf(german).at(0).toObject().value(u"explanation"_s)
            != findingsOf(english).at(0).toObject().value(u"explanation"_s));

    // The command's own messages too, not only the catalog's texts.
    const Run twoFiles = runCli({u"--lang"_s, u"de"_s, corpusPath(file), corpusPath(file)});
    QCOMPARE(twoFiles.exitCode, 64);
    QVERIFY2(twoFiles.err.contains(u"Höchstens eine Datei"_s), qPrintable(twoFiles.err));
}

void TestCliExplain::help()
{
    const Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: sipscope-cli explain [options] [file]"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"--json"_s));

    QProcess process;
    process.start(QStringLiteral(SIPSCOPE_CLI_PATH), {u"--help"_s});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(SipScope::Test::consoleText(process.readAllStandardOutput()).contains(u"\n  explain "_s));
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
