// The certificate part of `sipscope-cli options` beyond the session lines: the
// --cert-warn/--cert-crit judgement of the earliest expiry, and the --profile rules,
// each with PASS or FAIL and what was found, in text and as JSON fields.
#pragma once

#include "monitor/certificateverdict.h"

#include <QJsonObject>

class QTextStream;

namespace SipScope::Cli {

class CertificatePrinter final
{
public:
    CertificatePrinter(const CertificateThresholds &thresholds,
                       const std::optional<CertificateRequirements::Profile> &profile);

    bool isActive() const { return m_thresholds.isSet() || m_profile.has_value(); }
    // Whether the thresholds or the profile found a problem (the exit code becomes 1).
    bool failed(const ProbeResult &result) const;
    void print(QTextStream &out, const ProbeResult &result) const;
    // Adds "certificate_level" (with thresholds) and "certificate_profile" (with a profile).
    void addTo(QJsonObject &json, const ProbeResult &result) const;

private:
    CertificateThresholds m_thresholds;
    std::optional<CertificateRequirements::Profile> m_profile;
};

} // namespace SipScope::Cli
