// Interoperability: sipsak (another implementation, Debian package installed by
// scripts/setup.sh) sends OPTIONS to our responder on loopback and gets the chosen
// code; its retransmissions of a slow-answered request are absorbed by the server
// transaction and answered once. sipsak runs as a child process; the responder runs
// on this test's event loop, so the test never blocks it with waitFor*().
#include "responder/responder.h"

#include "signalvalues.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

struct SipsakRun
{
    int exitCode = -1;
    QString out;
};

SipsakRun runSipsak(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(u"sipsak"_s), arguments);
    SipsakRun run;
    if (!finished.wait(20000)) {
        process.kill();
        finished.wait(2000);
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAll());
    return run;
}

QList<ResponderLogEntry> entries(const QSignalSpy &spy)
{
    return Test::signalValues<ResponderLogEntry>(spy);
}

} // namespace

class TestSipsakResponder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sipsakGetsChosenCode_data();
    void sipsakGetsChosenCode();
    void sipsakRetransmissionsAbsorbed();
};

void TestSipsakResponder::initTestCase()
{
    qRegisterMetaType<ResponderLogEntry>();
    QVERIFY2(!QStandardPaths::findExecutable(u"sipsak"_s).isEmpty(),
             "sipsak is not installed: run scripts/setup.sh (apt package sipsak)");
}

void TestSipsakResponder::sipsakGetsChosenCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("statusLine");
    QTest::addColumn<int>("sipsakExit");   // sipsak: 0 a 2xx, 1 another final
    QTest::newRow("200") << 200 << u"SIP/2.0 200 OK"_s << 0;
    QTest::newRow("486") << 486 << u"SIP/2.0 486 Busy Here"_s << 1;
    QTest::newRow("503") << 503 << u"SIP/2.0 503 Service Unavailable"_s << 1;
    QTest::newRow("603") << 603 << u"SIP/2.0 603 Decline"_s << 1;
}

void TestSipsakResponder::sipsakGetsChosenCode()
{
    QFETCH(int, code);
    QFETCH(QString, statusLine);
    QFETCH(int, sipsakExit);
    ResponderConfig config;
    config.port = 0;
    config.statusCode = code;
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    const SipError error = responder.start(config);
    QVERIFY2(!error, qPrintable(error.message));

    const SipsakRun run = runSipsak({u"-vv"_s, u"-s"_s, u"sip:test@127.0.0.1:"_s + QString::number(responder.localPort())});
    QVERIFY2(run.out.contains(statusLine), qPrintable(run.out));
    QCOMPARE(run.exitCode, sipsakExit);
    const QList<ResponderLogEntry> log = entries(logged);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.constFirst().method, u"OPTIONS"_s);
    QVERIFY(log.constFirst().from.contains(u"sipsak"_s));
    QCOMPARE(log.constFirst().statusCode, code);
    QCOMPARE(log.constFirst().source.address, QHostAddress(QHostAddress::LocalHost));
}

void TestSipsakResponder::sipsakRetransmissionsAbsorbed()
{
    // sipsak retransmits after 500 ms and 1 s (RFC 3261 Timer E); the answer comes at 1.7 s.
    ResponderConfig config;
    config.port = 0;
    config.statusCode = 480;
    config.delayMs = 1700;
    Responder responder;
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QSignalSpy sent(&responder, &Responder::responseSent);
    QVERIFY(!responder.start(config));
    const SipsakRun run = runSipsak({u"-vv"_s, u"-s"_s, u"sip:test@127.0.0.1:"_s + QString::number(responder.localPort())});
    QVERIFY2(run.out.contains(u"SIP/2.0 480 Temporarily Unavailable"_s), qPrintable(run.out));
    const QList<ResponderLogEntry> log = entries(logged);
    QVERIFY2(log.size() >= 2, qPrintable(QString::number(log.size())));
    QCOMPARE(log.constFirst().disposition, ResponderLogEntry::Disposition::Answered);
    for (qsizetype i = 1; i < log.size(); ++i)
        QCOMPARE(log.at(i).disposition, ResponderLogEntry::Disposition::Retransmission);
    // Processed once: one transaction, one final response sent (not one per copy).
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().at(1).toInt(), 480);
}

QTEST_GUILESS_MAIN(TestSipsakResponder)
#include "tst_sipsak_responder.moc"
