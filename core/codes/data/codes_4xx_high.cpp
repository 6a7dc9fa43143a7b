// data/codes_4xx_high.cpp - the registered client failure codes 425..499
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 425,
        .reason = "Bad Alert Message",
        .refs = "RFC8876",
        .related = "400 415 424",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "An automatic emergency alert sent by a device was refused because the emergency service could not make sense of it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A device such as an alarm panel, a sensor or a vehicle system sent an emergency alert "
            "as data, without a voice call, and the emergency service's system could not use it. "
            "The alert was missing, damaged or too incomplete to decide what help is needed. The "
            "problem lies with the sending device or its software, not with the emergency service "
            "or the phone line; a normal voice emergency call still works."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined for non-interactive emergency calls (RFC 8876 §5.1): a request, typically a "
            "SIP MESSAGE that sets up no session, carrying a Common Alerting Protocol document "
            "(application/EmergencyCallData.cap+xml) towards a PSAP or ESRP. The recipient answers "
            "425 when the CAP payload is absent, corrupt or lacks the information needed to "
            "determine an emergency response. The AlertMsg-Error header gives the reason code: "
            "100 cannot process the payload, 101 payload not present or not found, 102 not enough "
            "information, 103 payload corrupted. Unlike 415, the media type is understood; the "
            "alert content is what is refused."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Alarm or sensor firmware that builds a CAP document outside the emergency profile\n"
            "The alert body removed or cut off by an SBC, proxy or gateway\n"
            "The request points to alert data (for example by a cid: reference) that is not in the message\n"
            "Required CAP fields such as event, urgency or area left empty\n"
            "Broken XML or a wrong character encoding in the alert"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the AlertMsg-Error code and text in the response\n"
            "Validate the CAP document sent by the device against the CAP schema and the RFC 8876 profile\n"
            "Check that no SBC, proxy or gateway strips or rewrites the message body\n"
            "Update the device firmware or contact its vendor\n"
            "Make sure a voice emergency call remains possible while the alert path is fixed"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "emergency alert, alarm panel, sensor alert, ecall, cap, 911, 112, psap, "
            "emergency message rejected, data-only emergency call"),
    },
    {
        .code = 428,
        .reason = "Use Identity Header",
        .refs = "RFC8224#6.2.2",
        .related = "436 437 438 608",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because the receiving network only accepts calls whose caller number is digitally signed, and this one was not."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The receiving network or phone system requires the caller ID to be vouched for with a "
            "digital signature (in North America this is STIR/SHAKEN). This call arrived without "
            "one, so it was turned away. The person you called did not reject you: the caller's "
            "provider or PBX has to sign the calls it sends, or a device on the way removed the "
            "signature."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a verification service (RFC 8224 §6.2.2) when local policy requires an "
            "Identity header, i.e. a signed PASSporT (RFC 8225), and the request carries none. The "
            "originating domain is expected to run an authentication service that adds Identity "
            "before the call leaves it. The code was first registered by RFC 4474, whose design "
            "RFC 8224 replaced. Many carriers do not reject unsigned calls but treat them as "
            "unverified; RFC 9410 also lets a verifier report a failure upstream in a Reason "
            "header (protocol STIR) while the call continues."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The originating provider or PBX does not sign its calls\n"
            "An SBC or trunk strips the Identity header on the way\n"
            "The call crossed a TDM or legacy interconnect that cannot carry Identity\n"
            "A strict policy on the terminating network that refuses all unsigned calls"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Ask the originating provider whether it signs calls for this number, and with which attestation\n"
            "Capture the INVITE at each hop to find where the Identity header disappears\n"
            "Check SBC header manipulation rules for Identity\n"
            "Review the terminating network's policy for unsigned calls"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "stir/shaken, shaken, caller id verification, unsigned call, identity header, "
            "call blocked, robocall, spam, attestation, spoofing"),
    },
    {
        .code = 429,
        .reason = "Provide Referrer Identity",
        .refs = "RFC3892#5",
        .related = "403 428 202",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A call transfer was refused because the person who asked for the transfer could not be verified."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "During a transfer, the party the call was being transferred to wanted signed proof of "
            "who requested the transfer, and that proof was missing or invalid. It concerns the "
            "transfer request, not the line or the ongoing call. The transfer can often be done "
            "another way, for example as an attended transfer or by calling the number directly."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined in RFC 3892 §5 (the Referred-By mechanism). The refer target sends 429 when "
            "it requires a Referred-By security token, an S/MIME-signed message/sipfrag body, and "
            "the request triggered by a REFER (usually an INVITE) carries no valid one; the referee "
            "may also answer the REFER itself with 429 when it requires a token and the REFER has "
            "none (§2.1, §2.2). The referee "
            "should report the failure to the referrer in a NOTIFY, so that the referrer can send "
            "the REFER again with a token. Rarely seen, because signed Referred-By tokens are "
            "seldom deployed; most systems refuse unwanted transfers with 403."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The transfer target requires signed Referred-By tokens and the transferring phone cannot create them\n"
            "A proxy or B2BUA rebuilt the request and dropped the token body\n"
            "The token signature or the referrer's certificate could not be verified\n"
            "A policy on the target that only accepts transfers from known referrers"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the Referred-By header and any signed body in the INVITE sent to the target\n"
            "Check whether the transferring phone supports Referred-By tokens and has a certificate\n"
            "Look at the NOTIFY sent back to the transferring phone to see the failure\n"
            "Try an attended transfer, or relax the target's policy for trusted referrers"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "transfer failed, call transfer, blind transfer, refer, referred-by, "
            "transfer rejected, transfer not allowed"),
    },
    {
        .code = 430,
        .reason = "Flow Failed",
        .refs = "RFC5626#11.5",
        .related = "480 439 408 503",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The network lost its connection to the called phone, so the call could not be delivered that way."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called phone keeps a standing connection to its provider so that calls can reach "
            "it behind a router or firewall. That connection has broken, so the server could not "
            "hand the call to the phone over it. This is normally dealt with inside the provider's "
            "network, which tries other connections; the phone usually reconnects and signs in "
            "again by itself."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by SIP Outbound (RFC 5626 §11.5). An edge proxy returns 430 when a request "
            "routed by a flow token (Path or Record-Route URI with the ob parameter) cannot be "
            "delivered because that flow, a TCP/TLS connection or a UDP NAT binding, has failed. "
            "It is meant to stay between proxies: on a 430 the authoritative proxy replaces the "
            "branch with another registered flow of the same instance (§7); when none is left, its "
            "ordinary choice of the best response decides what the caller gets, often 480. A user agent that receives 430 anyway treats it like 400."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The phone's TCP or TLS connection dropped, for example after a Wi-Fi or mobile network change\n"
            "A NAT or firewall closed the binding because keepalives were too rare\n"
            "The edge proxy or SBC restarted and lost its connections\n"
            "The phone went to sleep or lost power without unregistering"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether the called device reconnects and registers again shortly afterwards\n"
            "Compare the keepalive interval (CRLF or STUN, Flow-Timer) with NAT and firewall timeouts\n"
            "Look for edge proxy or SBC restarts and connection resets at the time of the failure\n"
            "Let the phone register more than one flow if redundancy is wanted"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "connection lost, phone offline, unreachable, nat, firewall, keepalive, "
            "tcp connection dropped, not registered, outbound, flow"),
    },
    {
        .code = 433,
        .reason = "Anonymity Disallowed",
        .refs = "RFC5079#5",
        .related = "403 603 607 608",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called does not accept calls from hidden or withheld numbers."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call was made with the caller's number hidden, and the called party or their "
            "provider rejects anonymous calls. Nothing is broken: showing your number for this "
            "call, or in general, lets it through. It is a choice made on the called side, not a "
            "fault of the caller's phone or the network."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined in RFC 5079 §5 for anonymous call rejection. A UAS, or a proxy acting for the "
            "callee, sends 433 when the request is anonymous and the target's policy refuses such "
            "requests. RFC 5079 §3 counts a request as anonymous when its From URI is anonymous "
            "(anonymous@anonymous.invalid) or its Privacy header has the value id or user; "
            "Privacy: header alone does not make it so, nor does a missing P-Asserted-Identity. "
            "Unlike a plain 403 or 603 it tells the caller exactly why, so the caller "
            "can try again with identity shown. The check usually sits in a network service "
            "setting of the called line rather than in the called device."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The caller's number is withheld (CLIR or a Privacy header)\n"
            "The called party has anonymous call rejection switched on\n"
            "A non-compliant rejection service that treats a missing P-Asserted-Identity as anonymous (RFC 5079 §3 says it is not)\n"
            "A PBX or trunk that sends From: anonymous by default"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Call again with your number shown (turn off number withholding, or use the provider's per-call code)\n"
            "Check the caller's line or trunk for default privacy or CLIR settings\n"
            "Check that From and P-Asserted-Identity are sent correctly on the trunk\n"
            "If the called party should accept such calls, ask them to switch off anonymous call rejection"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "anonymous call rejected, withheld number, private number, hidden caller id, "
            "no caller id, clir, acr, anonymous, call blocked"),
    },
    {
        .code = 436,
        .reason = "Bad Identity Info",
        .refs = "RFC8224#6.2.2",
        .related = "428 437 438",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because the network could not fetch the certificate needed to check the caller's identity."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call carried a digital signature for the caller's number, but the receiving "
            "network could not download the certificate that the signature points to, so it could "
            "not check who is calling. The problem lies with the calling side's signing setup or "
            "with the path to its certificate server, not with the called party."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a verification service (RFC 8224 §6.2.2) when the credential referenced by the "
            "info parameter of the Identity header (the certificate URL, also in the PASSporT x5u "
            "claim) cannot be dereferenced: unsupported URI scheme, unreachable host or failed "
            "retrieval. RFC 4474 defined it for the Identity-Info header, which RFC 8224 removed; "
            "PJSIP and Wireshark still print Bad Identity-Info. Compare 437 (credential obtained but "
            "not acceptable) and 438 (signature or claims do not verify)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The certificate URL in the Identity header is wrong, outdated or unreachable\n"
            "The signing provider's certificate repository is down or blocked by a firewall\n"
            "A URL scheme the verifier does not support (for example not https)\n"
            "DNS or TLS errors when the verifier fetches the certificate"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the info parameter of the Identity header and try to fetch that URL from the verifier's network\n"
            "Check firewall and proxy rules for outbound https from the verification service\n"
            "Check the verifier's logs for DNS or TLS errors during retrieval\n"
            "Tell the originating provider if its certificate repository is unreachable"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "stir/shaken, certificate url, x5u, identity info, caller id verification, "
            "call blocked, certificate download failed, verification failed"),
    },
    {
        .code = 437,
        .reason = "Unsupported Credential",
        .refs = "RFC8224#6.2.2",
        .related = "436 438 428",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because the certificate used to sign the caller's number is not trusted or not supported."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The caller's network signed the call and the receiving network fetched the "
            "certificate, but could not accept it, for example because it comes from an authority "
            "it does not trust. The problem lies with the calling provider's certificate or with "
            "the trust settings of the receiving network, not with the phones."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a verification service (RFC 8224 §6.2.2) when it cannot validate the "
            "credential referenced by the Identity header: a certificate from an untrusted or "
            "unknown authority, an unsupported credential type or algorithm, or one that fails "
            "validation. RFC 4474 registered the code as 437 Unsupported Certificate, the phrase "
            "PJSIP, Wireshark and FreeSWITCH still print; the meaning is the same. Compare 436 "
            "(credential could not be fetched) and 438 (signature or claims invalid)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The signing certificate was issued by a CA missing from the verifier's trust list (for example not an approved STI-CA)\n"
            "The certificate is expired or revoked\n"
            "A credential type or algorithm the verifier does not support\n"
            "An outdated trust anchor list on the verification service"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check which CA issued the certificate and whether it is on the verifier's trust list\n"
            "Check the certificate's validity dates and revocation status\n"
            "Update the verification service's trust anchors\n"
            "Ask the originating provider to renew or replace its certificate"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "stir/shaken, untrusted certificate, unsupported certificate, certificate expired, "
            "caller id verification, call blocked, sti-ca, trust anchor"),
    },
    {
        .code = 438,
        .reason = "Invalid Identity Header",
        .refs = "RFC8224#6.2.2",
        .related = "436 437 428 403",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because the digital signature on the caller's number did not check out."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call came with a signed caller identity, but when the receiving network checked "
            "it, the signature was wrong or the signed details did not match the call. The caller "
            "ID may have been changed on the way, or the signing was done incorrectly. The problem "
            "lies on the calling side or along the route, not with the called party."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a verification service (RFC 8224 §6.2.2) when it has obtained the credential "
            "but the PASSporT signature does not verify, or the signed claims do not match the "
            "request, such as the orig or dest numbers. Number rewriting by B2BUAs or SBCs after "
            "signing is a frequent trigger. A Date outside the freshness window is answered with "
            "403 Stale Date instead. Compare 436 and 437, which fail before the signature is "
            "checked."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A device on the route rewrote the calling or called number after the call was signed\n"
            "Number format differences (plus sign, country code) between signer and verifier\n"
            "A signing key that does not match the published certificate\n"
            "Caller ID spoofing: the call claims a number it was not signed for\n"
            "An SBC that damaged or rebuilt the Identity header"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare the orig and dest claims in the PASSporT with From, P-Asserted-Identity and the Request-URI as received\n"
            "Check number normalisation rules on SBCs between signer and verifier\n"
            "Ask the originating provider to check that its signing key matches its certificate\n"
            "Check clock synchronisation (NTP) on signing and verifying systems"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "stir/shaken, invalid signature, caller id spoofing, spoofed number, "
            "verification failed, call blocked, spam, robocall, identity header"),
    },
    {
        .code = 439,
        .reason = "First Hop Lacks Outbound Support",
        .refs = "RFC5626#11.6",
        .related = "430 420 421",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The phone could not sign in because the first server it connects through does not support a connection feature the phone asked for."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The phone asked to keep a reliable standing connection to the service (SIP Outbound). "
            "The registration server supports this, but the first server in between does not, so "
            "the registration was refused. It is a setup mismatch between the phone and the "
            "provider's front-end server, not a problem with the account or password."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by SIP Outbound (RFC 5626 §11.6). The registrar returns 439 when a REGISTER "
            "requests outbound behaviour (Contact with reg-id and +sip.instance, Supported: "
            "outbound) but the first-hop edge proxy has not shown outbound support, i.e. there is "
            "no Path entry with the ob parameter. The UA can register again without reg-id, or "
            "through an edge proxy that supports outbound."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "SIP Outbound (RFC 5626) enabled on the phone, but the SBC or edge proxy does not support it\n"
            "The edge proxy does not add a Path header with the ob parameter\n"
            "A new or misconfigured front-end proxy in front of an outbound-capable registrar\n"
            "A load balancer that forwards REGISTER without acting as an edge proxy"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Turn off SIP Outbound (reg-id) on the phone, or point it at an edge proxy that supports outbound\n"
            "Check the Path header as it reaches the registrar\n"
            "Enable Path and outbound support on the edge proxy or SBC\n"
            "Register again and confirm the 200 OK carries Require: outbound"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "registration failed, cannot register, outbound, edge proxy, sbc, path header, "
            "reg-id, nat, keepalive"),
    },
    {
        .code = 440,
        .reason = "Max-Breadth Exceeded",
        .refs = "RFC5393",
        .related = "483 482 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call could not ring all the phones it was meant to, because of a limit on how many phones one call may ring at once."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "To protect the network, servers limit how many parallel branches one call may split "
            "into. This call would have gone over that limit, so some or all destinations were "
            "not tried. It usually points to a very large ring group, or to forwarding that splits "
            "the call again and again, on the provider or PBX side."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 5393, which added the Max-Breadth header to stop forking being used for "
            "amplification attacks. Max-Breadth caps the number of concurrent branches a request "
            "may fan out into across all forking proxies (RFC 5393 suggests 60 as the default). A "
            "proxy whose incoming Max-Breadth is too small for the parallel fork it wants, and "
            "that cannot fork serially or redirect instead, returns 440; the client can conclude "
            "that its request did not reach every possible destination. Compare 483, which limits "
            "depth (Max-Forwards) rather than breadth."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A ring group or hunt group that rings too many phones in parallel\n"
            "Several forking proxies in a chain, each splitting the call again\n"
            "A user with many registered devices plus forwarding to another group\n"
            "A forking loop or spiral that multiplies branches\n"
            "A low Max-Breadth set by a client or an intermediate proxy"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the Max-Breadth header of the request as it reaches each proxy\n"
            "Reduce parallel branches, or switch large groups to sequential hunting\n"
            "Look for forwarding chains where groups contain other groups\n"
            "Check proxy settings that lower or reset Max-Breadth"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "ring group, hunt group, forking, parallel ringing, simultaneous ring, "
            "too many devices, max-breadth, call not delivered"),
    },
    {
        .code = 469,
        .reason = "Bad Info Package",
        .refs = "RFC6086#4.2.2 RFC6086#11.6",
        .related = "415 489 405",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The other side refused a message sent during the call, such as keypad presses sent as data, because it does not accept that kind of message."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "During a call, one side sent extra information inside the call, for example keypad "
            "tones or application data, in a format the other side had not agreed to receive. "
            "Only that message was refused; the call itself goes on. It usually comes from a "
            "settings mismatch between the two phones or systems, often about how keypad tones "
            "(DTMF) are sent."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 6086 (receiver behaviour §4.2.2, registration §11.6). A UA answers 469 "
            "to an INFO request whose Info-Package header names a package it has not announced in "
            "its Recv-Info header; the response carries Recv-Info listing the packages it will "
            "accept. The failure concerns that INFO transaction only and does not end the dialog. "
            "Legacy INFO sent without an Info-Package header is outside this mechanism."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "DTMF sent as SIP INFO in a package the far end did not list in Recv-Info\n"
            "The sender ignored, or never received, the peer's Recv-Info\n"
            "An SBC or B2BUA that removed or rewrote Recv-Info during call setup\n"
            "Different DTMF or application settings on the two endpoints"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare the Info-Package header of the INFO with the Recv-Info sent by the far end\n"
            "Align DTMF settings on both sides (RFC 4733 telephone-event, SIP INFO or in-band)\n"
            "Check how SBCs pass Recv-Info and Info-Package\n"
            "Update endpoint firmware that sends INFO without checking Recv-Info"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "dtmf, keypad tones, touch tones, keypresses not working, ivr not responding, "
            "sip info, info package, recv-info"),
    },
    {
        .code = 470,
        .reason = "Consent Needed",
        .refs = "RFC5360#5.9.2",
        .related = "403 433 603",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your message or call could not be passed on because a recipient has not yet agreed to receive it through this service."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request went to a service that forwards it to others, such as a group list, a "
            "conference service or a message distributor. At least one recipient has not given "
            "permission to receive traffic from you through that service, so it refused. The "
            "recipient has to agree first; nothing is broken on your phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by the SIP consent framework (RFC 5360 §5.9.2), which protects against "
            "amplification and spam through relays. A relay that would translate a request to "
            "recipient URIs, for example a URI-list server, returns 470 when the recipient's "
            "permission for that translation is missing; the Permission-Missing header lists the "
            "URIs still lacking consent. The sender can then request permission with a permission "
            "document (RFC 5361) and retry once the recipients grant it. Unlike 403, it points to "
            "a way of obtaining access."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A recipient on a group or distribution list has not granted permission yet\n"
            "Permission was given earlier but has expired or been withdrawn\n"
            "The sender identity differs from the one the recipient approved\n"
            "A new relay or list was set up without collecting consent"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Permission-Missing header to see which recipients lack consent\n"
            "Send those recipients a permission request and wait for them to accept\n"
            "Check that the sender identity matches the one for which permission was given\n"
            "Remove recipients who do not consent from the list"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "consent, permission, not allowed, group message, distribution list, "
            "conference invite, spam protection, recipient approval"),
    },
    {
        .code = 480,
        .reason = "Temporarily Unavailable",
        .refs = "RFC3261#21.4.18",
        .related = "408 486 404 603",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called cannot be reached right now; their phone may be off, not signed in or not answering."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call reached the called party's service, but their phone could not take it at "
            "the moment: it may be switched off, not signed in, out of coverage or set to do not "
            "disturb, or it rang without being answered. It is about the called party's side, not "
            "your phone. Trying again later usually works."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.18: the callee's end system was contacted but the callee is currently "
            "unavailable; a proxy or redirect server also returns it when it knows the user but "
            "has no valid current location (no registration). It may carry Retry-After, and the "
            "reason phrase or a Reason header may be more specific. Unlike 408, which reports that "
            "no final answer came in time, 480 is an explicit answer; unlike 486, the user is not "
            "busy. RFC 3398 maps 480 to Q.850 cause 18 (No user responding); causes 19 (No answer "
            "from user), 20 (Subscriber absent) and 31 (Normal, unspecified) arrive as 480."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called phone is not registered (switched off, offline or without network)\n"
            "It rang without answer and the called side gave up after its no-answer timer\n"
            "Do-not-disturb or an away status that answers with 480\n"
            "Mobile phone out of coverage or in flight mode\n"
            "The called phone lost its registration after a NAT or network change\n"
            "A proxy or gateway with no usable route to the user at the moment"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Call again later\n"
            "Check whether the called device is registered (registrar or PBX user status)\n"
            "Look for Retry-After, the reason phrase and any Reason header for the exact cause\n"
            "Check do-not-disturb and no-answer timer settings on the called side\n"
            "If every call to one user fails, check that device's NAT keepalives and registration expiry"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "unavailable, not available, nobody answers, no answer, not registered, "
            "phone offline, switched off, out of coverage, do not disturb, unreachable, "
            "subscriber absent"),
    },
    {
        .code = 481,
        .reason = "Call/Transaction Does Not Exist",
        .refs = "RFC3261#21.4.19 RFC3261#12.2.1.2",
        .related = "408 487 491",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The other side no longer knows about this call, so it could not act on the request."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A message was sent about a call that the other side has no record of, for example "
            "because it had already ended the call, restarted or lost track of it. It often shows "
            "up when hanging up, holding or transferring, and usually means the call had already "
            "ended on the other side. It is a mismatch between two systems, not something the user "
            "did wrong."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.19: the UAS received a request that matches no existing dialog or "
            "transaction, such as a BYE, re-INVITE, CANCEL or NOTIFY with an unknown Call-ID or "
            "tags. Per §12.2.1.2 a UAC that gets 481 (or 408) to a request inside a dialog should "
            "consider the dialog ended. Older gateways print the RFC 2543 phrase Call Leg/"
            "Transaction Does Not Exist. RFC 3398 maps it to Q.850 cause 41 (Temporary failure)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The call had already ended on the other side (a BYE crossed or was lost)\n"
            "A phone, PBX or SBC restarted and lost its call state\n"
            "An SBC or B2BUA changed the Call-ID or tags inconsistently\n"
            "A CANCEL that arrived after the call was answered or ended\n"
            "Requests routed to another node of a cluster that does not share call state\n"
            "A NOTIFY for a subscription that has already expired"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare Call-ID, From tag and To tag of the failing request with the original dialog\n"
            "Check whether the other side sent a BYE or restarted before this request\n"
            "Review dialog handling and failover on SBCs, B2BUAs and clusters\n"
            "Check session timer and subscription expiry if it happens mid-call or with NOTIFY"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "call does not exist, call leg, dialog not found, unknown call, hang up failed, "
            "transfer failed, hold failed, call dropped"),
    },
    {
        .code = 482,
        .reason = "Loop Detected",
        .refs = "RFC3261#21.4.20 RFC3261#16.3",
        .related = "483 440 404",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call went round in a circle between servers, so the network stopped it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call was routed back to a server it had already passed through, in a way that "
            "would have made it go round forever. The server stopped it to protect the network. "
            "This is a routing setup error at the provider or PBX, not a problem with either "
            "phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.20: a proxy found by loop detection (§16.3 step 4: its own address in a "
            "Via with a branch value showing the same request) that the request came back to it "
            "unchanged. A spiral, where the request returns with a different Request-URI or route, "
            "is legitimate and must not be rejected. RFC 5393 made loop detection mandatory for "
            "proxies that fork and corrected the algorithm. RFC 3398 maps 482 to Q.850 cause 25 "
            "(Exchange routing error)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Two servers that route the same number to each other\n"
            "Call forwarding that points back to the original user or group\n"
            "A default route on a PBX pointing at a trunk that sends the call back\n"
            "DNS, SRV or outbound proxy settings that lead a server back to itself"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Via headers to see which servers the request passed through\n"
            "Check the routing and dial plan for the dialled number on each of those servers\n"
            "Check the called user's forwarding settings\n"
            "Check DNS and outbound proxy settings"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "loop, routing loop, call loop, forwarding loop, misrouted, routing error, "
            "call forward"),
    },
    {
        .code = 483,
        .reason = "Too Many Hops",
        .refs = "RFC3261#21.4.21 RFC3261#16.3",
        .related = "482 440 408",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call passed through too many servers and was stopped before it reached the person you called."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Every call carries a counter that goes down at each server it passes. This call used "
            "the counter up before reaching its destination, usually because it was circling "
            "between systems or passed an unusually long chain of them. It is a routing problem in "
            "the provider or PBX network, not with the phones."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.21: a proxy received a request whose Max-Forwards had reached 0 "
            "(§16.3 step 3; an OPTIONS may instead be answered by the proxy itself). UACs usually "
            "start at 70. Loops through B2BUAs tend to end in 483 rather than 482, because each "
            "B2BUA sends a new request with fresh Via headers; RFC 7332 asks B2BUAs to carry "
            "Max-Forwards over, since one that resets it can make such a loop endless. RFC 3398 "
            "maps 483 to Q.850 cause 25 (Exchange routing error)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A routing loop between PBXs, SBCs or B2BUAs\n"
            "A very low initial Max-Forwards set by a client or trunk\n"
            "An unusually long chain of proxies and forwarding steps\n"
            "Forwarding rules that bounce the call between systems"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare Max-Forwards as sent and as received at each hop\n"
            "Trace the route (Via, Record-Route, SBC logs) to find systems that appear repeatedly\n"
            "Fix dial plan or routing entries that send the call back\n"
            "Check devices that set Max-Forwards too low"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "too many hops, max-forwards, hop count, routing loop, call loop, misrouted, "
            "routing error"),
    },
    {
        .code = 484,
        .reason = "Address Incomplete",
        .refs = "RFC3261#21.4.22",
        .related = "404 485 416",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The number you dialled is incomplete; some digits are missing."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The network recognised that the dialled number is too short or not finished, so it "
            "could not connect the call. Usually a digit, the area code or the country code is "
            "missing, or the phone sent the number before dialling was complete. It is about the "
            "number dialled, not about the line."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.22: the Request-URI is incomplete; the reason phrase may say more. It "
            "is the basis of overlap dialling (RFC 3578): a gateway or UA may send a new INVITE "
            "with more digits after a 484. RFC 3398 maps it to and from Q.850 cause 28 (Invalid "
            "number format, address incomplete). Compare 404 (complete but unknown number) and "
            "416 (unsupported URI scheme)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Missing digits, area code or country code\n"
            "The phone's digit map or inter-digit timeout sent the number too early\n"
            "Overlap dialling towards a system that expects the whole number at once\n"
            "Number normalisation that strips digits\n"
            "Short codes or extensions missing from the dial plan"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Dial the full number, including area and country code\n"
            "Check the phone's digit map and inter-digit timeout\n"
            "Check number normalisation rules on the PBX, SBC and trunk\n"
            "Check whether the route uses overlap or en-bloc sending"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "incomplete number, missing digits, number too short, area code missing, "
            "wrong number format, dial plan, digit map, overlap dialling"),
    },
    {
        .code = 485,
        .reason = "Ambiguous",
        .refs = "RFC3261#21.4.23",
        .related = "300 484 404",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The name or number you dialled matches more than one person, so the system could not tell whom to call."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The address you dialled is not unique, for example a short name or alias shared by "
            "several users. The system may offer a list of possible matches. Dialling the full, "
            "exact address or number will work."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.23: the Request-URI is ambiguous. The response may list possible "
            "unambiguous addresses in Contact header fields, but revealing them can harm privacy "
            "or help an attacker guess users, so many servers omit the list or answer 404. RFC 3398 "
            "maps it to Q.850 cause 1 (Unallocated number). Compare 300, which offers several "
            "locations of one and the same user."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A short name or alias shared by several users in the directory\n"
            "Partial input in a dial-by-name feature\n"
            "Duplicate aliases after a directory import\n"
            "A dial plan pattern that matches several destinations"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Dial the full SIP address or the complete number\n"
            "Check the Contact headers in the response for the possible matches\n"
            "Remove duplicate aliases from the user directory\n"
            "Make dial plan patterns unique"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "ambiguous, several matches, duplicate name, dial by name, alias, multiple users, "
            "unclear address"),
    },
    {
        .code = 486,
        .reason = "Busy Here",
        .refs = "RFC3261#21.4.24",
        .related = "600 480 603 487",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called is busy on this phone right now."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called phone was reached, but it is already in a call or set to reject "
            "extra calls, so it refused this one. It is about the called party, not about "
            "your phone or the network. Other phones of the same person may still ring, "
            "and trying again later will usually work."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by the callee's user agent (RFC 3261 §21.4.24) when it is not willing or "
            "able to take another call at this end system. It may carry Retry-After to say "
            "when to retry. Unlike 600 Busy Everywhere it speaks only for this device: a "
            "forking proxy continues with other branches. RFC 3398 maps it to Q.850 cause "
            "17 (User busy)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called phone is already in a call and has no call waiting\n"
            "Do-not-disturb set to answer busy\n"
            "All lines or channels of the called device are in use\n"
            "A PBX busy-on-busy or hunt-group limit"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Call again in a few minutes\n"
            "Check whether call waiting or do-not-disturb is set on the called phone\n"
            "Look for a Retry-After header in the response\n"
            "If every call gets 486, check the line or channel limit of the called device or trunk"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "busy, engaged, line busy, in a call, occupied, do not disturb, dnd, busy signal"),
    },
    {
        .code = 487,
        .reason = "Request Terminated",
        .refs = "RFC3261#21.4.25 RFC3261#9.2",
        .related = "480 408 486 200",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call attempt was cancelled before it was answered, usually because the caller hung up."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call was stopped while it was still ringing, most often because the caller hung "
            "up or because another phone answered it. This is a normal end of a call attempt, not "
            "a fault. If the caller did not hang up, a timer on the caller's phone or PBX may have "
            "cancelled the call."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.25: the request was ended by a BYE or CANCEL. A UAS that accepts a "
            "CANCEL answers the CANCEL with 200 and the pending INVITE with 487 (§9.2), and the "
            "UAC acknowledges the 487 with ACK. The CANCEL may carry a Reason header (RFC 3326), "
            "for example cause=200 when a forking proxy cancels the other branches after one "
            "answered. RFC 3398 gives 487 no Q.850 mapping: on the ISUP side the attempt simply "
            "ends with normal clearing (cause 16)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The caller hung up while it was ringing\n"
            "Another device of a ring group or forked call answered\n"
            "The caller's phone or PBX cancelled after its own no-answer timeout\n"
            "Call pickup or a transfer replaced the ringing call\n"
            "An application or auto-dialler cancelled the attempt"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Usually nothing to do: check whether the caller hung up\n"
            "Look at the CANCEL and its Reason header to see who cancelled and why\n"
            "If calls are cut short while ringing, check no-answer timers on the calling phone or PBX\n"
            "In ring groups, confirm that another member answered"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "cancelled, caller hung up, hang up, abandoned call, answered elsewhere, "
            "call pickup, ring timeout, missed call"),
    },
    {
        .code = 488,
        .reason = "Not Acceptable Here",
        .refs = "RFC3261#21.4.26 RFC3261#20.43",
        .related = "606 415 580 491",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because the two sides could not agree on how to send the sound or video."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called side was reached but could not accept the proposed call settings, most "
            "often because no common voice codec was offered, or because of encryption, fax or "
            "video settings. It is a settings mismatch between the two ends or a server in "
            "between, not a fault of either line. If this refuses a change during a call, such as "
            "a switch to fax, the existing call stays up."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.26: some aspect of the session description (codecs, media type, "
            "transport such as RTP/SAVP, bandwidth, address family) is not acceptable to the "
            "resource addressed by the Request-URI; other locations may accept it. A Warning "
            "header usually names the reason: 304 Media type not available, 305 Incompatible "
            "media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. "
            "Unlike 606 it speaks only for this destination; unlike 415 the body type (SDP) is "
            "understood but its content is refused. After a refused re-INVITE the session stays "
            "unchanged (§14.1). RFC 3398 takes the Q.850 cause from the Warning code; causes 65 "
            "and 70 arrive as 488."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "No codec in common, for example G.729 only offered to a side that allows only G.711 or Opus\n"
            "Encryption mismatch: SRTP required on one side, plain RTP on the other\n"
            "A T.38 fax re-INVITE refused by a side without fax support\n"
            "Video or other media offered to a voice-only device\n"
            "IPv4/IPv6 or transport mismatch in the SDP\n"
            "Codec restrictions on an SBC or transcoder in the path"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Warning header code for the exact reason\n"
            "Compare the codecs in the offer with those allowed on the far end and on SBCs\n"
            "Check SRTP and encryption settings on both sides\n"
            "For fax, check T.38 and G.711 pass-through settings\n"
            "Add a common codec or enable transcoding"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "codec mismatch, no common codec, incompatible codec, media negotiation failed, "
            "sdp, srtp, fax failed, t.38, video call failed, not acceptable"),
    },
    {
        .code = 489,
        .reason = "Bad Event",
        .refs = "RFC6665#8.3.2",
        .related = "405 501 469",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The phone asked the server for a kind of status update that the server does not offer."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Phones subscribe to updates such as the voicemail light, presence or the busy lamp of "
            "a colleague's line. The server received such a request for an update type it does "
            "not support and refused it. It usually comes from a phone key or setting that does "
            "not match what the server offers; normal calls are not affected."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 6665 §8.3.2 (first RFC 3265 §7.3.2): the notifier does not understand the event "
            "package named in the Event header of a SUBSCRIBE, or a subscriber got a NOTIFY for a "
            "package it does not handle. An Allow-Events header listing the packages that are "
            "supported may come with it (RFC 6665 §4.4.4 recommends one in general, not for 489 "
            "alone), but it is often absent. reSIProcate uses the phrase Event Package Not Supported. "
            "Compare 405 or 501, used when the SUBSCRIBE method itself is not supported."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Busy lamp (dialog), presence or voicemail (message-summary) subscription to a server without that package\n"
            "A provisioning or vendor-specific event the server does not know\n"
            "A misspelt event name or an unsupported event parameter\n"
            "An unsolicited NOTIFY with an event type the phone does not handle\n"
            "Subscriptions sent to the wrong server, such as the trunk instead of the PBX"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the Event header of the SUBSCRIBE or NOTIFY\n"
            "If the 489 has an Allow-Events header, read it to see what the server supports\n"
            "Align phone key settings (BLF, voicemail, presence) with the PBX features\n"
            "Make sure subscriptions go to the right server"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "blf, busy lamp field, presence, voicemail light, mwi, subscribe failed, "
            "event package, notify, status light not working"),
    },
    {
        .code = 491,
        .reason = "Request Pending",
        .refs = "RFC3261#21.4.27 RFC3261#14.1",
        .related = "500 488 481",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Both sides tried to change the call at the same moment, so one change was put off and will be retried."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "While the call was being changed, for example put on hold, resumed or switched to "
            "fax, the other side sent its own change at the same time. To avoid confusion one of "
            "them was turned down for now. The phones normally retry by themselves after a short "
            "random wait, so the call usually carries on without any action."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.27 and §14.2: a UAS that receives a re-INVITE (or an UPDATE, RFC 3311) "
            "in a dialog while its own offer in that dialog is still pending answers 491 (glare). "
            "Per §14.1 the UAC waits a random time before retrying: 2.1 to 4 seconds in 10 ms "
            "steps if it generated the Call-ID, 0 to 2 seconds otherwise. A UAS still processing "
            "an earlier incoming re-INVITE answers 500 with Retry-After instead. The refused "
            "request leaves the session unchanged."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Both ends send a re-INVITE at once (hold, resume, session refresh)\n"
            "Both fax gateways try to switch to T.38 at the same time\n"
            "Session timer refreshes sent by both sides, or by an SBC and an endpoint\n"
            "An SBC or B2BUA that sends its own re-INVITE while another is in progress\n"
            "A device that retries at once instead of waiting the random delay"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Usually nothing to do: confirm that the retry succeeded after the delay\n"
            "Check that each side waits the random delay before retrying\n"
            "Let only one side refresh session timers (refresher parameter)\n"
            "Let only one fax gateway start the T.38 switch"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "glare, re-invite, request pending, collision, simultaneous requests, hold failed, "
            "fax switch, t.38, session refresh"),
    },
    {
        .code = 493,
        .reason = "Undecipherable",
        .refs = "RFC3261#21.4.28",
        .related = "415 400 494",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The other side could not read an encrypted part of the message, so it refused it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Part of the request was encrypted so that only the receiver could read it, but the "
            "receiver could not decrypt it, usually because it lacks the right key or the sender "
            "used the wrong one. It is a security setup mismatch between the two systems. It is "
            "rare, because most systems encrypt the connection rather than parts of messages."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.28: the request contained an encrypted MIME body (S/MIME, §23) for "
            "which the recipient does not possess, or will not provide, a suitable decryption key. "
            "The response may carry a single body with the public key the sender should use to "
            "encrypt bodies for this UA. End-to-end S/MIME is seldom deployed, and hop-by-hop TLS "
            "never produces 493. Compare 415, used when the body type itself is not supported."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The body was encrypted with an old or wrong public key of the recipient\n"
            "The recipient's private key or certificate is missing or expired\n"
            "S/MIME body encryption switched on at one end only\n"
            "An intermediary that altered the encrypted body"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check which certificate the sender used and whether it belongs to the recipient\n"
            "Use the public key returned in the 493 body, if any, and retry\n"
            "Check certificate stores and expiry dates on both ends\n"
            "Switch off S/MIME body encryption if it is not required"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "encryption, s/mime, cannot decrypt, encrypted body, certificate, key mismatch, "
            "security"),
    },
    {
        .code = 494,
        .reason = "Security Agreement Required",
        .refs = "RFC3329#2.3.1",
        .related = "401 407 421 420",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The server requires the phone to set up a protected connection first, and the phone did not do so."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The provider's server only accepts requests after the phone and the server have "
            "agreed on a security method, such as an encrypted tunnel. The phone did not offer it "
            "or did not complete it correctly. It is typical of mobile and IMS-based services "
            "(VoLTE, Wi-Fi calling) and points to a phone or client setting, not to the account "
            "or the called party."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3329 §2.3.1 (security mechanism agreement): a server that receives an "
            "unprotected request with sec-agree in Require or Proxy-Require answers 494 with a "
            "Security-Server header listing its mechanisms (tls, digest, ipsec-ike, ipsec-man, "
            "ipsec-3gpp). The client picks one, sets it up and resends, echoing the server's list "
            "in Security-Verify. In 3GPP IMS the P-CSCF normally sends Security-Server in the 401 "
            "to the first REGISTER, so a later 494 usually means a missing or mismatched "
            "Security-Verify or a request sent outside the IPsec security association."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The client sent no Security-Client, or did not finish the IPsec or TLS setup\n"
            "Security-Verify missing or not matching the server's Security-Server list\n"
            "A request sent to the unprotected port instead of the protected one\n"
            "An SBC or proxy that removes Security-Client, Security-Server or Security-Verify\n"
            "IMS or VoLTE client settings (IPsec, sec-agree) disabled or wrong"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare Security-Client, Security-Server and Security-Verify across the exchange\n"
            "Check that the client supports and has enabled one of the offered mechanisms\n"
            "Check that requests after registration go to the protected ports\n"
            "Check intermediaries for removed security headers\n"
            "Register the client again to restart the negotiation"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "volte, ims, ipsec, wifi calling, vowifi, security agreement, sec-agree, "
            "registration failed, cannot register, p-cscf"),
    },
};
} // namespace

std::span<const CodeEntry> clientFailureHigh() { return entries; }

} // namespace SipScope::CatalogData
