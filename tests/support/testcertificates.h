// Certificates for the TLS tests, made by openssl in a temporary directory when a test
// starts (none are checked in): a test CA; signed by it, a server certificate for
// localhost / 127.0.0.1 / ::1, one for a wrong host name, one that has expired, and a
// client certificate; and a self-signed server certificate for localhost. EC P-256
// keys, unencrypted, because generating them takes milliseconds.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace SipScope::Test {

class TestCertificates final
{
public:
    // A certificate file and its key file.
    struct Pair
    {
        QString certificate;
        QString key;
    };

    // The openssl program (PATH), or empty.
    static QString opensslExecutable();

    // Makes all of them; false with errorString() (and openssl's output) on failure.
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
    bool run(const QStringList &arguments);
    bool makeLeaf(const QString &name, const QString &subject, const QString &extensions, int days);
    QString path(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_errorString;
    int m_serial = 1;
};

} // namespace SipScope::Test
