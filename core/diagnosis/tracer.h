// SIP traceroute (like sipsak -T): OPTIONS with Max-Forwards 0, 1, 2 … one after the
// other. Each proxy on the way takes one from Max-Forwards and the one that finds 0
// answers 483 Too Many Hops (RFC 3261 §16.3 step 2), so every 483 names the next hop;
// the first other final answer is the target. Bounded by a hop count and a total time.
#pragma once

#include "probe/optionsprobe.h"
#include "probe/proberesult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace SipScope {

struct TraceOptions
{
    ProbeOptions probe;        // transport, From, headers, bind, timers; maxForwards is ignored
    int maxHops = 20;          // Max-Forwards 0 .. maxHops-1
    // Timer F of each hop when probe.timers.timerF is not set.
    std::chrono::milliseconds hopTimeout{5000};
    std::chrono::milliseconds totalTimeout{60000};
    int maxSilentHops = 3;     // stop after this many hops in a row without an answer

    static constexpr int maxAllowedHops = 70;   // the RFC 3261 default Max-Forwards
};

struct TraceHop
{
    enum class Outcome {
        TooManyHops,   // 483: this hop is where Max-Forwards ran out
        Reached,       // another final response: the end of the path
        NoAnswer,      // Timer F: a silent hop (shown like traceroute's '*')
        Error,         // refused, unreachable, DNS, TLS: the path cannot be followed
    };

    int index = 0;            // 0-based
    int maxForwards = 0;      // the value sent
    Outcome outcome = Outcome::NoAnswer;
    int statusCode = 0;       // received final status, 0 without one
    QString reasonPhrase;
    // The hop's own address when the answer names it (its Contact, else the agent of
    // a Warning), else empty; relayedBy is where the answer physically came from.
    QString address;
    QString addressSource;    // "contact", "warning", "source" (hop 0: the packet's source), or empty
    QString relayedBy;
    QString server;           // Server, else User-Agent
    qint64 rttUs = -1;
    ProbeResult result;       // everything else (timeline, raw messages)

    static QString outcomeToken(Outcome outcome);   // "too_many_hops", "reached", "no_answer", "error"
    // A key to recognise the same element again (loop detection); empty when the
    // answer does not identify its sender.
    QString identity() const;
};

struct TraceResult
{
    enum class End {
        Reached,      // the target answered
        MaxHops,      // every Max-Forwards up to maxHops-1 ran out
        Silent,       // maxSilentHops hops in a row did not answer
        Error,        // a hop could not be reached at all
        TimeLimit,    // totalTimeout passed
        Cancelled,
        InvalidTarget,
    };

    QString target;
    QString normalizedTarget;
    QList<TraceHop> hops;
    End end = End::Reached;
    bool loopSuspected = false;   // the same hop answered at two different depths
    qint64 elapsedUs = 0;
    QString summary;              // translated, one sentence

    static QString endToken(End end);  // "reached", "max_hops", "silent", "error", "time_limit", ...
};

class Tracer final : public QObject
{
    Q_OBJECT
public:
    explicit Tracer(QObject *parent = nullptr);
    ~Tracer() override;

    // Tests inject transports; the default creates the real ones.
    void setTransportFactory(TransportFactory factory);

    // finished() always follows exactly once, asynchronously.
    void start(const QString &target, const TraceOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const TraceResult &result() const { return m_result; }

    // The fields of a hop that come from its probe result (for tests and the GUI).
    static TraceHop hopFromResult(int index, const ProbeResult &result);

Q_SIGNALS:
    void hopStarted(int index, int maxForwards);
    void hopFinished(const SipScope::TraceHop &hop);
    void finished(const SipScope::TraceResult &result);

private:
    void startHop();
    void onHopFinished(const ProbeResult &result);
    void finish(TraceResult::End end);
    QString summaryText() const;

    OptionsProbe m_probe;
    TraceOptions m_options;
    TraceResult m_result;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_silentInARow = 0;
    bool m_running = false;
};

} // namespace SipScope
