// `sipscope-cli options` over TCP and TLS and with digest credentials, as a user runs
// it: the real binary against Kamailio (TLS listeners with certificates the test
// set-up makes, the 401/407 users of kamailio.cfg) and the fake server (a TLS server
// that demands a client certificate). Checks the human output, the JSON's tls and
// auth objects, exit codes, usage errors — and that the password never shows.
#include "fakesipserver.h"
#include "kamailioinstance.h"
#include "testcertificates.h"

#include "cliprocess.h"
#include "kernelreceivestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using SipScope::Test::FakeSipServer;
using SipScope::Test::KamailioInstance;
using SipScope::Test::TestCertificates;

namespace {

const QString Secret401 = u"secret401"_s;

using Run = SipScope::Test::CliRun;

Run runCli(const QStringList &arguments, const QString &passwordVariable = {})
{
    SipScope::Test::CliSetup setup{.environment = {{u"LC_ALL"_s, u"C"_s}, {u"LANGUAGE"_s, u"en"_s}},
                                   .unset = {u"SIPSCOPE_PASSWORD"_s}};
    if (!passwordVariable.isEmpty())
        setup.environment.append({u"SIPSCOPE_PASSWORD"_s, passwordVariable});
    return SipScope::Test::runCliProcess(QStringList{u"options"_s} + arguments, setup);
}

using SipScope::Test::jsonObjectOf;

// The clocks of a stream probe's figures, and the RTT as the timeline has it: the
// final's time minus the request's, the same two readings (to the JSON's microsecond).
void checkStreamClocks(const QJsonObject &json)
{
#ifdef Q_OS_LINUX
    // The transport connects the socket itself to read the kernel's stamps.
    const QString expected = u"kernel"_s;
#else
    const QString expected = u"application"_s;
#endif
    const QJsonObject clocks = json[u"rtt_clock"_s].toObject();
    QCOMPARE(clocks[u"sent"_s].toString(), expected);
    QCOMPARE(clocks[u"received"_s].toString(), expected);
    QCOMPARE(json[u"connect_clock"_s].toString(), expected);
    double sentMs = -1;
    double finalMs = -1;
    double connectedMs = -1;
    for (const QJsonValue &value : json[u"timeline"_s].toArray()) {
        const QJsonObject event = value.toObject();
        const QString type = event[u"event"_s].toString();
        if (type == u"sent"_s)
            sentMs = event[u"at_ms"_s].toDouble();
        else if (type == u"final"_s)
            finalMs = event[u"at_ms"_s].toDouble();
        else if (type == u"connected"_s)
            connectedMs = event[u"at_ms"_s].toDouble();
    }
    QVERIFY(sentMs >= 0 && finalMs >= sentMs && connectedMs >= 0);
    QVERIFY(connectedMs <= sentMs);
    QVERIFY2(qAbs((finalMs - sentMs) - json[u"rtt_ms"_s].toDouble()) <= 0.0021,
             qPrintable(u"rtt %1, timeline %2 → %3"_s.arg(json[u"rtt_ms"_s].toDouble()).arg(sentMs).arg(finalMs)));
}

} // namespace

class tst_CliSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tcpTransport();
    void tlsRejectedByDefault();
    void tlsAcceptedWithCaFile();
    void tlsWrongHostName();
    void tlsInsecureSaysSo();
    void clientCertificate();
    void digestWithPasswordFile();
    void digestWithEnvironmentPassword();
    void digestWithPasswordOption();
    void credentialsRejected();
    void verboseNeverShowsThePassword();
    void helpWarnsAboutPasswordOption();
    void usageErrors_data();
    void usageErrors();

private:
    QString passwordFile(const QString &password);
    TestCertificates m_certificates;
    KamailioInstance m_kamailio;
    QTemporaryDir m_dir;
};

void tst_CliSecurity::initTestCase()
{
    if (!KamailioInstance::isInstalled() && qEnvironmentVariableIsSet("SIPSCOPE_SKIP_KAMAILIO"))
        QSKIP("Kamailio is not installed and SIPSCOPE_SKIP_KAMAILIO is set.");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    KamailioInstance::Options options;
    options.tcp = true;
    options.auth = true;
    options.tls = {{m_certificates.server().certificate, m_certificates.server().key},
                   {m_certificates.wrongHost().certificate, m_certificates.wrongHost().key}};
    QVERIFY2(m_kamailio.start(options), qPrintable(m_kamailio.errorString()));
}

