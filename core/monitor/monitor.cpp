#include "monitor.h"

#include "monitorcredentials.h"
#include "keychain/systemsecretstore.h"
#include "probe/proberesultjson.h"

#include <QJsonValue>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace SipScope {

struct Monitor::Slot
{
    int index = 0;
    MonitorTarget target;
    MonitorTargetState state;
    std::unique_ptr<OptionsProbe> probe;   // only while a probe runs
    QTimer timer;
    int started = 0;
    bool due = false;   // a turn came while the previous probe still ran
    quint64 id = 0;     // stable while the slot exists (indexes shift on removal)
    int readToken = 0;  // a keychain read in flight answers only while this is unchanged
    bool reading = false;
    QString credentialsProblem;
};

Monitor::Monitor(QObject *parent)
    : QObject(parent)
    , m_factory(&createTransport)
{
}

Monitor::~Monitor()
{
    m_running = false;
    for (auto &slot : m_slots) {
        slot->timer.stop();
        if (slot->probe)
            slot->probe->disconnect(this);
    }
}

void Monitor::setOptions(const MonitorOptions &options)
{
    m_options = options;
    m_options.intervalS = std::clamp(options.intervalS, 1, MonitorOptions::maxIntervalS);
    m_options.window = std::clamp(options.window, 1, 10000);
    for (auto &slot : m_slots)
        configure(*slot);
}

void Monitor::configure(Slot &slot) const
{
    slot.state.setVerdictProfile(m_options.profileFor(slot.target));
    slot.state.setExpectedHeaders(m_options.expectedHeaders);
    slot.state.setKeepEvidence(m_options.keepEvidence);
    slot.state.setCertificateThresholds(slot.target.certificate.over(m_options.certificate));
}

VerdictProfile MonitorOptions::profileFor(const MonitorTarget &target) const
{
    // The target's own profile, then the monitor's, then --expect (strict by default).
    // An unknown name was refused when the list was read; strict is the safe fallback.
    std::optional<VerdictProfile> profile;
    if (!target.verdictProfile.isEmpty())
        profile = profiles.find(target.verdictProfile, nullptr);
    if (!profile)
        profile = verdictProfile ? *verdictProfile : VerdictProfile::fromExpected(expectedCodes);
    if (failuresBeforeDown)
        profile->setFailuresBeforeDown(*failuresBeforeDown);
    return *profile;
}

void Monitor::setTransportFactory(TransportFactory factory)
{
    m_factory = factory ? std::move(factory) : TransportFactory(&createTransport);
    for (auto &slot : m_slots) {
        if (slot->probe)
            slot->probe->setTransportFactory(m_factory);
    }
}

void Monitor::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
}

SecretStore &Monitor::secretStore()
{
    if (m_secretStore)
        return *m_secretStore;
    if (!m_systemStore)
        m_systemStore = createSystemSecretStore();
    return *m_systemStore;
}

Monitor::Slot *Monitor::findSlot(quint64 id) const
{
    for (const auto &slot : m_slots) {
        if (slot->id == id)
            return slot.get();
    }
    return nullptr;
}

void Monitor::setTargets(const QList<MonitorTarget> &targets)
{
    const bool wasRunning = m_running;
    stop();
    Q_EMIT targetsAboutToBeReset();
    m_adding = true;   // no per-row signals inside a reset
    m_slots.clear();
    m_completedRounds = 0;
    for (const MonitorTarget &target : targets)
        addTarget(target);
    m_adding = false;
    Q_EMIT targetsReset();
    if (wasRunning)
        start();
}

int Monitor::addTarget(const MonitorTarget &target)
{
    if (!m_adding)
        Q_EMIT targetAboutToBeAdded(int(m_slots.size()));
    auto slot = std::make_unique<Slot>();
    slot->index = int(m_slots.size());
    slot->id = m_nextSlotId++;
    slot->target = target;
    slot->state = MonitorTargetState(m_options.window);
    configure(*slot);
    slot->timer.setSingleShot(true);
    Slot *raw = slot.get();
    connect(&slot->timer, &QTimer::timeout, this, [this, raw] { fire(*raw); });
    m_slots.push_back(std::move(slot));
    const int index = raw->index;
    if (!m_adding)
        Q_EMIT targetAdded(index);
    if (m_running)
        schedule(*raw, 0);
    return index;
}

void Monitor::removeTarget(int index)
{
    if (index < 0 || index >= count())
        return;
    Q_EMIT targetAboutToBeRemoved(index);
    Slot *slot = m_slots.at(size_t(index)).get();
    slot->timer.stop();
    discardProbe(*slot);
    m_slots.erase(m_slots.begin() + index);
    renumber();
    Q_EMIT targetRemoved(index);
}

