// `options --dual-stack` (text, JSON, --nagios) and the monitor's family=both as a user
// runs them: sipscope-cli against `sipscope-cli respond` bound on 127.0.0.1 only, the
// name resolved by a real dnsmasq on loopback (--dns-server, never this machine's DNS)
// with A 127.0.0.1 and AAAA ::1. IPv4 is answered and nothing listens on ::1, so the
// verdict is "IPv6 broken, IPv4 fine". A name with an A record only is "no AAAA
// record", not broken. Skipped, with the reason, without dnsmasq or a usable ::1.
#include "cliprocess.h"
#include "dnsmasqinstance.h"
#include "responderprocess.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope::Test;

class tst_CliDualStack final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textSaysIpv6BrokenIpv4Fine();
    void jsonHasOneObjectPerFamily();
    void nagiosWarnsWhenOneFamilyFails();
    void aNameWithoutAaaaIsNotBroken();
    void monitorWatchesEachFamily();
    void refusedCombinations();

private:
    QStringList dualStackRun(const QString &name, const QStringList &extra = {}) const;
    QString target(const QString &name) const { return u"sip:%1:%2"_s.arg(name).arg(m_responder.port()); }

    DnsmasqInstance m_dns;
    ResponderProcess m_responder;
};

void tst_CliDualStack::initTestCase()
{
    if (DnsmasqInstance::program().isEmpty())
        QSKIP("dnsmasq is not installed (Debian: dnsmasq-base; scripts/setup.sh installs it)");
    {
        QUdpSocket six;
        if (!six.bind(QHostAddress::LocalHostIPv6, 0))
            QSKIP("::1 cannot be bound on this machine (IPv6 disabled on loopback): no IPv6 to find broken");
    }
    QVERIFY(m_responder.start({u"--code"_s, u"200"_s}));
    QString error;
    QVERIFY2(m_dns.start({u"--host-record=dual.example.test,127.0.0.1,::1"_s,
                          u"--host-record=four.example.test,127.0.0.1"_s},
                         u"four.example.test"_s, &error),
             qPrintable(error));
}

QStringList tst_CliDualStack::dualStackRun(const QString &name, const QStringList &extra) const
{
    return QStringList{u"options"_s, target(name), u"--dual-stack"_s, u"--dns-server"_s,
                       u"127.0.0.1:%1"_s.arg(m_dns.port()), u"--timeout"_s, u"3"_s}
        + extra;
}

void tst_CliDualStack::textSaysIpv6BrokenIpv4Fine()
{
    const CliRun run = runCliProcess(dualStackRun(u"dual.example.test"_s));
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));   // one of two families failed
    QVERIFY2(run.out.contains(u"Dual stack: IPv6 broken, IPv4 fine"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"== IPv4 =="_s));
    QVERIFY(run.out.contains(u"== IPv6 =="_s));
    QVERIFY(run.out.contains(u"→ 127.0.0.1:%1"_s.arg(m_responder.port())));
    QVERIFY(run.out.contains(u"[::1]:%1"_s.arg(m_responder.port())));
    QVERIFY(run.out.contains(u"200 OK"_s));
}

void tst_CliDualStack::jsonHasOneObjectPerFamily()
{
    const CliRun run = runCliProcess(dualStackRun(u"dual.example.test"_s, {u"--json"_s}));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = jsonObjectOf(run);
    QCOMPARE(o.value(u"verdict"_s).toString(), u"ipv6_broken"_s);
    QCOMPARE(o.value(u"verdict_text"_s).toString(), u"IPv6 broken, IPv4 fine"_s);
    QCOMPARE(o.value(u"severity"_s).toString(), u"degraded"_s);
    const QJsonObject ipv4 = o.value(u"ipv4"_s).toObject();
    const QJsonObject ipv6 = o.value(u"ipv6"_s).toObject();
    QCOMPARE(ipv4.value(u"state"_s).toString(), u"fine"_s);
    QCOMPARE(ipv4.value(u"status"_s).toInt(), 200);
    QCOMPARE(ipv4.value(u"remote"_s).toString(), u"127.0.0.1:%1"_s.arg(m_responder.port()));
    QCOMPARE(ipv6.value(u"state"_s).toString(), u"broken"_s);
    QCOMPARE(ipv6.value(u"remote"_s).toString(), u"[::1]:%1"_s.arg(m_responder.port()));
    QVERIFY(ipv6.value(u"error"_s).isObject());
}