QString tst_CliSecurity::passwordFile(const QString &password)
{
    const QString path = m_dir.filePath(u"password-%1.txt"_s.arg(password.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(password.toUtf8() + "\n");   // as `echo` writes it
    return path;
}

void tst_CliSecurity::tcpTransport()
{
    const Run run = runCli({u"--transport"_s, u"tcp"_s, m_kamailio.uri()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"(TCP)"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"200 OK"_s));
#ifdef Q_OS_LINUX
    SipScope::Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    const QJsonObject json = jsonObjectOf(runCli({u"--json"_s, m_kamailio.uri() + u";transport=tcp"_s}));
    QCOMPARE(json[u"transport"_s].toString(), u"tcp"_s);
    QCOMPARE(json[u"retransmissions"_s].toInt(), 0);
    QVERIFY(json[u"tls"_s].isNull());
    checkStreamClocks(json);
    QVERIFY(json[u"tls_clock"_s].isNull());
}

void tst_CliSecurity::tlsRejectedByDefault()
{
    const QString target = u"sips:127.0.0.1:%1"_s.arg(m_kamailio.tlsPort(0));
    const Run run = runCli({target});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"No response: tls failure"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"was not accepted"_s));
    QVERIFY(run.out.contains(u"SipScope Test CA"_s));
    // The certificate is shown: subject, issuer, validity, fingerprint.
    const QSslCertificate certificate = QSslCertificate::fromPath(m_certificates.server().certificate).constFirst();
    const QString sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY(run.out.contains(sha256));
    QVERIFY(run.out.contains(u"O=SipScope Tests, CN=localhost"_s));
    QVERIFY(run.out.contains(u"Valid:"_s));

    const QJsonObject json = jsonObjectOf(runCli({u"--json"_s, target}));
    QCOMPARE(json[u"error"_s].toObject()[u"kind"_s].toString(), u"tls"_s);
    QCOMPARE(json[u"error"_s].toObject()[u"cause"_s].toString(), u"untrusted_issuer"_s);
    const QJsonObject tls = json[u"tls"_s].toObject();
    QCOMPARE(tls[u"verified"_s].toBool(), false);
    QCOMPARE(tls[u"sha256"_s].toString(), sha256);
    QCOMPARE(tls[u"peer_issuer"_s].toString(), u"O=SipScope Tests, CN=SipScope Test CA"_s);
}

void tst_CliSecurity::tlsAcceptedWithCaFile()
{
#ifdef Q_OS_LINUX
    SipScope::Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    const Run run = runCli({u"--json"_s, u"--ca-file"_s, m_certificates.caFile(),
                            u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(0))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonObjectOf(run);
    QCOMPARE(json[u"transport"_s].toString(), u"tls"_s);
    QCOMPARE(json[u"status"_s].toInt(), 200);
    const QJsonObject tls = json[u"tls"_s].toObject();
    for (const QString &key : {u"protocol"_s, u"cipher"_s, u"peer_subject"_s, u"peer_issuer"_s, u"not_after"_s, u"sha256"_s})
        QVERIFY2(!tls[key].toString().isEmpty(), qPrintable(key));
    QCOMPARE(tls[u"verified"_s].toBool(), true);
    QCOMPARE(tls[u"peer_subject"_s].toString(), u"O=SipScope Tests, CN=localhost"_s);
    checkStreamClocks(json);
    // The handshake's last step is the client's own work: the application's clock.
    QCOMPARE(json[u"tls_clock"_s].toString(), u"application"_s);

    const Run human = runCli({u"--ca-file"_s, m_certificates.caFile(), u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(0))});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"(TLS)"_s), qPrintable(human.out));
    QVERIFY(human.out.contains(u"Verification:"_s));
    QVERIFY(human.out.contains(u"verified for localhost"_s));
}

void tst_CliSecurity::tlsWrongHostName()
{
    const Run run = runCli({u"--ca-file"_s, m_certificates.caFile(), u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(1))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"it is for wrong.example, not for localhost"_s), qPrintable(run.out));
}

void tst_CliSecurity::tlsInsecureSaysSo()
{
    const Run run = runCli({u"--insecure"_s, u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(1))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"NOT verified"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"--insecure"_s));
    const QJsonObject json = jsonObjectOf(runCli({u"--json"_s, u"--insecure"_s, u"sips:localhost:%1"_s.arg(m_kamailio.tlsPort(1))}));
    QCOMPARE(json[u"tls"_s].toObject()[u"insecure"_s].toBool(), true);
    QCOMPARE(json[u"tls"_s].toObject()[u"verified"_s].toBool(), false);
}

void tst_CliSecurity::clientCertificate()
{
    FakeSipServer server;
    FakeSipServer::TlsSettings settings;
    settings.certificateFile = m_certificates.server().certificate;
    settings.keyFile = m_certificates.server().key;
    settings.requireClientCertificate = true;
    settings.clientCaFiles = {m_certificates.caFile()};
    server.setTlsSettings(settings);
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tls));
    const Run run = runCli({u"--ca-file"_s, m_certificates.caFile(), u"--cert"_s, m_certificates.client().certificate,
                            u"--key"_s, m_certificates.client().key, u"sips:127.0.0.1:%1"_s.arg(server.port())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().clientCertificateSubject, u"sipscope-client"_s);
}

