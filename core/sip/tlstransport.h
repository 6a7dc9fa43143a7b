// SIP over TLS (RFC 3261 §26.2, RFC 5922): TCP first, then the TLS handshake with
// SNI set to the target's host name and the server's certificate checked against the
// system's CAs (plus --ca-file) and that name. A certificate problem ends the
// connection with an error naming it (self-signed, expired, wrong host, untrusted
// issuer) and the certificate's subject, issuer, validity and SHA-256 fingerprint;
// in insecure mode the connection goes on and the session says it was not verified.
#pragma once

#include "streamtransport.h"
#include "tlscertificatecheck.h"

#include <QSslConfiguration>
#include <QSslError>

namespace SipScope {

class TlsTransport final : public StreamTransport
{
    Q_OBJECT
public:
    explicit TlsTransport(QObject *parent = nullptr);
    ~TlsTransport() override;

    TransportProtocol protocol() const override { return TransportProtocol::Tls; }
    std::optional<TlsSessionInfo> tlsSession() const override { return m_session; }

    // Builds the client configuration: system CAs plus the CA files, the client
    // certificate and key. Returns a translated error naming the file, or empty.
    static QString configure(const TlsClientOptions &options, QSslConfiguration *configuration);
    // The same check without a configuration, for command-line validation.
    static QString checkOptions(const TlsClientOptions &options);
    // "TLSv1.3" for Qt's protocol value.
    static QString protocolName(QSsl::SslProtocol protocol);

protected:
    std::unique_ptr<QTcpSocket> createSocket(SipError *error) override;
    void onConnected() override;
    std::optional<SipError> describeSocketError(QAbstractSocket::SocketError error) override;
    SipError connectTimeoutError() const override;

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    QString serverName() const;

    TlsSessionInfo m_session;
    QList<TlsCertificateCheck::Finding> m_findings;
};

} // namespace SipScope