void tst_CliDualStack::nagiosWarnsWhenOneFamilyFails()
{
    const CliRun run = runCliProcess(dualStackRun(u"dual.example.test"_s, {u"--nagios"_s}));
    QCOMPARE(run.exitCode, 1);   // WARNING
    QVERIFY2(run.out.startsWith(u"SIP WARNING - IPv6 broken, IPv4 fine"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"rtt_ipv4="_s));
    QVERIFY(!run.out.contains(u"rtt_ipv6="_s));   // no answer over IPv6: no made-up RTT
    QCOMPARE(run.out.count(u'\n'), 1);
}

void tst_CliDualStack::aNameWithoutAaaaIsNotBroken()
{
    const CliRun text = runCliProcess(dualStackRun(u"four.example.test"_s));
    QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
    QVERIFY2(text.out.contains(u"Dual stack: IPv4 fine; no AAAA record, so no IPv6 to test"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Not published: no IPv6 address to test: the name has no AAAA record"_s));
    const CliRun nagios = runCliProcess(dualStackRun(u"four.example.test"_s, {u"--nagios"_s}));
    QCOMPARE(nagios.exitCode, 0);
    QVERIFY2(nagios.out.startsWith(u"SIP OK - IPv4 fine; no AAAA record"_s), qPrintable(nagios.out));
    const QJsonObject json = jsonObjectOf(runCliProcess(dualStackRun(u"four.example.test"_s, {u"--json"_s})));
    QCOMPARE(json.value(u"verdict"_s).toString(), u"only_ipv4_fine"_s);
    QCOMPARE(json.value(u"ipv6"_s).toObject().value(u"state"_s).toString(), u"not_published"_s);
}

void tst_CliDualStack::monitorWatchesEachFamily()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(u"targets.txt"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"%1 label=Trunk family=both\n"_s.arg(target(u"dual.example.test"_s)).toUtf8());
    file.close();
    const CliRun run = runCliProcess({u"monitor"_s, u"--targets"_s, list, u"--rounds"_s, u"1"_s, u"--timeout"_s, u"3"_s,
                                      u"--dns-server"_s, u"127.0.0.1:%1"_s.arg(m_dns.port()), u"--json"_s});
    QHash<QString, QJsonObject> byLabel;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        byLabel.insert(o.value(u"label"_s).toString(), o);
    }
    QVERIFY2(byLabel.contains(u"Trunk (IPv4)"_s), qPrintable(run.out + run.err));
    QCOMPARE(byLabel.value(u"Trunk (IPv4)"_s).value(u"state"_s).toString(), u"up"_s);
    QVERIFY(byLabel.value(u"Trunk (IPv6)"_s).value(u"state"_s).toString() != u"up"_s);
}

void tst_CliDualStack::refusedCombinations()
{
    const CliRun count = runCliProcess(dualStackRun(u"dual.example.test"_s, {u"--count"_s, u"2"_s}));
    QCOMPARE(count.exitCode, 64);
    QVERIFY2(count.err.contains(u"--dual-stack"_s), qPrintable(count.err));
    const CliRun bind = runCliProcess(dualStackRun(u"dual.example.test"_s, {u"--bind"_s, u"127.0.0.1"_s}));
    QCOMPARE(bind.exitCode, 64);
    QVERIFY2(bind.err.contains(u"--bind"_s), qPrintable(bind.err));
}

QTEST_GUILESS_MAIN(tst_CliDualStack)
#include "tst_clidualstack.moc"
