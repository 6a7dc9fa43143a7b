// What `sipscope-cli options` prints: one result (text or JSON), a line a probe of a
// series, the series' ping-style statistics or its JSON object, and the result of
// every DNS candidate (--all-targets). Beside SessionPrinter (TLS, authentication)
// and DiagnosisPrinter (the diagnosis), which it calls.
#pragma once

#include "optionsarguments.h"

#include "diagnosis/candidateprobe.h"
#include "diagnosis/diagnosis.h"
#include "probe/dualstackprobe.h"
#include "probe/proberesult.h"
#include "probe/seriesstatistics.h"

#include <QJsonObject>
#include <QList>

class QTextStream;

namespace SipScope::Cli {

class OptionsPrinter final
{
public:
    OptionsPrinter(const OptionsSettings &settings, CommandContext &context);

    // A single probe (or an invalid target, to stderr): text with the expectation, or JSON.
    void printResult(const ProbeResult &result);
    // Probe `index` (0-based) of a series, as it ends; the first one heads the series.
    void printSeriesLine(int index, const ProbeResult &result);
    // The end of a series: the statistics (text, `fallbackTarget` when no probe ended), or
    // {"probes", "summary"} with every result (JSON).
    void printSeriesEnd(const QList<ProbeResult> &results, const SeriesStatistics &statistics,
                        const QString &fallbackTarget);
    void printCandidates(const CandidateProbeResult &result);
    // --dual-stack: each family's result under its name, then the verdict; or the JSON object.
    void printDualStack(const DualStackResult &result, const DualStackVerdict &verdict);
    void printInvalidTarget(const QString &message);

private:
    void printSingle(const ProbeResult &result);
    void printVerbose(const ProbeResult &result, const Diagnosis &diagnosis);
    void printStatistics(const SeriesStatistics &statistics, const QString &target);
    QJsonObject probeJson(const ProbeResult &result) const;

    const OptionsSettings &m_settings;
    CommandContext &m_context;
};

} // namespace SipScope::Cli
