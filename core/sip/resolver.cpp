#include "resolver.h"

#include "naptrselection.h"
#include "qtdnsbackend.h"
#include "srvordering.h"

#include <QTimer>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// The key under which a target's addresses are kept: DNS names are case-insensitive
// and a trailing dot only marks them as absolute.
QString nameKey(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}

QString ttlSuffix(qint64 ttl)
{
    return ttl < 0 ? QString() : u" (TTL %1 s)"_s.arg(ttl);
}

QString srvRecordText(const DnsServiceRecord &record)
{
    // The zone file order: priority weight port target.
    return u"%1 %2 %3 %4"_s.arg(record.priority).arg(record.weight).arg(record.port).arg(record.target)
           + ttlSuffix(record.ttl);
}

QString addressesText(const QList<DnsAddressRecord> &addresses)
{
    QStringList parts;
    for (const DnsAddressRecord &record : addresses)
        parts << record.address.toString() + ttlSuffix(record.ttl);
    return parts.join(u", ");
}

// RFC 6761 §6.3: localhost names are answered locally and never sent to DNS.
bool isLocalhostName(const QString &host)
{
    const QString key = nameKey(host);
    return key == u"localhost" || key.endsWith(u".localhost");
}

} // namespace

Resolver::Resolver(QObject *parent)
    : Resolver(std::make_shared<QtDnsBackend>(), parent)
{
}

Resolver::Resolver(std::shared_ptr<DnsBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_random(QRandomGenerator::securelySeeded())
{
}

Resolver::~Resolver()
{
    cancel();
}

void Resolver::setLookupTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void Resolver::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

void Resolver::setClock(const QElapsedTimer &clock)
{
    m_externalClock = clock;
}

void Resolver::resolve(const ResolveRequest &request)
{
    cancel();
    m_request = request;
    m_result = {};
    m_plan = {};
    m_srvQueries.clear();
    m_orderedSrv.clear();
    m_orderedSrvQuery.clear();
    m_targetAddresses.clear();
    m_running = true;
    if (m_externalClock.isValid())
        m_clock = m_externalClock;
    else
        m_clock.start();
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running)
            begin();
    });
}

void Resolver::cancel()
{
    ++m_generation;
    m_running = false;
    m_pending = 0;
    // deleteLater: cancel() may run inside a callback of one of these lookups.
    for (const QPointer<QObject> &context : std::as_const(m_contexts)) {
        if (context)
            context->deleteLater();
    }
    m_contexts.clear();
}

void Resolver::begin()
{
    m_plan = ResolutionPlan::make(m_request);
    m_result.transportReason = m_plan.transportReason;
    const QString &host = m_plan.host;
    switch (m_plan.kind) {
    case ResolutionPlan::Kind::Invalid:
        fail(ResolveErrorKind::InvalidRequest, m_plan.error);
        return;
    case ResolutionPlan::Kind::Literal: {
        record(ResolverEvent::Type::TransportChosen, host, m_plan.transportReason);
        if (usable({DnsAddressRecord{m_plan.literal, -1}}).isEmpty()) {
            fail(ResolveErrorKind::NoAddresses,
                 tr("%1 is an address of the IP version that was excluded.").arg(host));
            return;
        }
        ResolvedTarget target;
        target.host = host;
        target.address = m_plan.literal;
        target.port = m_plan.port;
        target.transport = m_plan.transport;
        target.source = ResolvedTarget::Source::Literal;
        m_result.targets.append(target);
        record(ResolverEvent::Type::Literal, host,
               tr("%1 is an IP address: no DNS lookup (RFC 3263 §4.2).").arg(host));
        finish();
        return;
    }
    case ResolutionPlan::Kind::Addresses:
        record(ResolverEvent::Type::TransportChosen, host, m_plan.transportReason + u' ' + m_plan.note);
        resolveHostDirectly();
        return;
    case ResolutionPlan::Kind::Srv:
        break;
    }

    record(ResolverEvent::Type::TransportChosen, host, m_plan.transportReason);
    if (isLocalhostName(host)) {
        record(ResolverEvent::Type::NaptrSkipped, host,
               tr("NAPTR records are not asked for a localhost name (RFC 6761 §6.3): starting with SRV."));
        startSrvQueries(m_plan.services);
        return;
    }
    record(ResolverEvent::Type::NaptrQuery, host, tr("Looking up NAPTR records of %1 (RFC 3263 §4.1).").arg(host));
    m_pending = 1;
    startLookup<NaptrLookupResult>(
        host,
        [this, host](QObject *context, std::function<void(const NaptrLookupResult &)> done) {
            m_backend->lookupNaptr(host, context, std::move(done));
        },
        [this](const NaptrLookupResult &answer) {
            m_pending = 0;
            onNaptrAnswer(answer);
        });
}

