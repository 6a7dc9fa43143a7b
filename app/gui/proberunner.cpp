#include "proberunner.h"

#include <algorithm>

namespace SipScope {

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
    , m_probe(new OptionsProbe(this))
{
    m_interval.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, this, &ProbeRunner::startNext);
    connect(m_probe, &OptionsProbe::eventRecorded, this, &ProbeRunner::eventRecorded);
    connect(m_probe, &OptionsProbe::finished, this, &ProbeRunner::onProbeFinished);
}

void ProbeRunner::start(const QString &target, const ProbeOptions &options, int count, int intervalMs)
{
    if (m_running)
        stop();
    m_target = target;
    m_options = options;
    m_total = std::max(1, count);
    m_intervalMs = std::max(0, intervalMs);
    m_completed = 0;
    m_running = true;
    m_stopping = false;
    startNext();
}

void ProbeRunner::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_interval.stop();
    if (m_probe->isRunning()) {
        m_probe->cancel(); // onProbeFinished() ends the series
        return;
    }
    m_running = false;
    m_stopping = false;
    Q_EMIT finished();
}

void ProbeRunner::startNext()
{
    m_sinceStart.start();
    Q_EMIT probeStarted(m_completed);
    m_probe->start(m_target, m_options);
}

void ProbeRunner::onProbeFinished(const ProbeResult &result)
{
    if (!m_running)
        return;
    const int index = m_completed++;
    Q_EMIT probeFinished(index, result);
    if (m_stopping || m_completed >= m_total) {
        m_running = false;
        m_stopping = false;
        Q_EMIT finished();
        return;
    }
    const qint64 elapsed = m_sinceStart.elapsed();
    m_interval.start(int(std::max<qint64>(0, m_intervalMs - elapsed)));
}

} // namespace SipScope
