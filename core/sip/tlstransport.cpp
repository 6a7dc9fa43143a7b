#include "tlstransport.h"

#include "tlskeysupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

std::optional<QSslKey> readPrivateKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            continue;
        if (const QString problem = TlsKeySupport::localKeyProblem(algorithm); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        return key;
    }
    *error = TlsTransport::tr("it holds no unencrypted PEM private key (RSA, EC or DSA)");
    return std::nullopt;
}

QList<QSslCertificate> readCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *error = TlsTransport::tr("it holds no PEM certificate");
    return certificates;
}

} // namespace

TlsTransport::TlsTransport(QObject *parent)
    : StreamTransport(parent)
{
}

TlsTransport::~TlsTransport()
{
    close();
}

QString TlsTransport::configure(const TlsClientOptions &options, QSslConfiguration *configuration)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Insecure mode still verifies: the errors are recorded and then ignored, so the
    // result can say what was wrong.
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    for (const QString &path : options.caFiles) {
        QString error;
        const QList<QSslCertificate> certificates = readCertificates(path, &error);
        if (certificates.isEmpty())
            return tr("The CA file %1 cannot be used: %2").arg(path, error);
        config.addCaCertificates(certificates);
    }
    if (options.hasClientCertificate() != !options.keyFile.isEmpty())
        return tr("A client certificate needs both a certificate file and a key file.");
    if (options.hasClientCertificate()) {
        QString error;
        const QList<QSslCertificate> chain = readCertificates(options.certificateFile, &error);
        if (chain.isEmpty())
            return tr("The client certificate %1 cannot be used: %2").arg(options.certificateFile, error);
        const std::optional<QSslKey> key = readPrivateKey(options.keyFile, &error);
        if (!key)
            return tr("The private key %1 cannot be used: %2").arg(options.keyFile, error);
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(*key);
    }
    if (configuration)
        *configuration = config;
    return {};
}

QString TlsTransport::checkOptions(const TlsClientOptions &options)
{
    return configure(options, nullptr);
}

QString TlsTransport::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return u"TLSv1.2"_s;
    case QSsl::TlsV1_3: return u"TLSv1.3"_s;
    default: break;
    }
    return {};
}

QString TlsTransport::serverName() const
{
    // RFC 5922 §4: the certificate must match the host of the URI (for SRV targets
    // too, the domain the user asked for), carried in TransportEndpoint::hostName.
    const TransportEndpoint endpoint = remote();
    return endpoint.hostName.isEmpty() ? endpoint.address.toString() : endpoint.hostName;
}

std::unique_ptr<QTcpSocket> TlsTransport::createSocket(SipError *error)
{
    QSslConfiguration configuration;
    const QString problem = configure(transportOptions().tls, &configuration);
    if (!problem.isEmpty()) {
        *error = {ErrorKind::Tls, problem, {}, u"client_certificate"_s};
        return nullptr;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = {ErrorKind::Tls, tr("TLS is not available: no TLS library could be loaded."),
                  QSslSocket::activeBackend(), u"handshake"_s};
        return nullptr;
    }
    m_session = {};
    m_findings.clear();
    m_session.serverName = serverName();
    m_session.clientCertificateOffered = transportOptions().tls.hasClientCertificate();

    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(configuration);
    // The name to verify, and the SNI server name unless it is an IP address
    // (RFC 6066 §3 allows only host names there; QSslSocket leaves addresses out).
    socket->setPeerVerifyName(m_session.serverName);
    connect(socket.get(), &QSslSocket::sslErrors, this, &TlsTransport::onSslErrors);
    connect(socket.get(), &QSslSocket::encrypted, this, &TlsTransport::onEncrypted);
    return socket;
}

void TlsTransport::onConnected()
{
    auto *ssl = static_cast<QSslSocket *>(socket());
    ssl->startClientEncryption();
}

void TlsTransport::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = static_cast<QSslSocket *>(socket());
    if (!ssl)
        return;
    const QSslCertificate peer = ssl->peerCertificate();
    if (!peer.isNull())
        m_session.peerCertificate = TlsCertificateSummary::fromCertificate(peer);
    m_session.peerChain = ssl->peerCertificateChain();
    m_findings = TlsCertificateCheck::findings(errors, m_session.peerCertificate.value_or(TlsCertificateSummary()),
                                               m_session.serverName);
    TlsCertificateCheck::record(m_findings, &m_session);
    if (!transportOptions().tls.insecure)
        return;   // the handshake fails; describeSocketError() explains why
    m_session.insecure = true;
    ssl->ignoreSslErrors();
    Q_EMIT transportEvent({TransportEvent::Type::Info,
                  tr("The certificate of %1 is NOT verified (%2); going on because insecure mode is on.")
                      .arg(peerText(), m_session.problemTexts.join(u"; "_s))});
}

