#include "monitortargetstate.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString monitorStatusToken(MonitorStatus status)
{
    switch (status) {
    case MonitorStatus::Pending: return u"pending"_s;
    case MonitorStatus::Up: return u"up"_s;
    case MonitorStatus::Failing: return u"failing"_s;
    case MonitorStatus::Down: return u"down"_s;
    case MonitorStatus::Maintenance: return u"maintenance"_s;
    }
    return {};
}

QString monitorStatusText(MonitorStatus status)
{
    switch (status) {
    case MonitorStatus::Pending: return QCoreApplication::translate("MonitorStatus", "pending");
    case MonitorStatus::Up: return QCoreApplication::translate("MonitorStatus", "up");
    case MonitorStatus::Failing: return QCoreApplication::translate("MonitorStatus", "failing");
    case MonitorStatus::Down: return QCoreApplication::translate("MonitorStatus", "down");
    case MonitorStatus::Maintenance: return QCoreApplication::translate("MonitorStatus", "maintenance");
    }
    return {};
}

QString MonitorChange::token() const
{
    switch (kind) {
    case Kind::First: return u"first"_s;
    case Kind::Status: return monitorStatusToken(to);
    case Kind::Code: return u"code"_s;
    }
    return {};
}

QString MonitorChange::text() const
{
    const auto codeText = [](int code) { return code ? QString::number(code) : QString(u"—"_s); };
    switch (kind) {
    case Kind::First:
        return QCoreApplication::translate("MonitorChange", "first result: %1").arg(monitorStatusText(to));
    case Kind::Status:
        return QCoreApplication::translate("MonitorChange", "%1 → %2 (%3 → %4)")
            .arg(monitorStatusText(from), monitorStatusText(to), codeText(fromCode), codeText(toCode));
    case Kind::Code:
        return QCoreApplication::translate("MonitorChange", "code %1 → %2").arg(fromCode).arg(toCode);
    }
    return {};
}

MonitorStatus MonitorTargetState::classify(const ProbeResult &result) const
{
    if (!result.hasFinalResponse())
        return MonitorStatus::Down;
    const VerdictProfile::Outcome outcome = m_profile.classify(result);
    if (outcome == VerdictProfile::Outcome::Maintenance)
        return MonitorStatus::Maintenance;
    bool ok = outcome == VerdictProfile::Outcome::Up;
    for (const HeaderExpectation &header : m_expectedHeaders)
        ok = ok && Expectation::checkHeader(header, result).passed;
    return ok ? MonitorStatus::Up : MonitorStatus::Failing;
}

namespace {

// What a summary line (CLI, JSON record, the model's columns) reads of a result; the
// strings it keeps are shared with the probe's result, not copied.
ProbeResult withoutEvidence(const ProbeResult &result)
{
    ProbeResult summary;
    summary.target = result.target;
    summary.normalizedTarget = result.normalizedTarget;
    summary.transport = result.transport;
    summary.remoteAddress = result.remoteAddress;
    summary.remotePort = result.remotePort;
    summary.localAddress = result.localAddress;
    summary.localPort = result.localPort;
    summary.origin = result.origin;
    summary.statusCode = result.statusCode;
    summary.reasonPhrase = result.reasonPhrase;
    summary.localStatus = result.localStatus;
    summary.rttUs = result.rttUs;
    summary.firstProvisionalUs = result.firstProvisionalUs;
    summary.sentClock = result.sentClock;
    summary.receivedClock = result.receivedClock;
    summary.retransmissions = result.retransmissions;
    summary.error = result.error;
    return summary;
}

} // namespace

std::optional<MonitorChange> MonitorTargetState::add(const ProbeResult &result, const QDateTime &time)
{
    MonitorSample sample;
    sample.time = time;
    sample.answered = result.hasFinalResponse();
    sample.statusCode = result.hasFinalResponse() ? result.statusCode : 0;
    sample.rttUs = result.hasFinalResponse() ? result.rttUs : -1;
    sample.error = result.error.kind;
    m_samples.append(sample);
    while (m_samples.size() > m_window)
        m_samples.removeFirst();

    MonitorStatus status = classify(result);
    const bool failed = status == MonitorStatus::Failing || status == MonitorStatus::Down;
    m_consecutiveFailures = failed ? m_consecutiveFailures + 1 : 0;
    // Hysteresis: an up target stays up through fewer than N failures in a row (one lost
    // UDP ping is not an outage). Maintenance is announced by the server, so it counts at once.
    if (failed && m_status == MonitorStatus::Up && m_consecutiveFailures < m_profile.failuresBeforeDown())
        status = MonitorStatus::Up;
    const int code = status == MonitorStatus::Up && failed ? m_code : sample.statusCode;
    std::optional<MonitorChange> change;
    if (m_probes == 0 || status != m_status || (status != MonitorStatus::Down && code != m_code)) {
        MonitorChange value;
        value.kind = m_probes == 0 ? MonitorChange::Kind::First
            : status != m_status ? MonitorChange::Kind::Status : MonitorChange::Kind::Code;
        value.time = time;
        value.from = m_status;
        value.to = status;
        value.fromCode = m_code;
        value.toCode = code;
        change = value;
        m_lastChange = time;
        m_lastChangeValue = value;
    }
    m_status = status;
    m_code = code;
    m_lastResult = m_keepEvidence ? result : withoutEvidence(result);
    m_lastProbe = time;
    ++m_probes;
    return change;
}

double MonitorTargetState::lossPercent() const
{
    if (m_samples.isEmpty())
        return 0.0;
    qsizetype lost = 0;
    for (const MonitorSample &sample : m_samples)
        lost += sample.answered ? 0 : 1;
    return 100.0 * double(lost) / double(m_samples.size());
}

QList<double> MonitorTargetState::rttHistoryMs() const
{
    QList<double> history;
    history.reserve(m_samples.size());
    for (const MonitorSample &sample : m_samples)
        history.append(sample.rttUs >= 0 ? double(sample.rttUs) / 1000.0 : -1.0);
    return history;
}

QString MonitorTargetState::statusSummary() const
{
    if (m_probes == 0)
        return u"—"_s;
    if (m_lastResult.hasFinalResponse())
        return QString::number(m_lastResult.statusCode) + u' ' + m_lastResult.reasonPhrase;
    return errorKindTitle(m_lastResult.error.kind);
}

} // namespace SipScope
