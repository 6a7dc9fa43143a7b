// Certificate expiry against a real TLS peer on loopback: `sipscope-cli respond
// --transport tls` serving certificates openssl makes when the test starts, dated from
// now (5 and 20 days, expired, an intermediate that ends before the server's own
// certificate, a wildcard, a wrong name), probed by `sipscope-cli options` in text,
// JSON, Nagios mode and --profile teams, and by `monitor`. No fixture can rot: every
// date is relative to the moment the test runs.
#include "cliprocess.h"
#include "responderprocess.h"
#include "testcertificates.h"

#ifdef SIPSCOPE_HAVE_EXPORTER
#include "exporter/probemetrics.h"
#endif
#include "probe/certificaterequirements.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using namespace SipScope::Test;

class TestCertExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void daysAndNagios_data();
    void daysAndNagios();
    void intermediateExpiresFirst();
    void expiredWithInsecure();
    void teamsProfileRules();
    void wildcardRule_data();
    void wildcardRule();
    void publicChainPasses();
    void monitorWarns();
    void exporterMetric();

private:
    bool openssl(const QStringList &arguments);
    // A leaf for `names` (subjectAltName value) signed by `ca`, valid `days` (-1: expired).
    bool leaf(const QString &name, const QString &ca, const QString &names, int days, bool rsa = false);
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_openssl;
    int m_serial = 10;
};

bool TestCertExpiry::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
    if (!ok)
        qWarning().noquote() << "openssl" << arguments.join(u' ') << process.readAll();
    return ok;
}

bool TestCertExpiry::leaf(const QString &name, const QString &ca, const QString &names, int days, bool rsa)
{
    QFile ext(file(name + u".ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(u"subjectAltName=%1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"_s.arg(names).toUtf8());
    ext.close();
    const QStringList key = rsa ? QStringList{u"-newkey"_s, u"rsa:2048"_s}
                                : QStringList{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s};
    return openssl(QStringList{u"req"_s} + key + QStringList{u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                   u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN="_s + name})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s, u"-CAkey"_s,
                    ca + u".key"_s, u"-set_serial"_s, QString::number(++m_serial), u"-days"_s, QString::number(days),
                    u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".pem"_s});
}

void TestCertExpiry::initTestCase()
{
    m_openssl = TestCertificates::opensslExecutable();
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed (scripts/setup.sh installs it)");
    QVERIFY(m_dir.isValid());
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                     u"-nodes"_s, u"-keyout"_s, u"root.key"_s, u"-out"_s, u"root.pem"_s, u"-days"_s, u"400"_s,
                     u"-subj"_s, u"/CN=Expiry Test Root"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                     u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}));
    const QString local = u"DNS:localhost,IP:127.0.0.1"_s;
    QVERIFY(leaf(u"five"_s, u"root"_s, local, 5));
    QVERIFY(leaf(u"twenty"_s, u"root"_s, local, 20, true));
    QVERIFY(leaf(u"expired"_s, u"root"_s, local, -1));
    QVERIFY(leaf(u"wildcard"_s, u"root"_s, u"DNS:*.localhost"_s, 30));
    QVERIFY(leaf(u"mismatch"_s, u"root"_s, u"DNS:sbc.example.com"_s, 30));
    // root → intermediate (10 days) → leaf (60 days): the chain ends with the intermediate.
    QFile ext(file(u"ca.ext"_s));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
    ext.close();
    QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                     u"-keyout"_s, u"inter.key"_s, u"-out"_s, u"inter.csr"_s, u"-subj"_s, u"/CN=Expiry Test Intermediate"_s}));
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"inter.csr"_s, u"-CA"_s, u"root.pem"_s, u"-CAkey"_s, u"root.key"_s,
                     u"-set_serial"_s, u"2"_s, u"-days"_s, u"10"_s, u"-extfile"_s, u"ca.ext"_s, u"-out"_s, u"inter.pem"_s}));
    QVERIFY(leaf(u"chained"_s, u"inter"_s, local, 60));
    QFile chain(file(u"chain.pem"_s));
    QVERIFY(chain.open(QIODevice::WriteOnly));
    for (const QString &part : {u"chained.pem"_s, u"inter.pem"_s}) {
        QFile f(file(part));
        QVERIFY(f.open(QIODevice::ReadOnly));
        chain.write(f.readAll());
    }
}

