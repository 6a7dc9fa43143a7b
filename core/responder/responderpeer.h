// Where a request reached the responder from, and so where its answers go; and the
// bounds every connection-oriented listener (TCP, TLS, WebSocket) keeps per connection.
#pragma once

#include "sip/transportprotocol.h"

#include <QHostAddress>
#include <QString>

namespace SipScope {

struct ResponderPeer
{
    TransportProtocol transport = TransportProtocol::Udp;
    QHostAddress address;
    quint16 port = 0;
    quint64 connection = 0;   // TCP/TLS/WS: the accepted connection; 0 for UDP

    QString toString() const; // "127.0.0.1:40312", "[::1]:40312"
};

namespace ResponderConnectionLimits {
// Answers queued on one connection that its peer does not read: past this the peer is
// not a SIP client keeping up, and holding more would let it grow our memory at will.
inline constexpr qint64 maxUnsentBytes = 1024 * 1024;
// While this much of a connection's answers is unsent, its requests are not taken up:
// TCP/TLS stop reading (TCP's flow control slows the sender), WebSocket drops them.
inline constexpr qint64 backlogBytes = 256 * 1024;
// A peer that takes none of its answers for this long while its backlog is full is closed.
inline constexpr int stalledPeerMs = 10000;
} // namespace ResponderConnectionLimits

} // namespace SipScope
