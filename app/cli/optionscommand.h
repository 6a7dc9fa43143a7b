// `sipscope-cli options <target>`: send SIP OPTIONS, print what came back, how long
// it took and why it failed when it did; --count repeats it like ping.
//
// Exit codes: 0 a final 2xx; 1 a final non-2xx (the server answered); 2 no final
// response (timeout, refused, unreachable, DNS); 64 usage error or invalid target.
// With --count N the series exits 0 if any probe got a 2xx, else 1 if any got a
// final response, else 2. Ctrl+C ends a series like ping: the probe in flight is
// cancelled (and not counted), the statistics of the probes that ended are printed,
// and the exit code follows the same rule.
#pragma once

#include "commands.h"

#include "probe/expectation.h"
#include "monitor/nagiosverdict.h"
#include "probe/optionsprobe.h"
#include "probe/seriesstatistics.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

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
    struct Settings
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
    };

    OptionsCommand(const Settings &settings, CommandContext &context);
    ~OptionsCommand() override;
    int exec();

    // The exit code of one result, and of a series.
    static int exitCodeFor(const ProbeResult &result);
    static int exitCodeFor(const SeriesStatistics &statistics);
    // With expectations: 0 all met, 1 a final response that misses one, 2 no final.
    static int exitCodeFor(const ProbeResult &result, const Expectation &expectation);

private:
    void startNext();
    void onFinished(const ProbeResult &result);
    void onInterrupted();
    void finishSeries();
    void printSingle(const ProbeResult &result);
    void printSeriesLine(int index, const ProbeResult &result);
    void printStatistics();
    void printVerbose(const ProbeResult &result);
    QJsonObject probeJson(const ProbeResult &result) const;
    int runAllTargets();

    Settings m_settings;
    CommandContext &m_context;
    OptionsProbe m_probe;
    QTimer m_interval;
    QElapsedTimer m_sinceStart;
    SeriesStatistics m_statistics;
    QList<ProbeResult> m_results;
    QEventLoop *m_loop = nullptr;
    std::unique_ptr<InterruptWatcher> m_interrupt;   // series only (count > 1)
    int m_started = 0;
    int m_expectationsMet = 0;   // probes of the series that met --expect/--expect-header
    bool m_done = false;   // the loop was told to quit; a late Ctrl+C is ignored
    int m_exitCode = ExitProbeNoAnswer;
};

} // namespace SipScope::Cli
