#include "certificateverdict.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

CertificateVerdict CertificateVerdict::of(const ProbeResult &result, const CertificateThresholds &thresholds,
                                          const std::optional<CertificateRequirements::Profile> &profile,
                                          const QDateTime &now)
{
    CertificateVerdict verdict;
    QStringList parts;
    if (result.tls)
        verdict.expiry = CertificateExpiry::of(*result.tls, now);
    if (verdict.expiry) {
        verdict.level = thresholds.level(*verdict.expiry);
        if (verdict.level != CertificateThresholds::Level::Ok)
            parts << verdict.expiry->earliestInWords() + u", "_s + thresholds.windowText(verdict.level);
    }
    if (profile) {
        for (const CertificateRequirement &r : CertificateRequirements::check(*profile, result.tls, now)) {
            if (!r.passed)
                verdict.failedRequirements << r;
        }
        if (!verdict.failedRequirements.isEmpty()) {
            verdict.level = CertificateThresholds::Level::Critical;
            QStringList failed;
            for (const CertificateRequirement &r : std::as_const(verdict.failedRequirements))
                failed << r.id + u": "_s + r.reason;
            parts << tr("%1 rules broken: %2").arg(CertificateRequirements::profileName(*profile),
                                                  failed.join(u"; "_s));
        }
    }
    verdict.text = parts.join(u"; "_s);
    return verdict;
}

QString CertificateVerdict::perfdata(const CertificateThresholds &thresholds) const
{
    if (!expiry)
        return {};
    // Fewer days is worse: the range "30:" alerts below 30 (plugin guidelines, threshold format).
    const auto days = [](const std::optional<int> &value) { return value ? QString::number(*value) + u':' : QString(); };
    return u"cert_days="_s + QString::number(expiry->earliestDaysLeft()) + u';' + days(thresholds.warnDays) + u';'
        + days(thresholds.critDays);
}

} // namespace SipScope
