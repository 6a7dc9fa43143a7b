// data/codes_nonstandard.cpp - codes seen in the field that are not in the IANA registry:
// leftovers of RFC 2543, stack-specific codes, Kamailio core errors, local-only statuses of
// PJSIP and sofia-sip, and the labels protocol analysers use (Wireshark's x99 buckets, 999).
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 299,
        .reason = "Success - Others",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "200 202 204",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark statistics label: the bucket where it counts 2xx responses it does not "
            "list by name. Not a code sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a label for some other "
            "success response."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 299 comes from Wireshark's statistics, not from a phone or server. The "
            "response that really travelled on the network was another 2xx success code, which "
            "the analyser grouped under 'Others'. The request itself succeeded; open the original "
            "packet to see the real code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Wireshark's sip_response_code_vals table uses 299 'Success - "
            "Others' as a per-class statistics bucket: every 2xx code it does not name is counted "
            "there, so the real status line on the wire carried a different 2xx code. Read it from "
            "the captured response. If a response really carried 299, a client would treat it as "
            "200 (RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark statistics grouped a 2xx response it does not list by name\n"
            "A rarely used or newer 2xx code was present in the capture\n"
            "A report or export built from Wireshark statistics copied the label"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 299 is an analyser label, not a registered code\n"
            "Open the original packet in the capture and read the real status code\n"
            "Look up that real code instead of 299\n"
            "If the real code is unknown to you, read it as 200 OK"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, statistics, others, success, analyser label, not registered, "
            "not a real code, 2xx"),
    },
    {
        .code = 303,
        .reason = "See Other",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "300 302 301 380",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "Borrowed from HTTP and never defined for SIP; listed in a few vendor tables (Cisco "
            "VOCAL, ManageEngine VQManager, VIAVI Observer)."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: it is a web (HTTP) redirect code that a few "
            "products also list for SIP."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "303 See Other is a web code that tells a browser to look elsewhere. It was never "
            "defined for SIP calls, although a few products and monitoring tools list it. If a "
            "call really got a 303, the equipment that sent it is non-standard and your phone "
            "treats it as a general redirection. Often the 303 you see is a Warning value or a "
            "mislabelled field, not the response code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code: HTTP's 303 See Other was never taken into RFC 2543, RFC 3261 "
            "or the IANA registry. A UAC receiving it treats it as 300 Multiple Choices (RFC 3261 "
            "§8.1.3.2) and may use any Contact header as the alternatives. Do not confuse it with "
            "warn-code 303 (Incompatible bandwidth units) in a Warning header, which is "
            "registered and usually comes with 488 or 606."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A product that reuses HTTP status codes for SIP although 303 is not registered\n"
            "A monitoring tool or decode table that lists HTTP codes in its SIP table\n"
            "Warning code 303 (Incompatible bandwidth units) read as a response code\n"
            "A custom script on a proxy or application server sending 303"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether 303 is really in the status line or only in a Warning header\n"
            "Read the Contact header of the response to see where it points\n"
            "Identify the sender from its Server header and ask the vendor to use a registered code such as 302 or 300\n"
            "While troubleshooting, treat the call as redirected (like a 300)"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "see other, redirect, redirection, http code, moved, not registered, non-standard, "
            "unregistered"),
    },
    {
        .code = 399,
        .reason = "Redirection - Others",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "300 301 302 380",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark statistics label: the bucket where it counts 3xx responses it does not "
            "list by name. Not a code sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a label for some other "
            "redirection response."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 399 comes from Wireshark's statistics, not from a phone or server. The "
            "response that really travelled on the network was another 3xx code, meaning the "
            "call was redirected elsewhere, and the analyser grouped it under 'Others'. Open the "
            "original packet to see the real code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Wireshark's sip_response_code_vals table uses 399 "
            "'Redirection - Others' as a per-class statistics bucket, so the real status line "
            "carried a different 3xx code; read it from the capture. Do not confuse it with "
            "warn-code 399 (Miscellaneous warning) in a Warning header, which is a registered "
            "Warning value, not a response code. A real 399 on the wire would be treated as 300 "
            "(RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark statistics grouped a 3xx response it does not list by name\n"
            "Warning code 399 (Miscellaneous warning) read as a response code\n"
            "A report or export built from Wireshark statistics copied the label"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 399 is an analyser label, not a registered code\n"
            "Open the original packet and read the real status code and its Contact header\n"
            "Check whether 399 actually came from a Warning header\n"
            "If the real code is unknown to you, read it as 300 Multiple Choices"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, statistics, others, redirection, redirect, analyser label, "
            "not registered, not a real code, 3xx"),
    },
    {
        .code = 409,
        .reason = "Conflict",
        .kind = CodeKind::Unregistered,
        .refs = "RFC2543#7.4.10",
        .related = "400 403 491",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "From RFC 2543, the 1999 SIP specification, for REGISTER conflicts; dropped by RFC "
            "3261 and never registered. PJSIP and sofia-sip still list it."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an old code from the first SIP version, meaning "
            "the request clashed with an existing registration."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "409 Conflict comes from the first SIP specification of 1999 and was removed when SIP "
            "was revised in 2002, so it is no longer a standard code. It meant that a "
            "registration clashed with what the server already held. Some older equipment may "
            "still send it; modern phones treat it as a general request error."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. RFC 2543 §7.4.10 used 409 when a REGISTER conflicted with "
            "existing registrations, for example through the Contact action parameter, which RFC "
            "3261 removed as well. It never entered the IANA registry, and a current UAC treats it "
            "as 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) and sofia-sip still carry the "
            "code and phrase."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A legacy RFC 2543 registrar or device still using this unregistered code\n"
            "A REGISTER whose contact settings clash with an existing binding on an old server\n"
            "A stack that maps an internal conflict to 409\n"
            "A custom application reusing the HTTP meaning of conflict"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as a non-standard code (a modern phone reads it as 400)\n"
            "Look at the request that got 409, usually a REGISTER, and its Contact header\n"
            "Remove stale registrations for the account and register again\n"
            "Identify the legacy equipment from its Server header and ask for a registered code"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "conflict, registration conflict, register failed, old sip, rfc 2543, legacy, "
            "not registered, unregistered"),
    },
    {
        .code = 411,
        .reason = "Length Required",
        .kind = CodeKind::Unregistered,
        .refs = "RFC2543#7.4.12",
        .related = "400 413 513",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "From RFC 2543, the 1999 SIP specification; dropped by RFC 3261 and never "
            "registered. PJSIP and sofia-sip still list it."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an old code meaning the server wanted to know "
            "the length of the message first."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "411 Length Required comes from the first SIP specification of 1999 and is no longer "
            "a standard code. It meant the server refused a message that did not state its own "
            "length. Today it points to a sending device or script that builds messages "
            "incorrectly, or to very old server equipment."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. RFC 2543 §7.4.12 let a server refuse a request that lacked "
            "Content-Length. RFC 3261 dropped the code and instead makes Content-Length mandatory "
            "on stream transports such as TCP and TLS (RFC 3261 §18.3, §20.14); a current UAC "
            "treats 411 as 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) and sofia-sip still "
            "carry the code and phrase."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A request sent over TCP or TLS without a Content-Length header\n"
            "An old RFC 2543 era server still using this unregistered code\n"
            "A home-made client or script building SIP messages by hand\n"
            "A middlebox that removed or damaged the Content-Length header"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as a non-standard code (a modern phone reads it as 400)\n"
            "Check that every request, especially over TCP or TLS, has a Content-Length header\n"
            "Compare the Content-Length value with the actual body size\n"
            "Fix the software or script that builds the message, or identify the legacy server"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "length required, content-length, missing header, old sip, rfc 2543, legacy, tcp, "
            "not registered, unregistered"),
    },
    {
        .code = 477,
        .reason = "Unfortunately error on sending to next hop occurred",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "503 408 478 502",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Kamailio core error (E_SEND) sent as a reply, with a suffix such as (477/SL) in "
            "the phrase; not registered."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: a Kamailio server in the network could not pass "
            "your call on to the next server."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server that answered runs Kamailio. It tried to forward the call to the next "
            "hop (another server, a gateway or the called phone) but sending failed, for example "
            "because the connection was refused. The number is specific to that software, not a "
            "standard code. The fault lies between that server and the next one, not in your "
            "phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Kamailio (like other SER-derived proxies) turns its internal "
            "error E_SEND (-477) into a reply through sl_reply_error, with the phrase "
            "'Unfortunately error on sending to next hop occurred' and a suffix such as "
            "(477/SL). The forwarding attempt failed at transport level: TCP or TLS connect "
            "failure, no listening socket for the needed transport or address family, or an "
            "ICMP error. A UAC reads it as 400 (RFC 3261 §8.1.3.2), which is misleading: the "
            "situation is closer to 503."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The next hop refused the TCP or TLS connection or is down\n"
            "No socket on the proxy for the transport or address family needed (for example TLS or IPv6)\n"
            "TLS handshake failure towards the next hop\n"
            "A firewall or network problem between the proxy and the next hop\n"
            "A registered user behind NAT whose connection has closed\n"
            "Kamailio reporting its own send failure with this unregistered code"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as Kamailio's own error, not a registered code: the problem is beyond the proxy\n"
            "Check the Kamailio log at the time of the call for the send error and destination\n"
            "Verify that the next hop is up and listening on the expected port and transport\n"
            "Check the proxy's listen settings for the needed transport and address family\n"
            "For users behind NAT, check keep-alives and that the registration is fresh"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "kamailio, send failed, next hop, cannot forward, connection refused, proxy error, "
            "unreachable, server down, not registered, unregistered"),
    },
    {
        .code = 478,
        .reason = "Unresolvable destination",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "477 479 404 503",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Kamailio core error (E_BAD_ADDRESS) sent as a reply when the next hop cannot be "
            "resolved; not registered."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: a Kamailio server could not find the address of "
            "the destination."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server that answered runs Kamailio. It could not turn the destination name into "
            "a network address, so it did not know where to send the call. This usually comes "
            "from a wrong domain name or a DNS problem on the server side. The number is specific "
            "to that software, not a standard code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Kamailio's internal error E_BAD_ADDRESS (-478) is sent as a "
            "reply when the host of the Request-URI, outbound proxy or destination URI could not "
            "be resolved (no usable NAPTR, SRV, A or AAAA result under RFC 3263) or is not a valid "
            "address. A UAC reads it as 400 (RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A typo in the domain part of the dialled SIP address\n"
            "The proxy's DNS server is unreachable or slow\n"
            "Missing SRV or A/AAAA records for the destination domain\n"
            "A routing or dispatcher entry pointing at a host name that no longer exists\n"
            "Kamailio reporting its own lookup failure with this unregistered code"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as Kamailio's own error, not a registered code\n"
            "Check the host part of the Request-URI and the proxy's routing target\n"
            "Resolve the name from the proxy host (NAPTR, SRV and A/AAAA lookups)\n"
            "Check the proxy's DNS resolver settings and reachability\n"
            "Fix or update the routing or dispatcher entry"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "kamailio, dns, unresolvable, cannot resolve, domain not found, wrong domain, "
            "next hop, unreachable, not registered, unregistered"),
    },
    {
        .code = 479,
        .reason = "Regretfully, we were not able to process the URI",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "400 416 484 478",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Kamailio core error (E_BAD_URI) sent as a reply when a URI in the request cannot "
            "be processed; not registered."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: a Kamailio server could not make sense of the "
            "address you called."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server that answered runs Kamailio. The address in the call request (the number "
            "or SIP address being called) was malformed or could not be processed, so the call "
            "was refused. The number is specific to that software, not a standard code. Usually "
            "the calling phone or a routing rule produced the bad address."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Kamailio's internal error E_BAD_URI (-479) is sent as a reply "
            "when the proxy could not parse or use a URI it needed, usually the Request-URI, "
            "sometimes one rewritten by the routing script. A UAC reads it as 400 (RFC 3261 "
            "§8.1.3.2); the nearest registered codes are 400 and 416 (Unsupported URI Scheme)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A malformed Request-URI (spaces, illegal characters, bad escaping)\n"
            "An unsupported or misspelled URI scheme\n"
            "A routing script rewriting the URI into an invalid form\n"
            "Dialled characters the phone did not encode properly\n"
            "Kamailio reporting its own parse failure with this unregistered code"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as Kamailio's own error, not a registered code\n"
            "Check the Request-URI of the request as the phone sent it\n"
            "Look for spaces, '#', '*' or non-ASCII letters that must be escaped\n"
            "Review recent changes to routing rules that rewrite the URI\n"
            "Compare with the same call dialled in plain digits"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "kamailio, bad uri, invalid address, malformed, wrong format, dialled number, "
            "not registered, unregistered"),
    },
    {
        .code = 490,
        .reason = "Request Updated",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "491 487 400",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "Listed in the PJSIP and sofia-sip status tables; not defined in any RFC and not "
            "registered (origin not traced)."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: a few SIP software libraries list it, suggesting "
            "the request was replaced by a newer one."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "490 Request Updated appears in the code tables of some SIP software but has no "
            "agreed definition and is not a standard code. Its name suggests the request was "
            "superseded by a newer one before it finished. Other equipment treats it as a "
            "general request error, so look at what happened just before and after it."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code and not defined in any RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) "
            "and sofia-sip (SIP_490_REQUEST_UPDATED) list the phrase without a documented origin. "
            "A UAC reads it as 400 (RFC 3261 §8.1.3.2). Look for a newer request on the same "
            "dialog or registration (re-INVITE, UPDATE, REGISTER refresh) that may have replaced "
            "the one that got 490; the registered code for a request crossing another one in "
            "progress is 491."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Software built on PJSIP or sofia-sip using this unregistered code\n"
            "A newer request on the same dialog or registration replacing the pending one\n"
            "A custom application reusing the library constant"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as a non-standard code (other equipment reads it as 400)\n"
            "Look for a newer request with the same Call-ID just before the 490\n"
            "If that newer request succeeded, the 490 is probably harmless\n"
            "Identify the sending software from its Server or User-Agent header and ask the vendor"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "request updated, superseded, replaced, pjsip, sofia-sip, not registered, "
            "unregistered, non-standard"),
    },
    {
        .code = 499,
        .reason = "Client Error - Others",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "400 404 486",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark statistics label: the bucket where it counts 4xx responses it does not "
            "list by name. Not a code sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a label for some other "
            "request failure."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 499 comes from Wireshark's statistics, not from a phone or server. The "
            "response that really travelled on the network was another 4xx code, meaning the "
            "request failed, and the analyser grouped it under 'Others'. Open the original "
            "packet to see the real code and its explanation."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Wireshark's sip_response_code_vals table uses 499 'Client "
            "Error - Others' as a per-class statistics bucket, so the real status line carried a "
            "different 4xx code, typically a newer or rarely used one; read it from the capture. "
            "A real 499 on the wire would be treated as 400 (RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark statistics grouped a 4xx response it does not list by name\n"
            "A newer or vendor-specific 4xx code was present in the capture\n"
            "A report or export built from Wireshark statistics copied the label"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 499 is an analyser label, not a registered code\n"
            "Open the original packet and read the real status code and reason phrase\n"
            "Look up that real code instead of 499\n"
            "If the real code is unknown to you, read it as 400 Bad Request"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, statistics, others, client error, analyser label, not registered, "
            "not a real code, 4xx"),
    },
    {
        .code = 599,
        .reason = "Server Error - Others",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "500 503 504",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark statistics label: the bucket where it counts 5xx responses it does not "
            "list by name. Not a code sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a label for some other "
            "server error."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 599 comes from Wireshark's statistics, not from a phone or server. The "
            "response that really travelled on the network was another 5xx code, meaning a "
            "server failed, and the analyser grouped it under 'Others'. Open the original packet "
            "to see the real code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Wireshark's sip_response_code_vals table uses 599 'Server "
            "Error - Others' as a per-class statistics bucket, so the real status line carried a "
            "different 5xx code; read it from the capture. A real 599 on the wire would be "
            "treated as 500 (RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark statistics grouped a 5xx response it does not list by name\n"
            "A newer or vendor-specific 5xx code was present in the capture\n"
            "A report or export built from Wireshark statistics copied the label"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 599 is an analyser label, not a registered code\n"
            "Open the original packet and read the real status code and any Retry-After header\n"
            "Look up that real code instead of 599\n"
            "If the real code is unknown to you, read it as 500 Server Internal Error"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, statistics, others, server error, analyser label, not registered, "
            "not a real code, 5xx"),
    },
    {
        .code = 687,
        .reason = "Dialog Terminated",
        .kind = CodeKind::Unregistered,
        .refs = "",
        .related = "481 487 600",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "Listed in the sofia-sip status table (SIP_687_DIALOG_TERMINATED), the SIP library "
            "used by FreeSWITCH among others; not defined in any RFC and not registered."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: some SIP software uses it to say the call had "
            "already ended."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "687 Dialog Terminated comes from the sofia-sip software library, which FreeSWITCH "
            "and other products are built on. It says that the call session (the dialog) a "
            "request belonged to had already ended. It is not a standard code, so other "
            "equipment reads it as a general failure. It usually shows up when something "
            "happens on a call that was just hung up."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code and not defined in any RFC; sofia-sip lists it as "
            "SIP_687_DIALOG_TERMINATED with the phrase 'Dialog Terminated', whose name points to a "
            "request or transaction cut short because its dialog had ended. Software built on sofia-sip may "
            "show it in logs or send it; a UAC receiving it reads it as 600 (RFC 3261 §8.1.3.2), "
            "which wrongly suggests a global failure. The registered answers are 481 for a "
            "request that matches no dialog and 487 for a terminated request."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Software built on sofia-sip (for example FreeSWITCH) using this unregistered code\n"
            "A request arriving for a call that has just been hung up\n"
            "A dialog torn down while a re-INVITE, UPDATE or other request was still pending\n"
            "A race between BYE and another request on the same call"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as a non-standard code (other equipment reads it as 600)\n"
            "Look for a BYE or CANCEL with the same Call-ID just before the 687\n"
            "If the call had already ended normally, the 687 is usually harmless\n"
            "If calls drop unexpectedly, investigate why the dialog ended rather than the 687 itself"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "dialog terminated, call ended, hung up, sofia-sip, freeswitch, not registered, "
            "unregistered, non-standard"),
    },
    {
        .code = 699,
        .reason = "Global Failure - Others",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "600 603 604 606",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark statistics label: the bucket where it counts 6xx responses it does not "
            "list by name. Not a code sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a label for some other "
            "final refusal."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 699 comes from Wireshark's statistics, not from a phone or server. The "
            "response that really travelled on the network was another 6xx code, meaning the "
            "call was refused everywhere, and the analyser grouped it under 'Others'. Open the "
            "original packet to see the real code."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code. Wireshark's sip_response_code_vals table uses 699 'Global "
            "Failure - Others' as a per-class statistics bucket, so the real status line carried "
            "a different 6xx code, for example one newer than the Wireshark version in use; read "
            "it from the capture. A real 699 on the wire would be treated as 600 "
            "(RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark statistics grouped a 6xx response it does not list by name\n"
            "A 6xx code newer than the analyser version in use (for example 607 or 608 in an old version)\n"
            "A report or export built from Wireshark statistics copied the label"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 699 is an analyser label, not a registered code\n"
            "Open the original packet and read the real status code and reason phrase\n"
            "Look up that real code instead of 699\n"
            "If the real code is unknown to you, read it as 600 Busy Everywhere"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, statistics, others, global failure, analyser label, not registered, "
            "not a real code, 6xx"),
    },
    {
        .code = 701,
        .reason = "No response from destination server",
        .kind = CodeKind::LocalOnly,
        .refs = "",
        .related = "408 503 702 703",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A PJSIP local status for a request that got no answer; reported to the application, "
            "never sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: your phone gave up waiting because nothing came "
            "back from the server."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "No server sent this number. The phone or app (built on the PJSIP library) sent a "
            "request, received no reply at all from the network, and reported 701 itself. It "
            "points to a connection problem between your device and the server, or to a server "
            "that is down."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code; a local status from PJSIP's status table (formerly "
            "PJSIP_SC_TSX_TIMEOUT): the client transaction timed out (Timer B or F) without any "
            "response, so nothing was received from the network. RFC 3261 §8.1.3.1 says such a "
            "timeout is reported as if 408 had arrived, which newer PJSIP releases do. A capture "
            "shows whether the request left the device and whether anything came back."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a network answer: the phone's own timeout, reported with this unregistered code\n"
            "Server down or unreachable\n"
            "A firewall or NAT dropping the request or the response\n"
            "Wrong server address, port or transport in the account settings\n"
            "A large UDP request fragmented and dropped on the way"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember nothing was received: the phone concluded this locally\n"
            "Check the device's network connection\n"
            "Check the server address, port and transport in the account settings\n"
            "Capture traffic to see whether the request left and whether anything came back\n"
            "Try TCP or TLS instead of UDP"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "no response, timeout, server not responding, unreachable, server down, "
            "no connection, pjsip, local error, not on the wire, not registered"),
    },
    {
        .code = 702,
        .reason = "Unable to resolve destination server",
        .kind = CodeKind::LocalOnly,
        .refs = "",
        .related = "503 478 701 703",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A PJSIP local status for a server name that could not be resolved; reported to the "
            "application, never sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: your phone could not find the server's address, "
            "so it sent nothing."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "No server sent this number. The phone or app (built on the PJSIP library) could not "
            "turn the server name into a network address and reported 702 itself; nothing was "
            "sent or received. It usually means a wrong server name in the settings or a DNS "
            "problem on the network the device uses."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code; a local status from PJSIP's status table (formerly "
            "PJSIP_SC_TSX_RESOLVE_ERROR): the DNS lookup of the destination (NAPTR, SRV, A or "
            "AAAA per RFC 3263) failed, so no request went out and nothing was received from the "
            "network. Newer PJSIP releases usually report this kind of failure as 503, in line "
            "with RFC 3261 §8.1.3.1 treating transport failures as 503."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a network answer: the phone's own DNS failure, reported with this unregistered code\n"
            "A typo in the server or domain name in the account settings\n"
            "No working DNS server on the device or network\n"
            "Missing SRV or A/AAAA records for the provider's domain\n"
            "DNS blocked or filtered by the network (hotel, corporate, captive portal)"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember nothing was sent or received: the phone concluded this locally\n"
            "Check the server or domain name in the account settings\n"
            "Check the device's DNS settings and internet connection\n"
            "Look up the domain's SRV and A records from another machine\n"
            "Try the server's IP address temporarily to confirm a DNS problem"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "dns, cannot resolve, server not found, domain not found, wrong server name, "
            "no internet, pjsip, local error, not on the wire, not registered"),
    },
    {
        .code = 703,
        .reason = "Error sending message to destination server",
        .kind = CodeKind::LocalOnly,
        .refs = "",
        .related = "503 477 701 702",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A PJSIP local status for a request that could not be sent; reported to the "
            "application, never sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: your phone could not send its request to the "
            "server."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "No server sent this number. The phone or app (built on the PJSIP library) tried to "
            "send a request, but the connection failed, for example because it was refused or "
            "the secure connection could not be set up, and it reported 703 itself. Nothing was "
            "received from the network; the problem is the path to the server or the server "
            "being down."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code; a local status from PJSIP's status table (formerly "
            "PJSIP_SC_TSX_TRANSPORT_ERROR): the transport could not send the request (connection "
            "refused or reset, TLS failure, ICMP unreachable), so nothing was received from the "
            "network. RFC 3261 §8.1.3.1 says a fatal transport error is reported as if 503 had "
            "arrived, which newer PJSIP releases do; the client should then try the next server "
            "(RFC 3263 §4.3)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a network answer: the phone's own send failure, reported with this unregistered code\n"
            "The server refused the TCP or TLS connection (service down, wrong port)\n"
            "TLS handshake failure (certificate, protocol version, cipher)\n"
            "ICMP port or host unreachable for UDP\n"
            "A local firewall or VPN blocking outgoing SIP"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember nothing was received: the phone concluded this locally\n"
            "Check the server address, port and transport\n"
            "For TLS, check certificates and the date and time on the device\n"
            "Capture traffic to see the connection attempt and any reset or ICMP error\n"
            "Try another network (mobile data instead of Wi-Fi) to rule out local blocking"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "send error, transport error, connection refused, tls error, cannot connect, "
            "unreachable, server down, pjsip, local error, not on the wire, not registered"),
    },
    {
        .code = 900,
        .reason = "Internal error (varies: e.g. Cannot add credentials / Session is terminating)",
        .kind = CodeKind::LocalOnly,
        .refs = "",
        .related = "904 401 407 500",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A sofia-sip NUA local status reported to the application (seen in FreeSWITCH logs); "
            "never sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: the calling software reported an internal error "
            "of its own, and nothing came from the network."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "This number is produced inside SIP software built on the sofia-sip library, such as "
            "FreeSWITCH, to report a problem it found itself. The text varies, for example it "
            "could not add login credentials or the session was already ending. No server sent "
            "this code and nothing was received from the network for it; the cause is in the "
            "local software or its configuration."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c, "
            "nua_session.c, nua_register.c), reported to the application with a varying phrase "
            "such as 'Cannot add credentials' or 'Session is terminating'. It never crosses the "
            "wire. Read the phrase and the neighbouring log lines: a 900 usually follows a real "
            "response (for example a 401 or 407 that could not be answered) or a local state "
            "problem."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a network answer: sofia-sip's own status, reported with this unregistered code\n"
            "Credentials missing or invalid for an authentication challenge\n"
            "A request attempted while the session was already being torn down\n"
            "A misconfigured gateway or profile in FreeSWITCH\n"
            "An internal state error in the application"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember nothing was received with this code: the software concluded it locally\n"
            "Read the phrase that comes with 900 in the log\n"
            "Look at the SIP messages just before it (for example a 401, 407 or BYE)\n"
            "Check the gateway or account credentials and settings\n"
            "Update the software if the error looks like a bug"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "internal error, local error, freeswitch, sofia, cannot add credentials, "
            "session terminating, not on the wire, not registered"),
    },
    {
        .code = 904,
        .reason = "No matching challenge",
        .kind = CodeKind::LocalOnly,
        .refs = "",
        .related = "401 407 403 900",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A sofia-sip NUA local status when a 401 or 407 challenge cannot be answered; never "
            "sent on the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: the software could not answer the server's "
            "login request because it has no matching credentials."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server asked for a login (a 401 or 407 response), and software built on the "
            "sofia-sip library, such as FreeSWITCH, found no username and password that fit "
            "that request. It reported 904 itself; the 904 was not received from the network. "
            "The cause is the account or gateway settings on the calling side."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c) "
            "when a 401 or 407 challenge cannot be answered: no credentials match the realm, or "
            "the scheme or algorithm is not supported. It never crosses the wire: the response "
            "actually received was the 401 or 407. Compare the realm and algorithm in "
            "WWW-Authenticate or Proxy-Authenticate with the configured credentials."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a network answer: sofia-sip's own status, reported with this unregistered code\n"
            "No username and password configured for the realm the server asked for\n"
            "The realm in the challenge differs from the configured one (for example the provider changed domain)\n"
            "An unsupported authentication scheme or algorithm (for example SHA-256 only)\n"
            "Credentials configured on the wrong gateway or profile"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember the 904 was concluded locally: look for the 401 or 407 that really arrived\n"
            "Note the realm and algorithm in that challenge\n"
            "Check that the gateway or account has credentials for that realm\n"
            "Set the realm explicitly if the software needs it, or let it follow the challenge\n"
            "Check that the software supports the requested algorithm"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "authentication, wrong password, login failed, realm, challenge, registration "
            "failed, freeswitch, sofia, not on the wire, not registered"),
    },
    {
        .code = 999,
        .reason = "Unknown response",
        .kind = CodeKind::AnalyserLabel,
        .refs = "",
        .related = "299 399 499 599 699",
        .source = QT_TRANSLATE_NOOP("Catalog",
            "A Wireshark placeholder for response codes outside its table. Not a code sent on "
            "the wire."),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "This is not a registered SIP code: an analyser used it as a placeholder for a "
            "response it could not classify."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The number 999 comes from Wireshark, not from a phone or server. The response that "
            "really travelled on the network had some other code that the analyser could not "
            "place in its table, and it showed this placeholder instead. Open the original "
            "packet to see what was actually sent."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Not a registered code and outside the six classes of RFC 3261 §21. Wireshark's "
            "sip_response_code_vals uses 999 'Unknown response' as a placeholder for codes "
            "outside its table, so the real status line carried something else. Read it from "
            "the capture: a code from 100 to 699 that is not registered is read as the x00 of "
            "its class (RFC 3261 §8.1.3.2), while anything outside that range is not a valid "
            "SIP response at all."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Not a wire code: Wireshark could not place the real response code in its table\n"
            "A vendor-specific or malformed status line in the capture\n"
            "A report or export built from Wireshark statistics copied the placeholder"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Remember that 999 is an analyser placeholder, not a registered code\n"
            "Open the original packet and read the real status line\n"
            "Look up that real code instead of 999\n"
            "If the status line is malformed, find the device that sent it from its Server header"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wireshark, unknown response, unknown code, analyser label, placeholder, "
            "not registered, not a real code"),
    },
};
} // namespace

std::span<const CodeEntry> nonStandard() { return entries; }

} // namespace SipScope::CatalogData
