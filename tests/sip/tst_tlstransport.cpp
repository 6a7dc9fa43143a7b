// TlsTransport on loopback against the shared fake server with certificates the test
// set-up makes (tests/support/testcertificates.*): a verified session and what it
// reports (protocol, cipher, the certificate's subject, issuer, dates, SHA-256), each
// certificate problem named with its own cause, insecure mode going on and saying so,
// SNI, a client certificate, and the files that cannot be used.
#include "sip/optionsrequest.h"
#include "sip/tlscertificatecheck.h"
#include "sip/tlskeysupport.h"
#include "sip/tlstransport.h"

#include "fakesipserver.h"
#include "kernelreceivestamps.h"
#include "testcertificates.h"
#include "tlsbackendchoice.h"
#include "utcdatetime.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;
using SipScope::Test::TestCertificates;
using SipScope::Test::TlsBackendChoice;

namespace {

struct Client
{
    TlsTransport transport;
    QSignalSpy ready{&transport, &Transport::ready};
    QSignalSpy failed{&transport, &Transport::failed};
    QSignalSpy messages{&transport, &Transport::messageReceived};
    QSignalSpy events{&transport, &Transport::transportEvent};

    bool settled(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return !ready.isEmpty() || !failed.isEmpty(); }, ms);
    }
    SipError error() const { return failed.isEmpty() ? SipError() : failed.constFirst().constFirst().value<SipError>(); }
    QStringList eventTexts() const
    {
        QStringList texts;
        for (const QList<QVariant> &arguments : events)
            texts << arguments.constFirst().value<TransportEvent>().text;
        return texts;
    }
};

QString sha256Of(const QString &certificateFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    return certificates.isEmpty() ? QString()
                                  : QString::fromLatin1(certificates.constFirst().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class tst_TlsTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifiedSession_data();
    void verifiedSession();
    void certificateProblems_data();
    void certificateProblems();
    void insecureGoesOnAndSaysSo();
    void serverNameIndication_data();
    void serverNameIndication();
    void clientCertificate_data();
    void clientCertificate();
    void plainTcpServerIsNotTls();
    void unusableFiles_data();
    void unusableFiles();
    void problemClassification_data();
    void problemClassification();
    void sendAndReceiveTimes();

private:
    bool startServer(FakeSipServer &server, const TestCertificates::Pair &pair, bool requireClientCertificate = false,
                     bool tls12Only = false, const TestCertificates *authority = nullptr);
    // The set whose keys the active backend can use (EC with OpenSSL, else RSA).
    const TestCertificates &certificates() const
    {
        return TestCertificates::defaultKeyType() == TestCertificates::KeyType::Ec ? m_ec : m_rsa;
    }
    TestCertificates m_ec{TestCertificates::KeyType::Ec};
    TestCertificates m_rsa{TestCertificates::KeyType::Rsa};
};

void tst_TlsTransport::initTestCase()
{
    const QString backendProblem = TlsBackendChoice::apply();
    QVERIFY2(backendProblem.isEmpty(), qPrintable(backendProblem));
    qInfo("TLS backend: %s", qPrintable(TlsBackendChoice::describe()));
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QVERIFY2(m_ec.generate(), qPrintable(m_ec.errorString()));
    QVERIFY2(m_rsa.generate(), qPrintable(m_rsa.errorString()));
}

bool tst_TlsTransport::startServer(FakeSipServer &server, const TestCertificates::Pair &pair, bool requireClientCertificate,
                                   bool tls12Only, const TestCertificates *authority)
{
    FakeSipServer::TlsSettings settings;
    settings.tls12Only = tls12Only;
    settings.certificateFile = pair.certificate;
    settings.keyFile = pair.key;
    settings.requireClientCertificate = requireClientCertificate;
    settings.clientCaFiles = {(authority ? *authority : certificates()).caFile()};
    server.setTlsSettings(settings);
    return server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tls);
}

void tst_TlsTransport::verifiedSession_data()
{
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<bool>("ecKeys");
    QTest::newRow("host name in the certificate, EC key") << u"localhost"_s << true;
    QTest::newRow("IP address in the certificate, EC key") << u"127.0.0.1"_s << true;
    QTest::newRow("host name in the certificate, RSA key") << u"localhost"_s << false;
    QTest::newRow("IP address in the certificate, RSA key") << u"127.0.0.1"_s << false;
}

