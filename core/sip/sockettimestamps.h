// The kernel's software timestamps of one datagram socket, where the platform has them.
//
// Linux: SO_TIMESTAMPING with software receive and transmit stamps (the transmit stamp
// comes back on the socket's error queue, MSG_ERRQUEUE). macOS and the BSDs:
// SO_TIMESTAMP, receive only. Elsewhere (Windows) nothing: the callers fall back to
// the application clock and say so. The stamps are wall-clock (CLOCK_REALTIME); they
// are returned on the steady clock by subtracting their age from a steady reading.
#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace SipScope {

class SocketTimestamps
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Peek
    {
        std::optional<TimePoint> received;  // the stamp of the datagram at the head
        int error = 0;                      // errno of a failed peek (ECONNREFUSED...); 0: none
    };

    // Asks the kernel for receive (and, on Linux, transmit) stamps on `fd`. False when
    // the platform or the socket has none.
    static bool enable(qintptr fd, bool *transmitToo = nullptr);
    // The same for a connected TCP socket (Linux only): receive and transmit stamps,
    // the transmit stamp taken for the last byte of each send.
    static bool enableStream(qintptr fd);
    // The receive stamp of the datagram that the next read returns, without taking it.
    // A pending socket error (ICMP port unreachable) is reported in Peek::error: the
    // kernel clears it on this read, so the caller must act on it.
    static Peek peekReceived(qintptr fd);
    // A stream socket: the stamp of the last segment among the bytes queued for reading
    // (all of them are peeked, not taken). `ended`: the peer closed the connection or
    // it failed; Qt's own read reports which.
    struct StreamPeek
    {
        std::optional<TimePoint> received;
        bool ended = false;
    };
    static StreamPeek peekStream(qintptr fd);
    // Empties the error queue of transmit stamps; the newest one, if any.
    static std::optional<TimePoint> takeTransmitted(qintptr fd);
};

} // namespace SipScope
