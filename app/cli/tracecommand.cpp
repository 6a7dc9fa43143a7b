// `trace`: SIP traceroute. OPTIONS with Max-Forwards 0, 1, 2 …; every 483
// names a hop, the first other final answer is the target. Like sipsak -T.
//
// Exit codes: 0 the target answered; 1 the trace ended without reaching it (hop limit,
// silent hops, time limit); 2 the first element could not be reached at all (refused,
// unreachable, DNS, TLS); 64 usage error or invalid target.
#include "capturearguments.h"
#include "commandparser.h"
#include "commands.h"
#include "jsonoutput.h"
#include "securityarguments.h"

#include "diagnosis/diagnosisjson.h"
#include "diagnosis/tracer.h"
#include "sip/probetarget.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cmath>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

enum TraceExitCode : int { ExitTraceReached = 0, ExitTraceNotReached = 1, ExitTraceUnreachable = 2 };

QString hopLine(const TraceHop &hop)
{
    QString status;
    if (hop.outcome == TraceHop::Outcome::NoAnswer)
        status = u"*  "_s + QCoreApplication::translate("Cli", "no answer");
    else if (hop.outcome == TraceHop::Outcome::Error)
        status = u"!  "_s + errorKindTitle(hop.result.error.kind);
    else
        status = QString::number(hop.statusCode) + u' ' + hop.reasonPhrase;

    QString where = hop.address.isEmpty() ? u"?"_s : hop.address;
    if (hop.addressSource == u"contact"_s)
        where += u" (Contact)"_s;
    else if (hop.addressSource == u"warning"_s)
        where += u" (Warning)"_s;
    QString line = u"%1  %2  %3  %4"_s.arg(hop.maxForwards, 3)
                       .arg(status.leftJustified(24), where.leftJustified(28),
                            (hop.server.isEmpty() ? u"—"_s : hop.server).leftJustified(24));
    if (hop.rttUs >= 0)
        line += ProbeTiming::formatDuration(hop.rttUs);
    if (!hop.relayedBy.isEmpty() && hop.index > 0 && hop.outcome != TraceHop::Outcome::Error)
        line += u"  "_s + QCoreApplication::translate("Cli", "(via %1)").arg(hop.relayedBy);
    return line.trimmed();
}

} // namespace

int runTraceCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"trace"_s, u"<target>"_s,
                         QCoreApplication::translate("Cli", "Follow the SIP path to a target: send OPTIONS with Max-Forwards 0, 1, 2 … "
                            "and list each hop that answers 483 Too Many Hops, until the target answers. Exit status: "
                            "0 the target answered, 1 not reached, 2 the first hop cannot be reached, 64 usage error."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"target"_s, QCoreApplication::translate("Cli", "sip:/sips: URI, host, host:port, user@host or [IPv6]:port."));
    const QCommandLineOption maxHops(u"max-hops"_s, QCoreApplication::translate("Cli", "Stop after N hops (1-70, default 20)."), u"N"_s, u"20"_s);
    const QCommandLineOption timeout({u"t"_s, u"timeout"_s}, QCoreApplication::translate("Cli", "Seconds to wait for each hop's answer (default 5)."), u"S"_s, u"5"_s);
    const QCommandLineOption totalTimeout(u"total-timeout"_s, QCoreApplication::translate("Cli", "Stop the whole trace after S seconds (default 60)."), u"S"_s, u"60"_s);
    const QCommandLineOption transport(u"transport"_s, QCoreApplication::translate("Cli", "udp, tcp, tls, ws or wss (default: as for options)."), u"udp|tcp|tls|ws|wss"_s);
    const QCommandLineOption from = CommandParser::fromOption();
    for (const QCommandLineOption &option : {maxHops, timeout, totalTimeout, transport, from})
        parser.addOption(option);
    parser.addDnsServerOption();
    const SecurityArguments security;
    security.addTo(parser);
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

    TraceOptions options;
    bool ok = false;
    options.maxHops = parser.value(maxHops).toInt(&ok);
    if (!ok || options.maxHops < 1 || options.maxHops > TraceOptions::maxAllowedHops)
        return parser.usageError(QCoreApplication::translate("Cli", "--max-hops must be a whole number from 1 to 70, not \"%1\".").arg(parser.value(maxHops)));
    const auto hopTimeout = CommandParser::seconds(parser.value(timeout), 0.0, 600.0, false);
    if (!hopTimeout)
        return parser.usageError(QCoreApplication::translate("Cli", "--timeout must be a positive number of seconds up to 600, not \"%1\".").arg(parser.value(timeout)));
    options.hopTimeout = *hopTimeout;
    const auto total = CommandParser::seconds(parser.value(totalTimeout), 0.0, 3600.0, false);
    if (!total)
        return parser.usageError(QCoreApplication::translate("Cli", "--total-timeout must be a positive number of seconds up to 3600, not \"%1\".").arg(parser.value(totalTimeout)));
    options.totalTimeout = *total;
    if (parser.isSet(transport)) {
        if (const auto problem = CommandParser::applyTransport(parser.value(transport), options.probe))
            return parser.usageError(*problem);
    }
    if (parser.isSet(from)) {
        if (const auto problem = CommandParser::applyFrom(parser.value(from), options.probe))
            return parser.usageError(*problem);
    }

    if (const auto exit = parser.takeDnsServer(options.probe))
        return *exit;
    if (const auto problem = security.apply(parser, options.probe))
        return parser.usageError(*problem);
    if (const auto problem = capture.apply(parser, options.probe.transportOptions.wireTap))
        return parser.usageError(*problem);

    const bool json = parser.json();
    QTextStream &out = context.out;
    Tracer tracer;
    QEventLoop loop;
    TraceResult result;
    if (!json) {
        out << QCoreApplication::translate("Cli", "SIP trace to %1, at most %n hop(s)", nullptr, options.maxHops)
                   .arg(parsed.uri().toString())
            << Qt::endl;
        QObject::connect(&tracer, &Tracer::hopFinished, &loop, [&out](const TraceHop &hop) {
            out << hopLine(hop) << Qt::endl;
        });
    }
    QObject::connect(&tracer, &Tracer::finished, &loop, [&](const TraceResult &finished) {
        result = finished;
        loop.quit();
    });
    tracer.start(target, options);
    loop.exec();
    capture.finish(context.err);

    if (json)
        JsonOutput::print(out, DiagnosisJson::toJson(result));
    else
        out << result.summary << Qt::endl;

    switch (result.end) {
    case TraceResult::End::Reached:
        return ExitTraceReached;
    case TraceResult::End::InvalidTarget:
        return ExitUsage;
    case TraceResult::End::Error:
        return result.hops.size() <= 1 ? ExitTraceUnreachable : ExitTraceNotReached;
    case TraceResult::End::MaxHops:
    case TraceResult::End::Silent:
    case TraceResult::End::TimeLimit:
    case TraceResult::End::Cancelled:
        break;
    }
    return ExitTraceNotReached;
}

} // namespace SipScope::Cli