void tst_TlsTransport::verifiedSession()
{
    QFETCH(QString, hostName);
    QFETCH(bool, ecKeys);
    if (ecKeys && !TlsKeySupport::canUseLocalKey(QSsl::Ec, QSslSocket::activeBackend()))
        QSKIP(qPrintable(u"Qt's %1 backend cannot use an EC key for the server's certificate"_s.arg(QSslSocket::activeBackend())));
    const TestCertificates &set = ecKeys ? m_ec : m_rsa;
    FakeSipServer server;
    QVERIFY2(startServer(server, set.server(), false, false, &set), qPrintable(server.errorString()));
    Client client;
    QVERIFY(client.transport.isReliable());
    QCOMPARE(client.transport.protocol(), TransportProtocol::Tls);
    TransportOptions options;
    options.tls.caFiles = {set.caFile()};
    client.transport.open({QHostAddress::LocalHost, server.port(), hostName}, options);
    QVERIFY(client.settled());
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.error().message));

    const std::optional<TlsSessionInfo> session = client.transport.tlsSession();
    QVERIFY(session);
    QVERIFY(session->verified);
    QVERIFY(!session->insecure);
    QVERIFY(session->problems.isEmpty());
    QCOMPARE(session->serverName, hostName);
    QVERIFY2(session->protocol == u"TLSv1.3"_s || session->protocol == u"TLSv1.2"_s, qPrintable(session->protocol));
    QVERIFY(!session->cipher.isEmpty());
    QVERIFY(session->peerCertificate);
    const TlsCertificateSummary &peer = *session->peerCertificate;
    QCOMPARE(peer.subject, u"O=SipScope Tests, CN=localhost"_s);
    QCOMPARE(peer.issuer, u"O=SipScope Tests, CN=SipScope Test CA"_s);
    QCOMPARE(peer.sha256, sha256Of(set.server().certificate));
    QCOMPARE(peer.sha256.size(), 32 * 3 - 1);
    QVERIFY(peer.notBefore <= QDateTime::currentDateTimeUtc());
    QVERIFY(peer.notAfter > QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(peer.alternativeNames.contains(u"DNS:localhost"_s));
    QVERIFY(peer.alternativeNames.contains(u"IP:127.0.0.1"_s));
    QVERIFY(!peer.selfSigned);

    // Connected, then the handshake, both in the events.
    const QList<QVariant> last = client.events.constLast();
    QCOMPARE(last.constFirst().value<TransportEvent>().type, TransportEvent::Type::TlsEstablished);
    QVERIFY(last.constFirst().value<TransportEvent>().text.contains(u"verified for "_s + hostName));

    // SIP flows over it.
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sips:localhost:%1"_s.arg(server.port())).uri;
    params.transport = TransportProtocol::Tls;
    params.localAddress = client.transport.localAddress();
    params.localPort = client.transport.localPort();
    client.transport.send(OptionsRequest::build(params).toBytes());
    QTRY_COMPARE(client.messages.size(), 1);
    QCOMPARE(client.messages.constFirst().constFirst().value<SipMessage>().statusCode(), 200);
    QCOMPARE(server.requests().constFirst().message.topVia()->transport, u"TLS"_s);
}

void tst_TlsTransport::certificateProblems_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("issued by an unknown CA (the default)") << u"server"_s << false << u"untrusted_issuer"_s << u"SipScope Test CA"_s;
    QTest::newRow("self-signed") << u"selfsigned"_s << false << u"self_signed"_s << u"self-signed"_s;
    QTest::newRow("expired") << u"expired"_s << true << u"expired"_s << u"expired on"_s;
    QTest::newRow("for another host") << u"wronghost"_s << true << u"wrong_host"_s << u"wrong.example, not for localhost"_s;
}

