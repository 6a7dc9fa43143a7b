// The transport protocols a SIP request can travel over (RFC 3261 §18, RFC 7118).
#pragma once

#include <QString>

#include <optional>

namespace SipScope {

enum class TransportProtocol {
    Udp,
    Tcp,
    Tls,
    Ws,
    Wss,
};

// The Via transport token: "UDP", "TCP", "TLS", "WS", "WSS" (RFC 3261 §20.42, RFC 7118 §5).
QString transportViaToken(TransportProtocol protocol);
// The lowercase token used in ;transport= parameters, on the command line and in JSON.
QString transportToken(TransportProtocol protocol);
// Parses a token case-insensitively ("udp", "TLS"); nullopt when unknown.
std::optional<TransportProtocol> transportFromToken(const QString &token);
// Reliable transports get no Timer E retransmissions (RFC 3261 §17.1.2.2).
bool isReliableTransport(TransportProtocol protocol);
// The default port when the URI has none: 5061 for TLS, 5060 otherwise (RFC 3261 §19.1.2);
// 443 and 80 would be wrong for WS(S) too, so they use the SIP defaults as well.
quint16 defaultPort(TransportProtocol protocol);

} // namespace SipScope
