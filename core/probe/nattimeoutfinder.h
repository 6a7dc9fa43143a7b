// The NAT idle-timeout finder: how long may a client stay silent before its NAT (or
// stateful firewall) forgets the UDP binding, so that the server can no longer reach it
// ("no incoming calls after a few minutes")? Each trial opens a fresh binding, goes
// silent for a while and has the far end (a SipScope responder with call-backs) send a
// request back through it (NatBindingTrial).
//
// First the shortest silence alone, which also tells whether the far end takes part at
// all; then the growing silences (twice the last each time, up to the longest) all at
// once, each on its own binding, so that this phase lasts as long as its longest
// silence instead of the sum; then bisection between the longest silence survived and
// the shortest one lost, one trial at a time, until the bracket is as narrow as the
// resolution. The bindings are independent: no trial's traffic refreshes another's.
#pragma once

#include "natbindingtrial.h"
#include "nattimeoutreport.h"
#include "optionsprobe.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

namespace SipScope {

class NatTimeoutFinder final : public QObject
{
    Q_OBJECT
public:
    explicit NatTimeoutFinder(QObject *parent = nullptr);
    ~NatTimeoutFinder() override;

    // `probe` as for an OPTIONS probe (--from, ...; UDP is forced). finished() follows
    // exactly once, never synchronously.
    void start(const QString &target, const ProbeOptions &probe, const NatTimeoutOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const NatTimeoutReport &report() const { return m_report; }

Q_SIGNALS:
    // A trial's OPTIONS was answered with the call-back accepted: its silence begins.
    void trialWaiting(const SipScope::NatTrial &trial);
    void trialFinished(const SipScope::NatTrial &trial);
    void finished(const SipScope::NatTimeoutReport &report);

private:
    void launch(std::chrono::milliseconds silence);
    void onTrialFinished(NatBindingTrial *trial, const NatTrial &result);
    void launchGrowth();
    // The bracket from the trials so far: finished, or the next bisection trial launched
    // (unless `stopHere`).
    void decide(bool stopHere = false);
    void finish(NatTimeoutReport::Finding finding, const QString &detail = {});

    QString m_target;
    ProbeOptions m_probe;
    NatTimeoutOptions m_options;
    NatTimeoutReport m_report;
    std::vector<std::unique_ptr<NatBindingTrial>> m_active;
    enum class Phase { First, Growth, Bisect } m_phase = Phase::First;
    int m_retries = 0;   // inconclusive bisection trials repeated
    bool m_running = false;
};

} // namespace SipScope
