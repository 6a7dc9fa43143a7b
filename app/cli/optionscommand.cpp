// `options`: the SIP OPTIONS probe on the command line — one probe, a series, or every
// DNS candidate at once, with Ctrl+C and the monitoring-plugin mode.
#include "optionscommand.h"

#include "capturearguments.h"
#include "certificateprinter.h"
#include "interruptwatcher.h"
#include "nagiosarguments.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace SipScope::Cli {

OptionsCommand::OptionsCommand(const Settings &settings, CommandContext &context)
    : m_settings(settings)
    , m_context(context)
    , m_printer(m_settings, context)
{
    connect(&m_series, &ProbeSeries::probeFinished, this, &OptionsCommand::onProbeFinished);
    connect(&m_series, &ProbeSeries::finished, this, &OptionsCommand::finishSeries);
}

OptionsCommand::~OptionsCommand() = default;

int OptionsCommand::exec()
{
    if (m_settings.allTargets)
        return runAllTargets();
    if (m_settings.dualStack)
        return runDualStack();
    QEventLoop loop;
    m_loop = &loop;
    if (m_settings.count > 1 && !m_settings.nagios) {
        m_interrupt = std::make_unique<InterruptWatcher>();
        connect(m_interrupt.get(), &InterruptWatcher::interrupted, this, &OptionsCommand::onInterrupted);
    }
    QMetaObject::invokeMethod(this, [this] {
        m_series.start(m_settings.target, m_settings.probe, m_settings.count, m_settings.intervalMs);
    }, Qt::QueuedConnection);
    loop.exec();
    m_loop = nullptr;
    m_interrupt.reset();
    return m_exitCode;
}

int OptionsCommand::exitCodeFor(const ProbeResult &result)
{
    if (result.error.kind == ErrorKind::InvalidTarget)
        return ExitUsage;
    if (!result.hasFinalResponse())
        return ExitProbeNoAnswer;
    return result.isSuccess() ? ExitProbeSuccess : ExitProbeNonSuccess;
}

int OptionsCommand::exitCodeFor(const ProbeResult &result, const Expectation &expectation)
{
    if (expectation.isDefault() || !result.hasFinalResponse())
        return exitCodeFor(result);
    return expectation.evaluate(result).passed ? ExitProbeSuccess : ExitProbeNonSuccess;
}

int OptionsCommand::exitCodeFor(const SeriesStatistics &statistics)
{
    if (statistics.succeeded() > 0)
        return ExitProbeSuccess;
    return statistics.answered() > 0 ? ExitProbeNonSuccess : ExitProbeNoAnswer;
}

int OptionsCommand::runAllTargets()
{
    CandidateProbe candidates;
    QEventLoop loop;
    CandidateProbeResult result;
    connect(&candidates, &CandidateProbe::finished, &loop, [&](const CandidateProbeResult &finished) {
        result = finished;
        loop.quit();
    });
    candidates.start(m_settings.target, m_settings.probe);
    loop.exec();

    if (result.error.kind == ErrorKind::InvalidTarget) {
        m_printer.printInvalidTarget(result.error.message);
        return ExitUsage;
    }
    m_printer.printCandidates(result);
    int met = 0;
    for (const CandidateResult &candidate : std::as_const(result.candidates))
        met += m_settings.expectation.evaluate(candidate.result).passed ? 1 : 0;
    // 0 every candidate met the expectation (a 2xx by default), 1 some answered, 2 none did.
    if (!result.candidates.isEmpty() && met == result.candidates.size())
        return ExitProbeSuccess;
    return result.answered() > 0 ? ExitProbeNonSuccess : ExitProbeNoAnswer;
}

int OptionsCommand::runDualStack()
{
    DualStackProbe probe;
    QEventLoop loop;
    DualStackResult result;
    connect(&probe, &DualStackProbe::finished, &loop, [&](const DualStackResult &finished) {
        result = finished;
        loop.quit();
    });
    probe.start(m_settings.target, m_settings.probe);
    loop.exec();

    if (m_settings.nagios) {
        NagiosOptions options = *m_settings.nagios;
        options.expectedHeaders = m_settings.expectation.headerExpectations();
        const NagiosVerdict verdict = NagiosVerdict::evaluate(result, options);
        m_context.out << verdict.statusLine() << Qt::endl;
        return verdict.exitCode();
    }
    if (result.invalidTarget()) {
        m_printer.printInvalidTarget(result.ipv4.error.message);
        return ExitUsage;
    }
    const DualStackVerdict verdict
        = result.verdict([this](const ProbeResult &r) { return m_settings.expectation.evaluate(r).passed; });
    m_printer.printDualStack(result, verdict);
    switch (verdict.severity()) {
    case DualStackVerdict::Severity::Fine: return ExitProbeSuccess;
    case DualStackVerdict::Severity::Degraded: return ExitProbeNonSuccess;
    case DualStackVerdict::Severity::Failed: return ExitProbeNoAnswer;
    }
    return ExitProbeNoAnswer;
}

