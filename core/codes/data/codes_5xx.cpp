// data/codes_5xx.cpp - the 5xx (server failure) codes of the catalog.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 500,
        .reason = "Server Internal Error",
        .refs = "RFC3261#21.5.1",
        .related = "503 502 504 501",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A server handling the call ran into an unexpected problem and could not complete it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server along the way, usually at the provider or on the called side, hit an "
            "internal error while working on the call or request. It is a fault on the server "
            "side, not a problem with your phone settings or with the number you dialled. "
            "Trying again a little later often works, especially if the server says when."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a UAS or proxy that met an unexpected condition preventing it from "
            "fulfilling the request (RFC 3261 §21.5.1); a client also treats any unknown 5xx "
            "code as 500 (§8.1.3.2). It may carry Retry-After, after which the client may retry. "
            "Unlike 503, which reports a temporary inability to serve (overload, maintenance) and "
            "invites failover to another server, 500 says this request failed inside the server; "
            "a proxy that only received 503 from downstream also answers 500 upstream (§16.7). "
            "RFC 3398 maps Q.850 causes 111 (Protocol error, unspecified) and 127 (Interworking, "
            "unspecified) to 500, and 500 back to cause 41 (Temporary failure)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A software bug or crash in a proxy, PBX, SBC or gateway\n"
            "An error in the routing script or dial plan (failed database lookup, script exception)\n"
            "A back-end system such as a database or billing server failed\n"
            "A gateway could not translate the call to or from the phone network\n"
            "A downstream server answered 503 and the proxy turned it into 500"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Retry the call; if a Retry-After header is present, wait that long first\n"
            "Check whether all calls fail or only calls to certain numbers or routes\n"
            "Read the Server, Warning and Reason headers to see which element failed and why\n"
            "Check the logs of the server that sent the 500 at the time of the call\n"
            "Report it to the provider with the Call-ID and time if it keeps happening"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "server error, internal error, internal server error, server problem, system error, "
            "provider problem, call failed, crash, try again later"),
    },
    {
        .code = 501,
        .reason = "Not Implemented",
        .refs = "RFC3261#21.5.2",
        .related = "405 500 420 415",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The equipment you reached does not support the kind of request your phone sent."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Your phone or system asked for something the other side does not know how to do, "
            "usually a feature such as messaging, presence or call transfer rather than a plain "
            "call. It is a capability gap between the two sides, not a network outage. Normal "
            "calls usually still work."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server does not support the functionality needed to fulfil the "
            "request, typically because a UAS does not recognise the request method for any "
            "user (RFC 3261 §21.5.2); proxies forward unknown methods instead of answering 501. "
            "Contrast 405 Method Not Allowed: there the method is known but not allowed for this "
            "Request-URI, and the response lists the allowed ones in Allow. RFC 3398 maps Q.850 "
            "causes 29 (Facility rejected) and 79 (Service or option not implemented, "
            "unspecified) to 501, and 501 back to cause 79."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The far end does not support a method such as UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE\n"
            "A PBX or gateway does not offer the supplementary service requested (transfer, presence, messaging)\n"
            "The phone network rejected a facility or service requested through a gateway\n"
            "The request went to a device that only handles calls, such as a media server or trunk"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check which method was rejected (CSeq line) and compare with the far end's Allow header\n"
            "Disable the feature on the phone (for example SMS, presence or transfer by REFER)\n"
            "Use an alternative the far end supports (re-INVITE instead of UPDATE, RTP events instead of INFO for DTMF)\n"
            "Ask the provider whether the service is offered on this trunk"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "not implemented, not supported, feature not supported, unsupported method, "
            "transfer not working, messaging not supported, presence, sms"),
    },
    {
        .code = 502,
        .reason = "Bad Gateway",
        .refs = "RFC3261#21.5.3",
        .related = "504 503 500 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A system in the network got a bad answer from the next system while trying to "
            "connect your call."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A gateway or server passed your call on to another system, such as the phone "
            "network or another provider, and got back an answer it could not use. From the "
            "phone network it often means the called line or exchange is out of order. The "
            "fault lies in the network beyond the first server, not in your phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a proxy or gateway that received an invalid response from a downstream "
            "server it accessed while trying to fulfil the request (RFC 3261 §21.5.3). For PSTN "
            "interworking RFC 3398 maps Q.850 cause 27 (Destination out of order) to 502, so a "
            "502 from a carrier gateway often means the called line or remote exchange cannot be "
            "reached rather than a SIP syntax problem; in the other direction 502 maps to cause "
            "38 (Network out of order). Compare 504 (the downstream server did not answer in "
            "time) and 503 (this server itself cannot serve)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called line or remote exchange is out of order (Q.850 cause 27 from the phone network)\n"
            "A downstream server returned a malformed or unusable response\n"
            "An interconnect between providers or a trunk to the phone network is failing\n"
            "An SBC or gateway could not interpret the far end's answer (interworking mismatch)\n"
            "Routing sends calls to a system that is not a working SIP server"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Call another number over the same route to see whether one destination or the whole route fails\n"
            "Check the Reason header for a Q.850 cause (27 points to the destination being out of order)\n"
            "Try again later; if only one number fails, the called line may be faulty\n"
            "Check the logs of the gateway that sent 502 for the downstream answer it rejected\n"
            "Report the failing route to the carrier with call times and Call-IDs"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "bad gateway, gateway error, destination out of order, line out of order, "
            "trunk problem, carrier problem, network error, provider problem"),
    },
    {
        .code = 503,
        .reason = "Service Unavailable",
        .refs = "RFC3261#21.5.4 RFC3263#4.3",
        .related = "500 504 502 480 408",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The phone service is temporarily unavailable, for example because a server is down, "
            "overloaded or under maintenance."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server that should handle the call cannot do so right now: it is overloaded, "
            "under maintenance, or has lost its link to the next network (for example a trunk "
            "is down). Your own phone also shows 503 when it could not reach the server at all, "
            "in which case nothing came back from the network. Either way it is a temporary "
            "problem on the provider or server side, not with the number you called."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a server temporarily unable to process the request because of overload or "
            "maintenance (RFC 3261 §21.5.4); it may carry Retry-After, and without it the client "
            "handles it like 500. Unlike 500, it invites failover: after a 503, a timeout or a "
            "transport failure the client should try the next server from the DNS SRV/A list "
            "(RFC 3263 §4.3). A proxy should not forward a 503 upstream unless it cannot serve "
            "any request itself (§16.7). A UAC also reports a fatal transport error locally as if "
            "503 had arrived (§8.1.3.1), so check whether it really came from the network. "
            "RFC 3398 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503, and 503 back to "
            "cause 41 (Temporary failure)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Server overloaded or rate-limiting calls\n"
            "Planned maintenance or a server being restarted\n"
            "All trunks or channels to the phone network busy or down (trunk down)\n"
            "The next server or gateway is unreachable, or the provider has an outage\n"
            "A call or channel limit reached on a PBX or trunk\n"
            "Your phone could not reach the server at all and reported 503 itself"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether the 503 came from the network or was generated locally by the phone (look for it in a capture)\n"
            "Wait and retry; if a Retry-After header is present, wait that long\n"
            "Make sure backup servers are configured so the phone can fail over (DNS SRV)\n"
            "Check trunk and gateway status and channel limits on the PBX\n"
            "Check the provider's status page or contact them if all calls fail"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "service unavailable, server down, overloaded, maintenance, trunk down, outage, "
            "no service, unreachable, network problem, try again later"),
    },
    {
        .code = 504,
        .reason = "Server Time-out",
        .refs = "RFC3261#21.5.5",
        .related = "408 502 503 500",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A server in the network waited too long for another system to answer and gave up."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server handling your call passed it on to another system, such as another "
            "server, a gateway or the phone network, and got no reply in time. The problem is "
            "between systems in the network, not with your phone or with the person you called. "
            "Trying again later often works."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server did not receive a timely response from an external server it "
            "accessed while processing the request (RFC 3261 §21.5.5), such as a downstream "
            "proxy, gateway, location or routing database. Compare 408: a server uses 408 when "
            "it could not produce an answer in time itself (for example nothing within the "
            "Expires interval), and a UAC reports its own transaction timeout locally as if 408 "
            "had arrived (§8.1.3.1). RFC 3398 maps Q.850 cause 102 (Recovery on timer expiry) "
            "to 504, and 504 back to cause 102."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A downstream server, gateway or trunk did not answer in time\n"
            "A database, location or routing lookup timed out\n"
            "Packet loss or network problems between servers\n"
            "An overloaded downstream system\n"
            "Slow or failing DNS for the next hop"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Retry the call\n"
            "Find which element sent the 504 (Server header, Via) and which system it was waiting for\n"
            "Check logs and latency between that server and its next hop or back end\n"
            "Check the health of trunks and gateways beyond the server\n"
            "Report repeated 504s to the provider with times and Call-IDs"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "timeout, time-out, server timeout, gateway timeout, no response, slow network, "
            "trunk down, provider problem"),
    },
    {
        .code = 505,
        .reason = "Version Not Supported",
        .refs = "RFC3261#21.5.6",
        .related = "400 500 501",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The server did not accept the version of the SIP protocol your equipment used."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Every SIP message states which protocol version it follows, and today that is "
            "always SIP/2.0. The server received something else, or could not read that part of "
            "the message, and refused it. It points to faulty or very old equipment, or to "
            "something in the network damaging the messages, not to the number you called."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a server that does not support, or refuses to support, the SIP version in "
            "the request line (RFC 3261 §21.5.6). The only version in use is SIP/2.0 (RFC 3261 "
            "§7.1), so a 505 usually means a malformed request line, a non-SIP client, or a "
            "middlebox such as a SIP ALG corrupting the message. RFC 3398 maps 505 to Q.850 "
            "cause 127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A malformed request line (wrong version string, extra spaces, wrong line endings)\n"
            "A SIP ALG in a router or firewall rewriting and corrupting messages\n"
            "Very old or non-standard equipment\n"
            "Scanners or non-SIP traffic sent to the SIP port\n"
            "A script or test tool building requests by hand"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Capture the request and check that its first line ends with SIP/2.0\n"
            "Disable the SIP ALG on the router or firewall\n"
            "Update the firmware or software of the sending device\n"
            "If the traffic comes from an unknown source, treat it as a scan and block it"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "version not supported, sip version, protocol version, sip/2.0, malformed, "
            "sip alg, old equipment"),
    },
    {
        .code = 513,
        .reason = "Message Too Large",
        .refs = "RFC3261#21.5.7 RFC3261#18.1.1",
        .related = "413 414 408 500",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The message your phone sent was too large for the server to handle."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request from your phone or system, for example a call setup offering many "
            "audio and video options, was bigger than the server accepts. It is a technical "
            "limit between your equipment and the server, not a problem with the number you "
            "dialled. Switching the phone to TCP or trimming what it sends usually fixes it."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server cannot process the request because the message length exceeds "
            "its capabilities (RFC 3261 §21.5.7). RFC 3261 §18.1.1 requires a client to use a "
            "congestion-controlled transport such as TCP when a request is within 200 bytes of "
            "the path MTU, or larger than 1300 bytes when the MTU is unknown; big UDP requests "
            "get fragmented, and lost fragments show up as timeouts rather than 513. Compare 413 "
            "(body too large) and 414 (Request-URI too long). RFC 3398 maps 513 to Q.850 cause "
            "127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "An INVITE with a large SDP (many codecs, video, ICE candidates, crypto lines)\n"
            "Many or long headers added by proxies, SBCs or application servers\n"
            "Large multipart bodies, for example SDP plus ISUP or location data\n"
            "A server or SBC configured with a small maximum message size\n"
            "A client that keeps using UDP for messages above 1300 bytes"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Switch the phone or trunk to TCP or TLS\n"
            "Offer fewer codecs and disable unused video or ICE candidates\n"
            "Check the size of the rejected request in a capture\n"
            "Raise the maximum message size on the server or SBC if it is too low\n"
            "Remove unneeded headers added along the path"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "message too large, too big, packet size, fragmentation, mtu, udp, switch to tcp, "
            "large invite, sdp too big"),
    },
    {
        .code = 555,
        .reason = "Push Notification Service Not Supported",
        .refs = "RFC8599",
        .related = "420 503 500 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your app asked to be woken for calls through a push service that the provider "
            "does not support."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Mobile phone apps often sleep in the background and rely on a push notification "
            "(for example from Apple or Google) to wake up for an incoming call. When the app "
            "registered, it named a push service that the provider's server cannot use, so the "
            "request was refused. Incoming calls will not wake the app until the app settings "
            "and the provider's server agree on a push service."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 8599 §8.1 (push notifications with SIP). A UA puts the pn-provider, "
            "pn-param and pn-prid URI parameters in the Contact of its REGISTER to ask the proxy "
            "to wake it through a Push Notification Service (PNS); a proxy that does not support "
            "the PNS named in pn-provider rejects the request with 555. A proxy advertises the "
            "PNS it supports with the sip.pns feature-capability indicator in Feature-Caps "
            "(RFC 6809). Retrying unchanged fails the same way: change pn-provider (for example "
            "apns, fcm or webpush) or the proxy configuration."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The app is set up for a push service the provider has not enabled (for example Apple instead of Google)\n"
            "A misspelled or unsupported pn-provider value in the Contact header\n"
            "A new app version switched push service before the server side was updated\n"
            "Registering through a proxy that does not hold the push configuration"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the pn-provider value in the Contact header of the REGISTER\n"
            "Compare it with the sip.pns value the proxy advertises in Feature-Caps\n"
            "Switch the app to a supported push service, or disable push in the app\n"
            "Ask the provider which push services its server supports\n"
            "Update the app or the server configuration so both use the same push service"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "push notification, push, mobile app, app does not ring, no incoming calls, "
            "background, wake up, apns, fcm, registration failed"),
    },
    {
        .code = 580,
        .reason = "Precondition Failure",
        .refs = "RFC3312#8",
        .related = "488 420 421 606 183",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call could not be set up because the network could not reserve the quality "
            "needed for it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Some networks, especially mobile voice (VoLTE, 5G) and managed business networks, "
            "reserve bandwidth or quality of service before letting the phone ring. For this "
            "call the reservation could not be made, or the other side could not meet the "
            "conditions, so the call was stopped before ringing. It is a network or device "
            "capability problem, not the called person refusing the call."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 3312 §8: a UAS rejects an offer with 580 when the preconditions in "
            "the SDP (for example a=des:qos mandatory ...) cannot be met, typically because "
            "resource reservation failed. The response usually carries SDP whose desired-status "
            "lines are marked with the strength tag failure, or unknown for a precondition type "
            "the answerer does not understand. Support travels as the precondition option tag: a "
            "UAS without precondition support answers 420 to a request with Require: "
            "precondition, and a UAS that insists on preconditions answers 421 to a caller that "
            "did not list the tag in Supported; a plain media mismatch gives 488. In IMS networks 580 usually means the dedicated voice "
            "bearer could not be set up."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The mobile or access network could not set up a dedicated voice bearer (VoLTE, IMS)\n"
            "Not enough bandwidth could be reserved on a managed link\n"
            "A policy server (PCRF or PCF) refused the quality-of-service request\n"
            "The far end does not understand the precondition type requested\n"
            "Resource reservation took too long and was abandoned"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the SDP in the 580 to see which segment failed (local, remote or end-to-end)\n"
            "Retry the call; radio and bearer failures are often short-lived\n"
            "Check QoS and policy settings (PCRF or PCF, bandwidth limits) on the access network\n"
            "If the far end does not need preconditions, disable them on the caller side or the SBC\n"
            "Rule out a codec or extension mismatch (488, 420) in the same call flow"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "precondition, qos, quality of service, bandwidth, volte, bearer, resource "
            "reservation, call fails before ringing, network capacity"),
    },
};
} // namespace

std::span<const CodeEntry> serverFailure() { return entries; }

} // namespace SipScope::CatalogData
