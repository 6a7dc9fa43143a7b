// What the keep-alive pings after a probe's answer found (RFC 5626 §3.5.1, §4.4.1):
// one entry a ping, the pong's round trip or none.
#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace SipScope {

struct KeepAliveOptions
{
    int pings = 0;                                   // 0: none (the default)
    std::chrono::milliseconds interval{1000};        // from one ping to the next
    // RFC 5626 §4.4.1: without a pong 10 s after the ping, the flow has failed. The
    // probe waits no longer than its Timer F (--timeout) either.
    std::chrono::milliseconds pongTimeout{10000};
};

struct KeepAliveReport
{
    enum class Kind {
        Crlf,          // TCP, TLS: a double-CRLF ping, a CRLF pong (RFC 5626 §4.4.1)
        WebSocketPing, // ws, wss: a WebSocket Ping frame, its Pong (RFC 6455 §5.5.2)
        Unsupported,   // UDP: RFC 5626 §4.4.2 uses STUN, which the probe does not send
    };

    Kind kind = Kind::Unsupported;
    // One a ping sent, in order: the pong's round trip in microseconds, or nullopt when
    // none came within the pong timeout (or the connection ended first).
    QList<std::optional<qint64>> pongRttUs;
    int requested = 0;     // pings asked for
    QString stopReason;    // translated: why fewer pings went out than asked for; empty

    int pings() const { return int(pongRttUs.size()); }
    int pongs() const;
    int missing() const { return pings() - pongs(); }
    // Every ping asked for went out and got its pong.
    bool allAnswered() const { return kind != Kind::Unsupported && pings() == requested && missing() == 0; }
    static QString kindToken(Kind kind);   // "crlf", "websocket_ping", "unsupported"
    // One translated line for the CLI and the GUI: what was sent, how many pongs came,
    // their round trips (min/avg/max), or why there were none.
    QString summary() const;
};

} // namespace SipScope
