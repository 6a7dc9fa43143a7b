#include "certificateprinter.h"

#include "probe/proberesultjson.h"

#include <QCoreApplication>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

CertificatePrinter::CertificatePrinter(const CertificateThresholds &thresholds,
                                       const std::optional<CertificateRequirements::Profile> &profile)
    : m_thresholds(thresholds)
    , m_profile(profile)
{
}

bool CertificatePrinter::failed(const ProbeResult &result) const
{
    if (!isActive())
        return false;
    const CertificateVerdict verdict = CertificateVerdict::of(result, m_thresholds, m_profile,
                                                              QDateTime::currentDateTimeUtc());
    return verdict.level != CertificateThresholds::Level::Ok;
}

void CertificatePrinter::print(QTextStream &out, const ProbeResult &result) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_thresholds.isSet() && result.tls) {
        if (const auto expiry = CertificateExpiry::of(*result.tls, now)) {
            const CertificateThresholds::Level level = m_thresholds.level(*expiry);
            if (level != CertificateThresholds::Level::Ok) {
                const QString tag = level == CertificateThresholds::Level::Critical
                    ? QCoreApplication::translate("Cli", "CRITICAL") : QCoreApplication::translate("Cli", "WARNING");
                out << u"  "_s << tag << u": "_s << expiry->earliestInWords() << u", "_s
                    << m_thresholds.windowText(level) << Qt::endl;
            }
        }
    }
    if (!m_profile)
        return;
    const QList<CertificateRequirement> rules = CertificateRequirements::check(*m_profile, result.tls, now);
    out << Qt::endl
        << QCoreApplication::translate("Cli", "%1 certificate rules (from %2):")
               .arg(CertificateRequirements::profileName(*m_profile), CertificateRequirements::sourceDocument(*m_profile))
        << Qt::endl;
    for (const CertificateRequirement &rule : rules) {
        const QString mark = rule.passed ? QCoreApplication::translate("Cli", "PASS")
                                         : QCoreApplication::translate("Cli", "FAIL");
        out << u"  "_s << mark << u"  "_s << rule.id << u": "_s << rule.reason << Qt::endl;
        if (!rule.passed)
            out << u"        "_s << QCoreApplication::translate("Cli", "Rule: %1").arg(rule.rule) << Qt::endl;
    }
    const bool passed = CertificateRequirements::allPassed(rules);
    out << u"  "_s
        << (passed ? QCoreApplication::translate("Cli", "Every rule is met.")
                   : QCoreApplication::translate("Cli", "The SBC does not meet these rules: the platform will refuse its TLS connections."))
        << Qt::endl;
}

void CertificatePrinter::addTo(QJsonObject &json, const ProbeResult &result) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_thresholds.isSet()) {
        const auto expiry = result.tls ? CertificateExpiry::of(*result.tls, now) : std::nullopt;
        json[u"certificate_level"_s] = expiry ? QJsonValue(CertificateThresholds::levelToken(m_thresholds.level(*expiry)))
                                              : QJsonValue(QJsonValue::Null);
    }
    if (m_profile) {
        json[u"certificate_profile"_s] =
            ProbeResultJson::toJson(*m_profile, CertificateRequirements::check(*m_profile, result.tls, now));
    }
}

} // namespace SipScope::Cli
