#include "resolutionplan.h"

#include <QCoreApplication>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

ResolutionPlan ResolutionPlan::make(const ResolveRequest &request)
{
    ResolutionPlan plan;
    plan.host = request.host.trimmed();
    if (plan.host.size() >= 2 && plan.host.startsWith(u'[') && plan.host.endsWith(u']'))
        plan.host = plan.host.mid(1, plan.host.size() - 2);
    if (plan.host.isEmpty()) {
        plan.error = QCoreApplication::translate("SipScope::Resolver", "There is no host name to resolve.");
        return plan;
    }
    const bool secure = request.secure;
    if (secure && request.transport == TransportProtocol::Udp) {
        plan.error = QCoreApplication::translate(
            "SipScope::Resolver", "A sips: URI needs TLS; it cannot be sent over UDP (RFC 3261 §26.2.2).");
        return plan;
    }

    // RFC 3263 §4.1: the transport when no SRV record decides it.
    if (request.transport) {
        plan.transport = *request.transport;
        if (secure && plan.transport == TransportProtocol::Tcp) {
            plan.transport = TransportProtocol::Tls;
            plan.transportReason = QCoreApplication::translate(
                "SipScope::Resolver", "TLS: a sips: URI over TCP means TLS (RFC 3261 §26.2.2).");
        } else if (secure && plan.transport == TransportProtocol::Ws) {
            plan.transport = TransportProtocol::Wss;
            plan.transportReason = QCoreApplication::translate(
                "SipScope::Resolver", "WSS: a sips: URI over WebSocket means secure WebSocket.");
        } else {
            plan.transportReason = QCoreApplication::translate("SipScope::Resolver",
                                                               "%1: the transport was given explicitly.")
                                       .arg(transportViaToken(plan.transport));
        }
    } else if (secure) {
        plan.transport = TransportProtocol::Tls;
        plan.transportReason = QCoreApplication::translate(
            "SipScope::Resolver", "TLS: a sips: URI without a transport parameter uses TLS (RFC 3263 §4.1).");
    } else {
        plan.transport = TransportProtocol::Udp;
        plan.transportReason = QCoreApplication::translate(
            "SipScope::Resolver", "UDP: a sip: URI without a transport parameter uses UDP (RFC 3263 §4.1).");
    }
    plan.port = request.port.value_or(defaultPort(plan.transport));

    if (plan.literal.setAddress(plan.host)) {
        plan.kind = Kind::Literal;
        return plan;
    }
    if (request.port) {
        plan.kind = Kind::Addresses;
        plan.note = QCoreApplication::translate(
            "SipScope::Resolver", "A port is given, so there is no SRV lookup (RFC 3263 §4.2).");
        return plan;
    }
    if (plan.transport == TransportProtocol::Ws || plan.transport == TransportProtocol::Wss) {
        plan.kind = Kind::Addresses;
        plan.note = QCoreApplication::translate("SipScope::Resolver",
                                                "WebSocket servers have no SRV records (RFC 7118).");
        return plan;
    }

    plan.kind = Kind::Srv;
    if (request.transport)
        plan.forcedTransport = plan.transport;
    if (request.transport || secure) {
        // RFC 3263 §4.2: the service is "_sips" for TLS (for sip: URIs too), else "_sip".
        const QString prefix = plan.transport == TransportProtocol::Tls ? u"_sips._tcp."_s
                               : plan.transport == TransportProtocol::Tcp ? u"_sip._tcp."_s
                                                                          : u"_sip._udp."_s;
        plan.services.append({prefix + plan.host, plan.transport, {}, -1, -1});
    } else {
        // RFC 3263 §4.1 when there are no NAPTR records: one SRV query per transport we support. A sip: URI
        // is not silently upgraded to TLS, so _sips._tcp is not asked for it.
        plan.services.append({u"_sip._udp."_s + plan.host, TransportProtocol::Udp, {}, -1, -1});
        plan.services.append({u"_sip._tcp."_s + plan.host, TransportProtocol::Tcp, {}, -1, -1});
        plan.transportReason = QCoreApplication::translate(
                                   "SipScope::Resolver", "UDP or TCP, as the SRV records of %1 offer them (UDP first); "
                                               "UDP when there are none (RFC 3263 §4.1).")
                                   .arg(plan.host);
    }
    return plan;
}

} // namespace SipScope
