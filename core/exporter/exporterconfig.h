// What an exporter's configuration file says: the modules (how to probe), the targets
// it may probe, and its limits. Read by ExporterConfigReader; a module turns into the
// ProbeOptions of one probe here, so that the exporter and `options` share one probe.
#pragma once

#include "allowlist.h"

#include "probe/expectedcodes.h"
#include "probe/optionsprobe.h"
#include "probe/verdictprofile.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace SipScope {

struct ExporterModule
{
    QString name;
    // Transport, From, headers, Max-Forwards, TLS files, IP family and the credentials
    // (the password read from its file or variable: never printed, never in metrics).
    ProbeOptions probe;
    // 0: the scrape's timeout decides alone (defaultTimeout without one).
    std::chrono::milliseconds timeout{0};
    ExpectedCodes expected;   // default: any 2xx
    // What probe_success means for this module: the profile, else `expected` as a profile.
    VerdictProfile verdictProfile() const { return profile ? *profile : VerdictProfile::fromExpected(expected); }
    QString passwordSource;   // "file /etc/…" or "environment VAR": for --check-config, never the password
    // verdict_profile: replaces `expected` when set (a built-in or a verdict_profiles entry).
    std::optional<VerdictProfile> profile;

    // Timer F of a probe: the scrape's timeout (X-Prometheus-Scrape-Timeout-Seconds)
    // less `offset`, capped by the module's timeout, as blackbox_exporter does.
    std::chrono::milliseconds effectiveTimeout(std::optional<double> scrapeTimeoutSeconds) const;
    static constexpr std::chrono::milliseconds defaultTimeout{10000};
    static constexpr std::chrono::milliseconds scrapeOffset{500};
};

struct ExporterLimits
{
    int maxConcurrentProbes = 64;
    // A target and module probed more often than this gets the last answer again.
    std::chrono::milliseconds minInterval{1000};
};

struct ExporterConfig
{
    QMap<QString, ExporterModule> modules;
    VerdictProfiles profiles;   // verdict_profiles: the user-defined ones
    AllowList allow;
    ExporterLimits limits;
};

} // namespace SipScope
