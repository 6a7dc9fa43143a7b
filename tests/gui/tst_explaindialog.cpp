// "Explain text…" in the Codes view, driven as a help-desk person would: open it,
// paste a SIP response with a Q.850 Reason, read the findings, follow a link to the
// code; garbage gives "nothing recognised"; the findings follow language changes.
#include "codedetailview.h"
#include "codes/codelistmodel.h"
#include "codes/explainer.h"
#include "codesview.h"
#include "explaindialog.h"
#include "explainreport.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString busyResponse = u"SIP/2.0 486 Busy Here\r\n"
                             u"Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;received=192.0.2.10\r\n"
                             u"From: <sip:alice@example.com>;tag=1928301774\r\n"
                             u"To: <sip:bob@example.com>;tag=a6c85cf\r\n"
                             u"Call-ID: a84b4c76e66710@pc33.example.com\r\n"
                             u"CSeq: 314159 INVITE\r\n"
                             u"Reason: Q.850;cause=17;text=\"User busy\"\r\n"
                             u"Content-Length: 0\r\n\r\n"_s;

const QString mark = u"⟦xx⟧ "_s;

class PseudoTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        QString text = mark + QString::fromUtf8(sourceText);
        return n >= 0 ? text.replace(u"%n"_s, QString::number(n)) : text;
    }
    bool isEmpty() const override { return false; }
};

// Where in the browser's viewport the link to `href` is drawn (scrolled into view).
std::optional<QPoint> linkPosition(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + std::min(1, fragment.length() - 1));
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    return std::nullopt;
}

QString nothingRecognised()
{
    return QCoreApplication::translate("ExplainReport", "Nothing recognised");
}

} // namespace

