// Watches many SIP servers at once: every target is probed with OPTIONS on its own
// interval, all of them concurrently on the one Qt event loop (no thread per
// target: each probe is an asynchronous OptionsProbe with its own timer), so a slow
// or silent target never delays the others. Each result updates the target's
// MonitorTargetState; a status change is reported with its timestamp. Between two
// probes a target is its state and a timer: the OptionsProbe (with its socket,
// resolver and transaction) exists only while the probe runs.
#pragma once

#include "monitortarget.h"
#include "monitortargetstate.h"
#include "probe/optionsprobe.h"

namespace SipScope {
class SecretStore;
}

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace SipScope {

struct MonitorOptions
{
    int intervalS = 30;               // default interval of targets without their own
    std::optional<int> timeoutMs;     // Timer F of each probe; unset: see timeoutFor()
    int window = 20;                  // samples kept per target (loss, sparkline)
    ExpectedCodes expectedCodes;      // statuses that count as up; by default any 2xx
    // --verdict-profile: replaces expectedCodes when set; a target's verdict_profile
    // replaces both. `profiles` holds the user-defined ones the target list names.
    std::optional<VerdictProfile> verdictProfile;
    VerdictProfiles profiles;
    // --failures-before-down: replaces every profile's failuresBeforeDown() when set.
    std::optional<int> failuresBeforeDown;
    QList<HeaderExpectation> expectedHeaders;  // --expect-header: must match too, else failing
    int maxRounds = 0;                // > 0: each target is probed this many times, then finished()
    ProbeOptions probe;               // From, headers, bind address, T1/T2
    // Each target's last result with its evidence (headers, raw messages, timeline)
    // for a details view; false keeps only what a summary line shows (much less memory
    // a target: see MonitorTargetState::setKeepEvidence).
    bool keepEvidence = true;

    static constexpr int maxIntervalS = 24 * 3600;

    VerdictProfile profileFor(const MonitorTarget &target) const;
};

class Monitor final : public QObject
{
    Q_OBJECT
public:
    explicit Monitor(QObject *parent = nullptr);
    ~Monitor() override;

    void setOptions(const MonitorOptions &options);
    const MonitorOptions &options() const { return m_options; }
    // Tests inject transports; the default creates the real ones.
    void setTransportFactory(TransportFactory factory);
    // Where `credentials=keychain:NAME` references are read (not owned; tests give a
    // fake). Unset: the system keychain, created when a target first needs it.
    void setSecretStore(SecretStore *store);

    // Replaces the list (stops the monitor, forgets every state).
    void setTargets(const QList<MonitorTarget> &targets);
    int addTarget(const MonitorTarget &target);   // probed right away when running
    void removeTarget(int index);
    QList<MonitorTarget> targets() const;
    int count() const { return int(m_slots.size()); }
    const MonitorTarget &target(int index) const;
    const MonitorTargetState &state(int index) const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Probes one target now (when it is not already being probed).
    void probeNow(int index);
    // Rounds every target has finished (the minimum over targets).
    int completedRounds() const { return m_completedRounds; }
    int runningProbes() const;

    int intervalFor(int index) const;   // seconds
    int timeoutFor(int index) const;    // Timer F in ms: explicit, else min(32 s, 80 % of the interval)

    // One JSON Lines record: time, target, label, status (code or null), reason, state,
    // rtt_ms, error (kind token or null), error_message, loss_percent, verdict_profile,
    // consecutive_failures, change (null,
    // "first", "up", "failing", "down", "code"), previous_status, previous_state.
    static QJsonObject jsonRecord(const MonitorTarget &target, const MonitorTargetState &state,
                                  const std::optional<MonitorChange> &change);

Q_SIGNALS:
    // Pairs around list changes, so that a model can announce them (before/after).
    void targetsAboutToBeReset();
    void targetsReset();
    void targetAboutToBeAdded(int index);
    void targetAdded(int index);
    void targetAboutToBeRemoved(int index);
    void targetRemoved(int index);
    void probeStarted(int index);
    void resultReady(int index, const SipScope::ProbeResult &result);
    void stateChanged(int index, const SipScope::MonitorChange &change);
    // Every target has now `round` results.
    void roundCompleted(int round);
    // With maxRounds: every target has been probed that many times.
    void finished();
    // A target's keychain reference could not be read (locked, not found, no keychain):
    // the probe goes on without credentials. Emitted when the problem starts or changes;
    // an empty message when it is over. The message never holds a secret.
    void credentialsProblem(int index, const QString &message);

private:
    struct Slot;
    void configure(Slot &slot) const;
    void schedule(Slot &slot, int delayMs);
    void fire(Slot &slot);
    void startProbe(Slot &slot, const ProbeOptions &options);
    void readKeychain(Slot &slot, const QString &name, const ProbeOptions &options);
    void setCredentialsProblem(Slot &slot, const QString &message);
    Slot *findSlot(quint64 id) const;
    SecretStore &secretStore();
    void onFinished(Slot &slot, const ProbeResult &result);
    void discardProbe(Slot &slot);
    void renumber();

    MonitorOptions m_options;
    TransportFactory m_factory;
    SecretStore *m_secretStore = nullptr;
    std::unique_ptr<SecretStore> m_systemStore;
    quint64 m_nextSlotId = 1;
    std::vector<std::unique_ptr<Slot>> m_slots;
    bool m_running = false;
    bool m_adding = false;
    int m_completedRounds = 0;
};

} // namespace SipScope
