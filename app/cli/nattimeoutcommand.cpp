// `nat-timeout`: how long the client's NAT keeps a UDP binding without traffic. Trials
// on fresh bindings, each silent for a while, the far end (`sipscope-cli respond
// --call-back`) sending an OPTIONS back after the silence (core/probe/nattimeoutfinder.h).
// A line a trial as it ends, then the finding; --json: one document at the end.
//
// Exit codes: 0 measured (a bracket, no timeout up to --max, or never reached); 1 the far
// end does not take part (no call-back support, refused) or interrupted; 2 no answer to
// the OPTIONS; 64 usage error or invalid target.
#include "capturearguments.h"
#include "commandparser.h"
#include "commands.h"
#include "interruptwatcher.h"
#include "jsonoutput.h"

#include "probe/nattimeoutfinder.h"
#include "sip/probetarget.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

enum NatTimeoutExitCode : int { ExitMeasured = 0, ExitNotMeasurable = 1, ExitNoAnswer = 2 };

QString trialLine(const NatTrial &trial)
{
    QString line = QCoreApplication::translate("Cli", "silence %1").arg(NatTimeoutReport::seconds(trial.silence)).leftJustified(18)
        + u"  "_s + NatTrial::outcomeTitle(trial.outcome);
    if (trial.measuredSilenceMs >= 0) {
        line += u"  "_s + QCoreApplication::translate("Cli", "(%1 ms after the last packet sent)").arg(trial.measuredSilenceMs);
    }
    if (trial.localPort)
        line += u"  "_s + QCoreApplication::translate("Cli", "local port %1").arg(trial.localPort);
    if (!trial.detail.isEmpty())
        line += u"  "_s + trial.detail;
    return u"  "_s + line;
}

} // namespace

int runNatTimeoutCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"nat-timeout"_s, u"<target>"_s,
                         QCoreApplication::translate("Cli", "Find how long the NAT between here and the target keeps a UDP binding "
                            "without traffic: each trial opens a fresh binding, stays silent, and the target sends an OPTIONS "
                            "back. The target must be \"sipscope-cli respond --call-back\" outside the NAT. Exit status: "
                            "0 measured, 1 the far end does not take part, 2 no answer, 64 usage error."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"target"_s, QCoreApplication::translate("Cli", "The responder: sip: URI, host, host:port or [IPv6]:port (UDP)."));
    const QCommandLineOption start(u"start"_s, QCoreApplication::translate("Cli", "The first silence in seconds (default 15); each next one is twice as long."),
                                   u"S"_s, u"15"_s);
    const QCommandLineOption max(u"max"_s, QCoreApplication::translate("Cli", "The longest silence in seconds (default 600, at most 3600)."),
                                 u"S"_s, u"600"_s);
    const QCommandLineOption resolution(u"resolution"_s, QCoreApplication::translate("Cli", "Stop bisecting when the bracket is this narrow, in seconds (default 5)."),
                                        u"S"_s, u"5"_s);
    const QCommandLineOption timeout({u"t"_s, u"timeout"_s}, QCoreApplication::translate("Cli", "Seconds to wait for each answer, and for each call-back after its silence (default 5)."),
                                     u"S"_s, u"5"_s);
    const QCommandLineOption from = CommandParser::fromOption();
    for (const QCommandLineOption &option : {start, max, resolution, timeout, from})
        parser.addOption(option);
    CaptureArguments capture;
    capture.addTo(parser);
    if (const auto exit = parser.parse(arguments))
        return *exit;

    QString target;
    if (const auto exit = parser.takeSingleTarget(&target))
        return *exit;
    const ProbeTarget parsed = ProbeTarget::parse(target);
    if (!parsed.isValid())
        return parser.usageError(parsed.errorMessage());
    const std::optional<TransportProtocol> transport = parsed.uri().transportParameter();
    if (parsed.isWebSocketUrl() || parsed.uri().isSips() || (transport && *transport != TransportProtocol::Udp))
        return parser.usageError(QCoreApplication::translate("Cli", "The NAT timeout test measures UDP bindings: the target must be a sip: URI over UDP, not \"%1\".").arg(target));

    NatTimeoutOptions options;
    const double longest = double(NatTimeoutOptions::maxSilence.count()) / 1000.0;
    const struct {
        const QCommandLineOption &option;
        std::chrono::milliseconds &value;
    } silences[] = {{start, options.start}, {max, options.max}, {resolution, options.resolution}, {timeout, options.grace}};
    for (const auto &silence : silences) {
        const auto value = CommandParser::seconds(parser.value(silence.option), 0.1, longest);
        if (!value) {
            return parser.usageError(QCoreApplication::translate("Cli", "--%1 must be a number of seconds from 0.1 to %2, not \"%3\".")
                                         .arg(silence.option.names().constLast()).arg(longest).arg(parser.value(silence.option)));
        }
        silence.value = *value;
    }
    if (const QStringList problems = options.problems(); !problems.isEmpty())
        return parser.usageError(problems.join(u' '));

    ProbeOptions probe;
    if (parser.isSet(from)) {
        if (const auto problem = CommandParser::applyFrom(parser.value(from), probe))
            return parser.usageError(*problem);
    }
    if (const auto problem = capture.apply(parser, probe.transportOptions.wireTap))
        return parser.usageError(*problem);

    const bool json = parser.json();
    QTextStream &out = context.out;
    NatTimeoutFinder finder;
    QEventLoop loop;
    NatTimeoutReport report;
    if (!json) {
        out << QCoreApplication::translate("Cli", "NAT timeout test towards %1: silences from %2 to %3, resolution %4")
                   .arg(parsed.uri().toString(), NatTimeoutReport::seconds(options.start),
                        NatTimeoutReport::seconds(options.max), NatTimeoutReport::seconds(options.resolution))
            << Qt::endl;
        QObject::connect(&finder, &NatTimeoutFinder::trialFinished, &loop,
                         [&out](const NatTrial &trial) { out << trialLine(trial) << Qt::endl; });
    }
    QObject::connect(&finder, &NatTimeoutFinder::finished, &loop, [&](const NatTimeoutReport &finished) {
        report = finished;
        loop.quit();
    });
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &finder, &NatTimeoutFinder::cancel);
    finder.start(target, probe, options);
    loop.exec();
    capture.finish(context.err);

    if (json)
        JsonOutput::print(out, report.toJson());
    else
        out << report.summary() << Qt::endl;

    switch (report.finding) {
    case NatTimeoutReport::Finding::Bracketed:
    case NatTimeoutReport::Finding::NoTimeout:
    case NatTimeoutReport::Finding::NeverReached:
        return ExitMeasured;
    case NatTimeoutReport::Finding::Unreachable:
        return ExitNoAnswer;
    case NatTimeoutReport::Finding::NotSupported:
    case NatTimeoutReport::Finding::Refused:
    case NatTimeoutReport::Finding::Cancelled:
        break;
    }
    return ExitNotMeasurable;
}

} // namespace SipScope::Cli
