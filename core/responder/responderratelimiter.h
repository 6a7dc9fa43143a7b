// A per-source rate limit for the responder: a token bucket per source address
// (rate requests a second, bursts of up to one second's worth). What goes over it is
// dropped before it is parsed, so that one flooding host cannot take the answers
// away from everybody else. Pure bookkeeping: the caller passes the time.
#pragma once

#include <QHash>
#include <QHostAddress>

namespace SipScope {

class ResponderRateLimiter final
{
public:
    // 0: no limit.
    explicit ResponderRateLimiter(int perSecond = 0) { setRate(perSecond); }

    void setRate(int perSecond);
    int rate() const { return m_rate; }
    bool isLimiting() const { return m_rate > 0; }

    // True when a message from `source` at `nowMs` (a monotonic clock) is within the
    // limit; false when it must be dropped.
    bool admit(const QHostAddress &source, qint64 nowMs);

    int trackedSources() const { return int(m_buckets.size()); }
    // Sources tracked at most: past that, the buckets of sources that have been quiet
    // for a second (a full bucket again) are forgotten, so the table stays bounded
    // even when a flood comes from ever new (spoofed) addresses; while it is full of
    // busy sources, a new source is over the limit.
    static constexpr int maxSources = 16384;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void forgetQuietSources(qint64 nowMs);

    int m_rate = 0;
    qint64 m_lastSweepMs = -1;   // a sweep looks at every bucket: at most once a second
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace SipScope