void tst_CliSecurity::digestWithPasswordFile()
{
    const Run run = runCli({u"--json"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, passwordFile(Secret401),
                            m_kamailio.uri(u"auth401"_s)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonObjectOf(run);
    QCOMPARE(json[u"status"_s].toInt(), 200);
    const QJsonObject auth = json[u"auth"_s].toObject();
    QCOMPARE(auth[u"scheme"_s].toString(), u"Digest"_s);
    QCOMPARE(auth[u"algorithm"_s].toString(), u"MD5"_s);
    QCOMPARE(auth[u"realm"_s].toString(), u"127.0.0.1"_s);
    QCOMPARE(auth[u"qop"_s].toString(), u"auth"_s);
    QCOMPARE(auth[u"attempts"_s].toInt(), 2);
    QVERIFY(!run.out.contains(Secret401));
    QVERIFY(!run.err.contains(Secret401));
}

void tst_CliSecurity::digestWithEnvironmentPassword()
{
    const Run run = runCli({u"--user"_s, u"bob"_s, m_kamailio.uri(u"auth407"_s)}, u"secret407"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Authentication:"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Digest MD5"_s));
    QVERIFY(run.out.contains(u"2 request(s)"_s));
    QVERIFY(!run.out.contains(u"secret407"_s));
}

void tst_CliSecurity::digestWithPasswordOption()
{
    const Run run = runCli({u"--user"_s, u"alice"_s, u"--password"_s, Secret401, m_kamailio.uri(u"auth401"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(Secret401));
}

void tst_CliSecurity::credentialsRejected()
{
    const QString wrong = u"wrong-password-123"_s;
    const Run run = runCli({u"--user"_s, u"alice"_s, u"--password-file"_s, passwordFile(wrong), m_kamailio.uri(u"auth401"_s)});
    QCOMPARE(run.exitCode, 1);   // the server answered, with 401
    QVERIFY2(run.out.contains(u"401 Unauthorized"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Credentials rejected"_s));
    QVERIFY(!run.out.contains(wrong));
    const QJsonObject json = jsonObjectOf(runCli({u"--json"_s, u"--user"_s, u"alice"_s, u"--password-file"_s,
                                            passwordFile(wrong), m_kamailio.uri(u"auth401"_s)}));
    QCOMPARE(json[u"status"_s].toInt(), 401);
    QCOMPARE(json[u"auth"_s].toObject()[u"outcome"_s].toString(), u"rejected"_s);
    QVERIFY(json[u"auth"_s].toObject()[u"explanation"_s].toString().startsWith(u"Credentials rejected"_s));
}

void tst_CliSecurity::verboseNeverShowsThePassword()
{
    for (const QString &format : {u"--verbose"_s, u"--json"_s}) {
        const Run run = runCli({format, u"--user"_s, u"alice"_s, u"--password"_s, Secret401,
                                u"--transport"_s, u"tcp"_s, m_kamailio.uri(u"auth401"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Authorization: Digest"_s), qPrintable(run.out));   // the answer, with its hash
        QVERIFY(run.out.contains(u"response="_s));
        QVERIFY(!run.out.contains(Secret401));
        QVERIFY(!run.err.contains(Secret401));
    }
}

void tst_CliSecurity::helpWarnsAboutPasswordOption()
{
    const Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const qsizetype at = run.out.indexOf(u"--password <PASSWORD>"_s);
    QVERIFY2(at >= 0, qPrintable(run.out));
    QVERIFY(run.out.mid(at, 400).contains(u"process list"_s));
    for (const QString &option : {u"--ca-file"_s, u"--insecure"_s, u"--cert"_s, u"--key"_s, u"--user"_s,
                                  u"--auth-user"_s, u"--password-file"_s, u"SIPSCOPE_PASSWORD"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void tst_CliSecurity::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("--cert without --key") << QStringList{u"--cert"_s, u"c.pem"_s, u"sips:127.0.0.1"_s} << u"--key"_s;
    QTest::newRow("missing CA file") << QStringList{u"--ca-file"_s, u"/nonexistent/ca.pem"_s, u"sips:127.0.0.1"_s}
                                     << u"/nonexistent/ca.pem"_s;
    QTest::newRow("missing password file") << QStringList{u"--user"_s, u"alice"_s, u"--password-file"_s, u"/nonexistent/pw"_s,
                                                          u"127.0.0.1"_s} << u"/nonexistent/pw"_s;
    QTest::newRow("two passwords") << QStringList{u"--user"_s, u"alice"_s, u"--password"_s, u"x"_s,
                                                  u"--password-file"_s, u"/nonexistent/pw"_s, u"127.0.0.1"_s} << u"not both"_s;
    QTest::newRow("password without user") << QStringList{u"--password"_s, u"x"_s, u"127.0.0.1"_s} << u"--user"_s;
    QTest::newRow("bad user") << QStringList{u"--user"_s, u"a b"_s, u"127.0.0.1"_s} << u"--user"_s;
}

void tst_CliSecurity::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(mentioned), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliSecurity)
#include "tst_clisecurity.moc"
