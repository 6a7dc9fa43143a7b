#include "resolveresult.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString ResolvedTarget::sourceToken(Source source)
{
    switch (source) {
    case Source::Literal: return u"literal"_s;
    case Source::Srv: return u"srv"_s;
    case Source::A: return u"a"_s;
    case Source::Aaaa: return u"aaaa"_s;
    }
    return {};
}

QString ResolvedTarget::endpointText() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return transportToken(transport) + u' ' + host + u':' + QString::number(port);
}

QString ResolverEvent::typeToken(Type type)
{
    switch (type) {
    case Type::TransportChosen: return u"transport_chosen"_s;
    case Type::Literal: return u"literal"_s;
    case Type::NaptrSkipped: return u"naptr_skipped"_s;
    case Type::NaptrQuery: return u"naptr_query"_s;
    case Type::NaptrRecords: return u"naptr_records"_s;
    case Type::NaptrFailed: return u"naptr_failed"_s;
    case Type::NaptrSelected: return u"naptr_selected"_s;
    case Type::SrvQuery: return u"srv_query"_s;
    case Type::SrvRecords: return u"srv_records"_s;
    case Type::SrvFailed: return u"srv_failed"_s;
    case Type::AddressQuery: return u"address_query"_s;
    case Type::AddressRecords: return u"address_records"_s;
    case Type::AddressFailed: return u"address_failed"_s;
    case Type::Fallback: return u"fallback"_s;
    case Type::Finished: return u"finished"_s;
    case Type::Failed: return u"failed"_s;
    }
    return {};
}

QString resolveErrorKindToken(ResolveErrorKind kind)
{
    switch (kind) {
    case ResolveErrorKind::None: return {};
    case ResolveErrorKind::InvalidRequest: return u"invalid_request"_s;
    case ResolveErrorKind::NameNotFound: return u"name_not_found"_s;
    case ResolveErrorKind::NoAddresses: return u"no_addresses"_s;
    case ResolveErrorKind::NoAnswer: return u"no_answer"_s;
    case ResolveErrorKind::ServiceUnavailable: return u"service_unavailable"_s;
    }
    return {};
}

} // namespace SipScope
