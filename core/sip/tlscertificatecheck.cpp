#include "tlscertificatecheck.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString TlsCertificateCheck::problemToken(Problem problem)
{
    switch (problem) {
    case Problem::Expired: return u"expired"_s;
    case Problem::NotYetValid: return u"not_yet_valid"_s;
    case Problem::SelfSigned: return u"self_signed"_s;
    case Problem::UntrustedIssuer: return u"untrusted_issuer"_s;
    case Problem::WrongHost: return u"wrong_host"_s;
    case Problem::Revoked: return u"revoked"_s;
    case Problem::Other: return u"certificate"_s;
    }
    return {};
}

TlsCertificateCheck::Problem TlsCertificateCheck::classify(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::SelfSignedCertificate:
        return Problem::SelfSigned;
    // A chain that ends in a root nobody trusts, or that cannot be completed: either
    // way no trusted authority vouches for the issuer.
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateRejected:
    case QSslError::PathLengthExceeded:
        return Problem::UntrustedIssuer;
    case QSslError::HostNameMismatch:
        return Problem::WrongHost;
    case QSslError::CertificateRevoked:
        return Problem::Revoked;
    default:
        return Problem::Other;
    }
}

QList<TlsCertificateCheck::Finding> TlsCertificateCheck::findings(const QList<QSslError> &errors,
                                                                  const TlsCertificateSummary &certificate,
                                                                  const QString &expectedName)
{
    QList<Finding> found;
    for (const QSslError &error : errors) {
        Problem problem = classify(error.error());
        // Only OpenSSL says "self-signed" itself. Schannel reports an untrusted root
        // (and adds SelfSignedCertificate only for a certificate that is not a CA, while
        // `openssl req -x509` makes CAs), SecureTransport only "untrusted". The
        // certificate tells the truth on every backend: a self-signed peer certificate
        // is its own issuer, so an untrusted issuer is the certificate itself.
        if (problem == Problem::UntrustedIssuer && certificate.selfSigned)
            problem = Problem::SelfSigned;
        const bool known = std::any_of(found.cbegin(), found.cend(), [problem](const Finding &f) {
            return f.problem == problem && problem != Problem::Other;
        });
        if (known)
            continue;
        Finding finding;
        finding.problem = problem;
        switch (problem) {
        case Problem::Expired:
            finding.text = QCoreApplication::translate("TlsCertificateCheck", "it expired on %1")
                               .arg(certificate.notAfter.toString(Qt::ISODate));
            break;
        case Problem::NotYetValid:
            finding.text = QCoreApplication::translate("TlsCertificateCheck", "it is not valid before %1")
                               .arg(certificate.notBefore.toString(Qt::ISODate));
            break;
        case Problem::SelfSigned:
            finding.text = QCoreApplication::translate("TlsCertificateCheck",
                                                       "it is self-signed: no certificate authority vouches for it");
            break;
        case Problem::UntrustedIssuer:
            finding.text = QCoreApplication::translate("TlsCertificateCheck",
                                                       "its issuer (%1) is not a trusted certificate authority")
                               .arg(certificate.issuer);
            break;
        case Problem::WrongHost:
            finding.text = QCoreApplication::translate("TlsCertificateCheck", "it is for %1, not for %2")
                               .arg(certificate.names().join(u", "_s), expectedName);
            break;
        case Problem::Revoked:
            finding.text = QCoreApplication::translate("TlsCertificateCheck", "it has been revoked");
            break;
        case Problem::Other:
            finding.text = error.errorString();
            break;
        }
        found.append(finding);
    }
    std::stable_sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
        return int(a.problem) < int(b.problem);
    });
    return found;
}

void TlsCertificateCheck::record(const QList<Finding> &findings, TlsSessionInfo *session)
{
    session->problems.clear();
    session->problemTexts.clear();
    for (const Finding &finding : findings) {
        session->problems << problemToken(finding.problem);
        session->problemTexts << finding.text;
    }
}

QString TlsCertificateCheck::failureMessage(const QString &where, const QList<Finding> &findings)
{
    QStringList texts;
    for (const Finding &finding : findings)
        texts << finding.text;
    const bool wrongHostOnly = !findings.isEmpty()
        && std::all_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.problem == Problem::WrongHost; });
    const QString advice = wrongHostOnly
        ? QCoreApplication::translate("TlsCertificateCheck",
                                      "Check the host name of the target, or allow an insecure connection to probe anyway.")
        : QCoreApplication::translate("TlsCertificateCheck",
                                      "Trust its certificate authority (a CA file), or allow an insecure connection to probe anyway.");
    return QCoreApplication::translate("TlsCertificateCheck", "The TLS certificate of %1 was not accepted: %2.")
               .arg(where, texts.join(u"; "_s))
        + u' ' + advice;
}

} // namespace SipScope
