// What the responder did with everything that reached it since it started. Each
// message read is counted once, as answered, absorbed or dropped, so that
// received == answered + absorbed + dropped() at any moment. Under a flood the drops
// are counted instead of logged one by one: logging each would cost what dropping saves.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SipScope {

struct ResponderCounters
{
    Q_DECLARE_TR_FUNCTIONS(ResponderCounters)
public:
    quint64 received = 0;      // messages read from the socket(s), garbage included
    quint64 answered = 0;      // new transactions given an answer (or about to be, after the delay)
    quint64 absorbed = 0;      // retransmissions and ACKs handled by their transaction
    quint64 rateLimited = 0;   // over the per-source rate limit: dropped before parsing
    quint64 tableFull = 0;     // no room for another live transaction: dropped
    quint64 unanswerable = 0;  // a response, no Via, not SIP: dropped
    quint64 backlog = 0;       // WebSocket: arrived while the peer left 256 KiB of answers unread: dropped
    quint64 evicted = 0;       // completed transactions retired early to make room
    // UDP: datagrams the kernel dropped with the receive queue full (never read, so not
    // in `received`); nullopt for TCP/TLS and where the platform does not say.
    std::optional<quint64> kernelDropped;

    quint64 dropped() const { return rateLimited + tableFull + unanswerable + backlog; }
    // The invariant above: every message read is accounted for exactly once.
    bool balanced() const { return received == answered + absorbed + dropped(); }

    // One translated line: "1200 received: 900 answered, 0 absorbed, 300 dropped (...)".
    QString summary() const;
};

} // namespace SipScope
