// The probe against baresip, a SIP user agent from another code base than Kamailio, on
// loopback with its own generated configuration (tests/support/baresipinstance.*): the
// real status it answers, and the verdict the probe draws from it.
#include "baresipinstance.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/diagnosisjson.h"
#include "monitor/nagiosverdict.h"
#include "probe/optionsprobe.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using SipScope::Test::BaresipInstance;

class tst_Baresip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notFound_data();
    void notFound();
    void livenessCheck();

private:
    ProbeResult probe(const QString &target);
    BaresipInstance m_baresip;
};

ProbeResult tst_Baresip::probe(const QString &target)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    ProbeOptions options;
    options.timers.timerF = std::chrono::milliseconds(10000);
    probe.start(target, options);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

void tst_Baresip::initTestCase()
{
    qRegisterMetaType<ProbeResult>();
    if (!BaresipInstance::isInstalled())
        QSKIP("baresip is not installed (/usr/bin/baresip or $SIPSCOPE_BARESIP); scripts/setup.sh installs it.");
    QVERIFY2(m_baresip.start(), qPrintable(m_baresip.errorString()));
    QVERIFY(m_baresip.pid() > 0);
}

void tst_Baresip::cleanupTestCase()
{
    m_baresip.stop();
    QVERIFY(!m_baresip.isRunning());
}

void tst_Baresip::notFound_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("transport");
    // baresip matches a request to its user agent by the contact user it made up
    // itself, so an OPTIONS without a user part, or with a user it does not know,
    // gets 404 (RFC 3261 §21.4.5) — the case the probe's verdict is written for.
    QTest::newRow("no user, udp") << QString() << QString();
    QTest::newRow("unknown user, udp") << u"bob"_s << QString();
    QTest::newRow("no user, tcp") << QString() << u";transport=tcp"_s;
}

void tst_Baresip::notFound()
{
    QFETCH(QString, user);
    QFETCH(QString, transport);
    const ProbeResult result = probe(m_baresip.uri(user) + transport);
    QVERIFY2(result.hasFinalResponse(), qPrintable(result.error.message + u"\n"_s + m_baresip.log()));
    QCOMPARE(result.origin, ProbeResult::Origin::Remote);
    QCOMPARE(result.statusCode, 404);
    QVERIFY2(result.headerValue(u"Server"_s).contains(u"baresip"_s), qPrintable(result.headerValue(u"Server"_s)));

    const Diagnosis diagnosis = Diagnosis::diagnose(result);
    QVERIFY(diagnosis.verdict.has_value());
    QCOMPARE(diagnosis.verdict->health, ProbeVerdict::Health::AliveRefusing);
    // Not the catalog's call-oriented text: up, speaks SIP, serves no such user.
    QVERIFY2(diagnosis.verdict->meaning.contains(u"up and speaks SIP"_s), qPrintable(diagnosis.verdict->meaning));
    QVERIFY2(diagnosis.verdict->meaning.contains(u"no such user or domain"_s), qPrintable(diagnosis.verdict->meaning));
    QVERIFY(!diagnosis.verdict->meaning.contains(u"called"_s));
    QCOMPARE(diagnosis.verdict->reference, u"RFC 3261 §21.4.5"_s);
    const QJsonObject json = DiagnosisJson::toJson(diagnosis).value(u"verdict"_s).toObject();
    QCOMPARE(json.value(u"health"_s).toString(), u"alive_refusing"_s);
    QCOMPARE(json.value(u"alive"_s).toBool(), true);
    QCOMPARE(json.value(u"meaning"_s).toString(), diagnosis.verdict->meaning);
}

void tst_Baresip::livenessCheck()
{
    // The existing monitoring semantics, unchanged: a 404 is CRITICAL for a plain check
    // (it expects a 2xx) and OK for a liveness check (--alive: any answer).
    const ProbeResult result = probe(m_baresip.uri());
    QCOMPARE(result.statusCode, 404);
    QCOMPARE(NagiosVerdict::evaluate(result, {}).state(), NagiosVerdict::State::Critical);
    NagiosOptions alive;
    alive.alive = true;
    QCOMPARE(NagiosVerdict::evaluate(result, alive).state(), NagiosVerdict::State::Ok);
}

QTEST_GUILESS_MAIN(tst_Baresip)
#include "tst_baresip.moc"