void Monitor::renumber()
{
    for (size_t i = 0; i < m_slots.size(); ++i)
        m_slots[i]->index = int(i);
}

QList<MonitorTarget> Monitor::targets() const
{
    QList<MonitorTarget> list;
    list.reserve(qsizetype(m_slots.size()));
    for (const auto &slot : m_slots)
        list.append(slot->target);
    return list;
}

const MonitorTarget &Monitor::target(int index) const
{
    return m_slots.at(size_t(index))->target;
}

const MonitorTargetState &Monitor::state(int index) const
{
    return m_slots.at(size_t(index))->state;
}

void Monitor::start()
{
    if (m_running)
        return;
    m_running = true;
    // Everything starts at once: the probes are asynchronous, so 500 of them cost
    // 500 sockets and timers on this thread, not 500 threads.
    for (auto &slot : m_slots)
        schedule(*slot, 0);
}

void Monitor::stop()
{
    m_running = false;
    for (auto &slot : m_slots) {
        slot->timer.stop();
        // A cancelled probe is not a result: nothing changed on the server.
        discardProbe(*slot);
        // A keychain read still in flight starts no probe when it answers.
        ++slot->readToken;
        slot->reading = false;
    }
}

void Monitor::discardProbe(Slot &slot)
{
    if (!slot.probe)
        return;
    slot.probe->disconnect(this);
    slot.probe->cancel();
    // The probe may be inside one of its own signals (a result handled by a slot that
    // removes the target, or the finished signal itself): delete later.
    slot.probe.release()->deleteLater();
}

int Monitor::runningProbes() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(),
                             [](const auto &slot) { return slot->probe && slot->probe->isRunning(); }));
}

void Monitor::probeNow(int index)
{
    if (index >= 0 && index < count())
        fire(*m_slots.at(size_t(index)));
}

int Monitor::intervalFor(int index) const
{
    const int own = target(index).intervalS;
    return own > 0 ? std::min(own, MonitorOptions::maxIntervalS) : m_options.intervalS;
}

int Monitor::timeoutFor(int index) const
{
    if (m_options.timeoutMs && *m_options.timeoutMs > 0)
        return *m_options.timeoutMs;
    // A probe must end before the next one is due; RFC 3261's 32 s is the ceiling.
    const qint64 interval = qint64(intervalFor(index)) * 1000;
    return int(std::clamp<qint64>(interval * 8 / 10, 200, 32000));
}

void Monitor::schedule(Slot &slot, int delayMs)
{
    slot.timer.start(std::max(0, delayMs));
}

void Monitor::fire(Slot &slot)
{
    if (m_options.maxRounds > 0 && slot.started >= m_options.maxRounds)
        return;
    if ((slot.probe && slot.probe->isRunning()) || slot.reading) {
        // The previous probe still waits (its timeout at or above the interval). This
        // turn is neither skipped nor run alongside it: it starts when that one ends
        // (onFinished). Skipping it used to lose the turn for good when it was the
        // last one, so the monitor never finished its rounds.
        slot.due = true;
        return;
    }
    slot.due = false;
    // Fixed rate: the next probe is due one interval after this one started,
    // whatever this one's outcome (a silent target is not probed more slowly).
    if (m_running && (m_options.maxRounds == 0 || slot.started + 1 < m_options.maxRounds))
        schedule(slot, intervalFor(slot.index) * 1000);
    ProbeOptions options = m_options.probe;
    options.transport = slot.target.transport;
    options.family = slot.target.family;
    options.timers.timerF = std::chrono::milliseconds(timeoutFor(slot.index));
    ++slot.started;
    discardProbe(slot);   // one that has finished
    // Resolved now, not when the list was loaded: a rotated password is picked up by
    // the next probe, and the secret is never kept with the target.
    if (const QString name = MonitorCredentials::keychainName(slot.target.credentialsRef); !name.isEmpty()) {
        readKeychain(slot, name, options);
        return;
    }
    if (auto credentials = MonitorCredentials::resolve(slot.target))
        options.credentials = *credentials;
    startProbe(slot, options);
}

void Monitor::readKeychain(Slot &slot, const QString &name, const ProbeOptions &options)
{
    // The keychain answers later (it may even ask the user to unlock it); the other
    // targets go on meanwhile, and this one's probe starts with the answer.
    slot.reading = true;
    const quint64 id = slot.id;
    const int token = ++slot.readToken;
    secretStore().read(name, this, [this, id, token, name, options](const SecretStoreResult &result) {
        Slot *found = findSlot(id);
        if (!found || found->readToken != token)
            return;
        found->reading = false;
        ProbeOptions withCredentials = options;
        if (result.ok()) {
            withCredentials.credentials = MonitorCredentials::fromKeychain(found->target, name, result.secret);
            setCredentialsProblem(*found, {});
        } else {
            setCredentialsProblem(*found, tr("keychain entry \"%1\": %2").arg(name, result.message()));
        }
        startProbe(*found, withCredentials);
    });
}