void Resolver::onNaptrAnswer(const NaptrLookupResult &answer)
{
    const QString &host = m_plan.host;
    if (answer.unsupported) {
        record(ResolverEvent::Type::NaptrSkipped, host,
               tr("NAPTR records are not looked up (%1): starting with SRV (RFC 3263 §4.1).").arg(answer.errorText));
        startSrvQueries(m_plan.services);
        return;
    }
    if (answer.records.isEmpty()) {
        ResolverEvent event;
        event.type = ResolverEvent::Type::NaptrFailed;
        event.name = host;
        event.error = answer.error == DnsErrorKind::None ? DnsErrorKind::NoRecords : answer.error;
        event.text = tr("NAPTR %1: %2 SRV next (RFC 3263 §4.1).")
                         .arg(host, describeDnsError(event.error, answer.errorText));
        record(event);
        startSrvQueries(m_plan.services);
        return;
    }
    const NaptrSelection selection = selectNaptr(answer.records, m_request.secure, m_plan.forcedTransport);
    {
        QList<DnsNaptrRecord> sorted;
        QStringList lines;
        for (const NaptrChoice &choice : selection.chosen)
            sorted << choice.record;
        for (const NaptrSkip &skip : selection.skipped)
            sorted << skip.record;
        std::stable_sort(sorted.begin(), sorted.end(), [](const DnsNaptrRecord &a, const DnsNaptrRecord &b) {
            return a.order != b.order ? a.order < b.order : a.preference < b.preference;
        });
        for (const DnsNaptrRecord &r : std::as_const(sorted))
            lines << naptrRecordText(r) + ttlSuffix(r.ttl);
        ResolverEvent event;
        event.type = ResolverEvent::Type::NaptrRecords;
        event.name = host;
        event.naptrRecords = sorted;
        event.text = tr("NAPTR %1: %2 (order preference flags services regexp replacement).")
                         .arg(host, lines.join(u"; "));
        record(event);
    }
    QStringList skipped;
    for (const NaptrSkip &skip : selection.skipped)
        skipped << tr("%1 %2 (%3)").arg(skip.record.services, skip.record.replacement, skip.reason);
    if (selection.chosen.isEmpty()) {
        record(ResolverEvent::Type::NaptrSelected, host,
               tr("No NAPTR record is usable here: %1. SRV as without NAPTR (RFC 3263 §4.1).")
                   .arg(skipped.join(u"; ")));
        startSrvQueries(m_plan.services);
        return;
    }
    QList<SrvService> services;
    QStringList followed;
    for (const NaptrChoice &choice : selection.chosen) {
        SrvService service;
        service.name = choice.srvName;
        service.transport = choice.transport;
        service.naptrService = choice.record.services.toUpper();
        service.naptrOrder = choice.record.order;
        service.naptrPreference = choice.record.preference;
        services << service;
        followed << tr("%1 → SRV %2 (%3)").arg(service.naptrService, service.name, transportViaToken(service.transport));
    }
    QString text = tr("Following the NAPTR records in order: %1.").arg(followed.join(u", "));
    if (!skipped.isEmpty())
        text += u' ' + tr("Not followed: %1.").arg(skipped.join(u"; "));
    record(ResolverEvent::Type::NaptrSelected, host, text);
    m_result.transportReason = tr("as the NAPTR records of %1 offer it (RFC 3263 §4.1).").arg(host);
    startSrvQueries(services);
}

