// The certificate rules a platform sets for the SBCs it talks to, checked on demand
// (`options --profile teams|zoom`): Microsoft Teams Direct Routing and Zoom BYOC.
// Each rule passes or fails with the reason; a failure names the rule it breaks.
// docs/probe.md lists the rules and the documents they were written from.
//
// Split in two: systemTrustErrors() verifies the presented chain against the system's
// CA store alone (QSslCertificate::verify uses the default configuration, which the
// probe never changes: --ca-file only extends its own connection), and evaluate() is a
// pure function of the session, those errors and the time, easy to test row by row.
#pragma once

#include "sip/tlssessioninfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>

#include <optional>

namespace SipScope {

struct CertificateRequirement
{
    QString id;        // stable token: "tls", "public_ca", "fqdn", "tls_version", "validity", "key"
    QString rule;      // translated: what the platform requires
    bool passed = false;
    QString reason;    // translated: what was found (why it failed, or what satisfied it)
};

class CertificateRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequirements)
public:
    enum class Profile { Teams, Zoom };

    static std::optional<Profile> parseProfile(const QString &text);   // "teams", "zoom"
    static QString profileToken(Profile profile);
    // "Microsoft Teams Direct Routing", "Zoom BYOC"
    static QString profileName(Profile profile);
    // The document the rules were written from.
    static QString sourceDocument(Profile profile);

    // The presented chain verified against the system's CAs only, without a host name.
    static QList<QSslError::SslError> systemTrustErrors(const QList<QSslCertificate> &chain);

    // `tls` is the probe's session (nullopt: the target did not use TLS); `trustErrors`
    // what systemTrustErrors() said of its chain.
    static QList<CertificateRequirement> evaluate(Profile profile, const std::optional<TlsSessionInfo> &tls,
                                                  const QList<QSslError::SslError> &trustErrors,
                                                  const QDateTime &now);
    // evaluate() with the real system-store verification.
    static QList<CertificateRequirement> check(Profile profile, const std::optional<TlsSessionInfo> &tls,
                                               const QDateTime &now);

    // Microsoft's wildcard rule (RFC 2818 §3.1 as Direct Routing applies it): "*" only
    // as the whole leftmost label, matching exactly one label; "*.contoso.com" matches
    // sbc.contoso.com, not contoso.com or sbc.eu.contoso.com. Case-insensitive.
    static bool nameMatches(const QString &certificateName, const QString &fqdn);
    static bool allPassed(const QList<CertificateRequirement> &requirements);
};

} // namespace SipScope
