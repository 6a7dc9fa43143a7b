// `sipscope-cli monitor`: watches many SIP servers at once. Prints each
// target's first result, then one line per state change; --json prints JSON Lines
// (time, target, label, status, rtt_ms, error, change, ...).
//
// Exit status: 0 every target up at the end, 1 some target failing or down, 64 usage
// error (including an unreadable or invalid target list).
#include "capturearguments.h"
#include "commandparser.h"
#include "commands.h"
#include "securityarguments.h"

#include "monitor/monitor.h"
#include "monitor/monitortargetlist.h"
#include "probe/expectedcodes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QTime>
#include <QTimer>

#include <cmath>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

void printHuman(QTextStream &out, const Monitor &monitor, int index, const MonitorChange &change)
{
    const MonitorTarget &target = monitor.target(index);
    const MonitorTargetState &state = monitor.state(index);
    const ProbeResult &result = state.lastResult();
    QString rtt = u"—"_s;
    if (result.hasFinalResponse())
        rtt = QString::number(double(result.rttUs) / 1000.0, 'f', 1) + u" ms"_s;
    QString line = change.time.time().toString(u"HH:mm:ss"_s) + u"  "_s
        + monitorStatusText(state.status()).leftJustified(8) + u' '
        + state.statusSummary().leftJustified(24) + u' ' + rtt.rightJustified(9) + u"  "_s
        + target.displayName();
    if (!target.label.isEmpty())
        line += u" ("_s + target.target + u')';
    if (change.kind != MonitorChange::Kind::First)
        line += u"  "_s + change.text();
    out << line << Qt::endl;
}

} // namespace

int runMonitorCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"monitor"_s, u"[targets...]"_s,
                         QCoreApplication::translate("Cli", "Probe many SIP servers with OPTIONS, each on its own interval, all at once, and "
                            "print each target's first result and then every change (up, failing, down, "
                            "another code). Exit status: 0 all targets up at the end, 1 otherwise, 64 usage error."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"targets"_s, QCoreApplication::translate("Cli", "Targets to watch besides those of --targets."));
    const QCommandLineOption targets(u"targets"_s, QCoreApplication::translate("Cli", "A target list: one target a line (\"URI [label] [transport=udp|tcp|tls] "
                                                      "[credentials=NAME] [interval=S]\") or the JSON the GUI saves."),
                                     u"FILE"_s);
    const QCommandLineOption interval({u"i"_s, u"interval"_s}, QCoreApplication::translate("Cli", "Seconds between two probes of a target (default 30)."),
                                      u"S"_s, u"30"_s);
    const QCommandLineOption duration({u"d"_s, u"duration"_s}, QCoreApplication::translate("Cli", "Stop after S seconds (default: run until interrupted)."),
                                      u"S"_s);
    const QCommandLineOption rounds(u"rounds"_s, QCoreApplication::translate("Cli", "Stop after every target has been probed N times, and print how long it took."),
                                    u"N"_s);
    const QCommandLineOption timeout({u"t"_s, u"timeout"_s}, QCoreApplication::translate("Cli", "Give up on a probe after S seconds (default: 80% of the interval, at most 32)."),
                                     u"S"_s);
    const QCommandLineOption window(u"window"_s, QCoreApplication::translate("Cli", "Probes per target the loss is computed over (default 20)."),
                                    u"N"_s, u"20"_s);
    const QCommandLineOption expect(u"expect"_s, QCoreApplication::translate("Cli", "Codes that count as up, e.g. 200,404 or 2xx (default 2xx)."),
                                    u"CODES"_s);
    const QCommandLineOption expectHeader(u"expect-header"_s, QCoreApplication::translate("Cli", "An answer counts as up only if this header matches, e.g. 'Server: ^Kamailio' (repeatable)."),
                                          u"'Name: regex'"_s);
    const QCommandLineOption verdictProfile(u"verdict-profile"_s, QCoreApplication::translate("Cli", "Which answers count as up, failing or maintenance: strict, alive, cube, teams or a profile the target list defines (replaces --expect)."),
                                            u"NAME"_s);
    const QCommandLineOption failuresBeforeDown(u"failures-before-down"_s, QCoreApplication::translate("Cli", "An up target leaves up only after N failed probes in a row (default 1, or the profile's)."),
                                                u"N"_s);
    for (const QCommandLineOption &option : {targets, interval, duration, rounds, timeout, window, expect, expectHeader})
        parser.addOption(option);
    parser.addOption(verdictProfile);
    parser.addOption(failuresBeforeDown);
    parser.addDnsServerOption();
    const SecurityArguments security;
    security.addTo(parser);
    CaptureArguments capture;
    capture.addTo(parser);
    if (const auto exit = parser.parse(arguments))
        return *exit;

    MonitorOptions options;
    QList<MonitorTarget> list;
    if (parser.isSet(targets)) {
        const MonitorTargetList::Loaded loaded = MonitorTargetList::load(parser.value(targets));
        for (const QString &warning : loaded.warnings)
            context.err << QCoreApplication::applicationName() << u" monitor: "_s << warning << Qt::endl;
        if (!loaded.errors.isEmpty()) {
            const QString shown = loaded.errors.mid(0, 5).join(u"; "_s);
            return parser.usageError(QCoreApplication::translate("Cli", "%1: %2").arg(parser.value(targets), shown));
        }
        list = loaded.targets;
        options.profiles = loaded.profiles;
    }
    for (const QString &text : parser.positionals()) {
        const MonitorTargetList::Loaded loaded = MonitorTargetList::parseText(text);
        if (!loaded.errors.isEmpty())
            return parser.usageError(loaded.errors.join(u"; "_s));
        if (loaded.targets.size() != 1)
            return parser.usageError(QCoreApplication::translate("Cli", "\"%1\" is not one target.").arg(text));
        list << loaded.targets.constFirst();
    }
    if (list.isEmpty())
        return parser.usageError(QCoreApplication::translate("Cli", "No targets: give --targets FILE or targets as arguments."));
    if (list.size() > MonitorTargetList::maxTargets)
        return parser.usageError(QCoreApplication::translate("Cli", "At most %1 targets.").arg(MonitorTargetList::maxTargets));

    // The lines and JSON records print the status, reason, RTT and error only.
    options.keepEvidence = false;
    const auto intervalMs = CommandParser::seconds(parser.value(interval), 1, MonitorOptions::maxIntervalS);
    if (!intervalMs || intervalMs->count() % 1000 != 0)
        return parser.usageError(QCoreApplication::translate("Cli", "--interval must be a whole number of seconds from 1 to 86400, not \"%1\".").arg(parser.value(interval)));
    options.intervalS = int(intervalMs->count() / 1000);
    std::optional<std::chrono::milliseconds> runFor;
    if (parser.isSet(duration)) {
        // QTimer counts in int milliseconds: 24 days at most.
        runFor = CommandParser::seconds(parser.value(duration), 0.001, 24 * 24 * 3600);
        if (!runFor)
            return parser.usageError(QCoreApplication::translate("Cli", "--duration must be a positive number of seconds, not \"%1\".").arg(parser.value(duration)));
    }
    if (parser.isSet(rounds)) {
        bool ok = false;
        options.maxRounds = parser.value(rounds).toInt(&ok);
        if (!ok || options.maxRounds < 1 || options.maxRounds > 1000000)
            return parser.usageError(QCoreApplication::translate("Cli", "--rounds must be a whole number from 1 to 1000000, not \"%1\".").arg(parser.value(rounds)));
    }
    if (parser.isSet(timeout)) {
        const auto ms = CommandParser::seconds(parser.value(timeout), 0.05, 3600);
        if (!ms)
            return parser.usageError(QCoreApplication::translate("Cli", "--timeout must be a number of seconds from 0.05 to 3600, not \"%1\".").arg(parser.value(timeout)));
        options.timeoutMs = int(ms->count());
    }
    bool ok = false;
    options.window = parser.value(window).toInt(&ok);
    if (!ok || options.window < 1 || options.window > 10000)
        return parser.usageError(QCoreApplication::translate("Cli", "--window must be a whole number from 1 to 10000, not \"%1\".").arg(parser.value(window)));
    if (parser.isSet(expect)) {
        QString error;
        const auto expected = ExpectedCodes::parse(parser.value(expect), &error);
        if (!expected)
            return parser.usageError(error);
        options.expectedCodes = *expected;
    }
    if (parser.isSet(verdictProfile)) {
        if (parser.isSet(expect))
            return parser.usageError(QCoreApplication::translate("Cli", "--verdict-profile replaces --expect: give only one of them."));
        QString error;
        options.verdictProfile = options.profiles.find(parser.value(verdictProfile), &error);
        if (!options.verdictProfile)
            return parser.usageError(u"--verdict-profile: "_s + error);
    }
    if (parser.isSet(failuresBeforeDown)) {
        // On top of whichever profile a target uses: the same N for all of them.
        const int failures = parser.value(failuresBeforeDown).toInt(&ok);
        if (!ok || failures < 1 || failures > VerdictProfile::maxFailuresBeforeDown) {
            return parser.usageError(QCoreApplication::translate("Cli", "--failures-before-down must be a whole number from 1 to %1, not \"%2\".")
                                         .arg(VerdictProfile::maxFailuresBeforeDown).arg(parser.value(failuresBeforeDown)));
        }
        options.failuresBeforeDown = failures;
    }
    for (const QString &text : parser.values(expectHeader)) {
        QString error;
        const auto header = Expectation::parseHeaderExpectation(text, &error);
        if (!header)
            return parser.usageError(error);
        options.expectedHeaders << *header;
    }
    for (const MonitorTarget &target : std::as_const(list)) {
        if (target.transport && *target.transport != TransportProtocol::Udp && !createTransport(*target.transport)) {
            return parser.usageError(QCoreApplication::translate("Cli", "%1: the %2 transport is not supported yet; use UDP.")
                                         .arg(target.target, transportViaToken(*target.transport)));
        }
    }

    if (const auto exit = parser.takeDnsServer(options.probe))
        return *exit;
    // A target's own credentials reference, when it resolves, overrides these.
    if (const auto problem = security.apply(parser, options.probe))
        return parser.usageError(*problem);
    if (const auto problem = capture.apply(parser, options.probe.transportOptions.wireTap))
        return parser.usageError(*problem);

    const bool json = parser.json();
    Monitor monitor;
    monitor.setOptions(options);
    monitor.setTargets(list);
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 firstRoundMs = -1;
    QObject::connect(&monitor, &Monitor::stateChanged, &loop,
                     [&](int index, const MonitorChange &change) {
        if (json) {
            const QJsonObject record = Monitor::jsonRecord(monitor.target(index), monitor.state(index), change);
            context.out << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            printHuman(context.out, monitor, index, change);
        }
    });
    // A keychain reference that cannot be read is said on stderr (the probe goes on
    // without credentials); stdout keeps only results, for the JSON Lines readers.
    QObject::connect(&monitor, &Monitor::credentialsProblem, &loop, [&](int index, const QString &message) {
        if (!message.isEmpty())
            context.err << QCoreApplication::translate("Cli", "%1: %2; probing without credentials.")
                               .arg(monitor.target(index).displayName(), message)
                        << Qt::endl;
    });
    QObject::connect(&monitor, &Monitor::roundCompleted, &loop, [&](int round) {
        if (round == 1)
            firstRoundMs = clock.elapsed();
    });
    QObject::connect(&monitor, &Monitor::finished, &loop, &QEventLoop::quit);
    QTimer stopTimer;
    if (runFor) {
        stopTimer.setSingleShot(true);
        QObject::connect(&stopTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
        stopTimer.start(*runFor);
    }
    clock.start();
    monitor.start();
    loop.exec();
    monitor.stop();
    capture.finish(context.err);

    if (options.maxRounds > 0) {
        // The figure the 500-target benchmark records (docs/benchmarks.md).
        context.err << QCoreApplication::translate("Cli", "%1 targets, %2 round(s) in %3 s; first round complete after %4 s")
                           .arg(monitor.count()).arg(monitor.completedRounds())
                           .arg(QString::number(double(clock.elapsed()) / 1000.0, 'f', 3),
                                firstRoundMs >= 0 ? QString::number(double(firstRoundMs) / 1000.0, 'f', 3) : u"—"_s)
                    << Qt::endl;
    }
    for (int i = 0; i < monitor.count(); ++i) {
        if (monitor.state(i).status() != MonitorStatus::Up)
            return ExitNothingFound;
    }
    return ExitFound;
}

} // namespace SipScope::Cli
