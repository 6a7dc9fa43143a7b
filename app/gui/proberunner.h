// Runs one probe, or a series of them ("repeat mode"), one after the other on a
// single OptionsProbe: the next one starts `interval` after the previous one started
// (or as soon as it finished, when it took longer), like ping.
#pragma once

#include "probe/optionsprobe.h"

#include <QObject>
#include <QTimer>

namespace SipScope {

class ProbeRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);

    // count 1 is a single probe. A running series is stopped first.
    void start(const QString &target, const ProbeOptions &options, int count, int intervalMs);
    // Cancels the running probe (its result arrives with error kind Cancelled) and
    // skips the rest of the series.
    void stop();

    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int completed() const { return m_completed; }
    OptionsProbe *probe() const { return m_probe; }

Q_SIGNALS:
    void probeStarted(int index);
    void eventRecorded(const SipScope::ProbeEvent &event);
    void probeFinished(int index, const SipScope::ProbeResult &result);
    // The series is over: all probes ran, or it was stopped.
    void finished();

private:
    void startNext();
    void onProbeFinished(const ProbeResult &result);

    OptionsProbe *m_probe = nullptr;
    QTimer m_interval;
    QElapsedTimer m_sinceStart;
    QString m_target;
    ProbeOptions m_options;
    int m_total = 0;
    int m_completed = 0;
    int m_intervalMs = 0;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace SipScope
