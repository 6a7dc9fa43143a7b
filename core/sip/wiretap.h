// What a transport puts on, and takes off, the wire, for whoever records it.
//
// A capture file (core/capture) must hold every datagram and segment with the very
// times the probe measures its RTT from, so the transports report each one right where
// they take the time. The interface lives here, below the capture writer, because the
// SIP engine may not know its users.
#pragma once

#include "transportprotocol.h"
#include "wiretime.h"

#include <QByteArray>
#include <QHostAddress>

namespace SipScope {

struct WirePacket
{
    enum class Kind {
        Datagram,       // one UDP datagram, exactly as sent or received
        StreamOpened,   // a TCP connection was established (the kernel did the handshake)
        StreamData,     // bytes written to or read from a TCP connection
        StreamClosed,   // the connection ended (`sent`: we closed it, else the peer did)
        Message,        // one SIP message of a TLS or WebSocket connection, decrypted:
                        // the bytes on the wire are not ours to see
    };

    Kind kind = Kind::Datagram;
    TransportProtocol protocol = TransportProtocol::Udp;
    bool sent = true;   // from local to remote
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    QByteArray bytes;
    WireTime time;      // the reading the probe takes for this packet; None: "now"
};

class WireTap
{
public:
    virtual ~WireTap() = default;
    virtual void record(const WirePacket &packet) = 0;
};

} // namespace SipScope