void tst_TlsTransport::certificateProblems()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, cause);
    QFETCH(QString, mentioned);
    const TestCertificates::Pair pair = certificate == u"server"_s ? certificates().server()
        : certificate == u"selfsigned"_s                           ? certificates().selfSigned()
        : certificate == u"expired"_s                              ? certificates().expired()
                                                                   : certificates().wrongHost();
    FakeSipServer server;
    QVERIFY(startServer(server, pair));
    Client client;
    TransportOptions options;
    if (trustTestCa)
        options.tls.caFiles = {certificates().caFile()};
    client.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
    QVERIFY(client.settled());
    QCOMPARE(client.ready.size(), 0);
    const SipError error = client.error();
    QCOMPARE(error.kind, ErrorKind::Tls);
    QCOMPARE(error.cause, cause);
    QVERIFY2(error.message.contains(mentioned), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"localhost (127.0.0.1:%1)"_s.arg(server.port())), qPrintable(error.message));
    // The certificate is shown: subject, issuer, validity, fingerprint.
    const QString sha256 = sha256Of(pair.certificate);
    QVERIFY2(error.detail.contains(sha256), qPrintable(error.detail));
    QVERIFY(error.detail.contains(u"subject O=SipScope Tests, CN="_s));
    QVERIFY(error.detail.contains(u"issuer "_s));
    QVERIFY(error.detail.contains(u" UTC"_s));

    const std::optional<TlsSessionInfo> session = client.transport.tlsSession();
    QVERIFY(session);
    QVERIFY(!session->verified);
    QVERIFY(!session->handshakeCompleted());
    QCOMPARE(session->problems.constFirst(), cause);
    QCOMPARE(session->peerCertificate->sha256, sha256);
    QCOMPARE(server.requestCount(), 0);
}

void tst_TlsTransport::insecureGoesOnAndSaysSo()
{
    FakeSipServer server;
    QVERIFY(startServer(server, certificates().selfSigned()));
    Client client;
    TransportOptions options;
    options.tls.insecure = true;
    client.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
    QVERIFY(client.settled());
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.error().message));
    const std::optional<TlsSessionInfo> session = client.transport.tlsSession();
    QVERIFY(session->handshakeCompleted());
    QVERIFY(!session->verified);
    QVERIFY(session->insecure);
    QCOMPARE(session->problems, QStringList{u"self_signed"_s});
    const QString texts = client.eventTexts().join(u'\n');
    QVERIFY2(texts.contains(u"NOT verified"_s), qPrintable(texts));
    QVERIFY(texts.contains(u"insecure"_s));
}

void tst_TlsTransport::serverNameIndication_data()
{
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<bool>("sent");
    QTest::newRow("a host name is sent") << u"sni-check.localhost"_s << true;
    QTest::newRow("an address is not (RFC 6066 §3)") << u"127.0.0.1"_s << false;
}

void tst_TlsTransport::serverNameIndication()
{
    QFETCH(QString, hostName);
    QFETCH(bool, sent);
    // A plain TCP listener records the ClientHello, where the server name travels in
    // clear text.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QByteArray hello;
    connect(&listener, &QTcpServer::newConnection, this, [&listener, &hello] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &hello] { hello += socket->readAll(); });
    });
    Client client;
    TransportOptions options;
    options.connectTimeoutMs = 1500;
    client.transport.open({QHostAddress::LocalHost, listener.serverPort(), hostName}, options);
    QTRY_VERIFY(hello.size() > 40);
    QCOMPARE(hello.at(0), char(0x16));   // a TLS handshake record
    QCOMPARE(hello.contains(hostName.toLatin1()), sent);
    QVERIFY(client.settled());   // the listener never answers: the handshake times out
    QCOMPARE(client.error().cause, u"handshake_timeout"_s);
}

void tst_TlsTransport::clientCertificate_data()
{
    QTest::addColumn<bool>("tls12Only");
    QTest::newRow("TLS 1.3: the server closes after the handshake") << false;
    QTest::newRow("TLS 1.2: the handshake fails") << true;
}

void tst_TlsTransport::clientCertificate()
{
    QFETCH(bool, tls12Only);
    if (!tls12Only && !QSslSocket::isProtocolSupported(QSsl::TlsV1_3))
        QSKIP(qPrintable(u"Qt's %1 backend has no TLS 1.3"_s.arg(QSslSocket::activeBackend())));
    FakeSipServer server;
    QVERIFY(startServer(server, certificates().server(), true, tls12Only));
    {
        Client without;
        TransportOptions options;
        options.tls.caFiles = {certificates().caFile()};
        without.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
        QVERIFY(without.settled());
        without.transport.send("OPTIONS sip:localhost SIP/2.0\r\n\r\n");
        QTRY_COMPARE(without.failed.size(), 1);
        // TLS 1.2 fails the handshake; TLS 1.3 finishes the client's side first and the
        // server closes afterwards. Either way the message points at the certificate.
        const SipError error = without.error();
        QVERIFY2(error.kind == ErrorKind::Tls || error.cause == u"connection_closed"_s, qPrintable(error.message));
        QVERIFY2(error.message.contains(u"client certificate"_s), qPrintable(error.message));
        QCOMPARE(server.requestCount(), 0);
    }
    Client with;
    TransportOptions options;
    options.tls.caFiles = {certificates().caFile()};
    options.tls.certificateFile = certificates().client().certificate;
    options.tls.keyFile = certificates().client().key;
    with.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
    QVERIFY(with.settled());
    QVERIFY2(with.failed.isEmpty(), qPrintable(with.error().message));
    QVERIFY(with.transport.tlsSession()->clientCertificateOffered);
    QCOMPARE(with.transport.tlsSession()->protocol, tls12Only ? u"TLSv1.2"_s : u"TLSv1.3"_s);
    with.transport.send("OPTIONS sip:localhost SIP/2.0\r\nVia: SIP/2.0/TLS h;branch=z9hG4bKx\r\nCSeq: 1 OPTIONS\r\n"
                        "Call-ID: c\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:localhost>\r\nContent-Length: 0\r\n\r\n");
    QTRY_COMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().clientCertificateSubject, u"sipscope-client"_s);
}

