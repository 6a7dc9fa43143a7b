// The real DNS: SRV through QDnsLookup, addresses through QHostInfo, and NAPTR (which
// QDnsLookup cannot ask for) through SipScope's own client, sent to the nameservers of
// the system's resolver configuration (/etc/resolv.conf on Unix and macOS). Where none
// is known (Windows), NAPTR is reported unsupported and resolution starts at SRV.
#pragma once

#include "dnsbackend.h"

namespace SipScope {

// Addresses come from QHostInfo (the system's getaddrinfo) rather than QDnsLookup A/AAAA
// queries, so that the hosts file, mDNS and the system's resolver configuration apply
// just as they do for every other program; the price is that their TTLs are unknown.
class QtDnsBackend final : public DnsBackend
{
public:
    void lookupSrv(const QString &name, QObject *context, SrvCallback done) override;
    void lookupHost(const QString &name, QObject *context, HostCallback done) override;
    void lookupNaptr(const QString &name, QObject *context, NaptrCallback done) override;
};

} // namespace SipScope
