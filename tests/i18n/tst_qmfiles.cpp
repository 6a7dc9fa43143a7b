// Each compiled translation is embedded under :/i18n and loads through
// Translations::setLanguage; one .qm per .ts in translations/, none missing.
#include "codes/responsecodecatalog.h"
#include "i18n/translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestQmFiles final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTsFileIsEmbedded()
    {
        const QStringList tsFiles = QDir(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR))
                                        .entryList({u"sipscope_*.ts"_s}, QDir::Files, QDir::Name);
        QVERIFY(!tsFiles.isEmpty());
        QStringList expected{u"en"_s};
        for (const QString &file : tsFiles)
            expected.append(file.section(u'_', 1).section(u'.', 0, 0));
        QStringList available = Translations::availableLanguages();
        available.sort();
        expected.sort();
        QCOMPARE(available, expected);
    }

    void loads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }
    void loads()
    {
        QFETCH(QString, language);
        const QString path = u":/i18n/sipscope_%1.qm"_s.arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().section(u'_', 0, 0), language);

        const QString english = ResponseCodeCatalog::instance().classInfo(4).name;
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        QCOMPARE(translations.language(), language);
        // The catalog reads through the installed translator.
        const QString translated = ResponseCodeCatalog::instance().classInfo(4).name;
        QVERIFY(!translated.isEmpty());
        QVERIFY2(translated != english, qPrintable(translated));
        QCOMPARE(translated, translator.translate("Catalog", english.toUtf8().constData()));

        QVERIFY(translations.setLanguage(u"en"_s));
        QCOMPARE(ResponseCodeCatalog::instance().classInfo(4).name, english);
    }

    // Qt's own strings (the standard buttons of every dialog) follow the language too.
    // Debian's qt6-translations-l10n (scripts/setup.sh) provides them; a deployed
    // Windows or macOS package carries them beside the application.
    void qtOwnStringsFollow_data() { loads_data(); }
    void qtOwnStringsFollow()
    {
        QFETCH(QString, language);
        const QString english = u"Cancel"_s;
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), english);
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        const QString translated = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(translated != english, qPrintable(u"Qt's translation for %1 was not loaded from %2"_s.arg(
                                            language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QVERIFY(translations.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), english);
    }

    void unknownLanguageKeepsTheCurrentOne()
    {
        Translations translations;
        QVERIFY(translations.setLanguage(u"de"_s));
        QVERIFY(!translations.setLanguage(u"xx"_s));
        QCOMPARE(translations.language(), u"de"_s);
        QVERIFY(!Translations::isAvailable(u"xx"_s));
    }

    void localeChoosesTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << u"de_DE"_s << u"de"_s;
        QTest::newRow("de_AT") << u"de_AT"_s << u"de"_s;
        QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("es_MX") << u"es_MX"_s << u"es"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
        QTest::newRow("ja_JP without translation") << u"ja_JP"_s << u"en"_s;
    }
    void localeChoosesTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(Translations::languageForLocale(QLocale(locale)), language);
    }
};

QTEST_GUILESS_MAIN(TestQmFiles)
#include "tst_qmfiles.moc"
