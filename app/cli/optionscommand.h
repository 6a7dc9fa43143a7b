// `sipscope-cli options <target>`: send SIP OPTIONS, print what came back, how long
// it took and why it failed when it did; --count repeats it like ping.
//
// Exit codes: 0 a final 2xx; 1 a final non-2xx (the server answered); 2 no final
// response (timeout, refused, unreachable, DNS); 64 usage error or invalid target.
// With --count N the series exits 0 if any probe got a 2xx, else 1 if any got a
// final response, else 2. Ctrl+C ends a series like ping: the probe in flight is
// cancelled (and not counted), the statistics of the probes that ended are printed,
// and the exit code follows the same rule. With --dual-stack: 0 every published family
// passed, 1 one of the two failed, 2 every published one failed.
//
// The run only: the arguments are parsed in optionsarguments, the output printed by
// optionsprinter, and the series is core's ProbeSeries, the one the GUI's Repeat runs.
#pragma once

#include "commands.h"
#include "optionsarguments.h"
#include "optionsprinter.h"

#include "probe/probeseries.h"

#include <QObject>

#include <memory>

class QEventLoop;

namespace SipScope::Cli {

class InterruptWatcher;

enum OptionsExitCode : int {
    ExitProbeSuccess = 0,
    ExitProbeNonSuccess = 1,
    ExitProbeNoAnswer = 2,
};

// Runs a series of probes on a local event loop and prints as they finish.
class OptionsCommand final : public QObject
{
    Q_OBJECT
public:
    using Settings = OptionsSettings;

    OptionsCommand(const Settings &settings, CommandContext &context);
    ~OptionsCommand() override;
    int exec();

    // The exit code of one result, and of a series.
    static int exitCodeFor(const ProbeResult &result);
    static int exitCodeFor(const SeriesStatistics &statistics);
    // With expectations: 0 all met, 1 a final response that misses one, 2 no final.
    static int exitCodeFor(const ProbeResult &result, const Expectation &expectation);

private:
    void onProbeFinished(int index, const ProbeResult &result);
    void onInterrupted();
    void finishSeries();
    void quit(int exitCode);
    int runAllTargets();
    int runDualStack();

    Settings m_settings;
    CommandContext &m_context;
    OptionsPrinter m_printer;
    ProbeSeries m_series;
    QList<ProbeResult> m_results;
    QEventLoop *m_loop = nullptr;
    std::unique_ptr<InterruptWatcher> m_interrupt;   // series only (count > 1)
    int m_expectationsMet = 0;   // probes of the series that met --expect/--expect-header
    bool m_done = false;   // the loop was told to quit; a late Ctrl+C is ignored
    int m_exitCode = ExitProbeNoAnswer;
};

} // namespace SipScope::Cli
