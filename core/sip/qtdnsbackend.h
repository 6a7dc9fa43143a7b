// The real DNS: SRV through QDnsLookup, addresses through QHostInfo.
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
};

} // namespace SipScope
