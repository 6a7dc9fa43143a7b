// Ping-style statistics of a series of probes: sent, answered, loss, RTT
// min/avg/max/mdev, and how often each outcome occurred. Plain values in, so it
// knows nothing of the probe machinery.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace SipScope {

class ProbeStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeStatistics)
public:
    // One probe: `answered` when the far end sent a final response; rttMs with it;
    // outcome is what the histogram counts ("200", "486", "timeout", "refused", ...).
    void add(bool answered, std::optional<double> rttMs, const QString &outcome);
    void clear();

    int sent() const { return m_sent; }
    int answered() const { return int(m_rtts.size()); }
    // Percentage of probes without a final response from the far end.
    double lossPercent() const;
    std::optional<double> minMs() const;
    std::optional<double> avgMs() const;
    std::optional<double> maxMs() const;
    // Mean deviation as ping prints it: sqrt(mean(x²) − mean(x)²).
    std::optional<double> mdevMs() const;
    // Outcome → count, in the order of QMap (codes sort before words).
    QMap<QString, int> histogram() const { return m_histogram; }
    QList<double> rtts() const { return m_rtts; }

    // "3 sent, 3 answered, 0% loss" and "rtt min/avg/max/mdev = 0.4/0.5/0.7/0.1 ms".
    QString summaryLine() const;
    QString rttLine() const;
    QString histogramLine() const;

private:
    int m_sent = 0;
    QList<double> m_rtts;
    QMap<QString, int> m_histogram;
};

} // namespace SipScope