void OptionsCommand::onProbeFinished(int index, const ProbeResult &result)
{
    // Ctrl+C cancelled it: not counted by the series, not printed (as the GUI's Stop).
    if (m_done || !ProbeSeries::counts(result))
        return;
    // Text output needs only the statistics and the first result (its target heads the
    // summary). Keeping every full result (raw bytes, timeline) for nothing grew a long
    // --count run by about 6 KB a probe (the 10,000-probe soak of ./scripts/bench).
    if (m_settings.json || m_results.isEmpty())
        m_results.append(result);
    if (!m_settings.expectation.isDefault() && m_settings.expectation.evaluate(result).passed)
        ++m_expectationsMet;
    const bool invalid = result.error.kind == ErrorKind::InvalidTarget;
    if (m_settings.nagios) {
        NagiosOptions options = *m_settings.nagios;
        options.expectedHeaders = m_settings.expectation.headerExpectations();
        const NagiosVerdict verdict = NagiosVerdict::evaluate(result, options);
        m_context.out << verdict.statusLine() << Qt::endl;
        quit(verdict.exitCode());
        return;
    }
    if (m_settings.count == 1 || invalid) {
        m_printer.printResult(result);
        int exitCode = exitCodeFor(result, m_settings.expectation);
        // A certificate within --cert-warn/--cert-crit, or a broken --profile rule.
        if (exitCode == ExitProbeSuccess
            && CertificatePrinter(m_settings.certificate, m_settings.certificateProfile).failed(result))
            exitCode = ExitProbeNonSuccess;
        quit(exitCode);
        return;
    }
    if (!m_settings.json)
        m_printer.printSeriesLine(index, result);
}

void OptionsCommand::onInterrupted()
{
    if (!m_loop || m_done)
        return;
    // The probe in flight is cancelled, not lost: the series does not count it, and
    // its finished() prints the statistics of the probes that ended.
    m_series.stop();
}

void OptionsCommand::finishSeries()
{
    if (m_done)
        return;
    m_printer.printSeriesEnd(m_results, m_series.statistics(), m_settings.target);
    int exitCode = exitCodeFor(m_series.statistics());
    if (!m_settings.expectation.isDefault() && exitCode == ExitProbeSuccess && m_expectationsMet == 0)
        exitCode = ExitProbeNonSuccess;
    else if (!m_settings.expectation.isDefault() && m_expectationsMet > 0)
        exitCode = ExitProbeSuccess;
    quit(exitCode);
}

void OptionsCommand::quit(int exitCode)
{
    m_exitCode = exitCode;
    m_done = true;
    // The series may still be running (--nagios, an invalid target): it ends here.
    m_series.stop();
    m_loop->quit();
}

int runOptionsCommand(const QStringList &arguments, CommandContext &context)
{
    const auto run = [](const QStringList &rest, CommandContext &ctx, const std::optional<NagiosOptions> &nagios) {
        auto parsed = parseOptionsArguments(rest, ctx, nagios);
        if (const int *exit = std::get_if<int>(&parsed))
            return *exit;
        const OptionsSettings &settings = std::get<OptionsSettings>(parsed);
        int exitCode = ExitUsage;
        {
            // The command and its probes end before the summary counts the packets.
            OptionsCommand command(settings, ctx);
            exitCode = command.exec();
        }
        CaptureArguments::finish(settings.capture.get(), ctx.err);
        return exitCode;
    };
    // Monitoring-plugin mode: usage errors become "SIP UNKNOWN", exit 3.
    const NagiosArguments nagios = NagiosArguments::extract(arguments);
    if (nagios.requested) {
        return nagios.run(context, [&nagios, &run](CommandContext &quiet) {
            return run(nagios.rest, quiet, nagios.options);
        });
    }
    return run(arguments, context, std::nullopt);
}

} // namespace SipScope::Cli