void tst_TlsTransport::plainTcpServerIsNotTls()
{
    // A SIP server that speaks plain TCP on the port: it answers the ClientHello with
    // nothing useful, so the handshake never completes.
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    Client client;
    TransportOptions options;
    options.connectTimeoutMs = 800;
    client.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
    QVERIFY(client.settled());
    QCOMPARE(client.error().kind, ErrorKind::Tls);
    QCOMPARE(client.error().cause, u"handshake_timeout"_s);
    QVERIFY2(client.error().message.contains(u"TLS handshake"_s), qPrintable(client.error().message));
    QVERIFY(client.eventTexts().constFirst().contains(u"TCP connection"_s));
}

void tst_TlsTransport::unusableFiles_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("missing CA file") << u"missing-ca"_s;
    QTest::newRow("CA file without a certificate") << u"empty-ca"_s;
    QTest::newRow("certificate without key") << u"no-key"_s;
    QTest::newRow("key that is not a key") << u"bad-key"_s;
}

void tst_TlsTransport::unusableFiles()
{
    QFETCH(QString, what);
    TlsClientOptions tls;
    QString named;
    if (what == u"missing-ca"_s) {
        tls.caFiles = {certificates().directory() + u"/missing.pem"_s};
        named = tls.caFiles.constFirst();
    } else if (what == u"empty-ca"_s) {
        tls.caFiles = {certificates().server().key};   // a key, not a certificate
        named = tls.caFiles.constFirst();
    } else if (what == u"no-key"_s) {
        tls.certificateFile = certificates().client().certificate;
    } else {
        tls.certificateFile = certificates().client().certificate;
        tls.keyFile = certificates().caFile();
        named = tls.keyFile;
    }
    const QString problem = TlsTransport::checkOptions(tls);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(named), qPrintable(problem));

    Client client;
    TransportOptions options;
    options.tls = tls;
    client.transport.open({QHostAddress::LocalHost, 9, u"localhost"_s}, options);   // never contacted
    QVERIFY(client.settled());
    QCOMPARE(client.error().kind, ErrorKind::Tls);
    QCOMPARE(client.error().cause, u"client_certificate"_s);
    QCOMPARE(client.error().message, problem);
}

void tst_TlsTransport::problemClassification_data()
{
    QTest::addColumn<QList<int>>("errors");   // QSslError::SslError values
    QTest::addColumn<bool>("selfSigned");     // the peer certificate is its own issuer
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("self-signed and wrong host: self-signed first")
        << QList<int>{QSslError::HostNameMismatch, QSslError::SelfSignedCertificate} << true
        << QStringList{u"self_signed"_s, u"wrong_host"_s};
    QTest::newRow("unknown issuer, said twice")
        << QList<int>{QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate} << false
        << QStringList{u"untrusted_issuer"_s};
    QTest::newRow("expired chain root") << QList<int>{QSslError::SelfSignedCertificateInChain, QSslError::CertificateExpired}
                                        << false << QStringList{u"expired"_s, u"untrusted_issuer"_s};
    // What schannel and SecureTransport report for a self-signed certificate.
    QTest::newRow("self-signed, reported as untrusted") << QList<int>{QSslError::CertificateUntrusted} << true
                                                       << QStringList{u"self_signed"_s};
    QTest::newRow("untrusted, not self-signed") << QList<int>{QSslError::CertificateUntrusted} << false
                                                << QStringList{u"untrusted_issuer"_s};
    QTest::newRow("not yet valid") << QList<int>{QSslError::CertificateNotYetValid} << false
                                   << QStringList{u"not_yet_valid"_s};
    QTest::newRow("revoked") << QList<int>{QSslError::CertificateRevoked} << false << QStringList{u"revoked"_s};
    QTest::newRow("anything else") << QList<int>{QSslError::CertificateSignatureFailed} << false
                                   << QStringList{u"certificate"_s};
}

