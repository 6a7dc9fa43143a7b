#include "tlskeysupport.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

bool TlsKeySupport::canUseLocalKey(QSsl::KeyAlgorithm algorithm, const QString &backend)
{
    // Qt's PKCS#12 writer (_q_PKCS12_key, used by schannel and SecureTransport) knows
    // the RSA and DSA algorithm identifiers only.
    return backend == u"openssl"_s || algorithm == QSsl::Rsa || algorithm == QSsl::Dsa;
}

QString TlsKeySupport::localKeyProblem(QSsl::KeyAlgorithm algorithm)
{
    return localKeyProblem(algorithm, QSslSocket::activeBackend());
}

QString TlsKeySupport::localKeyProblem(QSsl::KeyAlgorithm algorithm, const QString &backend)
{
    if (canUseLocalKey(algorithm, backend))
        return {};
    const QString kind = algorithm == QSsl::Ec ? u"EC"_s : algorithm == QSsl::Dh ? u"DH"_s : tr("of another kind");
    return tr("the TLS backend in use (%1) can only use RSA and DSA keys for our own certificate, and this key is %2; "
              "use an RSA key, or SipScope with Qt's OpenSSL backend")
        .arg(backend, kind);
}

} // namespace SipScope
