// DNS asked directly of given nameservers with SipScope's own client (core/dns): every
// lookup the resolver needs (NAPTR, SRV, A and AAAA), none through the system's
// resolver — so no hosts file, no search domains, and TTLs as the server sends them.
// Used when the user names a DNS server (--dns-server), and for the system's NAPTR
// lookups (QtDnsBackend), which Qt cannot make.
#pragma once

#include "dnsbackend.h"

#include "dns/dnsexchange.h"
#include "dns/nameserveraddress.h"

#include <memory>
#include <optional>

namespace SipScope {

class ServerDnsBackend final : public DnsBackend
{
public:
    explicit ServerDnsBackend(Dns::ExchangeOptions options);

    const Dns::ExchangeOptions &options() const { return m_options; }

    void lookupSrv(const QString &name, QObject *context, SrvCallback done) override;
    // An A and an AAAA query at once; the addresses come A first, then AAAA.
    void lookupHost(const QString &name, QObject *context, HostCallback done) override;
    void lookupNaptr(const QString &name, QObject *context, NaptrCallback done) override;

private:
    Dns::ExchangeOptions m_options;
};

// The DNS a probe uses: the given server's (--dns-server) or, without one, the system's
// (QtDnsBackend). One rule for the probe, the candidates and the tracer.
std::shared_ptr<DnsBackend> dnsBackendFor(const std::optional<Dns::NameserverAddress> &server);

} // namespace SipScope