namespace {

QStringList responder(const QString &certificate, const QString &key)
{
    return {u"--code"_s, u"200"_s, u"--transport"_s, u"tls"_s, u"--cert"_s, certificate, u"--key"_s, key};
}

QString target(const ResponderProcess &server, const QString &host = u"localhost"_s)
{
    return u"sips:"_s + host + u':' + QString::number(server.port());
}

} // namespace

void TestCertExpiry::daysAndNagios_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");
    // openssl dates notAfter from now, so whole days left are one less than issued.
    QTest::newRow("5 days: critical under 7") << u"five"_s << 4 << 2 << u"SIP CRITICAL"_s;
    QTest::newRow("20 days: warning under 30") << u"twenty"_s << 19 << 1 << u"SIP WARNING"_s;
}

void TestCertExpiry::daysAndNagios()
{
    QFETCH(QString, name);
    QFETCH(int, days);
    QFETCH(int, exitCode);
    QFETCH(QString, state);
    ResponderProcess server;
    QVERIFY(server.start(responder(file(name + u".pem"_s), file(name + u".key"_s))));
    const QStringList trust{u"--ca-file"_s, file(u"root.pem"_s)};

    const CliRun json = runCliProcess(QStringList{u"options"_s, target(server), u"--json"_s} + trust);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject expiry = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"tls"_s][u"expiry"_s].toObject();
    QCOMPARE(expiry[u"days_left"_s].toInt(), days);
    QCOMPARE(expiry[u"earliest_days_left"_s].toInt(), days);
    QCOMPARE(expiry[u"earliest_position"_s].toInt(), 0);

    const CliRun text = runCliProcess(QStringList{u"options"_s, target(server), u"--lang"_s, u"en"_s} + trust);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"expires in %1 day"_s.arg(days)), qPrintable(text.out));

    const CliRun nagios = runCliProcess(QStringList{u"options"_s, target(server), u"--nagios"_s, u"--cert-warn"_s,
                                                    u"30"_s, u"--cert-crit"_s, u"7"_s, u"--lang"_s, u"en"_s} + trust);
    QCOMPARE(nagios.exitCode, exitCode);
    QVERIFY2(nagios.out.startsWith(state), qPrintable(nagios.out));
    QVERIFY2(nagios.out.contains(u"expires in %1 day"_s.arg(days)), qPrintable(nagios.out));
    QVERIFY2(nagios.out.contains(u"cert_days=%1;30:;7:"_s.arg(days)), qPrintable(nagios.out));

    // Wide of both windows: OK, the days still in the perfdata.
    const CliRun ok = runCliProcess(QStringList{u"options"_s, target(server), u"--nagios"_s, u"--cert-warn"_s,
                                                u"2"_s, u"--cert-crit"_s, u"1"_s} + trust);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(u"cert_days=%1;2:;1:"_s.arg(days)), qPrintable(ok.out));
}

void TestCertExpiry::intermediateExpiresFirst()
{
    ResponderProcess server;
    QVERIFY(server.start(responder(file(u"chain.pem"_s), file(u"chained.key"_s))));
    const CliRun json = runCliProcess({u"options"_s, target(server), u"--json"_s, u"--ca-file"_s, file(u"root.pem"_s)});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject tls = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"tls"_s].toObject();
    const QJsonObject expiry = tls[u"expiry"_s].toObject();
    QCOMPARE(expiry[u"days_left"_s].toInt(), 59);
    QCOMPARE(expiry[u"earliest_days_left"_s].toInt(), 9);
    QCOMPARE(expiry[u"earliest_position"_s].toInt(), 1);
    QCOMPARE(expiry[u"earliest_subject"_s].toString(), u"CN=Expiry Test Intermediate"_s);
    QCOMPARE(tls[u"chain"_s].toArray().size(), 2);

    const CliRun nagios = runCliProcess({u"options"_s, target(server), u"--nagios"_s, u"--cert-warn"_s, u"30"_s,
                                         u"--cert-crit"_s, u"7"_s, u"--ca-file"_s, file(u"root.pem"_s), u"--lang"_s, u"en"_s});
    QCOMPARE(nagios.exitCode, 1);
    QVERIFY2(nagios.out.contains(u"CN=Expiry Test Intermediate"_s), qPrintable(nagios.out));
    QVERIFY2(nagios.out.contains(u"cert_days=9;"_s), qPrintable(nagios.out));
}