void tst_TlsTransport::problemClassification()
{
    QFETCH(QList<int>, errors);
    QFETCH(bool, selfSigned);
    QFETCH(QStringList, tokens);
    QList<QSslError> sslErrors;
    for (const int error : errors)
        sslErrors << QSslError(QSslError::SslError(error));
    TlsCertificateSummary certificate;
    certificate.subject = u"CN=wrong.example"_s;
    certificate.issuer = selfSigned ? certificate.subject : u"CN=Nobody"_s;
    certificate.selfSigned = selfSigned;
    certificate.notAfter = Test::utcDateTime(QDate(2020, 1, 2), QTime(0, 0));
    const QList<TlsCertificateCheck::Finding> findings = TlsCertificateCheck::findings(sslErrors, certificate, u"pbx.example"_s);
    QStringList found;
    for (const TlsCertificateCheck::Finding &finding : findings) {
        found << TlsCertificateCheck::problemToken(finding.problem);
        QVERIFY(!finding.text.isEmpty());
    }
    QCOMPARE(found, tokens);
    const QString message = TlsCertificateCheck::failureMessage(u"pbx.example (192.0.2.1:5061)"_s, findings);
    QVERIFY(message.startsWith(u"The TLS certificate of pbx.example (192.0.2.1:5061) was not accepted: "_s));
    if (tokens.contains(u"wrong_host"_s))
        QVERIFY(message.contains(u"it is for wrong.example, not for pbx.example"_s));
    if (tokens.contains(u"expired"_s))
        QVERIFY(message.contains(u"2020-01-02"_s));
}

QTEST_GUILESS_MAIN(tst_TlsTransport)
void tst_TlsTransport::sendAndReceiveTimes()
{
    // Qt decrypts before it signals; the receive stamp is the one of the segment that
    // completed the record, taken before Qt read it (see stampedconnection.h). The
    // transmit stamp comes from the error queue, which QSslSocket never reads.
#ifdef Q_OS_LINUX
    Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    FakeSipServer server;
    QVERIFY2(startServer(server, m_rsa.server(), false, false, &m_rsa), qPrintable(server.errorString()));
    std::chrono::steady_clock::time_point beforeAnswer;
    server.setHandler([&beforeAnswer](FakeSipServer &s, const FakeSipServer::Request &r) {
        beforeAnswer = std::chrono::steady_clock::now();
        s.reply(r, 200, u"OK"_s);
    });
    Client client;
    TransportOptions options;
    options.tls.caFiles = {m_rsa.caFile()};
    client.transport.open({QHostAddress::LocalHost, server.port(), u"localhost"_s}, options);
    QVERIFY(client.settled());
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.error().message));

    WireTime received;
    std::chrono::steady_clock::time_point delivered;
    connect(&client.transport, &Transport::messageReceived, this, [&] {
        received = client.transport.lastReceiveTime();
        delivered = std::chrono::steady_clock::now();
    });
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sips:localhost:%1"_s.arg(server.port())).uri;
    params.transport = TransportProtocol::Tls;
    params.localAddress = client.transport.localAddress();
    params.localPort = client.transport.localPort();
    const auto beforeSend = std::chrono::steady_clock::now();
    client.transport.send(OptionsRequest::build(params).toBytes());
    const auto afterSend = std::chrono::steady_clock::now();
    const WireTime sent = client.transport.lastSendTime();
    QTRY_VERIFY_WITH_TIMEOUT(received.isValid(), 15000);
#ifdef Q_OS_LINUX
    QCOMPARE(sent.clock, WireTime::Clock::Kernel);
    QCOMPARE(received.clock, WireTime::Clock::Kernel);
#else
    QCOMPARE(sent.clock, WireTime::Clock::Application);
    QCOMPARE(received.clock, WireTime::Clock::Application);
#endif
    using namespace std::chrono_literals;
    QVERIFY(sent.at >= beforeSend - 1ms && sent.at <= afterSend + 1ms);
    QVERIFY(received.at >= beforeAnswer - 1ms && received.at <= delivered + 1ms);
    QVERIFY(received.at >= sent.at);
}

#include "tst_tlstransport.moc"
