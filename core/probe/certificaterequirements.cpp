#include "certificaterequirements.h"

#include "sip/tlscertificatecheck.h"

#include <QHostAddress>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// A wildcard that follows the rule: "*." then at least two labels, no other "*".
bool isValidWildcard(const QString &name)
{
    return name.startsWith(u"*."_s) && name.count(u'*') == 1 && name.mid(2).contains(u'.')
        && !name.mid(2).startsWith(u'.');
}

// The DNS names and common names of the server's certificate, SANs first.
QStringList certificateNames(const TlsSessionInfo &tls)
{
    QStringList names;
    if (tls.peerCertificate) {
        for (const QString &name : tls.peerCertificate->alternativeNames) {
            if (name.startsWith(u"DNS:"_s))
                names << name.mid(4);
        }
    }
    if (!tls.peerChain.isEmpty()) {
        names << tls.peerChain.constFirst().subjectInfo(QSslCertificate::CommonName);
    } else if (tls.peerCertificate) {
        for (const QString &part : tls.peerCertificate->subject.split(u", "_s)) {
            if (part.startsWith(u"CN="_s))
                names << part.mid(3);
        }
    }
    names.removeDuplicates();
    return names;
}

CertificateRequirement requirement(const QString &id, const QString &rule)
{
    CertificateRequirement r;
    r.id = id;
    r.rule = rule;
    return r;
}

} // namespace

std::optional<CertificateRequirements::Profile> CertificateRequirements::parseProfile(const QString &text)
{
    const QString token = text.trimmed().toLower();
    if (token == u"teams"_s)
        return Profile::Teams;
    if (token == u"zoom"_s)
        return Profile::Zoom;
    return std::nullopt;
}

QString CertificateRequirements::profileToken(Profile profile)
{
    return profile == Profile::Teams ? u"teams"_s : u"zoom"_s;
}

QString CertificateRequirements::profileName(Profile profile)
{
    // Product names: not translated.
    return profile == Profile::Teams ? u"Microsoft Teams Direct Routing"_s : u"Zoom Phone BYOC"_s;
}

QString CertificateRequirements::sourceDocument(Profile profile)
{
    if (profile == Profile::Teams)
        return u"Microsoft Learn, \"Plan Direct Routing\" (SBC certificate, SIP signaling: FQDNs, TLS)"_s;
    return u"Zoom Support, \"Zoom Phone BYOC\" SBC requirements"_s;
}

bool CertificateRequirements::nameMatches(const QString &certificateName, const QString &fqdn)
{
    const QString name = certificateName.trimmed().toLower();
    QString host = fqdn.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (name.isEmpty() || host.isEmpty())
        return false;
    if (!name.contains(u'*'))
        return name == host;
    if (!isValidWildcard(name))
        return false;
    // "*" stands for exactly one whole label.
    const qsizetype dot = host.indexOf(u'.');
    return dot > 0 && host.mid(dot) == name.mid(1);
}

bool CertificateRequirements::allPassed(const QList<CertificateRequirement> &requirements)
{
    for (const CertificateRequirement &r : requirements) {
        if (!r.passed)
            return false;
    }
    return true;
}

QList<QSslError::SslError> CertificateRequirements::systemTrustErrors(const QList<QSslCertificate> &chain)
{
    QList<QSslError::SslError> errors;
    if (chain.isEmpty())
        return errors;
    for (const QSslError &error : QSslCertificate::verify(chain))
        errors << error.error();
    return errors;
}

QList<CertificateRequirement> CertificateRequirements::check(Profile profile, const std::optional<TlsSessionInfo> &tls,
                                                             const QDateTime &now)
{
    const QList<QSslError::SslError> trust = tls ? systemTrustErrors(tls->peerChain) : QList<QSslError::SslError>();
    return evaluate(profile, tls, trust, now);
}

