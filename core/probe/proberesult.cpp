#include "proberesult.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString ProbeEvent::typeToken(Type type)
{
    switch (type) {
    case Type::TargetParsed: return u"target"_s;
    case Type::DnsLookup: return u"dns_lookup"_s;
    case Type::DnsResult: return u"dns_result"_s;
    case Type::TransportReady: return u"transport_ready"_s;
    case Type::TransportInfo: return u"transport"_s;
    case Type::Sent: return u"sent"_s;
    case Type::Retransmitted: return u"retransmitted"_s;
    case Type::Provisional: return u"provisional"_s;
    case Type::Final: return u"final"_s;
    case Type::Ignored: return u"ignored"_s;
    case Type::Timeout: return u"timeout"_s;
    case Type::Error: return u"error"_s;
    case Type::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString ProbeResult::remote() const
{
    if (remoteAddress.isEmpty())
        return {};
    const QString host = remoteAddress.contains(u':') ? u'[' + remoteAddress + u']' : remoteAddress;
    return host + u':' + QString::number(remotePort);
}

QString ProbeResult::headerValue(const QString &name) const
{
    for (const SipHeader &header : headers) {
        if (sameHeaderName(header.name, name))
            return header.value;
    }
    return {};
}

} // namespace SipScope
