#include "seriesstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

void SeriesStatistics::add(const ProbeResult &result)
{
    ++m_sent;
    if (result.hasFinalResponse()) {
        m_rttMs.append(double(result.rttUs) / 1000.0);
        if (result.isSuccess())
            ++m_succeeded;
    }
    ++m_outcomes[outcomeKey(result)];
}

QString SeriesStatistics::outcomeKey(const ProbeResult &result)
{
    if (result.hasFinalResponse())
        return QString::number(result.statusCode);
    const QString token = errorKindToken(result.error.kind);
    return token.isEmpty() ? u"none"_s : token;
}

double SeriesStatistics::lossPercent() const
{
    return m_sent == 0 ? 0.0 : 100.0 * double(m_sent - answered()) / double(m_sent);
}

std::optional<double> SeriesStatistics::minMs() const
{
    if (m_rttMs.isEmpty())
        return std::nullopt;
    return *std::min_element(m_rttMs.cbegin(), m_rttMs.cend());
}

std::optional<double> SeriesStatistics::avgMs() const
{
    if (m_rttMs.isEmpty())
        return std::nullopt;
    return std::accumulate(m_rttMs.cbegin(), m_rttMs.cend(), 0.0) / double(m_rttMs.size());
}

std::optional<double> SeriesStatistics::maxMs() const
{
    if (m_rttMs.isEmpty())
        return std::nullopt;
    return *std::max_element(m_rttMs.cbegin(), m_rttMs.cend());
}

std::optional<double> SeriesStatistics::mdevMs() const
{
    const auto avg = avgMs();
    if (!avg)
        return std::nullopt;
    double squares = 0.0;
    for (double rtt : m_rttMs)
        squares += rtt * rtt;
    const double variance = squares / double(m_rttMs.size()) - *avg * *avg;
    return std::sqrt(std::max(0.0, variance));
}

} // namespace SipScope