void Monitor::setCredentialsProblem(Slot &slot, const QString &message)
{
    if (slot.credentialsProblem == message)
        return;
    slot.credentialsProblem = message;
    Q_EMIT credentialsProblem(slot.index, message);
}

void Monitor::startProbe(Slot &slot, const ProbeOptions &options)
{
    slot.probe = std::make_unique<OptionsProbe>();
    slot.probe->setTransportFactory(m_factory);
    Slot *raw = &slot;
    connect(slot.probe.get(), &OptionsProbe::finished, this,
            [this, raw](const ProbeResult &result) { onFinished(*raw, result); });
    Q_EMIT probeStarted(slot.index);
    slot.probe->start(slot.target.target, options);
}

void Monitor::onFinished(Slot &slot, const ProbeResult &result)
{
    if (result.error.kind == ErrorKind::Cancelled)
        return;
    const std::optional<MonitorChange> change = slot.state.add(result, QDateTime::currentDateTime());
    // Its socket, resolver and transaction are gone already; the probe object and its
    // copy of the result go now (later: we are inside its finished signal).
    discardProbe(slot);
    const int index = slot.index;
    // A turn that came while this probe ran starts now, from the timer (not inside
    // the probe's own finished signal).
    if (slot.due && m_running)
        schedule(slot, 0);
    Q_EMIT resultReady(index, result);
    if (change)
        Q_EMIT stateChanged(index, *change);

    int rounds = INT_MAX;
    for (const auto &other : m_slots)
        rounds = std::min(rounds, other->state.probes());
    while (rounds != INT_MAX && m_completedRounds < rounds) {
        ++m_completedRounds;
        Q_EMIT roundCompleted(m_completedRounds);
        if (m_options.maxRounds > 0 && m_completedRounds >= m_options.maxRounds)
            Q_EMIT finished();
    }
}

QJsonObject Monitor::jsonRecord(const MonitorTarget &target, const MonitorTargetState &state,
                                const std::optional<MonitorChange> &change)
{
    const ProbeResult &result = state.lastResult();
    QJsonObject record;
    const QDateTime time = change ? change->time : state.lastProbeTime();
    record.insert(u"time"_s, time.toUTC().toString(Qt::ISODateWithMs));
    record.insert(u"target"_s, target.target);
    record.insert(u"label"_s, target.label);
    record.insert(u"status"_s, result.hasFinalResponse() ? QJsonValue(result.statusCode) : QJsonValue());
    record.insert(u"reason"_s, result.hasFinalResponse() ? QJsonValue(result.reasonPhrase) : QJsonValue());
    record.insert(u"state"_s, monitorStatusToken(state.status()));
    record.insert(u"rtt_ms"_s, ProbeResultJson::milliseconds(result.hasFinalResponse() ? result.rttUs : -1));
    record.insert(u"error"_s, result.error.isError() ? QJsonValue(errorKindToken(result.error.kind)) : QJsonValue());
    record.insert(u"error_message"_s, result.error.isError() ? QJsonValue(result.error.message) : QJsonValue());
    record.insert(u"loss_percent"_s, state.lossPercent());
    record.insert(u"verdict_profile"_s, state.verdictProfile().name());
    record.insert(u"consecutive_failures"_s, state.consecutiveFailures());
    record.insert(u"change"_s, change ? QJsonValue(change->token()) : QJsonValue());
    const bool hasPrevious = change && change->kind != MonitorChange::Kind::First;
    record.insert(u"previous_status"_s,
                  hasPrevious && change->fromCode ? QJsonValue(change->fromCode) : QJsonValue());
    record.insert(u"previous_state"_s,
                  hasPrevious ? QJsonValue(monitorStatusToken(change->from)) : QJsonValue());
    if (const auto &expiry = state.certificateExpiry()) {
        record.insert(u"certificate"_s,
                      QJsonObject{{u"level"_s, CertificateThresholds::levelToken(state.certificateLevel())},
                                  {u"earliest_not_after"_s, expiry->earliestNotAfter.toString(Qt::ISODate)},
                                  {u"days_left"_s, expiry->earliestDaysLeft()}});
    } else {
        record.insert(u"certificate"_s, QJsonValue());
    }
    return record;
}

} // namespace SipScope
