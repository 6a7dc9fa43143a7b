// `sipscope-cli options` arguments: the command line parsed and checked into the
// settings of one run. Usage errors are printed here and come back as an exit code
// (64, or the monitoring plugin's UNKNOWN through NagiosArguments).
#pragma once

#include "commands.h"

#include "capture/capturesink.h"
#include "probe/certificateexpiry.h"
#include "probe/certificaterequirements.h"
#include "monitor/nagiosverdict.h"
#include "probe/expectation.h"
#include "probe/optionsprobe.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace SipScope::Cli {

struct OptionsSettings
{
    QString target;
    ProbeOptions probe;
    int count = 1;
    int intervalMs = 1000;
    bool json = false;
    bool verbose = false;
    std::optional<NagiosOptions> nagios;   // --nagios: one status line, exit 0-3
    // --expect / --expect-header: what counts as success; default a 2xx.
    Expectation expectation;
    bool allTargets = false;               // --all-targets: every DNS candidate at once
    bool dualStack = false;                // --dual-stack: once over IPv4, once over IPv6
    // --pcap: the file every packet of the run goes to (also probe.transportOptions.wireTap).
    std::shared_ptr<CaptureSink> capture;
    // --cert-warn/--cert-crit and --profile (with --nagios they are in `nagios` too).
    CertificateThresholds certificate;
    std::optional<CertificateRequirements::Profile> certificateProfile;
};

// The settings, or the exit code when the run ends here (--help, a usage error).
// `nagios` are the monitoring-plugin options NagiosArguments took out first.
std::variant<OptionsSettings, int> parseOptionsArguments(const QStringList &arguments, CommandContext &context,
                                                         const std::optional<NagiosOptions> &nagios);

} // namespace SipScope::Cli
