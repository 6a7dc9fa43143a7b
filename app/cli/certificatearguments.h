// The certificate options of the commands that probe TLS targets: --cert-warn DAYS and
// --cert-crit DAYS (the earliest notAfter of the presented chain within that many
// days is a warning / critical), and --profile teams|zoom (check a platform's SBC
// certificate rules). `options` and `monitor` share them.
#pragma once

#include "commandparser.h"

#include "probe/certificateexpiry.h"
#include "probe/certificaterequirements.h"

#include <QCommandLineOption>

#include <optional>

namespace SipScope::Cli {

class CertificateArguments final
{
public:
    // `withProfile`: also --profile (the monitor has no use for it).
    explicit CertificateArguments(bool withProfile = true);

    void addTo(CommandParser &parser) const;
    // nullopt on success, else the usage error.
    std::optional<QString> apply(const CommandParser &parser, CertificateThresholds *thresholds,
                                 std::optional<CertificateRequirements::Profile> *profile) const;

private:
    bool m_withProfile;
    QCommandLineOption m_warn;
    QCommandLineOption m_crit;
    QCommandLineOption m_profile;
};

} // namespace SipScope::Cli
