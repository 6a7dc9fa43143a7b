// The Monitor and Responder views on the offscreen platform: adding, filtering and
// sorting targets, status chips and the change log driven by fake servers on
// loopback, list load/save and export, the detail dialog, the sparkline geometry;
// the Responder form's checks and warnings, a probe against it, and its live log.
#include "mainwindow.h"
#include "monitordelegate.h"
#include "monitorview.h"
#include "respondercounterslabel.h"
#include "responderview.h"
#include "resultcard.h"

#include "monitor/monitormodel.h"
#include "diagnosis/pathanalysis.h"
#include "probe/optionsprobe.h"

#include "fakesipserver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

void addTarget(MonitorView &view, const QString &target, const QString &label)
{
    view.targetEdit()->setText(target);
    view.labelEdit()->setText(label);
    QVERIFY(view.addTargetFromForm());
}

void fastMonitor(MonitorView &view)
{
    MonitorOptions options = view.monitor()->options();
    options.intervalS = 1;
    options.timeoutMs = 400;
    options.probe.timers.t1 = 50ms;
    view.monitor()->setOptions(options);
}

} // namespace

class TestMonitorView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAndFilter();
    void statusAndChanges();
    void listsAndExport();
    void detailDialog();
    void sparklineGeometry();
    void responderFormChecks();
    void responderAnswersAndLogs();
    void responderShowsDropsOfRateLimit();
    void mainWindowHasViews();

private:
    FakeSipServer m_up;
};

void TestMonitorView::initTestCase()
{
    QVERIFY(m_up.listen());
}

void TestMonitorView::addAndFilter()
{
    MonitorView view;
    QSignalSpy messages(&view, &MonitorView::statusMessage);
    view.targetEdit()->setText(u"http://not-sip"_s);
    QVERIFY(!view.addTargetFromForm());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(view.model()->rowCount(), 0);

    addTarget(view, u"127.0.0.1:5071"_s, u"Trunk A"_s);
    addTarget(view, u"127.0.0.2:5072"_s, u"PBX"_s);
    addTarget(view, u"127.0.0.3:5073"_s, QString());
    QCOMPARE(view.model()->rowCount(), 3);
    QVERIFY(view.targetEdit()->text().isEmpty());
    // Sorted by label: "127.0.0.3:5073" (no label, shows the target), "PBX", "Trunk A".
    QCOMPARE(view.proxy()->index(0, MonitorModel::LabelColumn).data().toString(), u"127.0.0.3:5073"_s);
    QCOMPARE(view.proxy()->index(2, MonitorModel::LabelColumn).data().toString(), u"Trunk A"_s);

    view.filterEdit()->setText(u"trunk"_s);
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(view.proxy()->index(0, MonitorModel::TargetColumn).data().toString(), u"127.0.0.1:5071"_s);
    view.filterEdit()->setText(u"pending"_s);   // by status too
    QCOMPARE(view.proxy()->rowCount(), 3);
    view.filterEdit()->clear();

    view.table()->selectRow(0);
    view.removeSelected();
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestMonitorView::statusAndChanges()
{
    FakeSipServer flapping;
    QVERIFY(flapping.listen());
    // Answers the first probe, then falls silent: up, then down.
    auto calls = std::make_shared<QStringList>();
    flapping.setHandler([calls](FakeSipServer &server, const FakeSipServer::Request &request) {
        if (!calls->contains(request.message.callId()))
            calls->append(request.message.callId());
        if (calls->indexOf(request.message.callId()) == 0)
            server.reply(request, 200, u"OK"_s);
    });
    MonitorView view;
    fastMonitor(view);
    QSignalSpy messages(&view, &MonitorView::statusMessage);
    addTarget(view, m_up.uri(), u"steady"_s);
    addTarget(view, flapping.uri(), u"flapping"_s);
    view.startButton()->click();
    QVERIFY(view.monitor()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(view.monitor()->state(1).status(), MonitorStatus::Down, 5000);
    view.startButton()->click();
    QVERIFY(!view.monitor()->isRunning());

    const QModelIndex steady = view.model()->index(0, MonitorModel::StatusColumn);
    QCOMPARE(steady.data().toString(), u"200 OK"_s);
    QCOMPARE(steady.data(MonitorModel::StatusRole).toInt(), int(MonitorStatus::Up));
    const QString log = view.changeLog()->toPlainText();
    QVERIFY2(log.contains(u"steady: first result: up"_s), qPrintable(log));
    QVERIFY2(log.contains(u"flapping: up → down"_s), qPrintable(log));
    // The change (not the first results) reached the status bar.
    bool announced = false;
    for (const QList<QVariant> &args : std::as_const(messages))
        announced = announced || args.at(0).toString().contains(u"up → down"_s);
    QVERIFY(announced);
    // Paint the table once with the delegate (chips and sparklines).
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.table()->grab().isNull());
}

void TestMonitorView::listsAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MonitorView view;
    addTarget(view, m_up.uri(), u"up"_s);
    addTarget(view, u"127.0.0.2:5070"_s, u"other"_s);
    const QString list = dir.filePath(u"fleet.json"_s);
    QCOMPARE(view.saveTargets(list), QString());

    MonitorView loaded;
    QCOMPARE(loaded.loadTargets(list), QString());
    QCOMPARE(loaded.monitor()->targets(), view.monitor()->targets());
    QVERIFY(!loaded.loadTargets(dir.filePath(u"missing.json"_s)).isEmpty());

    QSignalSpy results(view.monitor(), &Monitor::resultReady);
    view.monitor()->probeNow(0);
    QTRY_COMPARE(results.size(), 1);
    const QString csv = dir.filePath(u"out.csv"_s);
    QCOMPARE(view.exportResults(csv), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().split('\n');
    QVERIFY(rows.at(0).startsWith("time,label,target,state,status"));
    QVERIFY(rows.at(1).contains(",up,200,OK,"));
    const QString json = dir.filePath(u"out.json"_s);
    QCOMPARE(view.exportResults(json), QString());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QVERIFY(jsonFile.readAll().contains("\"status\": 200"));
}

void TestMonitorView::detailDialog()
{
    MonitorView view;
    QSignalSpy messages(&view, &MonitorView::statusMessage);
    addTarget(view, m_up.uri(), u"up"_s);
    view.showDetails(0);   // no result yet: a message, no dialog
    QCOMPARE(messages.size(), 1);
    QVERIFY(!view.findChild<QDialog *>(u"monitorDetailDialog"_s));

    QSignalSpy results(view.monitor(), &Monitor::resultReady);
    view.monitor()->probeNow(0);
    QTRY_COMPARE(results.size(), 1);
    view.showDetails(0);
    auto *dialog = view.findChild<QDialog *>(u"monitorDetailDialog"_s);
    QVERIFY(dialog);
    auto *card = dialog->findChild<ResultCard *>();
    QVERIFY(card);
    QVERIFY(card->statusButton()->text().contains(u"200"_s));
    dialog->close();
}

void TestMonitorView::sparklineGeometry()
{
    const QRectF rect(0, 0, 30, 10);
    // A gap splits the line; the largest value touches the top, zero the bottom.
    const QList<QPolygonF> lines = MonitorDelegate::sparkline({0.0, -1.0, 2.0, 4.0}, rect);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).size(), 1);
    QCOMPARE(lines.at(0).at(0), QPointF(0, 10));
    QCOMPARE(lines.at(1).size(), 2);
    QCOMPARE(lines.at(1).at(0), QPointF(20, 5));
    QCOMPARE(lines.at(1).at(1), QPointF(30, 0));
    QVERIFY(MonitorDelegate::sparkline({}, rect).isEmpty());
    QVERIFY(MonitorDelegate::sparkline({-1.0, -1.0}, rect).isEmpty());
}

