// What the certificate of a TLS target adds to a verdict: the earliest expiry in the
// presented chain judged by the --cert-warn/--cert-crit windows, and (on demand) the
// failed rules of a platform profile (--profile teams|zoom), which count as critical.
// Shared by the Nagios mode and the monitor, so both judge a certificate alike.
#pragma once

#include "probe/certificateexpiry.h"
#include "probe/certificaterequirements.h"
#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct CertificateVerdict
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerdict)
public:
    CertificateThresholds::Level level = CertificateThresholds::Level::Ok;
    std::optional<CertificateExpiry> expiry;           // nullopt: no certificate (or not TLS)
    QList<CertificateRequirement> failedRequirements;  // with a profile
    // Translated, for a status line: "certificate of … expires in 5 days (…), within
    // the critical window of 7 days; Microsoft Teams Direct Routing: fqdn: …". Empty
    // when there is nothing to report.
    QString text;

    // `profile` unset: no platform rules. The rules are verified against the system's
    // CA store, which costs a chain verification; the expiry alone is arithmetic.
    static CertificateVerdict of(const ProbeResult &result, const CertificateThresholds &thresholds,
                                 const std::optional<CertificateRequirements::Profile> &profile,
                                 const QDateTime &now);
    // Nagios perfdata "cert_days=19;30:;7:" (whole days of the earliest notAfter); empty
    // without a certificate.
    QString perfdata(const CertificateThresholds &thresholds) const;
};

} // namespace SipScope
