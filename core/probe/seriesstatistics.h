// Ping-style statistics over a series of probes (--count): sent, answered, loss,
// RTT min/avg/max/mdev and a histogram of outcomes. Fed with ProbeResults only.
#pragma once

#include "proberesult.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace SipScope {

class SeriesStatistics final
{
public:
    void add(const ProbeResult &result);

    int sent() const { return m_sent; }
    // Probes that got a final response from the far end (any status).
    int answered() const { return int(m_rttMs.size()); }
    // Probes that got a 2xx.
    int succeeded() const { return m_succeeded; }
    double lossPercent() const;

    std::optional<double> minMs() const;
    std::optional<double> avgMs() const;
    std::optional<double> maxMs() const;
    // As ping prints it: sqrt(mean(x²) − mean(x)²).
    std::optional<double> mdevMs() const;

    // Outcome → count: "200", "486" for received finals; the error token ("timeout",
    // "refused", ...) for the rest. Keys sort codes before words.
    QMap<QString, int> outcomes() const { return m_outcomes; }
    // The outcome key of one result.
    static QString outcomeKey(const ProbeResult &result);

private:
    int m_sent = 0;
    int m_succeeded = 0;
    QList<double> m_rttMs;
    QMap<QString, int> m_outcomes;
};

} // namespace SipScope
