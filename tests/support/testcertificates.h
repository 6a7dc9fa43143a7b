// Certificates for the TLS tests, made by openssl in a temporary directory when a test
// starts (none are checked in): a test CA; signed by it, a server certificate for
// localhost / 127.0.0.1 / ::1, one for a wrong host name, one that has expired, and a
// client certificate; and a self-signed server certificate for localhost. Unencrypted
// keys, EC P-256 (generated in milliseconds) or RSA 2048: Qt's schannel and
// SecureTransport backends cannot use an EC key for a server or client certificate
// (sip/tlskeysupport.h), so the default follows the active TLS backend.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace SipScope::Test {

class TestCertificates final
{
public:
    enum class KeyType { Ec, Rsa };

    // A certificate file and its key file.
    struct Pair
    {
        QString certificate;
        QString key;
    };

    // EC where the active TLS backend can use EC keys (OpenSSL), else RSA.
    static KeyType defaultKeyType();
    static QString keyTypeName(KeyType type);   // "EC", "RSA"

    // $SIPSCOPE_OPENSSL, else the openssl program on PATH; empty if there is none.
    static QString opensslExecutable();

    // Without a key type, generate() takes defaultKeyType() of the backend active then.
    TestCertificates() = default;
    explicit TestCertificates(KeyType keyType);
    KeyType keyType() const { return m_keyType.value_or(defaultKeyType()); }

    // Makes all of them; false with errorString() (and openssl's output) on failure,
    // also when the openssl found is LibreSSL (macOS's /usr/bin/openssl), which cannot
    // make the expired certificate.
    bool generate();
    QString errorString() const { return m_errorString; }

    QString directory() const { return m_dir.path(); }
    QString caFile() const;              // the test CA's certificate (ca.pem)
    Pair server() const;                 // CN=localhost; DNS:localhost, IP:127.0.0.1, IP:::1
    Pair wrongHost() const;              // CN=wrong.example; DNS:wrong.example
    Pair expired() const;                // like server(), but expired yesterday
    Pair selfSigned() const;             // CN=localhost, its own issuer
    Pair client() const;                 // CN=sipscope-client, for client authentication

private:
    bool run(const QStringList &arguments, QString *output = nullptr);
    QStringList newKeyArguments() const;
    bool makeLeaf(const QString &name, const QString &subject, const QString &extensions, int days);
    QString path(const QString &file) const { return m_dir.filePath(file); }

    std::optional<KeyType> m_keyType;
    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_errorString;
    int m_serial = 1;
};

} // namespace SipScope::Test
