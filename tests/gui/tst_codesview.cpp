// The Codes view driven as a user would: typing, keys, clicks, links, clipboard.
#include "codedetailview.h"
#include "codeexplanation.h"
#include "codes/codelistmodel.h"
#include "codes/responsecodecatalog.h"
#include "codesview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestCodesView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view = m_window->codesView();
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void searchFieldHasFocusAtStart()
    {
        QTRY_COMPARE(QApplication::focusWidget(), m_view->searchField());
    }

    void typingBusyShowsBusyCodesNearTheTop()
    {
        QTest::keyClicks(m_view->searchField(), u"busy"_s);
        CodeListModel *model = m_view->model();
        QCOMPARE(model->query(), u"busy"_s);
        QList<int> top;
        for (int row = 0; row < std::min(5, model->rowCount()); ++row)
            top.append(model->codeAt(row));
        QVERIFY2(top.contains(486), qPrintable(QDebug::toString(top)));
        QVERIFY2(top.contains(600), qPrintable(QDebug::toString(top)));
        // The panel previews the best hit while typing.
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), model->codeAt(0));
    }

    void selectingACodeFillsThePanel_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("503") << 503;
        QTest::newRow("404") << 404;
        QTest::newRow("180") << 180;
    }
    void selectingACodeFillsThePanel()
    {
        QFETCH(int, code);
        const int row = m_view->model()->rowOfCode(code);
        QVERIFY(row >= 0);
        const QModelIndex index = m_view->model()->index(row);
        m_view->listView()->scrollTo(index);
        QTest::mouseClick(m_view->listView()->viewport(), Qt::LeftButton, {},
                          m_view->listView()->visualRect(index).center());
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), code);
        const auto entry = ResponseCodeCatalog::instance().find(code);
        QVERIFY(entry && !entry->summary.isEmpty());
        const QString shown = m_view->detailView()->browser()->toPlainText();
        QVERIFY(shown.contains(entry->reason));
        QVERIFY(shown.contains(entry->summary));
        QVERIFY(shown.contains(entry->meaning.section(u'\n', 0, 0).trimmed()));
    }

    void relatedLinkNavigatesAndHistoryGoesBack()
    {
        const auto busy = ResponseCodeCatalog::instance().find(486);
        QVERIFY(busy && !busy->related.isEmpty());
        const int related = busy->related.first();
        m_view->showCode(486);
        QTextBrowser *browser = m_view->detailView()->browser();
        QVERIFY(browser->toHtml().contains(CodeExplanation::codeUrl(related).toString()));
        Q_EMIT browser->anchorClicked(CodeExplanation::codeUrl(related));
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), related);
        const auto relatedEntry = ResponseCodeCatalog::instance().explain(related);
        QVERIFY(browser->toPlainText().contains(relatedEntry->summary));
        // The list follows the panel.
        QCOMPARE(m_view->model()->codeAt(m_view->listView()->currentIndex().row()), related);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), 486);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), related);
    }

    void rfcLinkOpensTheBrowser()
    {
        // Intercept what would go to the system browser.
        QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
        m_view->showCode(486);
        const auto entry = ResponseCodeCatalog::instance().find(486);
        QVERIFY(entry && !entry->refs.isEmpty());
        const QUrl rfc = entry->refs.first().url();
        QVERIFY(m_view->detailView()->browser()->toHtml().contains(rfc.toString(QUrl::FullyEncoded)));
        Q_EMIT m_view->detailView()->browser()->anchorClicked(rfc);
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(m_opened, QList<QUrl>{rfc});
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), 486); // no in-app navigation
    }

    void copyForTicketPutsTheSummaryOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        m_view->showCode(486);
        QTest::mouseClick(m_view->detailView()->copyForTicketButton(), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        const auto entry = ResponseCodeCatalog::instance().find(486);
        QVERIFY(text.startsWith(u"SIP 486 "_s + entry->reason));
        QVERIFY(text.contains(entry->summary));
        for (const QString &action : entry->actions)
            QVERIFY2(text.contains(action), qPrintable(action));
        QCOMPARE(text, CodeExplanation::ticketText(*entry));
    }

    void unregisteredNumberIsExplainedAndMarked_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("classFallback");
        // 499 is a protocol analyser's label in the catalog: its own entry, marked.
        QTest::newRow("499 analyser label") << 499 << false;
        int unknown = 0;
        for (int code = 498; code >= 400 && !unknown; --code) {
            if (!ResponseCodeCatalog::instance().find(code))
                unknown = code;
        }
        QTest::newRow("uncatalogued 4xx number") << unknown << true;
    }
    void unregisteredNumberIsExplainedAndMarked()
    {
        QFETCH(int, code);
        QFETCH(bool, classFallback);
        QVERIFY(code);
        const auto entry = ResponseCodeCatalog::instance().explain(code);
        QVERIFY(entry && !entry->isRegistered());
        QCOMPARE(entry->kind == CodeKind::ClassFallback, classFallback);
        QTest::keyClicks(m_view->searchField(), QString::number(code));
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), code);
        const QString shown = m_view->detailView()->browser()->toPlainText();
        QVERIFY(shown.contains(codeKindLabel(entry->kind)));
        if (classFallback)
            QVERIFY(shown.contains(ResponseCodeCatalog::instance().classInfo(4).summary));
    }

    void escapeClearsTheSearch()
    {
        const int all = m_view->model()->rowCount();
        QTest::keyClicks(m_view->searchField(), u"busy"_s);
        QVERIFY(m_view->model()->rowCount() < all);
        QTest::keyClick(m_view->searchField(), Qt::Key_Escape);
        QCOMPARE(m_view->searchField()->text(), QString());
        QCOMPARE(m_view->model()->rowCount(), all);
    }

    void downAndEnterMoveIntoTheList_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Down") << int(Qt::Key_Down);
        QTest::newRow("Return") << int(Qt::Key_Return);
    }
    void downAndEnterMoveIntoTheList()
    {
        QFETCH(int, key);
        QTest::keyClicks(m_view->searchField(), u"password"_s);
        QVERIFY(m_view->model()->rowCount() > 0);
        QTest::keyClick(m_view->searchField(), Qt::Key(key));
        QTRY_COMPARE(QApplication::focusWidget(), m_view->listView());
        QCOMPARE(m_view->listView()->currentIndex().row(), 0);
        QCOMPARE(m_view->detailView()->currentCode().value_or(0), m_view->model()->codeAt(0));
        QTest::keyClick(m_view->listView(), Qt::Key_Down);
        if (m_view->model()->rowCount() > 1)
            QCOMPARE(m_view->detailView()->currentCode().value_or(0), m_view->model()->codeAt(1));
    }

    void classFilterKeepsOneClass_data()
    {
        QTest::addColumn<int>("codeClass");
        for (int c = 1; c <= 6; ++c)
            QTest::addRow("%dxx", c) << c;
    }
    void classFilterKeepsOneClass()
    {
        QFETCH(int, codeClass);
        m_view->classFilter()->setCurrentIndex(m_view->classFilter()->findData(codeClass));
        CodeListModel *model = m_view->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row).data(CodeListModel::ClassRole).toInt(), codeClass);
    }

    void unregisteredCodesAreListedAndMarked()
    {
        CodeListModel *model = m_view->model();
        int unregistered = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row).data(CodeListModel::RegisteredRole).toBool())
                ++unregistered;
        }
        QVERIFY(unregistered > 0);
        QVERIFY(model->rowCount() - unregistered >= 75);
    }

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    CodesView *m_view = nullptr;
};

QTEST_MAIN(TestCodesView)
#include "tst_codesview.moc"
