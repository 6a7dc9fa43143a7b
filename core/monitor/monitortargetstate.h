// What the monitor knows about one target: its current status (up, failing, down),
// the last result, a window of recent samples (loss, RTT sparkline) and when the
// status last changed. Pure bookkeeping fed with ProbeResults; no timers, no I/O.
#pragma once

#include "probe/expectation.h"
#include "probe/proberesult.h"
#include "probe/verdictprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

enum class MonitorStatus {
    Pending,   // not probed yet
    Up,        // a final response that counts as OK (2xx, or an expected code)
    Failing,   // a final response that does not (503, 403, ...): reachable but unhappy
    Down,      // no final response (timeout, refused, unreachable, DNS, TLS)
    // The verdict profile counts the answer as planned downtime (a 503 with Retry-After):
    // not up, but nothing to page anyone about.
    Maintenance,
};

QString monitorStatusToken(MonitorStatus status);   // "pending", "up", "failing", "down"
QString monitorStatusText(MonitorStatus status);    // translated

struct MonitorSample
{
    QDateTime time;
    bool answered = false;    // a final response arrived
    int statusCode = 0;       // received final status, 0 without one
    qint64 rttUs = -1;
    ErrorKind error = ErrorKind::None;
};

// A status change of one target, including the first result of each target.
struct MonitorChange
{
    enum class Kind {
        First,     // the first result: there is nothing to compare with
        Status,    // up ↔ failing ↔ down
        Code,      // same status, another code (200 → 202, 503 → 500)
    };
    Kind kind = Kind::First;
    QDateTime time;
    MonitorStatus from = MonitorStatus::Pending;
    MonitorStatus to = MonitorStatus::Pending;
    int fromCode = 0;
    int toCode = 0;

    // "first", "up", "down", "failing" (the new status), or "code".
    QString token() const;
    // Translated one-liner: "down → up (200 OK)", "200 → 503".
    QString text() const;
};

class MonitorTargetState final
{
    Q_DECLARE_TR_FUNCTIONS(MonitorTargetState)
public:
    explicit MonitorTargetState(int window = 20) : m_window(window > 0 ? window : 1) {}

    // Which statuses count as Up; empty: any 2xx. The same as the profile fromExpected().
    void setExpectedCodes(const ExpectedCodes &codes) { m_profile = VerdictProfile::fromExpected(codes); }
    // Which answers count as up, failing (the profile's down with an answer), down (no
    // answer) or maintenance, and how many failures in a row an up target rides out.
    void setVerdictProfile(const VerdictProfile &profile) { m_profile = profile; }
    const VerdictProfile &verdictProfile() const { return m_profile; }
    // Headers the answer must also match to count as Up (--expect-header).
    void setExpectedHeaders(const QList<HeaderExpectation> &headers) { m_expectedHeaders = headers; }
    MonitorStatus classify(const ProbeResult &result) const;
    // Whether lastResult() keeps the evidence (headers, raw request and answer, the
    // timeline, TLS and auth details) or only what a summary line shows: the status,
    // reason, RTT, error, addresses. The GUI's "last result" dialog needs the evidence;
    // `monitor` on the command line does not, and there it is most of a target's memory.
    void setKeepEvidence(bool keep) { m_keepEvidence = keep; }

    // Records a result; returns the change it caused (the first result always does).
    std::optional<MonitorChange> add(const ProbeResult &result, const QDateTime &time);

    MonitorStatus status() const { return m_status; }
    // Failed probes (failing or down) in a row; while fewer than the profile's
    // failuresBeforeDown() follow an up, the status stays up.
    int consecutiveFailures() const { return m_consecutiveFailures; }
    // The last result, its evidence dropped unless setKeepEvidence(true) (the default).
    const ProbeResult &lastResult() const { return m_lastResult; }
    bool hasResult() const { return m_probes > 0; }
    QDateTime lastProbeTime() const { return m_lastProbe; }
    QDateTime lastChangeTime() const { return m_lastChange; }
    std::optional<MonitorChange> lastChange() const { return m_lastChangeValue; }
    int probes() const { return m_probes; }

    // The recent samples, oldest first, at most window() of them.
    const QList<MonitorSample> &samples() const { return m_samples; }
    int window() const { return m_window; }
    // Share of the window's probes without any final response, 0..100; 0 when empty.
    double lossPercent() const;
    // RTTs of the window in ms, oldest first; -1 where no answer came (sparkline gaps).
    QList<double> rttHistoryMs() const;
    // "200 OK", "timeout", "—" before the first result.
    QString statusSummary() const;

private:
    VerdictProfile m_profile;
    QList<HeaderExpectation> m_expectedHeaders;
    int m_window = 20;
    bool m_keepEvidence = true;
    MonitorStatus m_status = MonitorStatus::Pending;
    int m_code = 0;
    ProbeResult m_lastResult;
    QList<MonitorSample> m_samples;
    QDateTime m_lastProbe;
    QDateTime m_lastChange;
    std::optional<MonitorChange> m_lastChangeValue;
    int m_probes = 0;
    int m_consecutiveFailures = 0;
};

} // namespace SipScope
