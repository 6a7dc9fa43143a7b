#include "qtdnsbackend.h"

#include "serverdnsbackend.h"

#include "dns/nameserveraddress.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QHostInfo>
#include <QObject>
#include <QTimer>

namespace SipScope {

namespace {

DnsErrorKind mapDnsLookupError(QDnsLookup::Error error)
{
    switch (error) {
    case QDnsLookup::NoError:
        return DnsErrorKind::None;
    case QDnsLookup::NotFoundError:
        return DnsErrorKind::NameNotFound;
    case QDnsLookup::ServerFailureError:
    case QDnsLookup::ServerRefusedError:
        return DnsErrorKind::ServerFailure;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4's Unix backend reports a NOERROR answer without records (NODATA, the
        // usual reply for a domain without SIP SRV records) this way, because
        // res_nquery() returns -1 for it; but an unreachable DNS server gives the same
        // error (checked with a lookup against 127.0.0.1:53). Reading it as "no records"
        // keeps the RFC 3263 fallback to A/AAAA going, and that lookup tells the truth.
        return DnsErrorKind::NoRecords;
    case QDnsLookup::ResolverError:
        return DnsErrorKind::NoAnswer;
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // Added in Qt 6.6: the server did not answer in time.
    case QDnsLookup::TimeoutError:
        return DnsErrorKind::NoAnswer;
#endif
    case QDnsLookup::OperationCancelledError:
    case QDnsLookup::InvalidRequestError:
        return DnsErrorKind::Other;
    }
    return DnsErrorKind::Other;
}

} // namespace

void QtDnsBackend::lookupSrv(const QString &name, QObject *context, SrvCallback done)
{
    // Parented to the context: destroying it aborts and frees the lookup.
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, context);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, done = std::move(done)] {
        SrvLookupResult result;
        result.error = mapDnsLookupError(lookup->error());
        if (lookup->error() == QDnsLookup::InvalidReplyError) {
            result.errorText = QCoreApplication::translate(
                                   "QtDnsBackend", "%1; Qt reports \"no such records\" and \"no usable reply\" alike")
                                   .arg(lookup->errorString());
        } else if (result.error != DnsErrorKind::None) {
            result.errorText = lookup->errorString();
        }
        const QList<QDnsServiceRecord> records = lookup->serviceRecords();
        for (const QDnsServiceRecord &record : records) {
            DnsServiceRecord r;
            r.target = record.target();
            r.port = record.port();
            r.priority = record.priority();
            r.weight = record.weight();
            r.ttl = record.timeToLive();
            result.records.append(r);
        }
        if (result.error == DnsErrorKind::None && result.records.isEmpty())
            result.error = DnsErrorKind::NoRecords;
        lookup->deleteLater();
        done(result);
    });
    lookup->lookup();
}

void QtDnsBackend::lookupHost(const QString &name, QObject *context, HostCallback done)
{
    QHostInfo::lookupHost(name, context, [done = std::move(done)](const QHostInfo &info) {
        HostLookupResult result;
        switch (info.error()) {
        case QHostInfo::NoError:
            break;
        case QHostInfo::HostNotFound:
            // getaddrinfo's EAI_NONAME covers both NXDOMAIN and "no A/AAAA records".
            result.error = DnsErrorKind::NameNotFound;
            break;
        case QHostInfo::UnknownError:
            // EAI_AGAIN and friends: the resolver got no usable answer.
            result.error = DnsErrorKind::NoAnswer;
            break;
        }
        if (result.error != DnsErrorKind::None)
            result.errorText = info.errorString();
        const QList<QHostAddress> addresses = info.addresses();
        for (const QHostAddress &address : addresses)
            result.addresses.append(DnsAddressRecord{address, -1});
        if (result.error == DnsErrorKind::None && result.addresses.isEmpty())
            result.error = DnsErrorKind::NoRecords;
        done(result);
    });
}

void QtDnsBackend::lookupNaptr(const QString &name, QObject *context, NaptrCallback done)
{
    const Dns::SystemNameservers system = Dns::systemNameservers();
    if (system.servers.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done), why = system.whyNone] {
            NaptrLookupResult result;
            result.unsupported = true;
            result.error = DnsErrorKind::Other;
            result.errorText = why;
            done(result);
        });
        return;
    }
    Dns::ExchangeOptions options;
    options.servers = system.servers;
    ServerDnsBackend(options).lookupNaptr(name, context, std::move(done));
}

} // namespace SipScope