void Resolver::startSrvQueries(const QList<SrvService> &services)
{
    for (const SrvService &service : services)
        m_srvQueries.append({service, {}});
    m_pending = int(m_srvQueries.size());
    for (qsizetype i = 0; i < m_srvQueries.size(); ++i) {
        const QString name = m_srvQueries.at(i).service.name;
        record(ResolverEvent::Type::SrvQuery, name, tr("Looking up SRV records of %1.").arg(name));
        startLookup<SrvLookupResult>(
            name,
            [this, name](QObject *context, std::function<void(const SrvLookupResult &)> done) {
                m_backend->lookupSrv(name, context, std::move(done));
            },
            [this, i](const SrvLookupResult &answer) { onSrvAnswer(i, answer); });
    }
}

void Resolver::onSrvAnswer(qsizetype index, const SrvLookupResult &answer)
{
    SrvQuery &query = m_srvQueries[index];
    const QString &name = query.service.name;
    query.result = answer;
    query.result.records = orderSrvRecords(answer.records, m_random);
    ResolverEvent event;
    event.name = name;
    if (!query.result.records.isEmpty()) {
        QStringList lines;
        for (const DnsServiceRecord &r : std::as_const(query.result.records))
            lines << srvRecordText(r);
        event.type = ResolverEvent::Type::SrvRecords;
        event.srvRecords = query.result.records;
        event.text = tr("SRV %1: %2 (priority weight port target, in the order to try).")
                         .arg(name, lines.join(u"; "));
    } else {
        event.type = ResolverEvent::Type::SrvFailed;
        event.error = answer.error == DnsErrorKind::None ? DnsErrorKind::NoRecords : answer.error;
        event.text = tr("SRV %1: %2").arg(name, describeDnsError(event.error, answer.errorText));
    }
    record(event);
    if (--m_pending == 0)
        onSrvAnswers();
}

void Resolver::onSrvAnswers()
{
    bool anyRecord = false;
    for (qsizetype q = 0; q < m_srvQueries.size(); ++q) {
        for (const DnsServiceRecord &record : std::as_const(m_srvQueries.at(q).result.records)) {
            anyRecord = true;
            // RFC 2782: a target of "." means the service is decidedly not available.
            if (nameKey(record.target).isEmpty())
                continue;
            m_orderedSrv.append(record);
            m_orderedSrvQuery.append(q);
        }
    }
    if (!anyRecord) {
        record(ResolverEvent::Type::Fallback, m_plan.host,
               tr("No SRV records: using the addresses of %1 on port %2 over %3 (RFC 3263 §4.2).")
                   .arg(m_plan.host)
                   .arg(m_plan.port)
                   .arg(transportViaToken(m_plan.transport)));
        resolveHostDirectly();
        return;
    }
    if (m_orderedSrv.isEmpty()) {
        fail(ResolveErrorKind::ServiceUnavailable,
             tr("%1 declares that it offers no SIP service: its SRV target is \".\" (RFC 2782).")
                 .arg(m_plan.host));
        return;
    }

    QStringList targets;
    for (const DnsServiceRecord &record : std::as_const(m_orderedSrv)) {
        const QString key = nameKey(record.target);
        if (!targets.contains(key))
            targets.append(key);
    }
    m_pending = int(targets.size());
    for (const QString &target : std::as_const(targets)) {
        record(ResolverEvent::Type::AddressQuery, target, tr("Looking up the addresses of %1.").arg(target));
        startLookup<HostLookupResult>(
            target,
            [this, target](QObject *context, std::function<void(const HostLookupResult &)> done) {
                m_backend->lookupHost(target, context, std::move(done));
            },
            [this, target](const HostLookupResult &answer) {
                m_targetAddresses.insert(target, answer);
                recordHostAnswer(target, answer);
                if (--m_pending == 0)
                    onTargetAddresses();
            });
    }
}

