// The diagnosis in the Probe view, against fake servers on loopback: the
// sentence and origin on the result card (a received 503 vs a closed port), NAT/ALG
// findings, the waterfall, Tools → Trace Route through two chained fake proxies, and
// the All targets tab with an injected DNS (one of three candidates dead).
#include "candidatespanel.h"
#include "diagnosispanel.h"
#include "dualstackpanel.h"
#include "fakednsbackend.h"
#include "fakesipproxy.h"
#include "fakesipserver.h"
#include "mainwindow.h"
#include "probedetailtabs.h"
#include "probediagnostics.h"
#include "probeform.h"
#include "probeview.h"
#include "resultcard.h"
#include "tracedialog.h"
#include "waterfallwidget.h"

#include "diagnosis/candidatemodel.h"
#include "diagnosis/probeverdict.h"
#include "diagnosis/tracehopmodel.h"
#include "loopbackports.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>

#include <memory>

using SipScope::Test::closedUdpPort;

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

} // namespace

class tst_ProbeDiagnostics final : public QObject
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
        m_window->setCurrentView(MainWindow::ProbeViewIndex);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->probeView();
        m_view->form()->setTimeoutSeconds(1);
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void receivedAnswerIsDiagnosed_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("received-503") << 503 << u"Service Unavailable"_s << u"answered 503 Service Unavailable"_s;
        QTest::newRow("received-200") << 200 << u"OK"_s << u"SIP works there"_s;
    }

    void receivedAnswerIsDiagnosed()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, sentence);
        FakeSipServer server;
        QVERIFY(server.listen());
        server.setHandler(FakeSipServer::answerWith(code, reason));
        runProbe(server.uri());

        DiagnosisPanel *panel = m_view->diagnostics()->diagnosisPanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->sentenceLabel()->text().contains(sentence), qPrintable(panel->sentenceLabel()->text()));
        QVERIFY(panel->originLabel()->text().startsWith(u"Received from the far end"_s));
        QVERIFY(panel->pathLabel()->text().contains(u"Path:"_s));
        WaterfallWidget *waterfall = m_view->diagnostics()->waterfall();
        QVERIFY(waterfall->isVisible());
        QVERIFY(waterfall->rowCount() >= 2);
    }

    void resultCardShowsTheVerdict()
    {
        // A 404 to an OPTIONS: the card says what it means for the server (up, speaks
        // SIP, no such user) apart from the catalog's call-oriented summary.
        FakeSipServer server;
        QVERIFY(server.listen());
        server.setHandler(FakeSipServer::answerWith(404, u"Not Found"_s));
        runProbe(server.uri());
        ResultCard *card = m_view->resultCard();
        const auto verdict = ProbeVerdict::of(*card->result());
        QVERIFY(verdict.has_value());
        QVERIFY(card->verdictLabel()->isVisible());
        const QString shown = card->verdictLabel()->text();
        QVERIFY2(shown.contains(verdict->meaning.toHtmlEscaped()), qPrintable(shown));
        QVERIFY(shown.contains(verdict->advice.toHtmlEscaped()));
        QVERIFY(shown.contains(u"RFC 3261 §21.4.5"_s));
        QVERIFY(shown.contains(ProbeVerdict::livenessText().toHtmlEscaped()));
        QVERIFY(!card->summaryLabel()->text().isEmpty());
        QVERIFY(!shown.contains(card->summaryLabel()->text()));
    }

    void malformedAnswerIsTheServers()
    {
        // "SIP/2.0 20O OK" over TCP: the server answered, not in SIP; the card says so
        // and the diagnosis shows the bytes, escaped.
        FakeSipServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
        server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
            s.sendTo(request, FakeSipServer::makeResponse(request.message, 200, u"OK"_s).toBytes().replace("SIP/2.0 200", "SIP/2.0 20O"));
        });
        runProbe(server.uri());
        ResultCard *card = m_view->resultCard();
        QCOMPARE(card->reasonLabel()->text(), errorKindTitle(ErrorKind::MalformedAnswer));
        QCOMPARE(card->statusButton()->text(), u"✕"_s);
        DiagnosisPanel *panel = m_view->diagnostics()->diagnosisPanel();
        QCOMPARE(panel->diagnosis()->kind, Diagnosis::Kind::MalformedAnswer);
        QVERIFY(panel->originLabel()->text().contains(u"not a SIP message"_s));
        QVERIFY2(panel->evidenceLabel()->text().contains(u"SIP/2.0 20O OK\\r\\n"_s), qPrintable(panel->evidenceLabel()->text()));
    }

    void closedPortHasNoVerdict()
    {
        runProbe(u"sip:127.0.0.1:%1"_s.arg(closedUdpPort()));
        QVERIFY(!m_view->resultCard()->verdictLabel()->isVisible());
    }

    void closedPortIsConcludedLocally()
    {
        runProbe(u"sip:127.0.0.1:%1"_s.arg(closedUdpPort()));
        DiagnosisPanel *panel = m_view->diagnostics()->diagnosisPanel();
        QVERIFY2(panel->sentenceLabel()->text().contains(u"The port is closed on 127.0.0.1"_s),
                 qPrintable(panel->sentenceLabel()->text()));
        QVERIFY(panel->originLabel()->text().contains(u"concluded 503 locally"_s));
        QCOMPARE(panel->diagnosis()->kind, Diagnosis::Kind::ClosedPort);
    }

    void natAndAlgFindingsAreShown()
    {
        FakeSipServer server;
        QVERIFY(server.listen());
        server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
            SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
            QString via = *response.header(u"Via"_s);
            response.setHeader(u"Via"_s, via.replace(u";rport"_s, u";rport=40312;received=203.0.113.7"_s));
            response.setHeader(u"From"_s, u"<sip:sipscope@203.0.113.7>;tag="_s + request.message.fromTag());
            s.reply(request, response);
        });
        runProbe(server.uri());
        const QString path = m_view->diagnostics()->diagnosisPanel()->pathLabel()->text();
        QVERIFY2(path.contains(u"Behind NAT"_s) && path.contains(u"203.0.113.7:40312"_s), qPrintable(path));
        QVERIFY2(path.contains(u"ALG sign"_s) && path.contains(u"From URI"_s), qPrintable(path));
        QVERIFY(m_view->diagnostics()->diagnosisPanel()->sentenceLabel()->text().contains(u"SIP ALG"_s));
    }

    void traceRouteThroughTwoProxies()
    {
        FakeSipServer target;
        QVERIFY(target.listen());
        FakeSipProxy second(u"Proxy-B"_s);
        QVERIFY(second.listen());
        second.setNextHop(QHostAddress::LocalHost, target.port());
        FakeSipProxy first(u"Proxy-A"_s);
        QVERIFY(first.listen());
        first.setNextHop(QHostAddress::LocalHost, second.port());

        // The action sits in the Tools menu.
        QMenu *tools = m_window->menuBar()->findChild<QMenu *>(u"toolsMenu"_s);
        QVERIFY(tools);
        QVERIFY(tools->actions().contains(m_view->diagnostics()->traceRouteAction()));
        QVERIFY(tools->actions().contains(m_view->diagnostics()->allTargetsAction()));

        m_view->form()->setTarget(first.uri());
        m_view->diagnostics()->traceRouteAction()->trigger();
        TraceDialog *dialog = m_view->diagnostics()->traceDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->target(), first.uri());
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog, &TraceDialog::traceFinished);
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(finished.wait(15000));

        TraceHopModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 3);
        auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, TraceHopModel::HopColumn), u"0"_s);
        QCOMPARE(cell(0, TraceHopModel::StatusColumn), u"483 Too Many Hops"_s);
        QCOMPARE(cell(0, TraceHopModel::AddressColumn), first.hostPort() + u" (Contact)"_s);
        QCOMPARE(cell(0, TraceHopModel::ServerColumn), u"Proxy-A"_s);
        QCOMPARE(cell(1, TraceHopModel::ServerColumn), u"Proxy-B"_s);
        QCOMPARE(cell(1, TraceHopModel::RelayedByColumn), first.hostPort());
        QCOMPARE(cell(2, TraceHopModel::StatusColumn), u"200 OK"_s);
        QVERIFY(!cell(2, TraceHopModel::RttColumn).isEmpty());
        QVERIFY(dialog->summaryLabel()->text().contains(u"after 2 proxy hop"_s));
        QVERIFY(dialog->startButton()->isEnabled());
        QVERIFY(!dialog->stopButton()->isEnabled());
        QCOMPARE(dialog->hopTable()->model(), model);
        dialog->close();
    }

    void traceStopCancels()
    {
        FakeSipServer silent;
        QVERIFY(silent.listen());
        silent.setHandler(FakeSipServer::silent());
        m_view->form()->setTarget(silent.uri());
        m_view->diagnostics()->openTraceDialog();
        TraceDialog *dialog = m_view->diagnostics()->traceDialog();
        QSignalSpy finished(dialog, &TraceDialog::traceFinished);
        // The first hop is out (its retransmissions may be too, on a busy machine).
        QTRY_VERIFY(silent.requestCount() >= 1);
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<TraceResult>().end, TraceResult::End::Cancelled);
        QVERIFY(dialog->summaryLabel()->text().contains(u"cancelled"_s));
    }

    void allTargetsOneOfThreeDead()
    {
        FakeSipServer a;
        FakeSipServer c;
        QVERIFY(a.listen());
        QVERIFY(c.listen());
        const quint16 dead = closedUdpPort();
        auto dns = std::make_shared<FakeDnsBackend>();
        dns->addSrv(u"_sip._udp.pbx.test"_s, u"a.pbx.test"_s, a.port(), 10, 60, 300);
        dns->addSrv(u"_sip._udp.pbx.test"_s, u"b.pbx.test"_s, dead, 10, 30, 300);
        dns->addSrv(u"_sip._udp.pbx.test"_s, u"c.pbx.test"_s, c.port(), 20, 0, 300);
        dns->addHost(u"a.pbx.test"_s, u"127.0.0.1"_s);
        dns->addHost(u"b.pbx.test"_s, u"127.0.0.1"_s);
        dns->addHost(u"c.pbx.test"_s, u"127.0.0.1"_s);

        CandidatesPanel *panel = m_view->diagnostics()->candidatesPanel();
        panel->probe()->setDnsBackend(dns);
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy candidatesDone(panel, &CandidatesPanel::finished);
        m_view->diagnostics()->allTargetsAction()->setChecked(true);
        // The single probe goes to the real DNS for this name; only the candidates use
        // the scripted one, so send to an address and start the candidates by hand.
        panel->start(u"sip:pbx.test;transport=udp"_s, m_view->form()->probeOptions());
        QVERIFY(candidatesDone.wait(15000));

        CandidateModel *model = panel->model();
        QCOMPARE(model->rowCount(), 3);
        int answered = 0;
        for (int row = 0; row < 3; ++row)
            answered += model->index(row, 0).data(CandidateModel::AnsweredRole).toBool() ? 1 : 0;
        QCOMPARE(answered, 2);
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(summary.contains(u"1 of the 3 servers behind pbx.test"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"127.0.0.1:%1"_s.arg(dead)));
        // The trace shows every SRV record with priority, weight, port and TTL.
        const QString trace = panel->traceView()->toPlainText();
        QVERIFY2(trace.contains(u"priority 10  weight 60  port %1  target a.pbx.test  TTL 300 s"_s.arg(a.port())), qPrintable(trace));
        QVERIFY(trace.contains(u"target c.pbx.test"_s));
        const QString source = model->index(0, CandidateModel::SourceColumn).data().toString();
        QVERIFY2(source.contains(u"SRV _sip._udp.pbx.test"_s) && source.contains(u"weight"_s), qPrintable(source));
        QCOMPARE(m_view->detailTabs()->tabText(m_view->diagnostics()->candidatesTab()), u"All targets"_s);
    }

    void webSocketTransportsInTheForm()
    {
        QComboBox *combo = m_view->form()->transportCombo();
        QVERIFY(combo->findText(u"WS"_s) > 0);
        QVERIFY(combo->findText(u"WSS"_s) > 0);
        m_view->form()->setTransport(TransportProtocol::Wss);
        QCOMPARE(m_view->form()->probeOptions().transport, std::optional<TransportProtocol>(TransportProtocol::Wss));
        m_view->form()->setTransport(std::nullopt);
    }

    void allTargetsToggleRunsWithSend()
    {
        FakeSipServer server;
        QVERIFY(server.listen());
        CandidatesPanel *panel = m_view->diagnostics()->candidatesPanel();
        QSignalSpy candidatesDone(panel, &CandidatesPanel::finished);
        m_view->diagnostics()->allTargetsAction()->setChecked(true);
        runProbe(server.uri());
        QVERIFY(candidatesDone.wait(10000) || candidatesDone.size() == 1);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(m_view->detailTabs()->currentIndex(), m_view->diagnostics()->candidatesTab());
        QCOMPARE(server.transactionCount(), 2);   // the probe and its one candidate
    }

    void dualStackIpv6BrokenIpv4Fine()
    {
        {
            QUdpSocket six;
            if (!six.bind(QHostAddress::LocalHostIPv6, 0))
                QSKIP("::1 cannot be bound on this machine (IPv6 disabled on loopback)");
        }
        FakeSipServer server;   // 127.0.0.1 only: nothing answers on ::1
        QVERIFY(server.listen());
        auto dns = std::make_shared<FakeDnsBackend>();
        dns->addHost(u"dual.pbx.test"_s, u"127.0.0.1"_s);
        dns->addHost(u"dual.pbx.test"_s, u"::1"_s);

        QMenu *tools = m_window->menuBar()->findChild<QMenu *>(u"toolsMenu"_s);
        QVERIFY(tools);
        QVERIFY(tools->actions().contains(m_view->diagnostics()->dualStackAction()));
        DualStackPanel *panel = m_view->diagnostics()->dualStackPanel();
        panel->probe()->setDnsBackend(dns);
        QSignalSpy done(panel, &DualStackPanel::finished);
        ProbeOptions options = m_view->form()->probeOptions();
        options.timers.timerF = std::chrono::milliseconds(5000);
        panel->start(u"sip:dual.pbx.test:%1"_s.arg(server.port()), options);
        QVERIFY(done.wait(30000));
        QCOMPARE(panel->verdictLabel()->text(), u"IPv6 broken, IPv4 fine"_s);
        const QString ipv4 = panel->familyLabel(DualStackVerdict::Family::IPv4)->text();
        const QString ipv6 = panel->familyLabel(DualStackVerdict::Family::IPv6)->text();
        QVERIFY2(ipv4.startsWith(u"IPv4: 200 OK from 127.0.0.1:%1"_s.arg(server.port())), qPrintable(ipv4));
        QVERIFY2(ipv6.startsWith(u"IPv6: no answer: "_s) && ipv6.contains(u"[::1]"_s), qPrintable(ipv6));
        QCOMPARE(m_view->detailTabs()->tabText(m_view->diagnostics()->dualStackTab()), u"IPv4 / IPv6"_s);
    }

    void dualStackToggleRunsWithSend()
    {
        FakeSipServer server;
        QVERIFY(server.listen());
        DualStackPanel *panel = m_view->diagnostics()->dualStackPanel();
        QSignalSpy done(panel, &DualStackPanel::finished);
        m_view->diagnostics()->dualStackAction()->setChecked(true);
        runProbe(server.uri());
        QVERIFY(done.wait(15000) || done.size() == 1);
        m_view->diagnostics()->dualStackAction()->setChecked(false);
        QCOMPARE(m_view->detailTabs()->currentIndex(), m_view->diagnostics()->dualStackTab());
        // An IPv4 address has no IPv6 to test: that is said, not called broken.
        QCOMPARE(panel->verdictLabel()->text(), u"IPv4 fine; no AAAA record, so no IPv6 to test"_s);
        QVERIFY(panel->familyLabel(DualStackVerdict::Family::IPv6)->text().startsWith(u"IPv6: not published"_s));
    }

private:
    void runProbe(const QString &target)
    {
        QSignalSpy finished(m_view, &ProbeView::runFinished);
        m_view->form()->setTarget(target);
        m_view->send();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    ProbeView *m_view = nullptr;
};

QTEST_MAIN(tst_ProbeDiagnostics)
#include "tst_probediagnostics.moc"
