// Which NAPTR records of a domain a SIP client follows (RFC 3263 §4.1; RFC 7118 §6 for
// the WebSocket services), and why each of the others is passed over. A pure function
// of the records and the request, so that every rule is a test row.
#pragma once

#include "dnsbackend.h"
#include "transportprotocol.h"

#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct NaptrChoice
{
    DnsNaptrRecord record;
    TransportProtocol transport = TransportProtocol::Udp;
    QString srvName;     // the replacement: the SRV name to look up next
};

struct NaptrSkip
{
    DnsNaptrRecord record;
    QString reason;      // translated
};

struct NaptrSelection
{
    QList<NaptrChoice> chosen;   // in the order to try: order, then preference (RFC 3403 §4.1)
    QList<NaptrSkip> skipped;
};

// "SIP+D2U" UDP, "SIP+D2T" TCP, "SIPS+D2T" TLS (RFC 3263 §4.1), "SIP+D2W" WS,
// "SIPS+D2W" WSS (RFC 7118 §6); case-insensitive. Anything else is not a SIP service.
std::optional<TransportProtocol> naptrServiceTransport(const QString &services);

// `secure`: a sips: URI, which keeps only the SIPS services (RFC 3263 §4.1; a sip: URI
// keeps them, as that section says a client that supports TLS should). `transport`: the
// one the user forced, the only one kept. A record is followed only with the flag "s"
// (an SRV lookup of the replacement), an empty regular expression and a replacement.
NaptrSelection selectNaptr(QList<DnsNaptrRecord> records, bool secure, std::optional<TransportProtocol> transport);

// "10 50 \"s\" \"SIP+D2T\" \"\" _sip._tcp.example.com", the zone file order.
QString naptrRecordText(const DnsNaptrRecord &record);

} // namespace SipScope
