// When a message left or reached the wire, and which clock says so.
//
// The kernel's software timestamps are taken where the packet passes the network
// stack (the driver's transmit, the receive path), so they do not include the time
// the process waited to be scheduled; the application clock is read in our own code,
// right at the send call or when the read begins, and does include it on a busy
// machine. The RTT of a probe says which of the two each end came from.
#pragma once

#include <QString>

#include <chrono>

namespace SipScope {

struct WireTime
{
    enum class Clock {
        None,         // not taken (the transport does not report times)
        Application,  // steady clock read by SipScope at the send call or the read
        Kernel,       // the kernel's software timestamp of the packet
    };

    std::chrono::steady_clock::time_point at;
    Clock clock = Clock::None;

    bool isValid() const { return clock != Clock::None; }
    static WireTime now() { return {std::chrono::steady_clock::now(), Clock::Application}; }

    static QString clockToken(Clock clock);   // "application", "kernel", null for None
    static QString clockTitle(Clock clock);   // translated: "application clock", ...
    // Translated, for the figure between two times: "kernel timestamps", "application
    // clock", or each end's clock when they differ; empty when either is None.
    static QString pairTitle(Clock sent, Clock received);
};

} // namespace SipScope
