// Monitoring-plugin mode of `sipscope-cli options`: takes --nagios, -w/--warning,
// -c/--critical, --expect and --alive out of the arguments before the ordinary parser
// sees them (-c is --count otherwise), and runs the command so that every usage error
// becomes one "SIP UNKNOWN - ..." line on stdout with exit code 3, as the Monitoring
// Plugins guidelines ask.
#pragma once

#include "commands.h"

#include "monitor/nagiosverdict.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace SipScope::Cli {

struct NagiosArguments
{
    bool requested = false;     // --nagios was given
    NagiosOptions options;
    QString error;              // translated; a bad monitoring-plugin argument
    QStringList rest;           // the arguments for the ordinary parser

    static NagiosArguments extract(const QStringList &arguments);

    // Runs `command` with a context that collects its output, then prints either what
    // it printed (the status line) or, after a usage error, "SIP UNKNOWN - <error>".
    int run(CommandContext &context, const std::function<int(CommandContext &)> &command) const;
};

} // namespace SipScope::Cli