void TestMonitorView::responderFormChecks()
{
    ResponderView view;
    QStringList errors;
    std::optional<ResponderConfig> config = view.config(&errors);
    QVERIFY2(config, qPrintable(errors.join(u' ')));
    QVERIFY(config->address.isLoopback());
    QCOMPARE(config->statusCode, 486);   // the form starts on "486 Busy Here"
    QVERIFY(view.warningLabel()->isHidden());

    view.allInterfacesCheck()->setChecked(true);
    QVERIFY(!view.addressCombo()->isEnabled());
    QVERIFY(!view.warningLabel()->isHidden());
    QVERIFY(view.warningLabel()->text().contains(u"all interfaces"_s));
    config = view.config(&errors);
    QVERIFY(config && config->listensOnAllInterfaces());
    view.allInterfacesCheck()->setChecked(false);

    view.headersEdit()->setPlainText(u"Call-ID: mine"_s);
    errors.clear();
    QVERIFY(!view.config(&errors));
    QVERIFY(!errors.isEmpty());
    view.headersEdit()->setPlainText(u"Retry-After: 30"_s);

    view.codeCombo()->setEditText(u"200"_s);
    errors.clear();
    config = view.config(&errors);
    QVERIFY(config);
    QVERIFY(view.warningLabel()->text().contains(u"INVITE"_s));
    view.codeCombo()->setEditText(u"99"_s);
    QSignalSpy messages(&view, &ResponderView::statusMessage);
    QVERIFY(!view.start());   // invalid code: not started, said why
    QCOMPARE(messages.size(), 1);
    QVERIFY(!view.responder()->isRunning());
}

