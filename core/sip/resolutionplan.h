// The decisions of RFC 3263 §4.1 and §4.2 that need no DNS: which transport, which
// port, and whether to look up SRV records (and which) or addresses only.
#pragma once

#include "transportprotocol.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct ResolveRequest
{
    enum class Family { Any, IPv4Only, IPv6Only };

    QString host;                                // name, IPv4, or IPv6 with or without []
    std::optional<quint16> port;                 // the URI's explicit port
    std::optional<TransportProtocol> transport;  // ;transport= or --transport; unset: RFC 3263 §4.1
    bool secure = false;                         // a sips: URI
    Family family = Family::Any;
};

struct SrvService
{
    QString name;                                // "_sip._udp.example.com"
    TransportProtocol transport = TransportProtocol::Udp;
    // Set when a NAPTR record led here: its services field ("SIP+D2T"), order, preference.
    QString naptrService;
    int naptrOrder = -1;
    int naptrPreference = -1;
};

struct ResolutionPlan
{
    enum class Kind {
        Invalid,    // nothing to resolve; see error
        Literal,    // the host is an IP address
        Addresses,  // A/AAAA of the host only (explicit port, or WebSocket)
        Srv,        // NAPTR, then SRV, then A/AAAA of the host on `port` when there are no records
    };

    Kind kind = Kind::Invalid;
    QString host;                   // without brackets and surrounding space
    QHostAddress literal;           // Kind::Literal
    // The transport and port when no SRV record decides them: the literal's or the
    // explicit port's, and the SRV fallback's.
    TransportProtocol transport = TransportProtocol::Udp;
    quint16 port = 0;
    QList<SrvService> services;     // Kind::Srv without NAPTR, in the order their targets are tried
    // Kind::Srv: the transport that NAPTR records must offer, when one was given.
    std::optional<TransportProtocol> forcedTransport;
    QString transportReason;        // translated: why these transports
    QString note;                   // translated: why no SRV lookup, may be empty
    QString error;                  // translated, Kind::Invalid

    static ResolutionPlan make(const ResolveRequest &request);
};

} // namespace SipScope
