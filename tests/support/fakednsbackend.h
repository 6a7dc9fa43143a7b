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
    // NAPTR answers by name; a name not in it has no NAPTR records (NOERROR, none).
    QHash<QString, NaptrLookupResult> naptr;
    QSet<QString> silent;
    QStringList asked;   // "NAPTR example.com", "SRV _sip._udp.example.com", "HOST example.com", in order

    void lookupSrv(const QString &name, QObject *context, SrvCallback done) override;
    void lookupHost(const QString &name, QObject *context, HostCallback done) override;
    void lookupNaptr(const QString &name, QObject *context, NaptrCallback done) override;
    void addNaptr(const QString &name, quint16 order, quint16 preference, const QString &services,
                  const QString &replacement, const QString &flags = QStringLiteral("s"));

    void addSrv(const QString &name, const QString &target, quint16 port, quint16 priority = 10,
                quint16 weight = 0, qint64 ttl = 300);
    void addHost(const QString &name, const QString &address, qint64 ttl = 60);
};

} // namespace SipScope::Test
