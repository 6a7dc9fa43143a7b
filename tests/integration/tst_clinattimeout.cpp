// `sipscope-cli nat-timeout` as a user runs it: the real binary against the responder
// with call-backs (in this process, so that its event loop keeps turning while the CLI
// runs) behind the NAT relay of tests/support and directly, against Kamailio (a real SIP
// server that knows nothing of call-backs) and with the usage errors.
#include "cliprocess.h"
#include "kamailioinstance.h"
#include "udpnatrelay.h"

#include "responder/responder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using SipScope::Test::KamailioInstance;

namespace {

SipScope::Test::CliRun runNatTimeout(const QStringList &arguments)
{
    return SipScope::Test::runCliProcess(QStringList{u"nat-timeout"_s} + arguments,
                                         {.environment = {{u"LC_ALL"_s, u"C"_s}, {u"LANGUAGE"_s, u"en"_s}}});
}

const QStringList scaled{u"--start"_s, u"0.5"_s, u"--resolution"_s, u"0.5"_s, u"--timeout"_s, u"3"_s};

SipScope::ResponderConfig callBackResponder(bool callBacks)
{
    SipScope::ResponderConfig config;
    config.port = 0;
    config.callBacks = callBacks;
    return config;
}

QString uriOf(quint16 port)
{
    return u"sip:127.0.0.1:"_s + QString::number(port);
}

} // namespace

class tst_CliNatTimeout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void behindNat_textAndExitCode();
    void direct_json();
    void responderWithoutCallBacks();
    void kamailio_isNotACallBackResponder();
    void usageErrors_data();
    void usageErrors();
};

void tst_CliNatTimeout::behindNat_textAndExitCode()
{
    SipScope::Responder responder;
    QVERIFY(!responder.start(callBackResponder(true)));
    SipScope::Test::UdpNatRelay relay(responder.localPort(), 2000ms);
    const auto run = runNatTimeout(QStringList{uriOf(relay.port()), u"--max"_s, u"6"_s} + scaled);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u"NAT timeout test towards sip:127.0.0.1:"_s));
    QVERIFY(run.out.contains(u"call-back arrived"_s));
    QVERIFY(run.out.contains(u"no call-back: binding gone"_s));
    QVERIFY2(run.out.contains(u"UDP bindings survive at least"_s), qPrintable(run.out));
}

void tst_CliNatTimeout::direct_json()
{
    SipScope::Responder responder;
    QVERIFY(!responder.start(callBackResponder(true)));
    const auto run = runNatTimeout(QStringList{uriOf(responder.localPort()), u"--max"_s, u"1"_s, u"--json"_s} + scaled);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"finding"_s).toString(), u"no_timeout"_s);
    QCOMPARE(json.value(u"survived_s"_s).toDouble(), 1.0);
    QVERIFY(json.value(u"gone_s"_s).isNull());
    const QJsonArray trials = json.value(u"trials"_s).toArray();
    QCOMPARE(trials.size(), 2);
    for (const QJsonValue &trial : trials) {
        QCOMPARE(trial.toObject().value(u"outcome"_s).toString(), u"reached"_s);
        QVERIFY(trial.toObject().value(u"measured_silence_s"_s).toDouble() >= 0.45);
    }
}

void tst_CliNatTimeout::responderWithoutCallBacks()
{
    SipScope::Responder responder;
    QVERIFY(!responder.start(callBackResponder(false)));
    const auto run = runNatTimeout(QStringList{uriOf(responder.localPort()), u"--max"_s, u"1"_s} + scaled);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"\"sipscope-cli respond --call-back\""_s), qPrintable(run.out));
}

void tst_CliNatTimeout::kamailio_isNotACallBackResponder()
{
    if (!KamailioInstance::isInstalled() && qEnvironmentVariableIsSet("SIPSCOPE_SKIP_KAMAILIO"))
        QSKIP("Kamailio is not installed and SIPSCOPE_SKIP_KAMAILIO is set.");
    KamailioInstance kamailio;
    QVERIFY2(kamailio.start(), qPrintable(kamailio.errorString()));
    const auto run = runNatTimeout(QStringList{kamailio.uri(), u"--max"_s, u"1"_s, u"--json"_s} + scaled);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"finding"_s).toString(), u"not_supported"_s);
    QVERIFY(json.value(u"summary"_s).toString().contains(u"sipscope-cli respond --call-back"_s));
    QCOMPARE(json.value(u"trials"_s).toArray().size(), 1);
}

void tst_CliNatTimeout::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no target") << QStringList{} << u"target"_s;
    QTest::newRow("tcp target") << QStringList{u"sip:127.0.0.1:5070;transport=tcp"_s} << u"UDP"_s;
    QTest::newRow("sips target") << QStringList{u"sips:127.0.0.1:5071"_s} << u"UDP"_s;
    QTest::newRow("websocket") << QStringList{u"ws://127.0.0.1:8080"_s} << u"UDP"_s;
    QTest::newRow("max zero") << QStringList{u"127.0.0.1:5070"_s, u"--max"_s, u"0"_s} << u"--max"_s;
    QTest::newRow("max too long") << QStringList{u"127.0.0.1:5070"_s, u"--max"_s, u"7200"_s} << u"--max"_s;
    QTest::newRow("start words") << QStringList{u"127.0.0.1:5070"_s, u"--start"_s, u"soon"_s} << u"--start"_s;
    QTest::newRow("start over max") << QStringList{u"127.0.0.1:5070"_s, u"--start"_s, u"60"_s, u"--max"_s, u"30"_s}
                                    << u"longer than the longest"_s;
    QTest::newRow("resolution over max") << QStringList{u"127.0.0.1:5070"_s, u"--max"_s, u"2"_s} << u"resolution"_s;
}

void tst_CliNatTimeout::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = runNatTimeout(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliNatTimeout)
#include "tst_clinattimeout.moc"