void TestCertExpiry::expiredWithInsecure()
{
    ResponderProcess server;
    QVERIFY(server.start(responder(file(u"expired.pem"_s), file(u"expired.key"_s))));
    const CliRun nagios = runCliProcess({u"options"_s, target(server), u"--nagios"_s, u"--insecure"_s,
                                         u"--cert-warn"_s, u"30"_s, u"--ca-file"_s, file(u"root.pem"_s)});
    QCOMPARE(nagios.exitCode, 2);
    QVERIFY2(nagios.out.contains(u"cert_days=-1;30:;"_s), qPrintable(nagios.out));
}

void TestCertExpiry::teamsProfileRules()
{
    ResponderProcess server;
    QVERIFY(server.start(responder(file(u"mismatch.pem"_s), file(u"mismatch.key"_s))));
    const CliRun json = runCliProcess({u"options"_s, target(server), u"--json"_s, u"--insecure"_s,
                                       u"--profile"_s, u"teams"_s});
    QVERIFY(json.exitCode >= 0);
    const QJsonObject profile = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"certificate_profile"_s].toObject();
    QCOMPARE(profile[u"profile"_s].toString(), u"teams"_s);
    QCOMPARE(profile[u"passed"_s].toBool(), false);
    QMap<QString, bool> passed;
    for (const QJsonValue &rule : profile[u"rules"_s].toArray())
        passed[rule[u"id"_s].toString()] = rule[u"passed"_s].toBool();
    QCOMPARE(passed.value(u"tls"_s), true);
    QCOMPARE(passed.value(u"public_ca"_s), false);   // the test root is no public CA
    QCOMPARE(passed.value(u"fqdn"_s), false);        // sbc.example.com is not localhost
    QCOMPARE(passed.value(u"tls_version"_s), true);
    QCOMPARE(passed.value(u"validity"_s), true);
    QCOMPARE(passed.value(u"key"_s), false);         // an EC key; Direct Routing's suites are ECDHE_RSA

    const CliRun nagios = runCliProcess({u"options"_s, target(server), u"--nagios"_s, u"--insecure"_s,
                                         u"--profile"_s, u"teams"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(nagios.exitCode, 2);
    QVERIFY2(nagios.out.contains(u"fqdn:"_s) && nagios.out.contains(u"public_ca:"_s), qPrintable(nagios.out));

    const CliRun bad = runCliProcess({u"options"_s, target(server), u"--profile"_s, u"skype"_s});
    QCOMPARE(bad.exitCode, 64);
    QVERIFY(bad.err.contains(u"skype"_s));
}

void TestCertExpiry::wildcardRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fqdn");
    QTest::addColumn<bool>("matches");
    QTest::newRow("one label") << u"*.contoso.com"_s << u"sbc.contoso.com"_s << true;
    QTest::newRow("two labels") << u"*.contoso.com"_s << u"sbc.test.contoso.com"_s << false;
    QTest::newRow("bare domain") << u"*.contoso.com"_s << u"contoso.com"_s << false;
    QTest::newRow("partial label") << u"sbc*.contoso.com"_s << u"sbc1.contoso.com"_s << false;
    QTest::newRow("not leftmost") << u"sbc.*.com"_s << u"sbc.contoso.com"_s << false;
    QTest::newRow("exact, case") << u"SBC.Contoso.com"_s << u"sbc.contoso.com."_s << true;
}

void TestCertExpiry::wildcardRule()
{
    QFETCH(QString, name);
    QFETCH(QString, fqdn);
    QFETCH(bool, matches);
    QCOMPARE(CertificateRequirements::nameMatches(name, fqdn), matches);
}

