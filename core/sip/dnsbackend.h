// The DNS lookups the RFC 3263 resolver needs, behind an interface so that tests can
// script every answer (records, NXDOMAIN, silence) without touching real DNS.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace SipScope {

struct DnsServiceRecord
{
    QString target;       // host name; "." means "service decidedly not available" (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    qint64 ttl = -1;      // seconds; -1 when unknown
};

// RFC 3403 §4.1; for SIP, RFC 3263 §4.1: services "SIP+D2U", flags "s", the replacement
// an SRV name, the regular expression empty.
struct DnsNaptrRecord
{
    quint16 order = 0;
    quint16 preference = 0;
    QString flags;
    QString services;
    QString regexp;
    QString replacement;  // a domain name; empty for "." (none)
    qint64 ttl = -1;
};

struct DnsAddressRecord
{
    QHostAddress address;
    qint64 ttl = -1;      // seconds; -1 when unknown (the hosts file, getaddrinfo)
};

enum class DnsErrorKind {
    None,
    NameNotFound,   // NXDOMAIN: the name does not exist
    NoRecords,      // the name exists, but has no records of the type asked for
    NoAnswer,       // no answer from DNS: timed out, or the server could not be reached
    ServerFailure,  // the server answered SERVFAIL or REFUSED
    Other,          // no resolver library, invalid name, ...
};

// "name_not_found", "no_records", "no_answer", "server_failure", "other"; empty for None.
QString dnsErrorKindToken(DnsErrorKind kind);
// A translated phrase for the timeline, e.g. "the name does not exist. (NXDOMAIN)".
QString describeDnsError(DnsErrorKind kind, const QString &detail = {});

struct SrvLookupResult
{
    QList<DnsServiceRecord> records;
    DnsErrorKind error = DnsErrorKind::None;
    QString errorText;    // what the resolver library said, may be empty
};

struct NaptrLookupResult
{
    QList<DnsNaptrRecord> records;
    DnsErrorKind error = DnsErrorKind::None;
    QString errorText;
    // The backend cannot ask for NAPTR records at all (errorText says why): the
    // resolver starts at SRV, as RFC 3263 §4.1 does when there are none.
    bool unsupported = false;
};

struct HostLookupResult
{
    QList<DnsAddressRecord> addresses;  // A and AAAA together, in the order given
    DnsErrorKind error = DnsErrorKind::None;
    QString errorText;
};

class DnsBackend
{
public:
    using SrvCallback = std::function<void(const SrvLookupResult &)>;
    using HostCallback = std::function<void(const HostLookupResult &)>;
    using NaptrCallback = std::function<void(const NaptrLookupResult &)>;

    virtual ~DnsBackend() = default;

    // Both lookups call `done` exactly once, later (never from inside the call), in the
    // thread of `context` — unless `context` is destroyed first, which abandons the
    // lookup: `done` is then never called.
    virtual void lookupSrv(const QString &name, QObject *context, SrvCallback done) = 0;
    // A and AAAA records of `name`.
    virtual void lookupHost(const QString &name, QObject *context, HostCallback done) = 0;
    // NAPTR records of `name`. A backend without NAPTR answers `unsupported` (the
    // default, for scripted backends that script no NAPTR).
    virtual void lookupNaptr(const QString &name, QObject *context, NaptrCallback done);
};

} // namespace SipScope
