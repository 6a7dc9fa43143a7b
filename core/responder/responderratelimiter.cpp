#include "responderratelimiter.h"

#include <algorithm>

namespace SipScope {

void ResponderRateLimiter::setRate(int perSecond)
{
    m_rate = std::max(0, perSecond);
    m_buckets.clear();
    m_lastSweepMs = -1;
}

bool ResponderRateLimiter::admit(const QHostAddress &source, qint64 nowMs)
{
    if (m_rate <= 0)
        return true;
    auto it = m_buckets.find(source);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= maxSources) {
            forgetQuietSources(nowMs);
            if (m_buckets.size() >= maxSources)
                return false;   // that many sources busy at once: a flood in itself
        }
        it = m_buckets.insert(source, Bucket{double(m_rate), nowMs});
    }
    const double burst = double(m_rate);
    const qint64 elapsed = std::max<qint64>(0, nowMs - it->lastMs);
    it->tokens = std::min(burst, it->tokens + double(elapsed) * double(m_rate) / 1000.0);
    it->lastMs = nowMs;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

void ResponderRateLimiter::forgetQuietSources(qint64 nowMs)
{
    if (m_lastSweepMs >= 0 && nowMs - m_lastSweepMs < 1000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->lastMs >= 1000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace SipScope
