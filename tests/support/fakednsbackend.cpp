#include "fakednsbackend.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

void FakeDnsBackend::lookupSrv(const QString &name, QObject *context, SrvCallback done)
{
    asked << u"SRV "_s + name;
    if (silent.contains(name))
        return;
    SrvLookupResult answer;
    answer.error = DnsErrorKind::NameNotFound;
    answer.errorText = u"NXDOMAIN"_s;
    answer = srv.value(name, answer);
    QTimer::singleShot(1, context, [done, answer] { done(answer); });
}

void FakeDnsBackend::lookupHost(const QString &name, QObject *context, HostCallback done)
{
    asked << u"HOST "_s + name;
    if (silent.contains(name))
        return;
    HostLookupResult answer;
    answer.error = DnsErrorKind::NameNotFound;
    answer.errorText = u"NXDOMAIN"_s;
    answer = hosts.value(name, answer);
    QTimer::singleShot(1, context, [done, answer] { done(answer); });
}

void FakeDnsBackend::lookupNaptr(const QString &name, QObject *context, NaptrCallback done)
{
    asked << u"NAPTR "_s + name;
    if (silent.contains(name))
        return;
    NaptrLookupResult answer;
    answer.error = DnsErrorKind::NoRecords;
    answer = naptr.value(name, answer);
    QTimer::singleShot(1, context, [done, answer] { done(answer); });
}

void FakeDnsBackend::addNaptr(const QString &name, quint16 order, quint16 preference, const QString &services,
                              const QString &replacement, const QString &flags)
{
    naptr[name].records.append(DnsNaptrRecord{order, preference, flags, services, {}, replacement, 300});
    naptr[name].error = DnsErrorKind::None;
}

void FakeDnsBackend::addSrv(const QString &name, const QString &target, quint16 port, quint16 priority,
                            quint16 weight, qint64 ttl)
{
    srv[name].records.append(DnsServiceRecord{target, port, priority, weight, ttl});
}

void FakeDnsBackend::addHost(const QString &name, const QString &address, qint64 ttl)
{
    hosts[name].addresses.append(DnsAddressRecord{QHostAddress(address), ttl});
}

} // namespace SipScope::Test