void TestMonitorView::responderShowsDropsOfRateLimit()
{
    ResponderView view;
    view.portSpin()->setValue(0);
    view.rateLimitSpin()->setValue(5);
    QStringList errors;
    QCOMPARE(view.config(&errors)->rateLimitPerSource, 5);
    view.startButton()->click();
    QVERIFY(view.responder()->isRunning());
    QVERIFY(!view.rateLimitSpin()->isEnabled());   // applies from the start, like the port
    QVERIFY(view.countersLabel()->text().startsWith(u"0 received"_s));

    // 50 requests from one address in one go: a bucket of 5, the rest over the limit.
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 50; ++i) {
        const QString request = u"OPTIONS sip:test@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%1;branch=z9hG4bKrl%2\r\n"
                                u"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:test@127.0.0.1>\r\nCall-ID: rl%2\r\n"
                                u"CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"_s.arg(phone.localPort()).arg(i);
        phone.writeDatagram(request.toUtf8(), QHostAddress::LocalHost, view.responder()->localPort());
    }
    QTRY_VERIFY_WITH_TIMEOUT(view.responder()->counters().received == 50, 15000);
    QVERIFY(view.responder()->counters().rateLimited > 0);
    // The label shows the drops within a second or two (its timer, or the drop report).
    QTRY_VERIFY_WITH_TIMEOUT(view.countersLabel()->text().contains(u"over the rate limit"_s), 15000);
    QVERIFY(view.countersLabel()->text().startsWith(u"50 received"_s));
    view.startButton()->click();
    QVERIFY(view.countersLabel()->text().startsWith(u"50 received"_s));   // kept after Stop
    QVERIFY(view.rateLimitSpin()->isEnabled());
}

void TestMonitorView::responderAnswersAndLogs()
{
    ResponderView view;
    view.portSpin()->setValue(0);
    view.codeCombo()->setCurrentIndex(view.codeCombo()->findData(503));
    view.headersEdit()->setPlainText(u"Retry-After: 30"_s);
    view.provisionalCheck(100)->setChecked(true);
    view.startButton()->click();
    QVERIFY(view.responder()->isRunning());
    QVERIFY(view.stateLabel()->text().contains(u"503"_s));
    QVERIFY(!view.portSpin()->isEnabled());   // the listen fields are fixed while running
    const QString uri = u"sip:test@127.0.0.1:"_s + QString::number(view.responder()->localPort());

    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(uri);
    QVERIFY(finished.wait(5000));
    ProbeResult result = finished.at(0).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 503);
    QCOMPARE(result.headerValue(u"Retry-After"_s), u"30"_s);
    QCOMPARE(result.provisionals.size(), 1);

    // One row per request received; a retransmission (the probe's T1 is 500 ms) adds
    // one when the machine is slow to read the answer.
    QTRY_VERIFY(view.logTable()->rowCount() >= 1);
    QCOMPARE(view.logTable()->item(0, ResponderView::MethodColumn)->text(), u"OPTIONS"_s);
    QCOMPARE(view.logTable()->item(0, ResponderView::AnswerColumn)->text(), u"503"_s);
    QVERIFY(view.logTable()->item(0, ResponderView::SourceColumn)->text().startsWith(u"127.0.0.1:"_s));
    view.logTable()->selectRow(0);
    QVERIFY(view.rawView()->toPlainText().startsWith(u"OPTIONS "_s));

    // The answer changes while running, for the next requests.
    view.codeCombo()->setCurrentIndex(view.codeCombo()->findData(404));
    probe.start(uri);
    QVERIFY(finished.wait(5000));
    result = finished.at(1).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 404);

    // The mirror toggle applies while running too: OPTIONS now gets 200 with the mirror.
    view.mirrorCheck()->setChecked(true);
    probe.start(uri);
    QVERIFY(finished.wait(5000));
    result = finished.at(2).at(0).value<ProbeResult>();
    QCOMPARE(result.statusCode, 200);
    QVERIFY(PathAnalysis::analyze(result).mirrorIdentical());

    view.startButton()->click();
    QVERIFY(!view.responder()->isRunning());
    QVERIFY(view.portSpin()->isEnabled());
}

void TestMonitorView::mainWindowHasViews()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(dir.filePath(u"settings.ini"_s));
    QCOMPARE(window.viewTabs()->count(), 4);
    QCOMPARE(window.viewTabs()->widget(MainWindow::MonitorViewIndex), window.monitorView());
    QCOMPARE(window.viewTabs()->widget(MainWindow::ResponderViewIndex), window.responderView());
    auto *monitorAction = window.findChild<QAction *>(u"monitorViewAction"_s);
    auto *responderAction = window.findChild<QAction *>(u"responderViewAction"_s);
    QVERIFY(monitorAction && responderAction);
    QCOMPARE(monitorAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(responderAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    responderAction->trigger();
    QCOMPARE(window.currentView(), int(MainWindow::ResponderViewIndex));
    monitorAction->trigger();
    QCOMPARE(window.currentView(), int(MainWindow::MonitorViewIndex));
    // A status message from the view reaches the window's status bar.
    Q_EMIT window.monitorView()->statusMessage(u"hello from the monitor"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"hello from the monitor"_s);
}

QTEST_MAIN(TestMonitorView)
#include "tst_monitorview.moc"
