#include "probestatistics.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

void ProbeStatistics::add(bool answered, std::optional<double> rttMs, const QString &outcome)
{
    ++m_sent;
    if (answered && rttMs)
        m_rtts.append(*rttMs);
    if (!outcome.isEmpty())
        ++m_histogram[outcome];
}

void ProbeStatistics::clear()
{
    m_sent = 0;
    m_rtts.clear();
    m_histogram.clear();
}

double ProbeStatistics::lossPercent() const
{
    if (m_sent == 0)
        return 0.0;
    return 100.0 * double(m_sent - answered()) / double(m_sent);
}

std::optional<double> ProbeStatistics::minMs() const
{
    if (m_rtts.isEmpty())
        return std::nullopt;
    return *std::min_element(m_rtts.cbegin(), m_rtts.cend());
}

std::optional<double> ProbeStatistics::maxMs() const
{
    if (m_rtts.isEmpty())
        return std::nullopt;
    return *std::max_element(m_rtts.cbegin(), m_rtts.cend());
}

std::optional<double> ProbeStatistics::avgMs() const
{
    if (m_rtts.isEmpty())
        return std::nullopt;
    return std::accumulate(m_rtts.cbegin(), m_rtts.cend(), 0.0) / double(m_rtts.size());
}

std::optional<double> ProbeStatistics::mdevMs() const
{
    if (m_rtts.isEmpty())
        return std::nullopt;
    const double mean = *avgMs();
    double squares = 0.0;
    for (double rtt : m_rtts)
        squares += rtt * rtt;
    const double variance = squares / double(m_rtts.size()) - mean * mean;
    return std::sqrt(std::max(0.0, variance));
}

QString ProbeStatistics::summaryLine() const
{
    return tr("%1 sent, %2 answered, %3% loss")
        .arg(m_sent)
        .arg(answered())
        .arg(QString::number(lossPercent(), 'f', lossPercent() == std::floor(lossPercent()) ? 0 : 1));
}

QString ProbeStatistics::rttLine() const
{
    if (m_rtts.isEmpty())
        return tr("rtt: no answers");
    auto ms = [](double value) { return QString::number(value, 'f', 3); };
    return tr("rtt min/avg/max/mdev = %1/%2/%3/%4 ms")
        .arg(ms(*minMs()), ms(*avgMs()), ms(*maxMs()), ms(*mdevMs()));
}

QString ProbeStatistics::histogramLine() const
{
    QStringList parts;
    for (auto it = m_histogram.cbegin(); it != m_histogram.cend(); ++it)
        parts.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
    return parts.join(u", "_s);
}

} // namespace SipScope
