// The GUI switches language at runtime with the real translations: after a
// pick in View → Language the menu titles and the explanation panel are in the new
// language, compared with what that language's translator gives for the English
// source texts, and they really differ from English.
#include "codedetailview.h"
#include "codes/catalogdata.h"
#include "codesview.h"
#include "languagemenu.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

// The English source texts of the menu bar, in its order, with their context.
constexpr const char *menuContext = "SipScope::MainWindow";
constexpr const char *menuSources[] = {"&File", "&Edit", "&View", "&Tools", "&Help"};

const CodeEntry *entry486()
{
    for (const CodeEntry &entry : CatalogData::clientFailureHigh()) {
        if (entry.code == 486)
            return &entry;
    }
    return nullptr;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList expectedMenuTitles()
{
    QStringList titles;
    for (const char *source : menuSources)
        titles.append(QCoreApplication::translate(menuContext, source));
    return titles;
}

} // namespace

class TestGuiLanguage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(entry486());
    }

    void switchesAtRuntime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }
    void switchesAtRuntime()
    {
        QFETCH(QString, language);
        MainWindow window(m_dir.filePath(u"runtime-%1.ini"_s.arg(language)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.codesView()->showCode(486);
        QTextBrowser *browser = window.codesView()->detailView()->browser();
        const CodeEntry *entry = entry486();

        QStringList english;
        for (const char *source : menuSources)
            english.append(QString::fromUtf8(source));
        QCOMPARE(menuTitles(window), english);
        QVERIFY(browser->toPlainText().contains(QString::fromUtf8(entry->summary)));

        window.languageMenu()->actionFor(language)->trigger();
        QCOMPARE(window.languages()->language(), language);

        // Menus: what the translator gives (guiTextsAreTranslated makes sure that is not
        // the English text).
        QTRY_COMPARE(menuTitles(window), expectedMenuTitles());
        QCOMPARE(window.languageMenu()->title(),
                 QCoreApplication::translate("SipScope::LanguageMenu", "&Language"));

        // The explanation panel: the catalog's summary and the panel's own headings.
        const QString summary = QCoreApplication::translate(CatalogContext, entry->summary);
        QVERIFY(summary != QString::fromUtf8(entry->summary));
        QTRY_VERIFY2(browser->toPlainText().contains(summary), qPrintable(browser->toPlainText().left(400)));
        const QString shown = browser->toPlainText();
        QVERIFY(shown.contains(QCoreApplication::translate("CodeExplanation", "What to check")));
        // The reason phrase is protocol text and stays as registered.
        QVERIFY(shown.contains(QString::fromUtf8(entry->reason)));

        // And back to English.
        window.languageMenu()->actionFor(u"en"_s)->trigger();
        QTRY_COMPARE(menuTitles(window), english);
        QTRY_VERIFY(browser->toPlainText().contains(QString::fromUtf8(entry->summary)));
    }

    // What switchesAtRuntime compares with is really the language, not English left in
    // place by an unfinished translation.
    void guiTextsAreTranslated_data() { switchesAtRuntime_data(); }
    void guiTextsAreTranslated()
    {
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setPreference(language));
        QStringList untranslated;
        auto check = [&untranslated](const char *context, const char *source) {
            if (QCoreApplication::translate(context, source) == QString::fromUtf8(source))
                untranslated.append(u"%1 “%2”"_s.arg(QString::fromUtf8(context), QString::fromUtf8(source)));
        };
        for (const char *source : menuSources)
            check(menuContext, source);
        check("SipScope::LanguageMenu", "&Language");
        check("CodeExplanation", "What to check");
        check("CodeExplanation", "Meaning");
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"not translated into %1: %2"_s.arg(language, untranslated.join(u", "_s))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_guilanguage.moc"
