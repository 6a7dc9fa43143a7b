#include "nattimeoutfinder.h"

#include "sip/probetarget.h"

#include <QMetaObject>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// Bisection points on a 100 ms grid: finer than any NAT timer, and the silences stay
// readable.
std::chrono::milliseconds midpoint(std::chrono::milliseconds low, std::chrono::milliseconds high)
{
    const qint64 mid = (low.count() + high.count()) / 2;
    return std::chrono::milliseconds(std::max<qint64>(NatTimeoutOptions::minSilence.count(), mid / 100 * 100));
}

} // namespace

NatTimeoutFinder::NatTimeoutFinder(QObject *parent)
    : QObject(parent)
{
}

NatTimeoutFinder::~NatTimeoutFinder() = default;

void NatTimeoutFinder::start(const QString &target, const ProbeOptions &probe, const NatTimeoutOptions &options)
{
    cancel();
    m_target = target;
    m_probe = probe;
    m_probe.timers.timerF = options.grace;
    m_options = options;
    m_report = NatTimeoutReport();
    m_report.target = target;
    m_report.options = options;
    m_phase = Phase::First;
    m_retries = 0;
    m_running = true;
    if (const QStringList problems = options.problems(); !problems.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, problems] {
            finish(NatTimeoutReport::Finding::Unreachable, problems.join(u' '));
        }, Qt::QueuedConnection);
        return;
    }
    launch(options.start);
}

void NatTimeoutFinder::cancel()
{
    if (!m_running)
        return;
    for (const auto &trial : m_active) {
        trial->disconnect(this);
        trial->cancel();
    }
    finish(NatTimeoutReport::Finding::Cancelled);
}

void NatTimeoutFinder::launch(std::chrono::milliseconds silence)
{
    auto trial = std::make_unique<NatBindingTrial>();
    NatBindingTrial *raw = trial.get();
    connect(raw, &NatBindingTrial::waiting, this, &NatTimeoutFinder::trialWaiting);
    connect(raw, &NatBindingTrial::finished, this, [this, raw](const NatTrial &result) { onTrialFinished(raw, result); });
    m_active.push_back(std::move(trial));
    raw->start(m_target, m_probe, silence, m_options.grace);
}

void NatTimeoutFinder::onTrialFinished(NatBindingTrial *trial, const NatTrial &result)
{
    if (!m_running)
        return;
    const auto it = std::find_if(m_active.begin(), m_active.end(), [trial](const auto &active) { return active.get() == trial; });
    if (it != m_active.end()) {
        (*it)->disconnect(this);
        it->release()->deleteLater();   // we are inside its signal
        m_active.erase(it);
    }
    m_report.trials.append(result);
    Q_EMIT trialFinished(result);

    if (m_phase == Phase::First) {
        const ProbeResult &probe = trial->probeResult();
        if (!probe.remoteAddress.isEmpty())
            m_report.remote = probe.remote();
        switch (result.outcome) {
        case NatTrial::Outcome::Reached:
            // Every later trial goes to the address that answered: one name may
            // resolve elsewhere the next time, and the bracket must be about one path.
            if (!probe.remoteAddress.isEmpty()) {
                ResolvedTarget pinned;
                const ProbeTarget parsed = ProbeTarget::parse(m_target);
                pinned.host = parsed.isValid() ? parsed.uri().host() : probe.remoteAddress;
                pinned.address = QHostAddress(probe.remoteAddress);
                pinned.port = probe.remotePort;
                pinned.transport = TransportProtocol::Udp;
                m_probe.resolvedTarget = pinned;
            }
            launchGrowth();
            return;
        case NatTrial::Outcome::Lost:
            m_phase = Phase::Bisect;
            decide();
            return;
        case NatTrial::Outcome::NotSupported:
            finish(NatTimeoutReport::Finding::NotSupported, result.detail);
            return;
        case NatTrial::Outcome::Refused:
            finish(NatTimeoutReport::Finding::Refused, result.detail);
            return;
        case NatTrial::Outcome::NoAnswer:
            finish(NatTimeoutReport::Finding::Unreachable, result.detail);
            return;
        case NatTrial::Outcome::Cancelled:
            finish(NatTimeoutReport::Finding::Cancelled);
            return;
        }
        return;
    }
    if (m_phase == Phase::Bisect && !result.isConclusive()) {
        // A lost OPTIONS or a busy responder says nothing about the binding: once more,
        // twice at most; then the bracket found so far is the answer.
        if (m_retries < 2 && result.outcome != NatTrial::Outcome::Cancelled) {
            ++m_retries;
            launch(result.silence);
        } else {
            decide(true);
        }
        return;
    }
    if (m_active.empty())
        decide();
}

void NatTimeoutFinder::launchGrowth()
{
    m_phase = Phase::Growth;
    std::chrono::milliseconds silence = m_options.start;
    while (silence < m_options.max) {
        silence = std::min(silence * 2, m_options.max);
        launch(silence);
    }
    if (m_active.empty())
        decide();   // start == max: the first trial was the only one
}

void NatTimeoutFinder::decide(bool stopHere)
{
    std::optional<std::chrono::milliseconds> gone;
    for (const NatTrial &trial : std::as_const(m_report.trials)) {
        if (trial.outcome == NatTrial::Outcome::Lost && (!gone || trial.silence < *gone))
            gone = trial.silence;
    }
    std::chrono::milliseconds survived{0};
    bool inconsistent = false;
    for (const NatTrial &trial : std::as_const(m_report.trials)) {
        if (trial.outcome != NatTrial::Outcome::Reached)
            continue;
        if (gone && trial.silence > *gone)
            inconsistent = true;
        else
            survived = std::max(survived, trial.silence);
    }
    m_report.survived = survived;
    m_report.inconsistent = inconsistent;
    if (!gone) {
        finish(NatTimeoutReport::Finding::NoTimeout);
        return;
    }
    m_report.gone = *gone;
    const std::chrono::milliseconds next = midpoint(survived, *gone);
    if (stopHere || *gone - survived <= m_options.resolution || next <= survived || next >= *gone) {
        finish(survived.count() == 0 ? NatTimeoutReport::Finding::NeverReached : NatTimeoutReport::Finding::Bracketed);
        return;
    }
    m_phase = Phase::Bisect;
    launch(next);
}

void NatTimeoutFinder::finish(NatTimeoutReport::Finding finding, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    for (auto &trial : m_active) {
        trial->disconnect(this);
        trial->cancel();
        trial.release()->deleteLater();
    }
    m_active.clear();
    m_report.finding = finding;
    m_report.detail = detail;
    const NatTimeoutReport report = m_report;
    QMetaObject::invokeMethod(this, [this, report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
}

} // namespace SipScope
