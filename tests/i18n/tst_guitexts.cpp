// Every window, dialog and menu in each of the four languages, with the real translations:
// no two controls of one window share a mnemonic (the letter after '&', which Alt plus
// that letter reaches; the menu bar's titles count, since they answer the same keys), no
// two entries of one menu share one, and no visible text is cut off at the default size.
#include "aboutdialog.h"
#include "codesview.h"
#include "explaindialog.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "probediagnostics.h"
#include "probeview.h"
#include "tracedialog.h"
#include "widgettextcheck.h"

#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

// The size a new user gets (MainWindow's default).
constexpr QSize defaultWindowSize(1100, 720);

QList<QMenu *> menusOf(const QMenuBar *bar)
{
    QList<QMenu *> menus;
    QList<QMenu *> pending;
    for (QAction *action : bar->actions()) {
        if (action->menu())
            pending.append(action->menu());
    }
    while (!pending.isEmpty()) {
        QMenu *menu = pending.takeFirst();
        menus.append(menu);
        for (QAction *action : menu->actions()) {
            if (action->menu())
                pending.append(action->menu());
        }
    }
    return menus;
}

// Checks one shown top-level window; `where` prefixes each problem.
void checkWindow(const QWidget *window, const QString &where, QStringList &problems)
{
    for (const QString &clash : WidgetTextCheck::windowMnemonicClashes(window))
        problems.append(where + u": mnemonic "_s + clash);
    for (const QString &cut : WidgetTextCheck::clippedControls(window))
        problems.append(where + u": cut off "_s + cut);
}

} // namespace

class TestGuiTexts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The checks themselves, on texts whose answer is known.
    void mnemonicOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("letter");
        QTest::newRow("first letter") << u"&File"_s << u"f"_s;
        QTest::newRow("inside, lower-cased") << u"Sa&Ve…"_s << u"v"_s;
        QTest::newRow("literal ampersand") << u"Q&&A"_s << QString();
        QTest::newRow("literal, then mnemonic") << u"R&&D &Team"_s << u"t"_s;
        QTest::newRow("none") << u"Codes"_s << QString();
        QTest::newRow("accented") << u"&Édition"_s << u"é"_s;
    }
    void mnemonicOfText()
    {
        QFETCH(QString, text);
        QFETCH(QString, letter);
        const QChar found = WidgetTextCheck::mnemonic(text);
        QCOMPARE(found.isNull() ? QString() : QString(found), letter);
    }

    void clashesAreFound()
    {
        QMenu menu(u"&Test"_s);
        menu.addAction(u"&Start"_s);
        menu.addAction(u"S&top"_s);
        QVERIFY(WidgetTextCheck::menuMnemonicClashes(&menu).isEmpty());
        QAction *save = menu.addAction(u"&Save"_s);
        QCOMPARE(WidgetTextCheck::menuMnemonicClashes(&menu).size(), 1);
        save->setVisible(false); // a hidden entry answers no key
        QVERIFY(WidgetTextCheck::menuMnemonicClashes(&menu).isEmpty());
    }

    void everyWindowAndMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }
    void everyWindowAndMenu()
    {
        QFETCH(QString, language);
        MainWindow window(m_dir.filePath(u"texts-%1.ini"_s.arg(language)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.languageMenu()->actionFor(language)->trigger();
        QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(),
                     QCoreApplication::translate("SipScope::MainWindow", "&File"));
        window.resize(defaultWindowSize);
        QTRY_COMPARE(window.size(), defaultWindowSize);

        QStringList problems;
        // Each view with the menu bar: their mnemonics share the window.
        QCOMPARE(window.viewTabs()->count(), 4);
        for (int view = 0; view < window.viewTabs()->count(); ++view) {
            window.setCurrentView(view);
            QCoreApplication::processEvents();
            checkWindow(&window, u"%1 view %2"_s.arg(language, window.viewTabs()->tabText(view)), problems);
        }

        // Every menu, opened.
        const QList<QMenu *> menus = menusOf(window.menuBar());
        QVERIFY(menus.size() >= 6); // File, Edit, View, Language, Tools, Help
        for (QMenu *menu : menus) {
            menu->popup(window.mapToGlobal(QPoint(20, 20)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            for (const QString &clash : WidgetTextCheck::menuMnemonicClashes(menu))
                problems.append(language + u": "_s + clash);
            menu->hide();
        }

        // The dialogs.
        window.setCurrentView(0);
        window.codesView()->showExplainDialog();
        ExplainDialog *explain = window.codesView()->explainDialog();
        QVERIFY(explain);
        QVERIFY(QTest::qWaitForWindowExposed(explain));
        checkWindow(explain, language + u" Explain dialog"_s, problems);
        explain->close();

        window.setCurrentView(1);
        window.probeView()->diagnostics()->openTraceDialog();
        TraceDialog *trace = window.probeView()->diagnostics()->traceDialog();
        QVERIFY(trace);
        QVERIFY(QTest::qWaitForWindowExposed(trace));
        checkWindow(trace, language + u" Trace dialog"_s, problems);
        trace->close();

        AboutDialog about(&window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        checkWindow(&about, language + u" About dialog"_s, problems);

        QVERIFY2(problems.isEmpty(), qPrintable(u"\n  "_s + problems.join(u"\n  "_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiTexts)
#include "tst_guitexts.moc"