void TlsTransport::onEncrypted()
{
    auto *ssl = static_cast<QSslSocket *>(socket());
    if (!ssl)
        return;
    const QSslCipher cipher = ssl->sessionCipher();
    m_session.protocol = protocolName(ssl->sessionProtocol());
    if (m_session.protocol.isEmpty())
        m_session.protocol = cipher.protocolString();
    m_session.cipher = cipher.name();
    const QSslCertificate peer = ssl->peerCertificate();
    if (!peer.isNull())
        m_session.peerCertificate = TlsCertificateSummary::fromCertificate(peer);
    m_session.peerChain = ssl->peerCertificateChain();
    m_session.verified = m_findings.isEmpty() && m_session.peerCertificate.has_value();

    const QString certificate = m_session.peerCertificate ? m_session.peerCertificate->describe() : tr("no certificate");
    const QString verdict = m_session.verified ? tr("verified for %1").arg(m_session.serverName)
                                               : tr("NOT verified");
    Q_EMIT transportEvent({TransportEvent::Type::TlsEstablished,
                  tr("TLS handshake done: %1, %2; certificate %3 (%4)")
                      .arg(m_session.protocol, m_session.cipher, verdict, certificate)});
    becomeReady();
}

std::optional<SipError> TlsTransport::describeSocketError(QAbstractSocket::SocketError error)
{
    const bool handshaking = isTcpConnected() && !isReady();
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError
                          || error == QAbstractSocket::SslInternalError
                          || error == QAbstractSocket::SslInvalidUserDataError;
    if (error == QAbstractSocket::RemoteHostClosedError && isReady() && !hasReceived()
        && !m_session.clientCertificateOffered && m_session.protocol == u"TLSv1.3"_s) {
        // TLS 1.3 completes the client's side of the handshake before the server checks
        // for a client certificate; a server that wants one then just closes.
        return SipError{ErrorKind::Transport,
                        tr("%1 closed the TLS connection without answering. Under TLS 1.3 this is also how a "
                           "server refuses a client without a client certificate.").arg(peerText()),
                        socket() ? socket()->errorString() : QString(), u"connection_closed"_s};
    }
    if (!tlsError && !(handshaking && error == QAbstractSocket::RemoteHostClosedError))
        return std::nullopt;
    const QString detail = socket() ? socket()->errorString() : QString();
    if (!m_findings.isEmpty() && !transportOptions().tls.insecure) {
        return SipError{ErrorKind::Tls, TlsCertificateCheck::failureMessage(peerText(), m_findings),
                        m_session.peerCertificate ? m_session.peerCertificate->describe() : detail,
                        TlsCertificateCheck::problemToken(m_findings.constFirst().problem)};
    }
    QString message;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        message = tr("%1 closed the connection during the TLS handshake: it may require a client certificate, "
                     "or not accept our TLS versions.").arg(peerText());
    } else if (detail.contains(u"wrong version number"_s, Qt::CaseInsensitive)
               || detail.contains(u"packet length too long"_s, Qt::CaseInsensitive)) {
        message = tr("%1 does not speak TLS on this port (is it a plain TCP or UDP port?).").arg(peerText());
    } else {
        message = tr("The TLS handshake with %1 failed: %2").arg(peerText(), detail);
        // TLS 1.2 servers that demand a client certificate end the handshake with a
        // "handshake failure" or "certificate required" alert.
        if (!m_session.clientCertificateOffered
            && (detail.contains(u"certificate"_s, Qt::CaseInsensitive)
                || detail.contains(u"handshake failure"_s, Qt::CaseInsensitive)))
            message += u' ' + tr("The server may require a client certificate.");
    }
    return SipError{ErrorKind::Tls, message, detail, u"handshake"_s};
}

SipError TlsTransport::connectTimeoutError() const
{
    if (!isTcpConnected())
        return StreamTransport::connectTimeoutError();
    const QString seconds = QString::number(double(transportOptions().connectTimeoutMs) / 1000.0, 'g', 4);
    return {ErrorKind::Tls, tr("%1 accepted the TCP connection but did not complete the TLS handshake within %2 s.")
                                .arg(peerText(), seconds),
            {}, u"handshake_timeout"_s};
}

} // namespace SipScope
