// The timing waterfall of one probe, derived from its timeline (all times on the
// probe's monotonic clock, in microseconds): phases that take time — each DNS
// lookup, each connection attempt (TCP connect, or the whole WebSocket opening), the
// TLS handshake, each request's wait for its answer — and the instants in between —
// request sent, each retransmission, each provisional, the final response.
#pragma once

#include "proberesult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SipScope {

struct TimingPhase
{
    enum class Kind {
        Dns,          // one lookup: SRV or A/AAAA of one name
        Connect,      // one connection attempt (TCP, or the WebSocket opening)
        Tls,          // TLS handshake
        Transaction,  // one request: first transmission until its final (or the end)
    };
    Kind kind = Kind::Dns;
    QString label;       // translated, short: "DNS _sip._udp.example.com", "TCP connect"
    qint64 startUs = 0;
    qint64 endUs = 0;
    bool failed = false; // the lookup found nothing, the attempt failed, no final came

    qint64 durationUs() const { return endUs - startUs; }
    static QString kindToken(Kind kind);   // "dns", "connect", "tls", "transaction"
};

struct TimingMark
{
    enum class Kind { Sent, Retransmitted, Provisional, Final, Ignored, Timeout, Error };
    Kind kind = Kind::Sent;
    qint64 atUs = 0;
    int statusCode = 0;  // Provisional, Final, Ignored
    QString label;       // translated: "sent", "retransmission 2", "100 Trying"

    static QString kindToken(Kind kind);   // "sent", "retransmitted", "provisional", "final", ...
};

class ProbeTiming final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeTiming)
public:
    static ProbeTiming fromResult(const ProbeResult &result);

    const QList<TimingPhase> &phases() const { return m_phases; }
    const QList<TimingMark> &marks() const { return m_marks; }
    // Translated: which clock phases().at(index) came from ("kernel timestamps",
    // "application clock", "length measured by the kernel (SYN to SYN-ACK)").
    QString phaseClock(qsizetype index) const;
    // From the probe's start to its last event.
    qint64 totalUs() const { return m_totalUs; }
    // The first phase or mark: where a picture of the timing begins (what came before,
    // reading the target and opening a socket, is in the timeline's events).
    qint64 startUs() const;
    bool isEmpty() const { return m_phases.isEmpty() && m_marks.isEmpty(); }

    // "0.412 ms", "12.3 ms", "1.25 s": microsecond precision below a millisecond.
    static QString formatDuration(qint64 us);
    // The number of formatDuration() in milliseconds, without the unit, same precision
    // below a second ("0.412", "12.34", "250.1", "1250").
    static QString formatMilliseconds(qint64 us);

private:
    QList<TimingPhase> m_phases;
    QList<TimingMark> m_marks;
    QList<QString> m_phaseClocks;   // parallel to m_phases
    qint64 m_totalUs = 0;
};

} // namespace SipScope
