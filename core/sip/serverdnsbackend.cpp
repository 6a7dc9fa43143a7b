#include "serverdnsbackend.h"

#include "qtdnsbackend.h"

#include <QCoreApplication>

#include <memory>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// What one exchange said, reduced to the resolver's terms, and the records of `type`
// that answer for `name` — directly or through the CNAME chain in the answer section.
struct Answer
{
    DnsErrorKind error = DnsErrorKind::None;
    QString errorText;
    QList<Dns::ResourceRecord> records;
};

Answer readAnswer(const QString &name, quint16 type, const Dns::ExchangeResult &exchange)
{
    Answer answer;
    if (exchange.outcome == Dns::ExchangeResult::Outcome::Invalid) {
        answer.error = DnsErrorKind::Other;
        answer.errorText = exchange.errorText;
        return answer;
    }
    if (!exchange.message) {
        answer.error = DnsErrorKind::NoAnswer;
        answer.errorText = exchange.errorText;
        return answer;
    }
    const Dns::Message &message = *exchange.message;
    const QString server = exchange.server.toString() + (exchange.overTcp ? u" TCP"_s : QString());
    switch (message.rcode) {
    case Dns::Rcode::NoError:
        break;
    case Dns::Rcode::NxDomain:
        answer.error = DnsErrorKind::NameNotFound;
        answer.errorText = u"NXDOMAIN from "_s + server;
        return answer;
    case Dns::Rcode::ServFail:
    case Dns::Rcode::Refused:
        answer.error = DnsErrorKind::ServerFailure;
        answer.errorText = Dns::rcodeName(message.rcode) + u" from "_s + server;
        return answer;
    default:
        answer.error = DnsErrorKind::Other;
        answer.errorText = Dns::rcodeName(message.rcode) + u" from "_s + server;
        return answer;
    }
    // The names that stand for `name`: itself and each CNAME target reached from it
    // (RFC 1034 §3.6.2), at most 8 deep so that a CNAME loop ends.
    QStringList owners{name};
    for (int depth = 0; depth < 8; ++depth) {
        bool grew = false;
        for (const Dns::ResourceRecord &record : message.answers) {
            if (record.type != Dns::Type::Cname || record.recordClass != Dns::ClassIn)
                continue;
            const bool fromOwner = std::any_of(owners.cbegin(), owners.cend(),
                                               [&](const QString &o) { return Dns::sameName(o, record.name); });
            const bool known = std::any_of(owners.cbegin(), owners.cend(),
                                           [&](const QString &o) { return Dns::sameName(o, record.cname); });
            if (fromOwner && !known) {
                owners << record.cname;
                grew = true;
            }
        }
        if (!grew)
            break;
    }
    for (const Dns::ResourceRecord &record : message.answers) {
        if (record.type != type || record.recordClass != Dns::ClassIn)
            continue;
        if (std::any_of(owners.cbegin(), owners.cend(), [&](const QString &o) { return Dns::sameName(o, record.name); }))
            answer.records.append(record);
    }
    if (answer.records.isEmpty()) {
        answer.error = DnsErrorKind::NoRecords;
        answer.errorText = u"NOERROR, no %1 records, from "_s.arg(Dns::typeName(type)) + server;
    }
    if (!exchange.errorText.isEmpty())
        answer.errorText += (answer.errorText.isEmpty() ? QString() : u"; "_s) + exchange.errorText;
    return answer;
}

// Runs one exchange owned by `context`: destroying the context abandons it.
void ask(const Dns::ExchangeOptions &options, const QString &name, quint16 type, QObject *context,
         std::function<void(const Answer &)> done)
{
    auto *exchange = new Dns::Exchange(options, context);
    exchange->start(name, type, [exchange, name, type, done = std::move(done)](const Dns::ExchangeResult &result) {
        exchange->deleteLater();
        done(readAnswer(name, type, result));
    });
}

} // namespace

ServerDnsBackend::ServerDnsBackend(Dns::ExchangeOptions options)
    : m_options(std::move(options))
{
}

void ServerDnsBackend::lookupSrv(const QString &name, QObject *context, SrvCallback done)
{
    ask(m_options, name, Dns::Type::Srv, context, [done = std::move(done)](const Answer &answer) {
        SrvLookupResult result;
        result.error = answer.error;
        result.errorText = answer.errorText;
        for (const Dns::ResourceRecord &record : answer.records)
            result.records.append({record.srv.target.isEmpty() ? u"."_s : record.srv.target, record.srv.port,
                                   record.srv.priority, record.srv.weight, qint64(record.ttl)});
        done(result);
    });
}

void ServerDnsBackend::lookupHost(const QString &name, QObject *context, HostCallback done)
{
    struct Pair
    {
        std::optional<Answer> a;
        std::optional<Answer> aaaa;
    };
    auto pair = std::make_shared<Pair>();
    const auto complete = [pair, done = std::move(done)] {
        if (!pair->a || !pair->aaaa)
            return;
        HostLookupResult result;
        for (const Answer *answer : {&*pair->a, &*pair->aaaa}) {
            for (const Dns::ResourceRecord &record : answer->records)
                result.addresses.append({record.address, qint64(record.ttl)});
        }
        if (result.addresses.isEmpty()) {
            // The stronger statement wins: a name that does not exist, then silence,
            // then "no records" (both families empty).
            const auto rank = [](DnsErrorKind kind) {
                switch (kind) {
                case DnsErrorKind::NameNotFound: return 4;
                case DnsErrorKind::NoAnswer: return 3;
                case DnsErrorKind::ServerFailure: return 2;
                case DnsErrorKind::Other: return 1;
                default: return 0;
                }
            };
            const Answer &worse = rank(pair->a->error) >= rank(pair->aaaa->error) ? *pair->a : *pair->aaaa;
            result.error = worse.error;
            result.errorText = u"A: "_s + pair->a->errorText + u"; AAAA: "_s + pair->aaaa->errorText;
        }
        done(result);
    };
    ask(m_options, name, Dns::Type::A, context, [pair, complete](const Answer &answer) {
        pair->a = answer;
        complete();
    });
    ask(m_options, name, Dns::Type::Aaaa, context, [pair, complete](const Answer &answer) {
        pair->aaaa = answer;
        complete();
    });
}

void ServerDnsBackend::lookupNaptr(const QString &name, QObject *context, NaptrCallback done)
{
    ask(m_options, name, Dns::Type::Naptr, context, [done = std::move(done)](const Answer &answer) {
        NaptrLookupResult result;
        result.error = answer.error;
        result.errorText = answer.errorText;
        for (const Dns::ResourceRecord &record : answer.records) {
            DnsNaptrRecord r;
            r.order = record.naptr.order;
            r.preference = record.naptr.preference;
            r.flags = QString::fromLatin1(record.naptr.flags);
            r.services = QString::fromLatin1(record.naptr.services);
            r.regexp = QString::fromLatin1(record.naptr.regexp);
            r.replacement = record.naptr.replacement;
            r.ttl = record.ttl;
            result.records.append(r);
        }
        done(result);
    });
}

std::shared_ptr<DnsBackend> dnsBackendFor(const std::optional<Dns::NameserverAddress> &server)
{
    if (!server)
        return std::make_shared<QtDnsBackend>();
    Dns::ExchangeOptions options;
    options.servers = {*server};
    return std::make_shared<ServerDnsBackend>(options);
}

} // namespace SipScope