void TestCertExpiry::publicChainPasses()
{
    // What a public chain looks like to the rules once the system store trusts it: no
    // trust errors. The certificate is the real 20-day RSA one; the FQDN its name.
    QFile pem(file(u"twenty.pem"_s));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.readAll());
    QCOMPARE(chain.size(), 1);
    TlsSessionInfo tls;
    tls.serverName = u"twenty"_s;
    tls.protocol = u"TLSv1.2"_s;
    tls.peerChain = chain;
    tls.peerCertificate = TlsCertificateSummary::fromCertificate(chain.constFirst());
    const auto rules = CertificateRequirements::evaluate(CertificateRequirements::Profile::Teams, tls, {},
                                                         QDateTime::currentDateTimeUtc());
    for (const CertificateRequirement &rule : rules)
        QVERIFY2(rule.passed, qPrintable(rule.id + u": "_s + rule.reason));
    // The real system store does not know the test root.
    QVERIFY(!CertificateRequirements::systemTrustErrors(chain).isEmpty());
    const auto old = CertificateRequirements::evaluate(CertificateRequirements::Profile::Teams, tls, {},
                                                       QDateTime::currentDateTimeUtc().addDays(30));
    QVERIFY(!CertificateRequirements::allPassed(old));
}

void TestCertExpiry::monitorWarns()
{
    ResponderProcess server;
    QVERIFY(server.start(responder(file(u"twenty.pem"_s), file(u"twenty.key"_s))));
    QTemporaryDir dir;
    QFile list(dir.filePath(u"targets.txt"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write((target(server) + u" SBC cert_warn=30 cert_crit=7\n"_s).toUtf8());
    list.close();
    const CliRun run = runCliProcess({u"monitor"_s, u"--targets"_s, list.fileName(), u"--rounds"_s, u"1"_s,
                                      u"--json"_s, u"--ca-file"_s, file(u"root.pem"_s)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject record = QJsonDocument::fromJson(run.out.section(u'\n', 0, 0).toUtf8()).object();
    QCOMPARE(record[u"state"_s].toString(), u"up"_s);
    QCOMPARE(record[u"certificate"_s][u"level"_s].toString(), u"warning"_s);
    QCOMPARE(record[u"certificate"_s][u"days_left"_s].toInt(), 19);

    const CliRun text = runCliProcess({u"monitor"_s, target(server), u"--rounds"_s, u"1"_s, u"--cert-warn"_s, u"30"_s,
                                       u"--ca-file"_s, file(u"root.pem"_s), u"--lang"_s, u"en"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"within the warning window of 30 day"_s), qPrintable(text.out));
}

void TestCertExpiry::exporterMetric()
{
#ifndef SIPSCOPE_HAVE_EXPORTER
    QSKIP("built without the exporter (yaml-cpp)");
#else
    QFile pem(file(u"chain.pem"_s));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.readAll());
    QCOMPARE(chain.size(), 2);
    ProbeResult result;
    result.tls = TlsSessionInfo{};
    result.tls->protocol = u"TLSv1.3"_s;
    result.tls->peerChain = chain;
    result.tls->peerCertificate = TlsCertificateSummary::fromCertificate(chain.constFirst());
    bool expirySeen = false;
    bool versionSeen = false;
    for (const MetricFamily &family : ProbeMetrics::of(result, ExpectedCodes(), 1000)) {
        if (family.name == u"probe_ssl_earliest_cert_expiry"_s) {
            expirySeen = true;
            QCOMPARE(family.samples.constFirst().value, double(chain.at(1).expiryDate().toSecsSinceEpoch()));
        } else if (family.name == u"probe_tls_version_info"_s) {
            versionSeen = true;
            QCOMPARE(family.samples.constFirst().labels.constFirst().second, u"TLS 1.3"_s);
        }
    }
    QVERIFY(expirySeen && versionSeen);
#endif
}

QTEST_GUILESS_MAIN(TestCertExpiry)
#include "tst_certexpiry.moc"
