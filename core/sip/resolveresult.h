// What the RFC 3263 resolver found: the targets to try, in order, and a trace of every
// DNS step for the probe's timeline.
#pragma once

#include "dnsbackend.h"
#include "transportprotocol.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace SipScope {

// One place to send the request to.
struct ResolvedTarget
{
    enum class Source {
        Literal,  // the host was an IP address: no DNS at all
        Srv,      // an SRV record's target, resolved to an address
        A,        // an A record of the host itself (explicit port, or no SRV records)
        Aaaa,     // an AAAA record of the host itself
    };

    QString host;            // the name the address belongs to: SRV target or the URI host
    QHostAddress address;
    quint16 port = 0;
    TransportProtocol transport = TransportProtocol::Udp;
    Source source = Source::Literal;
    QString srvName;         // "_sip._udp.example.com" for Srv targets, else empty
    int priority = -1;       // SRV priority and weight; -1 for other sources
    int weight = -1;
    qint64 ttl = -1;         // TTL of the address record in seconds; -1 when unknown
    qint64 srvTtl = -1;      // TTL of the SRV record; -1 for other sources
    QString naptrService;    // "SIP+D2T" when a NAPTR record led to the SRV name, else empty
    int naptrOrder = -1;     // that record's order and preference; -1 without NAPTR
    int naptrPreference = -1;

    static QString sourceToken(Source source); // "literal", "srv", "a", "aaaa"
    // "udp 192.0.2.1:5060", "tls [2001:db8::1]:5061"
    QString endpointText() const;
};

// One step of a resolution, with its time on the caller's clock.
struct ResolverEvent
{
    enum class Type {
        TransportChosen,  // the transport(s) to look for, and why (RFC 3263 §4.1)
        Literal,          // numeric host: used as is
        NaptrSkipped,     // NAPTR is not asked (no nameserver known, a localhost name): SRV next
        NaptrQuery,       // a NAPTR lookup started (RFC 3263 §4.1)
        NaptrRecords,     // NAPTR records found (naptrRecords, by order and preference)
        NaptrFailed,      // the NAPTR lookup gave nothing (error): SRV next
        NaptrSelected,    // which NAPTR records are followed and why the others are not
        SrvQuery,         // an SRV lookup started
        SrvRecords,       // SRV records found (srvRecords, in the order they will be tried)
        SrvFailed,        // SRV lookup gave nothing (error)
        AddressQuery,     // an A/AAAA lookup started
        AddressRecords,   // addresses found
        AddressFailed,    // A/AAAA lookup gave nothing (error)
        Fallback,         // no SRV records: A/AAAA of the host on the default port
        Finished,         // the targets are known
        Failed,           // no target at all
    };

    Type type = Type::Finished;
    qint64 atUs = 0;                     // microseconds on the resolver's clock
    QString name;                        // the DNS name involved, may be empty
    QString text;                        // translated, one line, for humans
    QList<DnsServiceRecord> srvRecords;  // SrvRecords
    QList<DnsAddressRecord> addresses;   // AddressRecords
    QList<DnsNaptrRecord> naptrRecords;  // NaptrRecords
    DnsErrorKind error = DnsErrorKind::None; // SrvFailed, AddressFailed, NaptrFailed

    // "transport_chosen", "literal", "naptr_skipped", "naptr_query", "naptr_records",
    // "naptr_failed", "naptr_selected", "srv_query", "srv_records",
    // "srv_failed", "address_query", "address_records", "address_failed", "fallback",
    // "finished", "failed"
    static QString typeToken(Type type);
};

enum class ResolveErrorKind {
    None,
    InvalidRequest,      // empty host, sips: over UDP, ...
    NameNotFound,        // the name does not exist (NXDOMAIN / host not found)
    NoAddresses,         // the names exist, but none has a usable address
    NoAnswer,            // DNS did not answer (timeout, unreachable, server failure)
    ServiceUnavailable,  // SRV says "." : the domain explicitly offers no such service
};

// "invalid_request", "name_not_found", "no_addresses", "no_answer", "service_unavailable";
// empty for None.
QString resolveErrorKindToken(ResolveErrorKind kind);

struct ResolveResult
{
    QList<ResolvedTarget> targets;   // in the order to try them; empty on error
    QList<ResolverEvent> trace;
    ResolveErrorKind error = ResolveErrorKind::None;
    QString errorMessage;            // translated, one sentence naming the host
    QString transportReason;         // translated: why these transports

    bool ok() const { return error == ResolveErrorKind::None; }
};

} // namespace SipScope
