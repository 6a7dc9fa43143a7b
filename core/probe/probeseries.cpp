#include "probeseries.h"

#include <algorithm>

namespace SipScope {

ProbeSeries::ProbeSeries(QObject *parent)
    : QObject(parent)
    , m_probe(new OptionsProbe(this))
{
    m_interval.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, this, &ProbeSeries::startNext);
    connect(m_probe, &OptionsProbe::eventRecorded, this, &ProbeSeries::eventRecorded);
    connect(m_probe, &OptionsProbe::finished, this, &ProbeSeries::onProbeFinished);
}

bool ProbeSeries::counts(const ProbeResult &result)
{
    return result.error.kind != ErrorKind::Cancelled;
}

void ProbeSeries::start(const QString &target, const ProbeOptions &options, int count, int intervalMs)
{
    if (m_running)
        stop();
    m_target = target;
    m_options = options;
    m_total = std::max(1, count);
    m_intervalMs = std::max(0, intervalMs);
    m_completed = 0;
    m_statistics = SeriesStatistics();
    ++m_generation;
    m_running = true;
    m_stopping = false;
    startNext();
}

void ProbeSeries::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_interval.stop();
    if (m_probe->isRunning()) {
        m_probe->cancel(); // onProbeFinished() ends the series
        return;
    }
    end();
}

void ProbeSeries::startNext()
{
    m_sinceStart.start();
    Q_EMIT probeStarted(m_completed);
    m_probe->start(m_target, m_options);
}

void ProbeSeries::onProbeFinished(const ProbeResult &result)
{
    if (!m_running)
        return;
    const int index = m_completed++;
    if (counts(result))
        m_statistics.add(result);
    const quint64 generation = m_generation;
    Q_EMIT probeFinished(index, result);
    if (!m_running || generation != m_generation) // a receiver stopped or restarted the series
        return;
    if (m_stopping || m_completed >= m_total) {
        end();
        return;
    }
    const qint64 elapsed = m_sinceStart.elapsed();
    m_interval.start(int(std::max<qint64>(0, m_intervalMs - elapsed)));
}

void ProbeSeries::end()
{
    m_running = false;
    m_stopping = false;
    Q_EMIT finished();
}

} // namespace SipScope
