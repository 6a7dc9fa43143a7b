// View → Language against the real embedded translations: what the menu offers, that
// a pick applies at once and is remembered, and how the language is chosen at start
// (--lang, then the remembered choice, then the system locale).
#include "appsettings.h"
#include "codedetailview.h"
#include "codes/catalogdata.h"
#include "codesview.h"
#include "i18n/translations.h"
#include "languagemenu.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *summarySource(int code)
{
    for (const CodeEntry &entry : CatalogData::clientFailureHigh()) {
        if (entry.code == code)
            return entry.summary;
    }
    return nullptr;
}

QString storedLanguage(const QString &file)
{
    return QSettings(file, QSettings::IniFormat).value(QLatin1String(AppSettings::KeyLanguage)).toString();
}

} // namespace

class TestLanguageMenu final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(summarySource(486));
    }

    void offersSystemDefaultAndEveryLanguageByItsOwnName()
    {
        LanguageSwitcher languages(QLocale(QLocale::French, QLocale::Canada));
        MainWindow window(m_dir.filePath(u"offers.ini"_s), &languages);
        LanguageMenu *menu = window.languageMenu();
        QVERIFY(menu);
        QVERIFY(window.findChild<QMenu *>(u"viewMenu"_s)->actions().contains(menu->menuAction()));

        QStringList offered;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                offered.append(action->data().toString());
        }
        QStringList expected{QString()};
        expected.append(Translations::availableLanguages());
        QCOMPARE(offered, expected);
        for (const QString &language : Translations::availableLanguages()) {
            QAction *action = menu->actionFor(language);
            QVERIFY(action);
            QCOMPARE(action->text(), Translations::nativeName(language));
            QVERIFY(action->isCheckable());
            QCOMPARE(action->objectName(), u"languageAction_"_s + language);
        }
        QVERIFY(menu->actionFor(u"de"_s)->actionGroup()->isExclusive());
        // "System default" says what it stands for on this machine.
        QVERIFY2(menu->actionFor(QString())->text().contains(Translations::nativeName(u"fr"_s)),
                 qPrintable(menu->actionFor(QString())->text()));
    }

    void pickAppliesAtOnceAndIsRemembered_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }
    void pickAppliesAtOnceAndIsRemembered()
    {
        QFETCH(QString, language);
        const QString file = m_dir.filePath(u"pick-%1.ini"_s.arg(language));
        MainWindow window(file);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.codesView()->showCode(486);
        QTextBrowser *browser = window.codesView()->detailView()->browser();
        const QString english = QString::fromUtf8(summarySource(486));
        QVERIFY(browser->toPlainText().contains(english));

        window.languageMenu()->actionFor(language)->trigger();
        QCOMPARE(window.languages()->language(), language);
        QCOMPARE(window.languages()->preference(), language);
        QVERIFY(window.languageMenu()->actionFor(language)->isChecked());
        QCOMPARE(storedLanguage(file), language);

        // The catalog panel re-renders in the new language, without a restart.
        const QString translated = QCoreApplication::translate(CatalogContext, summarySource(486));
        QVERIFY(translated != english);
        QTRY_VERIFY2(browser->toPlainText().contains(translated), qPrintable(browser->toPlainText().left(300)));
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QCoreApplication::translate("SipScope::MainWindow", "Language: %1")
                         .arg(Translations::nativeName(language)));

        // "System default" forgets the choice; this test's system locale is English.
        window.languageMenu()->actionFor(QString())->trigger();
        QCOMPARE(window.languages()->preference(), QString());
        QVERIFY(window.languageMenu()->actionFor(QString())->isChecked());
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QLatin1String(AppSettings::KeyLanguage)));
    }

    void startupChoosesCommandLineThenSettingThenSystem_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("expectedPreference");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::newRow("system locale only") << u"de_DE"_s << QString() << QString() << QString() << u"de"_s;
        QTest::newRow("system without translation") << u"ja_JP"_s << QString() << QString() << QString() << u"en"_s;
        QTest::newRow("stored beats system") << u"de_DE"_s << u"es"_s << QString() << u"es"_s << u"es"_s;
        QTest::newRow("command line beats stored") << u"de_DE"_s << u"es"_s << u"fr"_s << u"fr"_s << u"fr"_s;
        QTest::newRow("stored language no longer available") << u"fr_FR"_s << u"xx"_s << QString() << QString()
                                                             << u"fr"_s;
        QTest::newRow("stored English on a German system") << u"de_DE"_s << u"en"_s << QString() << u"en"_s
                                                           << u"en"_s;
    }
    void startupChoosesCommandLineThenSettingThenSystem()
    {
        QFETCH(QString, system);
        QFETCH(QString, stored);
        QFETCH(QString, commandLine);
        QFETCH(QString, expectedPreference);
        QFETCH(QString, expectedLanguage);
        const QString file = m_dir.filePath(u"startup-%1.ini"_s.arg(++m_run));
        {
            QSettings settings(file, QSettings::IniFormat);
            if (!stored.isEmpty())
                settings.setValue(QLatin1String(AppSettings::KeyLanguage), stored);
        }
        LanguageSwitcher languages{QLocale(system)};
        {
            const QSettings settings(file, QSettings::IniFormat);
            languages.applyAtStartup(commandLine, settings);
        }
        QCOMPARE(languages.preference(), expectedPreference);
        QCOMPARE(languages.language(), expectedLanguage);

        MainWindow window(file, &languages);
        QVERIFY(window.languageMenu()->actionFor(expectedPreference)->isChecked());
        // Starting in a language is not choosing it: the setting stays as it was.
        window.saveSettings();
        QCOMPARE(storedLanguage(file), stored);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
