// The Probe view against the shared in-process fake SIP server on loopback.
#include "fakesipserver.h"
#include "mainwindow.h"
#include "probedetailtabs.h"
#include "probeform.h"
#include "probeview.h"
#include "repeatpanel.h"
#include "resultcard.h"
#include "rttchart.h"
#include "securitysection.h"
#include "utcdatetime.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>

#include <memory>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every QObject reachable from a top-level widget or the application object, but the
// style's animations (the busy bar's runs a moment longer than the probe).
int reachableObjects()
{
    auto count = [](const QObject *root) {
        int n = 0;
        for (const QObject *object : root->findChildren<QObject *>())
            n += object->inherits("QAbstractAnimation") ? 0 : 1;
        return n;
    };
    int total = count(QCoreApplication::instance());
    for (const QWidget *widget : QApplication::topLevelWidgets())
        total += 1 + count(widget);
    return total;
}

// Bytes the C heap has handed out; nullopt where the C library cannot say.
std::optional<qint64> heapInUse()
{
#ifdef __GLIBC__
    return qint64(mallinfo2().uordblks);
#else
    return std::nullopt;
#endif
}

} // namespace

class TestProbeView final : public QObject
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
        m_view->form()->setTimeoutSeconds(5);
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void probeShowsStatusAndRtt()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::answerWith(200, u"OK"_s, {{u"User-Agent"_s, u"FakeUA/1.0"_s}}));

        QSignalSpy finished(m_view, &ProbeView::runFinished);
        m_view->form()->setTarget(server.uri());
        QTest::keyClick(m_view->form()->targetCombo()->lineEdit(), Qt::Key_Return);
        // The probe runs on the event loop: right after Enter it is busy, not finished.
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_view->form()->busyIndicator()->isVisible());
        QVERIFY(m_view->form()->stopButton()->isEnabled());
        QVERIFY(!m_view->form()->sendButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        ResultCard *card = m_view->resultCard();
        QCOMPARE(card->statusButton()->text(), u"200"_s);
        QCOMPARE(card->reasonLabel()->text(), u"OK"_s);
        QVERIFY(card->result());
        QVERIFY(card->result()->rttUs >= 0);
        QCOMPARE(card->rttLabel()->text(), ResultCard::tr("RTT %1").arg(ResultCard::formatDuration(card->result()->rttUs)));
        QVERIFY(card->remoteLabel()->text().contains(u"127.0.0.1:%1"_s.arg(server.port())));
        const QString serverHeader = card->result()->headerValue(u"Server"_s);
        QVERIFY(!serverHeader.isEmpty());
        QVERIFY(card->serverLabel()->text().contains(serverHeader));
        QVERIFY(card->serverLabel()->text().contains(u"FakeUA/1.0"_s));
        QVERIFY(!card->summaryLabel()->text().isEmpty());
        QVERIFY(!m_view->form()->busyIndicator()->isVisible());
        QCOMPARE(server.transactionCount(), 1);
        QCOMPARE(server.requests().first().message.method(), u"OPTIONS"_s);

        // The evidence tabs.
        ProbeDetailTabs *tabs = m_view->detailTabs();
        bool foundServer = false;
        for (int row = 0; row < tabs->headersTable()->rowCount(); ++row)
            foundServer |= tabs->headersTable()->item(row, 0)->text() == u"User-Agent"_s
                && tabs->headersTable()->item(row, 1)->text() == u"FakeUA/1.0"_s;
        QVERIFY(foundServer);
        QVERIFY(tabs->rawView()->toPlainText().contains(u"OPTIONS sip:"_s));
        QVERIFY(tabs->rawView()->toPlainText().contains(u"SIP/2.0 200 OK"_s));
        QVERIFY(tabs->timelineTable()->rowCount() >= 2);
        QVERIFY(tabs->copyRawButton()->isEnabled());
        tabs->copyRawButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), tabs->rawView()->toPlainText());

        // The target went into the history.
        QCOMPARE(m_view->form()->targetHistory().value(0), server.uri());

        // Clicking the code opens it in the Codes view.
        QSignalSpy activated(m_view, &ProbeView::codeActivated);
        QTest::mouseClick(card->statusButton(), Qt::LeftButton);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), 200);
        QCOMPARE(m_window->currentView(), int(MainWindow::CodesViewIndex));
    }

    void closedPortShowsRefused()
    {
        quint16 port = 0;
        {
            // A port that was free a moment ago: nothing listens there now.
            QUdpSocket probe;
            QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
            port = probe.localPort();
        }
        QSignalSpy finished(m_view, &ProbeView::runFinished);
        m_view->form()->setTarget(u"sip:127.0.0.1:%1"_s.arg(port));
        QTest::mouseClick(m_view->form()->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        ResultCard *card = m_view->resultCard();
        QVERIFY(card->result());
        QCOMPARE(card->result()->error.kind, ErrorKind::Refused);
        QCOMPARE(card->reasonLabel()->text(), errorKindTitle(ErrorKind::Refused));
        QVERIFY(card->errorLabel()->isVisible());
        // Plain words with what to check, never shown as a received code.
        QVERIFY(card->errorLabel()->text().contains(ResultCard::errorAdvice(ErrorKind::Refused).first().toHtmlEscaped()));
        QVERIFY(!card->originLabel()->text().isEmpty() || card->result()->localStatus == 0);
        QVERIFY(card->result()->statusCode == 0);
    }

    void repeatModeFillsTableAndStatistics()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::answerWith(200, u"OK"_s));

        ProbeForm *form = m_view->form();
        form->setTarget(server.uri());
        form->setRepeatEnabled(true);
        form->setRepeatCount(3);
        form->setRepeatIntervalMs(0);
        QSignalSpy each(m_view, &ProbeView::probeFinished);
        QSignalSpy finished(m_view, &ProbeView::runFinished);
        m_view->send();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(each.count(), 3);
        // Three probes, each its own Call-ID; a stalled machine may add a Timer E
        // retransmission of one of them, which is not a fourth probe.
        QSet<QString> callIds;
        for (const FakeSipServer::Request &request : server.requests())
            callIds.insert(request.message.callId());
        QCOMPARE(callIds.size(), 3);

        RepeatPanel *panel = m_view->repeatPanel();
        QCOMPARE(panel->table()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY(panel->table()->item(row, 2)->text().startsWith(u"200"_s));
        QCOMPARE(panel->statistics().sent(), 3);
        QCOMPARE(panel->statistics().answered(), 3);
        QCOMPARE(panel->statistics().lossPercent(), 0.0);
        QCOMPARE(panel->statistics().outcomes().value(u"200"_s), 3);
        QVERIFY(panel->statisticsLabel()->text().contains(RepeatPanel::summaryLine(panel->statistics())));
        // The RTT chart got one point per answered probe and draws them.
        QCOMPARE(panel->chart()->samples().size(), 3);
        for (const std::optional<double> &rtt : panel->chart()->samples())
            QVERIFY(rtt && *rtt >= 0.0);
        QVERIFY(!panel->chart()->grab().isNull());

        // Export both formats.
        const QString csv = m_dir.filePath(u"series.csv"_s);
        const QString json = m_dir.filePath(u"series.json"_s);
        QVERIFY(panel->exportCsv(csv));
        QVERIFY(panel->exportJson(json));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), 4); // header + 3 probes
    }

    void stopEndsASeries()
    {
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler(FakeSipServer::silent());
        ProbeForm *form = m_view->form();
        form->setTarget(server.uri());
        form->setRepeatEnabled(true);
        form->setRepeatCount(5);
        QSignalSpy finished(m_view, &ProbeView::runFinished);
        m_view->send();
        QVERIFY(m_view->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 5000);
        QTest::mouseClick(form->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(!m_view->isRunning());
        QVERIFY(form->sendButton()->isEnabled());
        // The cancelled probe is listed but not counted as lost.
        QCOMPARE(m_view->repeatPanel()->statistics().sent(), 0);
    }

    void repeatedProbesDoNotAccumulate()
    {
        // One probe object serves a whole series; each probe's transport, transaction
        // and timers go away with it. What nobody references any more is the asan pass's
        // LeakSanitizer's to find; this catches what stays referenced and piles up.
        constexpr int probes = 200;
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        int probesSeen = 0;
        QString lastCallId; // a retransmission under load repeats its Call-ID
        server.setHandler([&](FakeSipServer &s, const FakeSipServer::Request &request) {
            const QString callId = request.message.header(u"Call-ID"_s).value_or(QString());
            if (callId != lastCallId) {
                ++probesSeen;
                lastCallId = callId;
            }
            s.reply(request, 200, u"OK"_s);
        });
        ProbeForm *form = m_view->form();
        form->setTarget(server.uri());
        form->setRepeatEnabled(true);
        form->setRepeatCount(probes);
        form->setRepeatIntervalMs(0);
        auto runSeries = [&] {
            QSignalSpy finished(m_view, &ProbeView::runFinished);
            m_view->send();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            server.clearRequests(); // the fake server's log is not the product's memory
        };

        runSeries();
        const int objects = reachableObjects();
        const std::optional<qint64> heap = heapInUse();
        runSeries();
        runSeries();
        QCOMPARE(probesSeen, 3 * probes);
        QCOMPARE(reachableObjects(), objects);
        // A new series replaces the previous one's rows and chart points.
        QCOMPARE(m_view->repeatPanel()->table()->rowCount(), probes);
        QCOMPARE(m_view->repeatPanel()->statistics().sent(), probes);
        QCOMPARE(m_view->repeatPanel()->chart()->samples().size(), probes);
        if (heap) {
            // 400 more probes: 200 bytes kept per probe would show as 80 KB.
            const qint64 growth = *heapInUse() - *heap;
            QVERIFY2(growth < 64 * 1024, qPrintable(u"heap grew by %1 bytes"_s.arg(growth)));
        }
    }

    // The credentials and TLS inputs are live and reach the probe; the
    // password answers the challenge and shows nowhere.
    void credentialsAndTlsReachTheProbe()
    {
        const QString password = u"gui-s3cret-4711"_s;
        FakeSipServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
            if (r.message.header(u"Authorization"_s)) {
                s.reply(r, 200, u"OK"_s);
                return;
            }
            SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
            challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"gui.test\", nonce=\"n1\", qop=\"auth\""_s);
            s.reply(r, challenge);
        });
        ProbeForm *form = m_view->form();
        auto *user = form->findChild<QLineEdit *>(u"userField"_s);
        auto *caFile = form->findChild<QLineEdit *>(u"caFileField"_s);
        auto *insecure = form->findChild<QCheckBox *>(u"allowInsecureCheck"_s);
        QVERIFY(user && caFile && insecure);
        for (QWidget *input : {static_cast<QWidget *>(user), static_cast<QWidget *>(form->passwordField()),
                               static_cast<QWidget *>(caFile), static_cast<QWidget *>(insecure)})
            QVERIFY2(input->isEnabled(), qPrintable(input->objectName()));
        user->setText(u"alice"_s);
        form->passwordField()->setText(password);
        caFile->setText(u"/etc/ssl/extra-ca.pem"_s);
        insecure->setChecked(true);
        const ProbeOptions options = form->probeOptions();
        QCOMPARE(options.credentials.user, u"alice"_s);
        QCOMPARE(options.credentials.password, password);
        QCOMPARE(options.transportOptions.tls.caFiles, QStringList{u"/etc/ssl/extra-ca.pem"_s});
        QVERIFY(options.transportOptions.tls.insecure);

        caFile->clear();
        QSignalSpy finished(m_view, &ProbeView::runFinished);
        form->setTarget(server.uri(u"alice"_s));
        m_view->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.transactionCount(), 2);
        QVERIFY(server.transactions().at(1).message.header(u"Authorization"_s)->contains(u"username=\"alice\""_s));
        QCOMPARE(m_view->resultCard()->statusButton()->text(), u"200"_s);
        QCOMPARE(m_view->resultCard()->result()->auth->attempts, 2);
        // Nothing the window shows carries the password, only its own field.
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(password), qPrintable(label->objectName()));
        for (const QPlainTextEdit *text : m_window->findChildren<QPlainTextEdit *>())
            QVERIFY2(!text->toPlainText().contains(password), qPrintable(text->objectName()));
        for (const QLineEdit *line : m_window->findChildren<QLineEdit *>()) {
            if (line != form->passwordField())
                QVERIFY2(!line->text().contains(password), qPrintable(line->objectName()));
        }
    }

    // The card shows the TLS session, the certificate and what digest
    // authentication did; for a certificate error, the certificate and what to check.
    void securitySectionShowsTlsAndAuth_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QStringList>("tlsTexts");
        QTest::addColumn<QStringList>("authTexts");

        TlsCertificateSummary certificate;
        certificate.subject = u"O=SipScope Test, CN=localhost"_s;
        certificate.issuer = u"CN=SipScope Test CA"_s;
        certificate.notBefore = Test::utcDateTime(QDate(2026, 11, 1), QTime(8, 0));
        certificate.notAfter = Test::utcDateTime(QDate(2027, 2, 3), QTime(9, 30));
        certificate.sha256 = u"AB:CD:EF:01"_s;
        certificate.alternativeNames = {u"DNS:localhost"_s};

        ProbeResult answered;
        answered.origin = ProbeResult::Origin::Remote;
        answered.statusCode = 200;
        answered.reasonPhrase = u"OK"_s;
        answered.transport = TransportProtocol::Tls;
        TlsSessionInfo verified;
        verified.serverName = u"localhost"_s;
        verified.protocol = u"TLSv1.3"_s;
        verified.cipher = u"TLS_AES_256_GCM_SHA384"_s;
        verified.peerCertificate = certificate;
        verified.verified = true;
        answered.tls = verified;
        ProbeAuthInfo auth;
        auth.challengeStatus = 401;
        auth.scheme = u"Digest"_s;
        auth.algorithm = u"SHA-256"_s;
        auth.realm = u"gui.test"_s;
        auth.qop = u"auth"_s;
        auth.attempts = 2;
        auth.outcome = ProbeAuthInfo::Outcome::Accepted;
        answered.auth = auth;
        QTest::newRow("tls-verified-digest-accepted")
            << answered
            << QStringList{u"TLSv1.3"_s, u"TLS_AES_256_GCM_SHA384"_s, u"O=SipScope Test, CN=localhost"_s,
                           u"CN=SipScope Test CA"_s, u"2027-02-03 09:30"_s, u"AB:CD:EF:01"_s,
                           SecuritySection::tr("Certificate verified")}
            << QStringList{u"Digest"_s, u"SHA-256"_s, u"\"gui.test\""_s, SecuritySection::tr("%n request(s) sent", nullptr, 2),
                           SecuritySection::tr("credentials accepted")};

        ProbeResult insecure = answered;
        insecure.tls->verified = false;
        insecure.tls->insecure = true;
        insecure.tls->problems = {u"self_signed"_s};
        insecure.tls->problemTexts = {u"the certificate is self-signed"_s};
        insecure.auth.reset();
        QTest::newRow("tls-accepted-insecurely-no-auth")
            << insecure
            << QStringList{u"TLSv1.3"_s, SecuritySection::tr("Certificate not verified: accepted insecurely"),
                           u"the certificate is self-signed"_s}
            << QStringList{};

        ProbeResult failed;
        failed.origin = ProbeResult::Origin::Local;
        failed.localStatus = 503;
        failed.transport = TransportProtocol::Tls;
        failed.error = SipError(ErrorKind::Tls, u"certificate rejected"_s, {}, u"wrong_host"_s);
        TlsSessionInfo rejected;
        rejected.serverName = u"pbx.example.com"_s;
        rejected.peerCertificate = certificate;
        rejected.problems = {u"wrong_host"_s};
        rejected.problemTexts = {u"the certificate is not valid for pbx.example.com"_s};
        failed.tls = rejected;
        QTest::newRow("tls-certificate-error-wrong-host")
            << failed
            << QStringList{u"O=SipScope Test, CN=localhost"_s, u"AB:CD:EF:01"_s, u"DNS:localhost"_s,
                           u"the certificate is not valid for pbx.example.com"_s, SecuritySection::tr("What to check:"),
                           SecuritySection::certificateAdvice(u"wrong_host"_s, rejected)}
            << QStringList{};
    }

    void securitySectionShowsTlsAndAuth()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QStringList, tlsTexts);
        QFETCH(QStringList, authTexts);
        ResultCard *card = m_view->resultCard();
        SecuritySection *section = card->securitySection();
        QVERIFY(section);
        QCOMPARE(card->findChild<SecuritySection *>(u"resultSecurity"_s), section);
        QVERIFY(!section->accessibleName().isEmpty());
        QVERIFY(!section->tlsLabel()->accessibleName().isEmpty());
        QVERIFY(!section->authLabel()->accessibleName().isEmpty());
        QVERIFY(section->isHidden());

        card->showResult(result);
        QVERIFY(!section->isHidden());
        const QString tls = section->tlsLabel()->text();
        for (const QString &text : tlsTexts)
            QVERIFY2(tls.contains(text), qPrintable(u"%1 not in: %2"_s.arg(text, tls)));
        QCOMPARE(section->authLabel()->isHidden(), authTexts.isEmpty());
        const QString auth = section->authLabel()->text();
        for (const QString &text : authTexts)
            QVERIFY2(auth.contains(text), qPrintable(u"%1 not in: %2"_s.arg(text, auth)));
        const bool failed = result.error.kind == ErrorKind::Tls;
        QCOMPARE(tls.contains(SecuritySection::tr("What to check:")), failed);

        card->clear();
        QVERIFY(section->isHidden());
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    ProbeView *m_view = nullptr;
};

QTEST_MAIN(TestProbeView)
#include "tst_probeview.moc"
