// What the Codes view's search does beyond ranking, driven as a user would: the divider
// between strong and related matches, the note on what a query was recognised as
// (a Q.850 cause), and the offers for pasted text: a SIP URI goes to the probe, a log
// line or SIP message to Explain, each with Enter.
#include "codes/codelistmodel.h"
#include "fakesipserver.h"
#include "probe/proberesult.h"
#include "codesview.h"
#include "explaindialog.h"
#include "mainwindow.h"
#include "pastedtext.h"
#include "probeform.h"
#include "probeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace SipScope;
using SipScope::Test::FakeSipServer;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(SipScope::PastedText::Kind)

class TestSearchOffers final : public QObject
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
        m_view->focusSearch();
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PastedText::Kind>("kind");
        QTest::newRow("words") << u"nobody answers"_s << PastedText::Kind::Words;
        QTest::newRow("a number") << u"486"_s << PastedText::Kind::Words;
        QTest::newRow("a short cause query") << u"cause 17"_s << PastedText::Kind::Words;
        QTest::newRow("blank") << u"   "_s << PastedText::Kind::Words;
        QTest::newRow("sip URI") << u"sip:pbx.example.com"_s << PastedText::Kind::SipTarget;
        QTest::newRow("sips URI with user and port") << u" sips:alice@192.0.2.10:5061 "_s << PastedText::Kind::SipTarget;
        QTest::newRow("broken URI") << u"sip:"_s << PastedText::Kind::Words;
        QTest::newRow("URI in a sentence") << u"call sip:bob@example.com"_s << PastedText::Kind::Words;
        QTest::newRow("status line") << u"SIP/2.0 404 Not Found"_s << PastedText::Kind::Message;
        QTest::newRow("Reason header") << u"Reason: Q.850;cause=21"_s << PastedText::Kind::Message;
        QTest::newRow("Asterisk log line")
            << u"[2026-12-07 10:00:01] NOTICE[1234] chan_pjsip.c: Call to 'trunk' failed: hangupcause=17"_s
            << PastedText::Kind::Message;
        QTest::newRow("FreeSWITCH log line")
            << u"sofia/external/1001@example.com entering state [completed][480]"_s << PastedText::Kind::Message;
    }
    void classify()
    {
        QFETCH(QString, text);
        QFETCH(PastedText::Kind, kind);
        QCOMPARE(PastedText::classify(text), kind);
    }

    void dividerSeparatesStrongFromRelated()
    {
        QTest::keyClicks(m_view->searchField(), u"nobody answers the phone"_s);
        CodeListModel *model = m_view->model();
        const int strong = model->strongCount();
        QVERIFY2(strong >= 1 && strong < model->rowCount(), qPrintable(QString::number(strong)));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            QCOMPARE(index.data(CodeListModel::StrongRole).toBool(), row < strong);
            QCOMPARE(index.data(CodeListModel::FirstRelatedRole).toBool(), row == strong);
        }
        QVERIFY2(m_view->findChild<QLabel *>(u"codeCountLabel"_s)->text().contains(QString::number(strong)),
                 qPrintable(m_view->findChild<QLabel *>(u"codeCountLabel"_s)->text()));
        // Without a query every code is listed and there is no divider.
        m_view->searchField()->clear();
        QCOMPARE(model->strongCount(), model->rowCount());
    }

    void recognisedCauseIsNamed()
    {
        QVERIFY(!m_view->recognitionLabel()->isVisible());
        QTest::keyClicks(m_view->searchField(), u"cause 17"_s);
        QCOMPARE(m_view->model()->codeAt(0), 486);
        QVERIFY(m_view->recognitionLabel()->isVisible());
        QVERIFY2(m_view->recognitionLabel()->text().contains(u"User busy"_s), qPrintable(m_view->recognitionLabel()->text()));
        QVERIFY(m_view->recognitionLabel()->text().contains(u"486"_s));
        m_view->searchField()->clear();
        QVERIFY(!m_view->recognitionLabel()->isVisible());
    }

    void wordsOfferNothingAndEnterGoesToTheList()
    {
        QTest::keyClicks(m_view->searchField(), u"busy"_s);
        QVERIFY(!m_view->offerButton()->isVisible());
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), m_view->listView());
    }

    void sipUriOffersTheProbe()
    {
        // A real answer on loopback: Enter in the search field switches to the Probe view
        // with the target filled in and sends the probe, one keystroke.
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));
        const QString uri = server.uri();
        QSignalSpy finished(m_window->probeView(), &ProbeView::probeFinished);
        QTest::keyClicks(m_view->searchField(), uri);
        QVERIFY(m_view->offerButton()->isVisible());
        QVERIFY(!m_view->offerAction()->text().isEmpty());
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        QCOMPARE(m_window->currentView(), int(MainWindow::ProbeViewIndex));
        QCOMPARE(m_window->probeView()->form()->target(), uri);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.constFirst().constFirst().value<ProbeResult>();
        QCOMPARE(result.statusCode, 200);
        QCOMPARE(server.requestCount(), 1);
    }

    void probeOfferWaitsForARunningProbe()
    {
        // While a probe is still running, the offer fills the target and sends nothing.
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::silent());
        ProbeView *probe = m_window->probeView();
        probe->form()->setTarget(server.uri());
        probe->send();
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount() > 0, true, 30000);
        QVERIFY(probe->isRunning());
        m_window->setCurrentView(MainWindow::CodesViewIndex);
        const QString other = u"sip:other@127.0.0.1:%1"_s.arg(server.port());
        QTest::keyClicks(m_view->searchField(), other);
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        QCOMPARE(m_window->currentView(), int(MainWindow::ProbeViewIndex));
        QCOMPARE(probe->form()->target(), other);
        QVERIFY(probe->isRunning());
        probe->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 30000);
    }

    void pastedLogLineOffersExplain()
    {
        const QString line = u"Dec  7 10:00:01 proxy kamailio[311]: reply SIP/2.0 486 Busy Here to INVITE"_s;
        QApplication::clipboard()->setText(line);
        QTest::keyClick(m_view->searchField(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_view->searchField()->text(), line);
        // The search answers the pasted line too.
        QCOMPARE(m_view->model()->codeAt(0), 486);
        QVERIFY(m_view->offerButton()->isVisible());
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        ExplainDialog *dialog = m_view->explainDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->input()->toPlainText(), line);
        bool found = false;
        for (const ExplainFinding &f : dialog->findings())
            found |= f.code == 486;
        QVERIFY(found);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    CodesView *m_view = nullptr;
};

QTEST_MAIN(TestSearchOffers)
#include "tst_searchoffers.moc"
