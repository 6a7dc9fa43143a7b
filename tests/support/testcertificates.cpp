#include "testcertificates.h"

#include "sip/tlskeysupport.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

TestCertificates::KeyType TestCertificates::defaultKeyType()
{
    return TlsKeySupport::canUseLocalKey(QSsl::Ec, QSslSocket::activeBackend()) ? KeyType::Ec : KeyType::Rsa;
}

QString TestCertificates::keyTypeName(KeyType type)
{
    return type == KeyType::Ec ? u"EC"_s : u"RSA"_s;
}

QString TestCertificates::opensslExecutable()
{
    const QString chosen = qEnvironmentVariable("SIPSCOPE_OPENSSL");
    return chosen.isEmpty() ? QStandardPaths::findExecutable(u"openssl"_s) : chosen;
}

TestCertificates::TestCertificates(KeyType keyType)
    : m_keyType(keyType)
{
}

QStringList TestCertificates::newKeyArguments() const
{
    if (keyType() == KeyType::Rsa)
        return {u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s};
    return {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
}

bool TestCertificates::run(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    const bool ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    const QString text = QString::fromUtf8(process.readAll());
    if (!ok) {
        m_errorString = u"openssl %1 failed: %2"_s.arg(arguments.join(u' '), text);
        return false;
    }
    if (output)
        *output = text;
    return true;
}

bool TestCertificates::makeLeaf(const QString &name, const QString &subject, const QString &extensions, int days)
{
    QFile ext(path(name + u".ext"_s));
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0) {
        m_errorString = ext.errorString();
        return false;
    }
    ext.close();
    return run(QStringList{u"req"_s} + newKeyArguments()
               + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s, subject})
        // -days -1: valid from now until yesterday, i.e. already expired.
        && run({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                u"-set_serial"_s, QString::number(++m_serial), u"-days"_s, QString::number(days),
                u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".pem"_s});
}

bool TestCertificates::generate()
{
    m_keyType = keyType();
    m_openssl = opensslExecutable();
    if (m_openssl.isEmpty()) {
        m_errorString = u"openssl is not installed (scripts/setup.sh installs it)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_errorString = m_dir.errorString();
        return false;
    }
    // LibreSSL's x509 takes -days from 1 up, so it cannot date the expired certificate
    // in the past; OpenSSL 1.1 and 3 can.
    QString version;
    if (!run({u"version"_s}, &version))
        return false;
    if (version.startsWith(u"LibreSSL"_s)) {
        m_errorString = u"%1 is %2, which cannot make the expired test certificate (x509 -days -1); "
                        "put OpenSSL 3 first in PATH or name it in SIPSCOPE_OPENSSL "
                        "(macOS: brew install openssl@3)"_s.arg(m_openssl, version.trimmed());
        return false;
    }
    const QString serverExtensions = u"subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"
                                     "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"_s;
    return run(QStringList{u"req"_s, u"-x509"_s} + newKeyArguments()
               + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
                             u"-subj"_s, u"/O=SipScope Tests/CN=SipScope Test CA"_s,
                             u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                             u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s})
        && makeLeaf(u"server"_s, u"/O=SipScope Tests/CN=localhost"_s, serverExtensions, 2)
        && makeLeaf(u"wronghost"_s, u"/O=SipScope Tests/CN=wrong.example"_s,
                    u"subjectAltName=DNS:wrong.example\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"_s, 2)
        && makeLeaf(u"expired"_s, u"/O=SipScope Tests/CN=localhost"_s, serverExtensions, -1)
        && makeLeaf(u"client"_s, u"/O=SipScope Tests/CN=sipscope-client"_s,
                    u"basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"_s, 2)
        && run(QStringList{u"req"_s, u"-x509"_s} + newKeyArguments()
               + QStringList{u"-keyout"_s, u"selfsigned.key"_s, u"-out"_s, u"selfsigned.pem"_s, u"-days"_s, u"2"_s,
                             u"-subj"_s, u"/O=SipScope Tests/CN=localhost"_s,
                             u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"_s});
}

QString TestCertificates::caFile() const
{
    return path(u"ca.pem"_s);
}

TestCertificates::Pair TestCertificates::server() const
{
    return {path(u"server.pem"_s), path(u"server.key"_s)};
}

TestCertificates::Pair TestCertificates::wrongHost() const
{
    return {path(u"wronghost.pem"_s), path(u"wronghost.key"_s)};
}

TestCertificates::Pair TestCertificates::expired() const
{
    return {path(u"expired.pem"_s), path(u"expired.key"_s)};
}

TestCertificates::Pair TestCertificates::selfSigned() const
{
    return {path(u"selfsigned.pem"_s), path(u"selfsigned.key"_s)};
}

TestCertificates::Pair TestCertificates::client() const
{
    return {path(u"client.pem"_s), path(u"client.key"_s)};
}

} // namespace SipScope::Test
