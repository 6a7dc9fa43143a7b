// Runtime language switching: installing a translator retranslates every visible
// text, the explanation panel included, without a restart; removing it goes back.
// A pseudo-translator marks every string, so the test does not depend on how far the
// real .ts files are.
#include "codedetailview.h"
#include "codes/responsecodecatalog.h"
#include "codesview.h"
#include "mainwindow.h"
#include "probedetailtabs.h"
#include "probeform.h"
#include "probeview.h"
#include "resultcard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString mark = u"⟦xx⟧ "_s;

class PseudoTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText)
            return {};
        return mark + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void switchesAtRuntime()
    {
        MainWindow window(m_dir.filePath(u"language.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.codesView()->showCode(486);
        const auto english = ResponseCodeCatalog::instance().find(486);
        QVERIFY(english);
        QTextBrowser *browser = window.codesView()->detailView()->browser();
        QVERIFY(browser->toPlainText().contains(english->summary));

        PseudoTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::processEvents();

        QCOMPARE(window.menuBar()->actions().first()->text(), mark + u"&File"_s);
        QCOMPARE(window.viewTabs()->tabText(MainWindow::CodesViewIndex), mark + u"Codes"_s);
        QVERIFY(window.codesView()->searchField()->placeholderText().startsWith(mark));
        QVERIFY(window.codesView()->detailView()->copyForTicketButton()->text().startsWith(mark));
        QVERIFY(window.probeView()->form()->sendButton()->text().startsWith(mark));
        QVERIFY(window.probeView()->resultCard()->reasonLabel()->text().startsWith(mark));
        // The catalog panel re-renders in the new language; the reason phrase is
        // protocol text and stays as registered.
        const QString shown = browser->toPlainText();
        QVERIFY2(shown.contains(mark + english->summary), qPrintable(shown.left(400)));
        QVERIFY(shown.contains(english->reason));
        QVERIFY(!shown.contains(mark + english->reason));
        QVERIFY(shown.contains(mark + u"What to check"_s));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
        QVERIFY(!browser->toPlainText().contains(mark));
    }

    // A probe's timeline was filled in one language; its units follow the switch.
    void timelineFollows()
    {
        MainWindow window(m_dir.filePath(u"timeline.ini"_s));
        ProbeDetailTabs *tabs = window.probeView()->detailTabs();
        ProbeEvent event;
        event.type = ProbeEvent::Type::Sent;
        event.atUs = 1500;
        event.text = u"OPTIONS sent"_s;
        tabs->addEvent(event);
        QTableWidget *timeline = tabs->timelineTable();
        QCOMPARE(timeline->rowCount(), 1);
        QVERIFY(!timeline->item(0, 0)->text().startsWith(mark));

        PseudoTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_VERIFY(timeline->item(0, 0)->text().startsWith(mark));
        QCOMPARE(timeline->rowCount(), 1);
        QVERIFY(timeline->item(0, 0)->text().contains(u"1.500"_s));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_VERIFY(!timeline->item(0, 0)->text().startsWith(mark));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
