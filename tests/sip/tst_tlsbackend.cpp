// The TLS backend the suite runs with, printed for the CI log (which backend a green
// TLS run proves), and which keys each backend can use for our own certificate: EC
// keys with OpenSSL only, with a clear reason elsewhere.
#include "sip/tlskeysupport.h"
#include "sip/tlstransport.h"

#include "testcertificates.h"
#include "tlsbackendchoice.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using SipScope::Test::TestCertificates;
using SipScope::Test::TlsBackendChoice;

class tst_TlsBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chosenBackendIsActive();
    void localKeySupport_data();
    void localKeySupport();
    void ecClientKeyOnTheActiveBackend();
};

void tst_TlsBackend::initTestCase()
{
    const QString problem = TlsBackendChoice::apply();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("TLS backend: %s", qPrintable(TlsBackendChoice::describe()));
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
}

void tst_TlsBackend::chosenBackendIsActive()
{
    const QString wanted = qEnvironmentVariable("SIPSCOPE_TLS_BACKEND");
    if (!wanted.isEmpty())
        QCOMPARE(QSslSocket::activeBackend(), wanted);
    QVERIFY(QSslSocket::availableBackends().contains(QSslSocket::activeBackend()));
    // What SipScope needs of every backend: TLS 1.2 client and server sockets.
    QVERIFY(QSslSocket::isProtocolSupported(QSsl::TlsV1_2));
    QVERIFY(QSslSocket::isClassImplemented(QSsl::ImplementedClass::Socket));
    QVERIFY(QSslSocket::isClassImplemented(QSsl::ImplementedClass::Certificate));
    QVERIFY(QSslSocket::isClassImplemented(QSsl::ImplementedClass::Key));
}

void tst_TlsBackend::localKeySupport_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("usable");
    QTest::newRow("OpenSSL, EC") << u"openssl"_s << int(QSsl::Ec) << true;
    QTest::newRow("OpenSSL, RSA") << u"openssl"_s << int(QSsl::Rsa) << true;
    QTest::newRow("schannel, RSA") << u"schannel"_s << int(QSsl::Rsa) << true;
    QTest::newRow("schannel, EC") << u"schannel"_s << int(QSsl::Ec) << false;
    QTest::newRow("SecureTransport, DSA") << u"securetransport"_s << int(QSsl::Dsa) << true;
    QTest::newRow("SecureTransport, EC") << u"securetransport"_s << int(QSsl::Ec) << false;
}

void tst_TlsBackend::localKeySupport()
{
    QFETCH(QString, backend);
    QFETCH(int, algorithm);
    QFETCH(bool, usable);
    const auto keyAlgorithm = QSsl::KeyAlgorithm(algorithm);
    QCOMPARE(TlsKeySupport::canUseLocalKey(keyAlgorithm, backend), usable);
    const QString problem = TlsKeySupport::localKeyProblem(keyAlgorithm, backend);
    QCOMPARE(problem.isEmpty(), usable);
    if (!usable) {
        QVERIFY2(problem.contains(backend), qPrintable(problem));
        QVERIFY2(problem.contains(u"this key is EC"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"use an RSA key"_s), qPrintable(problem));
    }
}

void tst_TlsBackend::ecClientKeyOnTheActiveBackend()
{
    // A real EC client certificate, given as --cert/--key would give it.
    TestCertificates ec(TestCertificates::KeyType::Ec);
    QVERIFY2(ec.generate(), qPrintable(ec.errorString()));
    TlsClientOptions tls;
    tls.certificateFile = ec.client().certificate;
    tls.keyFile = ec.client().key;
    const QString problem = TlsTransport::checkOptions(tls);
    if (TlsKeySupport::canUseLocalKey(QSsl::Ec, QSslSocket::activeBackend())) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.startsWith(u"The private key %1 cannot be used: "_s.arg(tls.keyFile)), qPrintable(problem));
        QVERIFY2(problem.contains(QSslSocket::activeBackend()), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(tst_TlsBackend)
#include "tst_tlsbackend.moc"