QList<CertificateRequirement> CertificateRequirements::evaluate(Profile profile, const std::optional<TlsSessionInfo> &tls,
                                                                const QList<QSslError::SslError> &trustErrors,
                                                                const QDateTime &now)
{
    QList<CertificateRequirement> result;
    const bool teams = profile == Profile::Teams;

    CertificateRequirement transport = requirement(u"tls"_s,
        teams ? tr("SIP signalling runs over TLS (Direct Routing accepts no UDP or TCP).")
              : tr("SIP signalling runs over TLS (BYOC trunks use TLS only)."));
    const bool hasCertificate = tls && (tls->peerCertificate || !tls->peerChain.isEmpty());
    transport.passed = tls.has_value();
    transport.reason = transport.passed ? tr("the probe used TLS")
                                        : tr("the probe did not use TLS: use a sips: URI or --transport tls");
    result << transport;

    CertificateRequirement trust = requirement(u"public_ca"_s,
        tr("The certificate chains to a public certification authority: not self-signed, not a private or "
           "enterprise CA."));
    CertificateRequirement fqdn = requirement(u"fqdn"_s,
        tr("The SBC's FQDN is in the certificate's subject alternative names or common name; a wildcard only as "
           "the whole leftmost label (*.example.com matches sbc.example.com, not sbc.eu.example.com)."));
    CertificateRequirement version = requirement(u"tls_version"_s, tr("TLS 1.2 or newer is negotiated."));
    CertificateRequirement validity = requirement(u"validity"_s,
        tr("Every certificate the SBC presents is within its validity period."));
    CertificateRequirement key = requirement(u"key"_s,
        teams ? tr("An RSA key of at least 2048 bits (the cipher suites Direct Routing lists are all ECDHE_RSA).")
              : tr("An RSA key of at least 2048 bits or an EC key of at least 256 bits."));
    if (!hasCertificate) {
        const QString none = tls ? tr("the server presented no certificate") : tr("no TLS connection, no certificate");
        for (CertificateRequirement *r : {&trust, &fqdn, &validity, &key})
            r->reason = none;
    } else {
        const TlsSessionInfo &session = *tls;
        const TlsCertificateSummary peer = session.peerCertificate.value_or(
            TlsCertificateSummary::fromCertificate(session.peerChain.value(0)));

        // Public CA: what the system store alone says; dates are the validity rule's.
        QList<TlsCertificateCheck::Problem> problems;
        for (const QSslError::SslError error : trustErrors) {
            const TlsCertificateCheck::Problem problem = TlsCertificateCheck::classify(error);
            if (problem != TlsCertificateCheck::Problem::Expired && problem != TlsCertificateCheck::Problem::NotYetValid
                && !problems.contains(problem))
                problems << problem;
        }
        if (peer.selfSigned || problems.contains(TlsCertificateCheck::Problem::SelfSigned)) {
            trust.reason = tr("the certificate is self-signed (%1)").arg(peer.subject);
        } else if (problems.contains(TlsCertificateCheck::Problem::UntrustedIssuer)) {
            trust.reason = tr("its issuer %1 is not a certification authority of the system's CA store: a private "
                              "CA, or a chain the server sends incomplete").arg(peer.issuer);
            if (session.verified)
                trust.reason += u' ' + tr("(the probe accepted it only because of --ca-file)");
        } else if (problems.contains(TlsCertificateCheck::Problem::Revoked)) {
            trust.reason = tr("the certificate is revoked");
        } else if (!problems.isEmpty()) {
            trust.reason = tr("the chain does not verify against the system's CA store");
        } else {
            trust.passed = true;
            trust.reason = tr("issued by %1, trusted by the system's CA store").arg(peer.issuer);
        }

        // FQDN: the name the probe connected to (and sent as SNI).
        const QString host = session.serverName;
        const QStringList names = certificateNames(session);
        if (!QHostAddress(host).isNull()) {
            fqdn.reason = tr("the probe connected to the IP address %1; the platform reaches an SBC by its FQDN: "
                             "probe the FQDN").arg(host);
        } else {
            QStringList badWildcards;
            for (const QString &name : names) {
                if (nameMatches(name, host)) {
                    fqdn.passed = true;
                    fqdn.reason = tr("%1 matches %2").arg(name, host);
                    break;
                }
                if (name.contains(u'*') && !isValidWildcard(name.toLower()))
                    badWildcards << name;
            }
            if (!fqdn.passed) {
                fqdn.reason = tr("%1 is not among the certificate's names (%2)")
                                  .arg(host, names.isEmpty() ? tr("none") : names.join(u", "_s));
                if (!badWildcards.isEmpty())
                    fqdn.reason += u"; "_s + tr("%1: a wildcard must be the whole leftmost label, and only one")
                                                 .arg(badWildcards.join(u", "_s));
            }
        }

        // Validity of every presented certificate.
        QStringList invalid;
        const QList<QSslCertificate> chain = session.peerChain;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QSslCertificate &certificate = chain.at(i);
            const QString subject = TlsCertificateSummary::fromCertificate(certificate).subject;
            if (certificate.expiryDate().isValid() && certificate.expiryDate() <= now)
                invalid << tr("%1 expired on %2").arg(subject, certificate.expiryDate().toUTC().toString(Qt::ISODate));
            else if (certificate.effectiveDate().isValid() && certificate.effectiveDate() > now)
                invalid << tr("%1 is not valid before %2").arg(subject, certificate.effectiveDate().toUTC().toString(Qt::ISODate));
        }
        if (chain.isEmpty() && peer.notAfter.isValid()) {
            if (peer.notAfter <= now)
                invalid << tr("%1 expired on %2").arg(peer.subject, peer.notAfter.toString(Qt::ISODate));
            else if (peer.notBefore.isValid() && peer.notBefore > now)
                invalid << tr("%1 is not valid before %2").arg(peer.subject, peer.notBefore.toString(Qt::ISODate));
        }
        validity.passed = invalid.isEmpty();
        validity.reason = validity.passed ? tr("valid until %1").arg(peer.notAfter.toUTC().toString(Qt::ISODate))
                                          : invalid.join(u"; "_s);

        // Key type and size of the server's certificate.
        const bool rsaOk = peer.keyAlgorithm == u"RSA"_s && peer.keyBits >= 2048;
        const bool ecOk = !teams && peer.keyAlgorithm == u"EC"_s && peer.keyBits >= 256;
        key.passed = rsaOk || ecOk;
        const QString found = peer.keyAlgorithm.isEmpty() ? tr("an unknown key")
                                                          : tr("%1 %2 bits").arg(peer.keyAlgorithm).arg(peer.keyBits);
        key.reason = key.passed ? found : tr("the certificate has %1").arg(found);
    }

    if (!tls || !tls->handshakeCompleted()) {
        version.reason = tls ? tr("the TLS handshake did not complete (see the error); --insecure shows what it "
                                  "would negotiate")
                             : tr("no TLS connection");
    } else {
        const QString protocol = tls->protocol;
        version.passed = protocol == u"TLSv1.2"_s || protocol == u"TLSv1.3"_s;
        version.reason = version.passed ? tr("%1 negotiated").arg(protocol)
                                        : tr("%1 negotiated; TLS 1.0 and 1.1 are refused").arg(protocol);
    }
    result << trust << fqdn << version << validity << key;
    return result;
}

} // namespace SipScope
