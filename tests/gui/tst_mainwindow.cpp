// The main window: title, views and their shortcuts, menus, and settings that
// survive a restart (with a temporary settings file).
#include "aboutdialog.h"
#include "codedetailview.h"
#include "codes/codelistmodel.h"
#include "codesview.h"
#include "commandline.h"
#include "mainwindow.h"
#include "probeform.h"
#include "probeview.h"
#include "sipscope_version.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLineParser>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

#include <memory>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void titleMenusAndFocus()
    {
        MainWindow window(m_dir.filePath(u"title.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.windowTitle(), u"SipScope"_s);
        QTRY_COMPARE(QApplication::focusWidget(), window.codesView()->searchField());
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text().remove(u'&'));
        QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Tools"_s, u"Help"_s}));
    }

    void viewShortcuts_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("view");
        QTest::newRow("Ctrl+2 probe") << int(Qt::Key_2) << int(MainWindow::ProbeViewIndex);
        QTest::newRow("Ctrl+1 codes") << int(Qt::Key_1) << int(MainWindow::CodesViewIndex);
    }
    void viewShortcuts()
    {
        QFETCH(int, key);
        QFETCH(int, view);
        MainWindow window(m_dir.filePath(u"shortcuts.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setCurrentView(view == MainWindow::CodesViewIndex ? MainWindow::ProbeViewIndex
                                                                 : MainWindow::CodesViewIndex);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(window.currentView(), view);
        QWidget *expectedFocus = view == MainWindow::CodesViewIndex
            ? static_cast<QWidget *>(window.codesView()->searchField())
            : static_cast<QWidget *>(window.probeView()->form()->targetCombo());
        QTRY_VERIFY(QApplication::focusWidget() == expectedFocus
                    || QApplication::focusWidget()->parentWidget() == expectedFocus);
    }

    void findFocusesTheSearch()
    {
        MainWindow window(m_dir.filePath(u"find.ini"_s));
        window.setCurrentView(MainWindow::ProbeViewIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentView(), int(MainWindow::CodesViewIndex));
        QTRY_COMPARE(QApplication::focusWidget(), window.codesView()->searchField());
    }

    void settingsSurviveARestart()
    {
        const QString file = m_dir.filePath(u"restart.ini"_s);
        QList<int> codesSizes;
        QList<int> probeSizes;
        {
            MainWindow window(file);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 650);
            window.codesView()->splitter()->setSizes({250, 600});
            codesSizes = window.codesView()->splitter()->sizes();
            window.codesView()->classFilter()->setCurrentIndex(5);
            ProbeForm *form = window.probeView()->form();
            form->addToHistory(u"sip:127.0.0.1:5070"_s);
            form->addToHistory(u"sip:[::1]:5080"_s);
            form->setTransport(TransportProtocol::Tcp);
            form->setTimeoutSeconds(13);
            form->setRepeatEnabled(true);
            form->setRepeatCount(7);
            form->setRepeatIntervalMs(2500);
            form->passwordField()->setText(u"s3cret-never-saved"_s);
            window.setCurrentView(MainWindow::ProbeViewIndex);
            auto *probeSplitter = window.probeView()->findChild<QSplitter *>(u"probeSplitter"_s);
            QVERIFY(probeSplitter);
            QTRY_VERIFY(probeSplitter->isVisible());
            probeSplitter->setSizes({140, 363}); // the default is about 260/243
            probeSizes = probeSplitter->sizes();
            window.close();
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("s3cret-never-saved"));

        MainWindow window(file);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentView(), int(MainWindow::ProbeViewIndex));
        QCOMPARE(window.size(), QSize(900, 650));
        QTRY_COMPARE(window.probeView()->findChild<QSplitter *>(u"probeSplitter"_s)->sizes(), probeSizes);
        window.setCurrentView(MainWindow::CodesViewIndex);
        QCOMPARE(window.codesView()->splitter()->sizes(), codesSizes);
        QCOMPARE(window.codesView()->classFilter()->currentIndex(), 5);
        ProbeForm *form = window.probeView()->form();
        QCOMPARE(form->targetHistory(), (QStringList{u"sip:[::1]:5080"_s, u"sip:127.0.0.1:5070"_s}));
        QCOMPARE(form->target(), u"sip:[::1]:5080"_s);
        QCOMPARE(form->transport(), std::optional(TransportProtocol::Tcp));
        QCOMPARE(form->timeoutSeconds(), 13);
        QVERIFY(form->repeatEnabled());
        QCOMPARE(form->repeatCount(), 7);
        QCOMPARE(form->repeatIntervalMs(), 2500);
        QVERIFY(form->passwordField()->text().isEmpty());
    }

    void editCopyCopiesWhatHasFocus()
    {
        MainWindow window(m_dir.filePath(u"copy.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *copy = window.findChild<QAction *>(u"copyAction"_s);
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));

        // The selected code of the list.
        QListView *list = window.codesView()->listView();
        const QModelIndexList rows = list->model()->match(list->model()->index(0, 0), CodeListModel::CodeRole, 486);
        QCOMPARE(rows.size(), 1);
        list->setCurrentIndex(rows.constFirst());
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QApplication::clipboard()->clear();
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"486 Busy Here"_s);

        // Selected text of the explanation.
        window.codesView()->showCode(600);
        QTextBrowser *browser = window.codesView()->detailView()->browser();
        browser->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), browser);
        browser->selectAll();
        copy->trigger();
        QVERIFY2(QApplication::clipboard()->text().contains(u"Busy Everywhere"_s),
                 qPrintable(QApplication::clipboard()->text()));
    }

    void viewOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("view"); // -1: refused
        QTest::newRow("codes") << u"codes"_s << int(MainWindow::CodesViewIndex);
        QTest::newRow("probe") << u"probe"_s << int(MainWindow::ProbeViewIndex);
        QTest::newRow("monitor") << u"monitor"_s << int(MainWindow::MonitorViewIndex);
        QTest::newRow("responder, any case") << u"Responder"_s << int(MainWindow::ResponderViewIndex);
        QTest::newRow("unknown") << u"settings"_s << -1;
    }
    void viewOption()
    {
        // sipscope --view NAME opens that tab (main.cpp hands viewIndex to setCurrentView).
        QFETCH(QString, value);
        QFETCH(int, view);
        QCommandLineParser parser;
        CommandLine::configure(parser);
        QVERIFY(parser.parse({u"sipscope"_s, u"--view"_s, value}));
        CommandLineOptions options;
        QString error;
        QCOMPARE(CommandLine::read(parser, options, &error), view >= 0);
        if (view < 0) {
            QVERIFY2(error.contains(value) && error.contains(u"responder"_s), qPrintable(error));
            return;
        }
        QCOMPARE(options.viewIndex, view);
        MainWindow window(m_dir.filePath(u"view.ini"_s));
        window.setCurrentView(options.viewIndex);
        QCOMPARE(window.currentView(), view);
    }

    void aboutNamesVersions()
    {
        const QString text = AboutDialog::versionText();
        QVERIFY(text.contains(QStringLiteral(SIPSCOPE_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        AboutDialog dialog;
        QVERIFY(!dialog.windowTitle().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
