// A series of probes ("repeat", `options --count`), the same for the GUI and the CLI:
// one OptionsProbe at a time, the next one starting `interval` after the previous one
// started (or as soon as it finished, when it took longer), like ping, so probes never
// overlap. Every result is reported as it comes in, and the series keeps the running
// ping-style statistics. stop() cancels the probe in flight: its result arrives with
// error kind Cancelled and is not counted (it was not lost, the user ended it), and
// the rest of the series is skipped.
#pragma once

#include "optionsprobe.h"
#include "seriesstatistics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace SipScope {

class ProbeSeries final : public QObject
{
    Q_OBJECT
public:
    explicit ProbeSeries(QObject *parent = nullptr);

    // count 1 is a single probe; intervalMs runs from one start to the next (0: back
    // to back). A running series is stopped first. The first probe starts at once.
    void start(const QString &target, const ProbeOptions &options, int count, int intervalMs);
    // Cancels the running probe and skips the rest of the series; finished() follows.
    void stop();

    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    // Probes that ended (the cancelled one included).
    int completed() const { return m_completed; }
    // The probes that ended, a cancelled one not counted.
    const SeriesStatistics &statistics() const { return m_statistics; }
    OptionsProbe *probe() const { return m_probe; }

    // Whether a result counts in the statistics: every one but a cancelled probe's.
    static bool counts(const ProbeResult &result);

Q_SIGNALS:
    void probeStarted(int index);
    void eventRecorded(const SipScope::ProbeEvent &event);
    // `statistics()` already includes this result (unless it was cancelled).
    void probeFinished(int index, const SipScope::ProbeResult &result);
    // The series is over: all probes ran, or it was stopped.
    void finished();

private:
    void startNext();
    void onProbeFinished(const ProbeResult &result);
    void end();

    OptionsProbe *m_probe = nullptr;
    QTimer m_interval;
    QElapsedTimer m_sinceStart;
    QString m_target;
    ProbeOptions m_options;
    SeriesStatistics m_statistics;
    quint64 m_generation = 0; // a new start() or a stop() from a receiver ends the old run
    int m_total = 0;
    int m_completed = 0;
    int m_intervalMs = 0;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace SipScope
