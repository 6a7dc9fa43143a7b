#include "certificatearguments.h"

#include <QCoreApplication>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

CertificateArguments::CertificateArguments(bool withProfile)
    : m_withProfile(withProfile)
    , m_warn(u"cert-warn"_s,
             QCoreApplication::translate("Cli", "TLS: warn when a certificate the server presents ends within DAYS days "
                                                "(with --nagios: WARNING)."),
             u"DAYS"_s)
    , m_crit(u"cert-crit"_s,
             QCoreApplication::translate("Cli", "TLS: critical when a certificate the server presents ends within DAYS "
                                                "days (with --nagios: CRITICAL)."),
             u"DAYS"_s)
    , m_profile(u"profile"_s,
                QCoreApplication::translate("Cli", "Check the SBC certificate rules of Microsoft Teams Direct Routing "
                                                   "(teams) or Zoom BYOC (zoom) and name each rule that fails."),
                u"teams|zoom"_s)
{
}

void CertificateArguments::addTo(CommandParser &parser) const
{
    parser.addOption(m_warn);
    parser.addOption(m_crit);
    if (m_withProfile)
        parser.addOption(m_profile);
}

std::optional<QString> CertificateArguments::apply(const CommandParser &parser, CertificateThresholds *thresholds,
                                                   std::optional<CertificateRequirements::Profile> *profile) const
{
    for (const QCommandLineOption *option : {&m_warn, &m_crit}) {
        if (!parser.isSet(*option))
            continue;
        QString error;
        const std::optional<int> days = CertificateThresholds::parseDays(parser.value(*option), &error);
        if (!days)
            return u"--"_s + option->names().constFirst() + u": "_s + error;
        (option == &m_warn ? thresholds->warnDays : thresholds->critDays) = days;
    }
    if (const QString problem = thresholds->validate(); !problem.isEmpty())
        return problem;
    if (m_withProfile && parser.isSet(m_profile)) {
        *profile = CertificateRequirements::parseProfile(parser.value(m_profile));
        if (!*profile)
            return QCoreApplication::translate("Cli", "--profile: \"%1\" is not a profile; use teams or zoom.")
                .arg(parser.value(m_profile));
    }
    return std::nullopt;
}

} // namespace SipScope::Cli