class TestExplainDialog final : public QObject
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
        m_window = std::make_unique<MainWindow>(m_dir.filePath(u"explain-%1.ini"_s.arg(++m_run)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void opensWithCtrlEFromAnyView()
    {
        m_window->setCurrentView(MainWindow::ProbeViewIndex);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(m_window->currentView(), int(MainWindow::CodesViewIndex));
        QVERIFY(!dialog->isModal());
        QTRY_COMPARE(QApplication::focusWidget(), dialog->input());
    }

    void opensFromTheButtonBesideTheSearchAndTheEditMenu()
    {
        CodesView *view = m_window->codesView();
        QToolButton *button = view->explainButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->parentWidget(), view->searchField()->parentWidget());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(view->explainDialog());
        QTRY_VERIFY(view->explainDialog()->isVisible());

        const QMenu *edit = m_window->findChild<QMenu *>(u"editMenu"_s);
        QVERIFY(edit->actions().contains(view->explainAction()));
        QCOMPARE(view->explainAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    }

    void explainsAPastedResponse()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        QApplication::clipboard()->setText(busyResponse);
        QTest::mouseClick(dialog->pasteButton(), Qt::LeftButton);
        QCOMPARE(dialog->input()->toPlainText(), QString(busyResponse).remove(u'\r'));

        const QList<ExplainFinding> findings = dialog->findings();
        const QList<ExplainFinding> expected = Explainer::explain(dialog->input()->toPlainText());
        QCOMPARE(findings.size(), expected.size());
        const auto status = std::find_if(findings.cbegin(), findings.cend(), [](const ExplainFinding &f) {
            return f.kind == ExplainKind::StatusLine;
        });
        QVERIFY(status != findings.cend());
        QCOMPARE(status->code, 486);
        const auto reason = std::find_if(findings.cbegin(), findings.cend(), [](const ExplainFinding &f) {
            return f.kind == ExplainKind::Q850Reason;
        });
        QVERIFY(reason != findings.cend());
        QCOMPARE(reason->cause, 17);
        QVERIFY(reason->mappedCodes.contains(486));

        // Every finding is shown with its title and explanation.
        const QString shown = dialog->results()->toPlainText();
        for (const ExplainFinding &finding : findings) {
            QVERIFY2(shown.contains(finding.title), qPrintable(finding.title));
            QVERIFY2(shown.contains(finding.explanation.simplified()), qPrintable(finding.explanation));
        }
        QVERIFY(!shown.contains(nothingRecognised()));
    }

    void linkOpensTheCodeInTheCodesView()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        dialog->input()->setPlainText(u"Reason: Q.850;cause=17"_s);
        dialog->explainNow();
        QCOMPARE(dialog->findings().size(), 1);
        // The user went to the Probe view meanwhile; the link brings the Codes view back.
        m_window->setCurrentView(MainWindow::ProbeViewIndex);

        const auto point = linkPosition(dialog->results(), u"sipscope-code:486"_s);
        QVERIFY2(point, qPrintable(dialog->results()->toHtml().left(600)));
        QTest::mouseClick(dialog->results()->viewport(), Qt::LeftButton, {}, *point);

        CodesView *view = m_window->codesView();
        QTRY_COMPARE(view->detailView()->currentCode().value_or(0), 486);
        QCOMPARE(m_window->currentView(), int(MainWindow::CodesViewIndex));
        QCOMPARE(view->model()->codeAt(view->listView()->currentIndex().row()), 486);
        // The dialog stays open for the next finding.
        QVERIFY(dialog->isVisible());
    }

    void nothingRecognisedIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << u"the phone just beeps when I call my mother"_s;
        QTest::newRow("numbers without context") << u"queue length 486, extension 603 dialled at 12:48:60"_s;
        QTest::newRow("HTTP status line") << u"HTTP/1.1 404 Not Found"_s;
        QTest::newRow("control characters") << QString::fromUtf8("\x01\x02\x7f\xc3\xa4\x1b[0m \t\t 4\x00" "86", 17);
    }
    void nothingRecognisedIsSaidPlainly()
    {
        QFETCH(QString, text);
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        dialog->input()->setPlainText(text);
        // Explained after the typing pause, without pressing anything.
        QTRY_VERIFY(dialog->results()->toPlainText().contains(nothingRecognised()));
        QVERIFY(dialog->findings().isEmpty());
    }

    void emptyTextShowsHowToUseIt()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        dialog->input()->setPlainText(u"SIP/2.0 503 Service Unavailable"_s);
        dialog->explainNow();
        QCOMPARE(dialog->findings().size(), 1);
        QTest::mouseClick(dialog->clearButton(), Qt::LeftButton);
        QVERIFY(dialog->input()->toPlainText().isEmpty());
        QVERIFY(dialog->findings().isEmpty());
        const QString shown = dialog->results()->toPlainText();
        QVERIFY(!shown.contains(nothingRecognised()));
        QVERIFY(shown.contains(QCoreApplication::translate("ExplainReport", "Paste text to explain")));
    }

    void typingExplainsAfterAPause()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        QTest::keyClicks(dialog->input(), u"Warning: 399 pbx.example.com \"Codec mismatch\""_s);
        QTRY_COMPARE(dialog->findings().size(), 1);
        QCOMPARE(dialog->findings().first().kind, ExplainKind::Warning);
        QCOMPARE(dialog->findings().first().code, 399);
    }

    void followsLanguageChanges()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        dialog->input()->setPlainText(busyResponse);
        dialog->explainNow();
        QVERIFY(!dialog->results()->toPlainText().contains(mark));

        PseudoTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_VERIFY(dialog->windowTitle().startsWith(mark));
        QVERIFY(dialog->pasteButton()->text().startsWith(mark));
        // The findings are explained again: their texts come from the translator now.
        QTRY_VERIFY(dialog->results()->toPlainText().contains(mark));
        QVERIFY(m_window->codesView()->explainAction()->text().startsWith(mark));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_VERIFY(!dialog->results()->toPlainText().contains(mark));
    }

    void controlsAreNamed()
    {
        m_window->codesView()->showExplainDialog();
        ExplainDialog *dialog = m_window->codesView()->explainDialog();
        QVERIFY(!dialog->objectName().isEmpty());
        QWidget *controls[] = {dialog->input(), dialog->results(), dialog->pasteButton(), dialog->clearButton()};
        for (QWidget *widget : controls) {
            QVERIFY(!widget->objectName().isEmpty());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(!m_window->codesView()->explainButton()->accessibleName().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestExplainDialog)
#include "tst_explaindialog.moc"