void Resolver::onTargetAddresses()
{
    for (qsizetype i = 0; i < m_orderedSrv.size(); ++i) {
        const DnsServiceRecord &record = m_orderedSrv.at(i);
        const SrvQuery &query = m_srvQueries.at(m_orderedSrvQuery.at(i));
        const HostLookupResult answer = m_targetAddresses.value(nameKey(record.target));
        for (const DnsAddressRecord &address : usable(answer.addresses)) {
            const bool duplicate = std::any_of(m_result.targets.cbegin(), m_result.targets.cend(),
                                               [&](const ResolvedTarget &t) {
                                                   return t.address == address.address && t.port == record.port
                                                          && t.transport == query.service.transport;
                                               });
            if (duplicate)
                continue;
            ResolvedTarget target;
            target.host = nameKey(record.target);
            target.address = address.address;
            target.port = record.port;
            target.transport = query.service.transport;
            target.source = ResolvedTarget::Source::Srv;
            target.srvName = query.service.name;
            target.priority = record.priority;
            target.weight = record.weight;
            target.ttl = address.ttl;
            target.srvTtl = record.ttl;
            target.naptrService = query.service.naptrService;
            target.naptrOrder = query.service.naptrOrder;
            target.naptrPreference = query.service.naptrPreference;
            m_result.targets.append(target);
        }
    }
    if (!m_result.targets.isEmpty()) {
        finish();
        return;
    }
    bool allMissing = true;
    bool anySilent = false;
    for (const HostLookupResult &answer : std::as_const(m_targetAddresses)) {
        allMissing = allMissing && answer.error == DnsErrorKind::NameNotFound;
        anySilent = anySilent || answer.error == DnsErrorKind::NoAnswer
                    || answer.error == DnsErrorKind::ServerFailure;
    }
    if (allMissing)
        fail(ResolveErrorKind::NameNotFound, tr("None of the SRV targets of %1 exists.").arg(m_plan.host));
    else if (anySilent)
        fail(ResolveErrorKind::NoAnswer, tr("DNS did not answer for the SRV targets of %1.").arg(m_plan.host));
    else
        fail(ResolveErrorKind::NoAddresses, tr("The SRV targets of %1 have no usable address.").arg(m_plan.host));
}

void Resolver::resolveHostDirectly()
{
    const QString host = m_plan.host;
    record(ResolverEvent::Type::AddressQuery, host, tr("Looking up the addresses of %1.").arg(host));
    m_pending = 1;
    const auto launch = [this, host](QObject *context, std::function<void(const HostLookupResult &)> done) {
        m_backend->lookupHost(host, context, std::move(done));
    };
    startLookup<HostLookupResult>(host, launch, [this, host](const HostLookupResult &answer) {
        m_pending = 0;
        recordHostAnswer(host, answer);
        const QList<DnsAddressRecord> addresses = usable(answer.addresses);
        if (addresses.isEmpty()) {
            switch (answer.error) {
            case DnsErrorKind::NameNotFound:
                fail(ResolveErrorKind::NameNotFound, tr("The name %1 does not exist.").arg(host));
                return;
            case DnsErrorKind::NoAnswer:
            case DnsErrorKind::ServerFailure:
                fail(ResolveErrorKind::NoAnswer, tr("DNS did not answer for %1.").arg(host));
                return;
            case DnsErrorKind::None:
            case DnsErrorKind::NoRecords:
            case DnsErrorKind::Other:
                break;
            }
            fail(ResolveErrorKind::NoAddresses, tr("%1 has no usable address.").arg(host));
            return;
        }
        for (const DnsAddressRecord &address : addresses) {
            ResolvedTarget target;
            target.host = host;
            target.address = address.address;
            target.port = m_plan.port;
            target.transport = m_plan.transport;
            target.source = address.address.protocol() == QAbstractSocket::IPv6Protocol
                                ? ResolvedTarget::Source::Aaaa
                                : ResolvedTarget::Source::A;
            target.ttl = address.ttl;
            m_result.targets.append(target);
        }
        finish();
    });
}

