// `sipscope-cli code 486 --lang <language> --json` speaks that language, and without
// --lang the CLI follows SIPSCOPE_LANG, else the system locale. The
// expected texts come from the catalog's English source strings put through the
// language's own translator, never from strings written into this test.
#include "codes/catalogdata.h"
#include "i18n/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

const CodeEntry *catalogEntry(int code)
{
    for (const auto &table : {CatalogData::clientFailureLow(), CatalogData::clientFailureHigh()}) {
        for (const CodeEntry &entry : table) {
            if (entry.code == code)
                return &entry;
        }
    }
    return nullptr;
}

QString catalogText(const char *source)
{
    return QCoreApplication::translate(CatalogContext, source);
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

class TestCliLanguage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale"); // the process's LANG; empty: an English C locale
        QTest::addColumn<QString>("chosen"); // the process's SIPSCOPE_LANG; empty: unset
        const QStringList json{u"code"_s, u"486"_s, u"--json"_s};
        QTest::newRow("de after the command") << u"de"_s << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"de"_s, u"--json"_s} << QString() << QString();
        QTest::newRow("de before the command") << u"de"_s << QStringList{u"--lang"_s, u"de"_s, u"code"_s, u"486"_s, u"--json"_s} << QString() << QString();
        QTest::newRow("fr") << u"fr"_s << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"fr"_s, u"--json"_s} << QString() << QString();
        QTest::newRow("es") << u"es"_s << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"es"_s, u"--json"_s} << QString() << QString();
        QTest::newRow("en") << u"en"_s << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"en"_s, u"--json"_s} << QString() << QString();
        QTest::newRow("de from the locale") << u"de"_s << json << u"de_DE.UTF-8"_s << QString();
        QTest::newRow("fr from a regional locale") << u"fr"_s << json << u"fr_CA.UTF-8"_s << QString();
        QTest::newRow("es from the locale") << u"es"_s << json << u"es_ES.UTF-8"_s << QString();
        QTest::newRow("unknown locale falls back to en") << u"en"_s << json << u"ja_JP.UTF-8"_s << QString();
        QTest::newRow("--lang en beats a German locale") << u"en"_s
            << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"en"_s, u"--json"_s} << u"de_DE.UTF-8"_s << QString();
        QTest::newRow("de from SIPSCOPE_LANG") << u"de"_s << json << QString() << u"de"_s;
        QTest::newRow("fr from a regional SIPSCOPE_LANG") << u"fr"_s << json << QString() << u"fr_CA"_s;
        QTest::newRow("SIPSCOPE_LANG beats the locale") << u"es"_s << json << u"de_DE.UTF-8"_s << u"es"_s;
        QTest::newRow("--lang en beats SIPSCOPE_LANG") << u"en"_s
            << QStringList{u"code"_s, u"486"_s, u"--lang"_s, u"en"_s, u"--json"_s} << QString() << u"de"_s;
        QTest::newRow("an unknown SIPSCOPE_LANG is ignored") << u"en"_s << json << QString() << u"nonsense"_s;
    }
    void codeInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(QString, chosen);
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        if (!locale.isEmpty() && chosen.isEmpty())
            QSKIP("Qt takes the system locale from the user's account here, not from LANG; the SIPSCOPE_LANG rows "
                  "cover the choice on this platform");
#endif

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (chosen.isEmpty())
            environment.remove(u"SIPSCOPE_LANG"_s);
        else
            environment.insert(u"SIPSCOPE_LANG"_s, chosen);
        if (locale.isEmpty()) {
            // An English locale, so that only --lang can make the output anything else.
            environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
            environment.insert(u"LANG"_s, u"C.UTF-8"_s);
            environment.insert(u"LANGUAGE"_s, u"en"_s);
        } else {
            environment.remove(u"LC_ALL"_s);
            environment.remove(u"LC_MESSAGES"_s);
            environment.remove(u"LANGUAGE"_s);
            environment.insert(u"LANG"_s, locale);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SIPSCOPE_CLI_PATH), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, errors.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject json = document.object();

        const CodeEntry *entry = catalogEntry(486);
        QVERIFY(entry);
        Translations translations;
        QVERIFY(translations.setLanguage(language));

        // The reason phrase is protocol text: never translated.
        QCOMPARE(json.value(u"reason"_s).toString(), QString::fromUtf8(entry->reason));
        const QString summary = catalogText(entry->summary);
        QCOMPARE(json.value(u"summary"_s).toString(), summary);
        QCOMPARE(json.value(u"meaning"_s).toString(), catalogText(entry->meaning));
        QCOMPARE(strings(json.value(u"actions"_s)), lines(catalogText(entry->actions)));
        QCOMPARE(strings(json.value(u"causes"_s)), lines(catalogText(entry->causes)));
        if (language != u"en"_s) {
            // Really another language, not the English fallback of a missing translation.
            QVERIFY2(summary != QString::fromUtf8(entry->summary), qPrintable(summary));
            QVERIFY(catalogText(entry->meaning) != QString::fromUtf8(entry->meaning));
        } else {
            QCOMPARE(summary, QString::fromUtf8(entry->summary));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
