// Which private keys Qt's TLS backends can use for our own certificate (a client
// certificate, the responder's server certificate). Only the OpenSSL backend takes
// every kind: Qt's schannel (Windows) and SecureTransport (macOS) backends hand the
// key to the system as a PKCS#12 bundle, and Qt writes those for RSA and DSA keys only.
// An EC key there fails late, in the handshake, with an error that does not say why;
// this says it when the key is read.
#pragma once

#include <QCoreApplication>
#include <QSsl>
#include <QString>

namespace SipScope {

class TlsKeySupport final
{
    Q_DECLARE_TR_FUNCTIONS(SipScope::TlsKeySupport)
public:
    // Whether `backend` (a QSslSocket backend name) can use a local key of `algorithm`.
    static bool canUseLocalKey(QSsl::KeyAlgorithm algorithm, const QString &backend);
    // Empty when the active backend can use the key; else why not and what to do.
    static QString localKeyProblem(QSsl::KeyAlgorithm algorithm);
    static QString localKeyProblem(QSsl::KeyAlgorithm algorithm, const QString &backend);
};

} // namespace SipScope
