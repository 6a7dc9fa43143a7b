#include "transportprotocol.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString transportViaToken(TransportProtocol protocol)
{
    return transportToken(protocol).toUpper();
}

QString transportToken(TransportProtocol protocol)
{
    switch (protocol) {
    case TransportProtocol::Udp: return u"udp"_s;
    case TransportProtocol::Tcp: return u"tcp"_s;
    case TransportProtocol::Tls: return u"tls"_s;
    case TransportProtocol::Ws: return u"ws"_s;
    case TransportProtocol::Wss: return u"wss"_s;
    }
    return {};
}

std::optional<TransportProtocol> transportFromToken(const QString &token)
{
    const QString lower = token.trimmed().toLower();
    for (auto protocol : {TransportProtocol::Udp, TransportProtocol::Tcp, TransportProtocol::Tls,
                          TransportProtocol::Ws, TransportProtocol::Wss}) {
        if (transportToken(protocol) == lower)
            return protocol;
    }
    return std::nullopt;
}

bool isReliableTransport(TransportProtocol protocol)
{
    return protocol != TransportProtocol::Udp;
}

quint16 defaultPort(TransportProtocol protocol)
{
    return protocol == TransportProtocol::Tls || protocol == TransportProtocol::Wss ? 5061 : 5060;
}

} // namespace SipScope