template<typename Answer>
void Resolver::startLookup(const QString &name,
                           const std::function<void(QObject *, std::function<void(const Answer &)>)> &launch,
                           std::function<void(const Answer &)> done)
{
    m_contexts.removeIf([](const QPointer<QObject> &context) { return context.isNull(); });
    // One context per lookup: deleting it abandons the lookup and its timeout together.
    auto *context = new QObject(this);
    m_contexts.append(context);
    auto answered = std::make_shared<bool>(false);
    const quint64 generation = m_generation;
    const auto complete = [this, context, answered, generation, done = std::move(done)](const Answer &answer) {
        if (*answered || generation != m_generation)
            return;
        *answered = true;
        context->deleteLater();
        done(answer);
    };
    QTimer::singleShot(m_timeout, context, [this, complete, name] {
        Answer silence;
        silence.error = DnsErrorKind::NoAnswer;
        silence.errorText = tr("no answer for %1 within %2 ms").arg(name).arg(m_timeout.count());
        complete(silence);
    });
    launch(context, complete);
}

QList<DnsAddressRecord> Resolver::usable(const QList<DnsAddressRecord> &addresses) const
{
    QList<DnsAddressRecord> out;
    for (const DnsAddressRecord &record : addresses) {
        const auto protocol = record.address.protocol();
        if (record.address.isNull())
            continue;
        if (m_request.family == ResolveRequest::Family::IPv4Only && protocol != QAbstractSocket::IPv4Protocol)
            continue;
        if (m_request.family == ResolveRequest::Family::IPv6Only && protocol != QAbstractSocket::IPv6Protocol)
            continue;
        out.append(record);
    }
    return out;
}

void Resolver::recordHostAnswer(const QString &name, const HostLookupResult &answer)
{
    ResolverEvent event;
    event.name = name;
    const QList<DnsAddressRecord> addresses = usable(answer.addresses);
    if (!addresses.isEmpty()) {
        event.type = ResolverEvent::Type::AddressRecords;
        event.addresses = addresses;
        event.text = tr("%1 has the address(es) %2.").arg(name, addressesText(addresses));
    } else if (!answer.addresses.isEmpty()) {
        event.type = ResolverEvent::Type::AddressFailed;
        event.error = DnsErrorKind::NoRecords;
        event.text = tr("%1 has only addresses of the excluded IP version (%2).")
                         .arg(name, addressesText(answer.addresses));
    } else {
        event.type = ResolverEvent::Type::AddressFailed;
        event.error = answer.error == DnsErrorKind::None ? DnsErrorKind::NoRecords : answer.error;
        event.text = tr("Addresses of %1: %2").arg(name, describeDnsError(event.error, answer.errorText));
    }
    record(event);
}

void Resolver::record(ResolverEvent event)
{
    event.atUs = nowUs();
    m_result.trace.append(event);
    Q_EMIT eventRecorded(event);
}

void Resolver::record(ResolverEvent::Type type, const QString &name, const QString &text)
{
    ResolverEvent event;
    event.type = type;
    event.name = name;
    event.text = text;
    record(event);
}

void Resolver::fail(ResolveErrorKind kind, const QString &message)
{
    m_result.error = kind;
    m_result.errorMessage = message;
    m_result.targets.clear();
    record(ResolverEvent::Type::Failed, m_plan.host, message);
    cancel();
    Q_EMIT finished(m_result);
}

void Resolver::finish()
{
    QStringList endpoints;
    for (const ResolvedTarget &target : std::as_const(m_result.targets))
        endpoints << target.endpointText();
    record(ResolverEvent::Type::Finished, m_plan.host,
           tr("%n target(s) to try: %1.", nullptr, int(m_result.targets.size())).arg(endpoints.join(u", ")));
    cancel();
    Q_EMIT finished(m_result);
}

qint64 Resolver::nowUs() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
}

} // namespace SipScope
