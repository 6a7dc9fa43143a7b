#include "transport.h"

#include "tcptransport.h"
#include "tlstransport.h"
#include "udptransport.h"
#include "wstransport.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString TransportEndpoint::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u"]:"_s + QString::number(port);
    return address.toString() + u':' + QString::number(port);
}

void Transport::tapPacket(const TransportOptions &options, WirePacket::Kind kind, bool sent,
                          const QByteArray &bytes, const WireTime &time) const
{
    if (!options.wireTap)
        return;
    WirePacket packet;
    packet.kind = kind;
    packet.protocol = protocol();
    packet.sent = sent;
    packet.localAddress = localAddress();
    packet.localPort = localPort();
    const TransportEndpoint peer = remote();
    packet.remoteAddress = peer.address;
    packet.remotePort = peer.port;
    packet.bytes = bytes;
    packet.time = time.isValid() ? time : WireTime::now();
    options.wireTap->record(packet);
}

std::unique_ptr<Transport> createTransport(TransportProtocol protocol)
{
    switch (protocol) {
    case TransportProtocol::Udp:
        return std::make_unique<UdpTransport>();
    case TransportProtocol::Tcp:
        return std::make_unique<TcpTransport>();
    case TransportProtocol::Tls:
        return std::make_unique<TlsTransport>();
    case TransportProtocol::Ws:
    case TransportProtocol::Wss:
        return std::make_unique<WsTransport>(protocol);
    }
    return nullptr;
}

} // namespace SipScope
