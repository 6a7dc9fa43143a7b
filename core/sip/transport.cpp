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
