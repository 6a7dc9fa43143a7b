// A scripted DNS for tests that go through the RFC 3263 resolver (the probe, the CLI
// in-process): answers come from tables, unknown names do not exist (NXDOMAIN), names
// in `silent` never answer. No test depends on public DNS.
#pragma once

#include "sip/dnsbackend.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace SipScope::Test {

class FakeDnsBackend final : public DnsBackend
{
public:
    QHash<QString, SrvLookupResult> srv;
    QHash<QString, HostLookupResult> hosts;
    QSet<QString> silent;
    QStringList asked;   // "SRV _sip._udp.example.com", "HOST example.com", in order

    void lookupSrv(const QString &name, QObject *context, SrvCallback done) override;
    void lookupHost(const QString &name, QObject *context, HostCallback done) override;

    void addSrv(const QString &name, const QString &target, quint16 port, quint16 priority = 10,
                quint16 weight = 0, qint64 ttl = 300);
    void addHost(const QString &name, const QString &address, qint64 ttl = 60);
};

} // namespace SipScope::Test
