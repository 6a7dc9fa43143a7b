// What a TLS connection showed: the negotiated session and the server's certificate,
// and whether (and why not) it was verified. Filled in by TlsTransport, reported in
// ProbeResult and its JSON form.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

struct TlsCertificateSummary
{
    QString subject;                 // "O=SipScope Test, CN=localhost" (C, ST, L, O, OU, CN, then others)
    QString issuer;
    QDateTime notBefore;             // UTC
    QDateTime notAfter;              // UTC
    QString sha256;                  // fingerprint, "AB:CD:…" (32 upper-case hex pairs)
    QStringList alternativeNames;    // "DNS:localhost", "IP:127.0.0.1"
    bool selfSigned = false;
    QString keyAlgorithm;            // "RSA", "EC", "DSA", … of the public key; empty when unknown
    int keyBits = 0;                 // the public key's size in bits (RSA modulus, EC curve)

    static TlsCertificateSummary fromCertificate(const QSslCertificate &certificate);
    // The names the certificate is valid for: its alternative names, else its common name.
    QStringList names() const;
    // One line for humans (translated labels):
    // "subject CN=localhost; issuer CN=Test CA; valid 2026-11-26 to 2026-12-26 UTC; SHA-256 AB:CD:…"
    QString describe() const;
};

struct TlsSessionInfo
{
    QString serverName;              // the name the certificate is checked against (and SNI for names)
    QString protocol;                // "TLSv1.3"; empty when the handshake did not complete
    QString cipher;                  // "TLS_AES_256_GCM_SHA384"
    std::optional<TlsCertificateSummary> peerCertificate;
    // The chain as the server presented it, its own certificate first (what blackbox's
    // probe_ssl_earliest_cert_expiry reads), also when verification failed. Kept whole
    // so that later checks can verify it against the system's CAs alone.
    QList<QSslCertificate> peerChain;
    bool verified = false;           // chain and host name checked and accepted
    bool insecure = false;           // verification failed, and insecure mode went on anyway
    QStringList problems;            // cause tokens ("self_signed", "wrong_host", …), most fundamental first
    QStringList problemTexts;        // translated, one per problem
    bool clientCertificateOffered = false; // a client certificate was configured (the server may not have asked)

    bool handshakeCompleted() const { return !protocol.isEmpty(); }
};

} // namespace SipScope
