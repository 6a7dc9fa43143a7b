// Captures recorded by Wireshark's own dumpcap on loopback while real peers talk:
// sipscope-cli against Kamailio (486 over UDP, 404 over TCP, a 401 with the digest
// retry and its 200) and sipsak against Kamailio. `sipscope-cli explain` opens the file
// and finds each call by its Call-ID, its transactions and final statuses, explained;
// the password is not in the file (digest sends a hash). dumpcap is part of Debian's
// wireshark-common, which tshark pulls in; capturing needs the right to (root, or the
// wireshark group): without it the test is skipped.
#include "cliprocess.h"
#include "kamailioinstance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using SipScope::Test::KamailioInstance;

namespace {

QString callIdOf(const QJsonObject &probe)
{
    return QRegularExpression(u"^Call-ID: *(\\S+)"_s,
                              QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)
        .match(probe.value(u"request"_s).toString())
        .captured(1);
}

} // namespace

class tst_CaptureReadReal final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kamailioAndSipsakAreExplained();

private:
    QJsonObject probe(const QStringList &arguments, int expectedExit, const QString &password = {});
    QJsonObject explain();

    KamailioInstance m_kamailio;
    QProcess m_dumpcap;
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_CaptureReadReal::initTestCase()
{
    const QString dumpcap = QStandardPaths::findExecutable(u"dumpcap"_s);
    if (dumpcap.isEmpty())
        QSKIP("dumpcap is not installed (Debian: wireshark-common, with tshark).");
    if (!KamailioInstance::isInstalled())
        QSKIP("Kamailio is not installed.");
    QVERIFY(m_dir.isValid());
    KamailioInstance::Options options;
    options.tcp = true;
    options.auth = true;
    QVERIFY2(m_kamailio.start(options), qPrintable(m_kamailio.errorString()));

    m_file = m_dir.filePath(u"kamailio.pcapng"_s);
    m_dumpcap.start(dumpcap, {u"-i"_s, u"lo"_s, u"-f"_s, u"port %1"_s.arg(m_kamailio.port()), u"-w"_s, m_file});
    QVERIFY(m_dumpcap.waitForStarted(10000));
    // dumpcap says "Capturing on 'Loopback: lo'" once packets are being taken.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += m_dumpcap.readAllStandardError()).contains("Capturing on")
                                 || m_dumpcap.state() == QProcess::NotRunning, 20000);
    if (m_dumpcap.state() == QProcess::NotRunning)
        QSKIP(qPrintable(u"dumpcap cannot capture on lo here: "_s + QString::fromLocal8Bit(said)));
}

void tst_CaptureReadReal::cleanupTestCase()
{
    if (m_dumpcap.state() != QProcess::NotRunning) {
        m_dumpcap.terminate();
        if (!m_dumpcap.waitForFinished(10000))
            m_dumpcap.kill();
    }
    m_kamailio.stop();
}

QJsonObject tst_CaptureReadReal::probe(const QStringList &arguments, int expectedExit, const QString &password)
{
    SipScope::Test::CliSetup setup;
    if (!password.isEmpty())
        setup.environment.append({u"SIPSCOPE_PASSWORD"_s, password});
    const SipScope::Test::CliRun run =
        SipScope::Test::runCliProcess(QStringList{u"options"_s, u"--json"_s} + arguments, setup);
    if (run.exitCode != expectedExit)
        qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
    return SipScope::Test::jsonObjectOf(run);
}

QJsonObject tst_CaptureReadReal::explain()
{
    const SipScope::Test::CliRun run = SipScope::Test::runCliProcess({u"explain"_s, u"--json"_s, m_file});
    return SipScope::Test::jsonObjectOf(run);
}

void tst_CaptureReadReal::kamailioAndSipsakAreExplained()
{
    const QString port = QString::number(m_kamailio.port());
    const QString busy = callIdOf(probe({u"sip:busy@127.0.0.1:"_s + port}, 1));
    const QString nobody = callIdOf(probe({u"sip:nobody@127.0.0.1:"_s + port, u"--transport"_s, u"tcp"_s}, 1));
    const QString auth = callIdOf(probe({u"sip:auth401@127.0.0.1:"_s + port, u"--user"_s, u"alice"_s}, 0, u"secret401"_s));
    QVERIFY(!busy.isEmpty() && !nobody.isEmpty() && !auth.isEmpty());
    const QString sipsak = QStandardPaths::findExecutable(u"sipsak"_s);
    if (!sipsak.isEmpty()) {
        QProcess process;
        process.start(sipsak, {u"-s"_s, u"sip:ping@127.0.0.1:"_s + port});
        QVERIFY(process.waitForFinished(30000));
    }

    // The calls, as they reach the file (dumpcap writes as it captures).
    QHash<QString, QJsonObject> calls;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        calls.clear();
        const QJsonArray list = explain().value(u"calls"_s).toArray();
        for (const QJsonValue &call : list)
            calls.insert(call[u"call_id"_s].toString(), call.toObject());
        return calls.contains(busy) && calls.contains(nobody) && calls.contains(auth)
            && (sipsak.isEmpty() || calls.size() >= 4);
    }(), 30000);
    m_dumpcap.terminate();
    QVERIFY(m_dumpcap.waitForFinished(10000));

    const QJsonObject report = explain();
    QVERIFY2(report.value(u"capture"_s)[u"damage"_s].isNull(), qPrintable(report.value(u"capture"_s)[u"damage"_s].toString()));
    const auto finals = [&](const QString &callId) {
        QList<int> statuses;
        for (const QJsonValue &t : calls.value(callId).value(u"transactions"_s).toArray())
            statuses << t[u"final_status"_s].toInt();
        return statuses;
    };
    QCOMPARE(finals(busy), QList<int>{486});
    QCOMPARE(finals(nobody), QList<int>{404});
    // The digest retry is a new transaction (a new branch, CSeq 2) of the same call.
    QCOMPARE(finals(auth), (QList<int>{401, 200}));

    // Every response is explained, with where and when it was seen.
    QHash<QString, QList<int>> explained;
    const QJsonArray explanations = report.value(u"explanations"_s).toArray();
    for (const QJsonValue &finding : report.value(u"findings"_s).toArray()) {
        if (finding[u"kind"_s].toString() != u"status_line")
            continue;
        QVERIFY(finding[u"frame"_s].toInt() > 0);
        QVERIFY(finding[u"time"_s].toString().endsWith(u'Z'));
        QCOMPARE(finding[u"source"_s].toString(), u"127.0.0.1:"_s + port);
        const int explanation = finding[u"explanation"_s].toInt(-1);
        QVERIFY(explanation >= 0 && explanation < explanations.size());
        QVERIFY(!explanations.at(explanation)[u"explanation"_s].toString().isEmpty());
        QCOMPARE(explanations.at(explanation)[u"code"_s].toInt(), finding[u"code"_s].toInt());
        explained[finding[u"call_id"_s].toString()] << finding[u"code"_s].toInt();
    }
    QCOMPARE(explained.value(busy), QList<int>{486});
    QCOMPARE(explained.value(nobody), QList<int>{404});
    QCOMPARE(explained.value(auth), (QList<int>{401, 200}));
    if (!sipsak.isEmpty()) {
        bool sipsakCall = false;
        for (auto it = calls.cbegin(); it != calls.cend(); ++it)
            sipsakCall = sipsakCall || (it.key() != busy && it.key() != nobody && it.key() != auth);
        QVERIFY(sipsakCall);
    }

    QFile raw(m_file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("secret401"));
}

QTEST_GUILESS_MAIN(tst_CaptureReadReal)
#include "tst_capturereadreal.moc"
