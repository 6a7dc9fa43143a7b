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
    case Type::Resolution: return u"resolution"_s;
    case Type::TargetTried: return u"attempt"_s;
    case Type::NextTarget: return u"next_target"_s;
    case Type::Connected: return u"connected"_s;
    case Type::TlsHandshake: return u"tls"_s;
    case Type::AuthChallenge: return u"auth_challenge"_s;
    case Type::AuthAnswer: return u"auth"_s;
    case Type::AuthRejected: return u"auth_rejected"_s;
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

QString ProbeAuthInfo::outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted: return u"accepted"_s;
    case Outcome::Rejected: return u"rejected"_s;
    case Outcome::NoCredentials: return u"no_credentials"_s;
    case Outcome::Unsupported: return u"unsupported"_s;
    case Outcome::Failed: return u"failed"_s;
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
