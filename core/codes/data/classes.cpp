// data/classes.cpp - explanations of the six response classes. SipScope shows these
// texts for a code it has no entry for (an unregistered code such as 471 or 650), so
// each one also says how RFC 3261 §8.1.3.2 makes a receiver read such a code.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr ClassEntry entries[] = {
    {
        .codeClass = 1,
        .name = QT_TRANSLATE_NOOP("Catalog", "Provisional"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call or request is still in progress; this is an interim status, not the final result."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 100 to 199 report progress while a request is being handled: it was "
            "received, a phone is ringing, the call is being forwarded or queued, or a tone or "
            "announcement is played. They never end a call attempt; a final answer (a code from "
            "200 to 699) always follows. A phone that does not know a particular 1xx code treats "
            "it as plain call progress."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Provisional responses (RFC 3261 §7.2, §21.1) precede the final response; a 1xx with a "
            "To tag creates an early dialog, and any 1xx stops INVITE retransmission. 100 Trying "
            "is hop-by-hop and never forwarded by a stateful proxy; the other 1xx codes travel "
            "end to end, can be made reliable with RFC 3262 (100rel, PRACK), and are sent only to "
            "INVITE (RFC 4320 allows just 100 for other methods). A receiver treats an "
            "unrecognised provisional code other than 100 as 183 Session Progress (§8.1.3.2), so "
            "an unregistered code such as 150 still only means progress, whatever its phrase says."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Wait for the final response that must follow\n"
            "If no final response arrives, find the element that answered last (Via, To tag) and check its timers\n"
            "For an unknown code, read the reason phrase and treat it as 183 Session Progress\n"
            "If the caller hears silence in this phase, check early media (SDP in 180 or 183) and NAT"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "provisional, progress, in progress, ringing, trying, early media, waiting, call setup"),
    },
    {
        .codeClass = 2,
        .name = QT_TRANSLATE_NOOP("Catalog", "Success"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The request succeeded; for a call, the other side answered."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 200 to 299 mean the request was accepted and carried out: a call was "
            "answered, a registration accepted, a transfer taken on. Problems that appear "
            "afterwards, such as no sound, are not refusals; they happen after the answer. A phone "
            "that does not know a particular 2xx code treats it as a plain success (200 OK)."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "2xx responses are final successes (RFC 3261 §21.2). A 2xx to INVITE is confirmed by an "
            "end-to-end ACK outside the transaction and is resent by the UAS until that ACK "
            "arrives; proxies forward every 2xx at once, and a forked INVITE may produce several, "
            "each its own dialog (§16.7). A receiver treats an unrecognised 2xx code, such as an "
            "unregistered 250, as 200 OK (§8.1.3.2)."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed for the request itself\n"
            "If the answered call has no audio, check the SDP and NAT rather than the response\n"
            "If calls drop shortly after the answer, check that the ACK reaches the answering side\n"
            "For an unknown code, treat it as 200 OK"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "success, ok, answered, connected, accepted, registered"),
    },
    {
        .codeClass = 3,
        .name = QT_TRANSLATE_NOOP("Catalog", "Redirection"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was not connected here, and the caller's system was told to try another address."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 300 to 399 do not connect the call but say where else to try: the person "
            "has moved, is forwarded or can be reached at several places. The caller's phone or "
            "phone system is expected to try the new address; if it does not follow redirects, "
            "the call fails even though the person is reachable. A phone that does not know a "
            "particular 3xx code treats it as a list of alternatives (300 Multiple Choices)."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Redirection responses (RFC 3261 §21.3) carry the alternatives in Contact headers, "
            "possibly with q-values and an expiry. The UAC (§8.1.3.4) or a recursing proxy (§16.7) "
            "may retry at those targets; a proxy that recurses removes them from the response it "
            "keeps. A receiver treats an unrecognised 3xx code, such as an unregistered 350, as "
            "300 Multiple Choices (§8.1.3.2), so it still looks at the Contact list."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Contact headers for the suggested targets\n"
            "Check whether the caller's PBX, SBC or phone follows redirects\n"
            "Check that the suggested targets are allowed and routable from the caller's side\n"
            "Look for redirect loops between servers"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "redirect, redirection, moved, forwarded, contact, new address, reroute"),
    },
    {
        .codeClass = 4,
        .name = QT_TRANSLATE_NOOP("Catalog", "Client Failure"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The request was refused by this server because something about it was wrong or not allowed here."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 400 to 499 mean this server could not or would not carry out the request "
            "as sent: a wrong number, a missing or wrong login, a format it cannot handle, a busy "
            "or unavailable person, and the like. Sending the same request again unchanged will "
            "not help, but a corrected one, or another server or phone, may succeed. A phone that "
            "does not know a particular 4xx code treats it as 400 Bad Request."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Request failures (RFC 3261 §21.4) are definite answers from one server: the client "
            "should not resend the same request unmodified (for example without adding "
            "credentials), though it may succeed elsewhere, and a forking proxy keeps trying its "
            "other branches. A receiver treats an unrecognised 4xx code, such as an unregistered "
            "471, as 400 Bad Request (§8.1.3.2), so the reason phrase and any Warning or Reason "
            "header are the only clue to what the sender meant. Some failures here are concluded "
            "locally: a transaction timeout is reported as if 408 had arrived (§8.1.3.1)."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the reason phrase and any Warning or Reason header for detail\n"
            "Check the dialled number, the account credentials and the phone configuration\n"
            "Correct the request before retrying; an unchanged retry will fail again\n"
            "Check whether the response came from the far end or was concluded locally (timeout)\n"
            "For an unknown code, treat it as 400 Bad Request and ask the sender's vendor what it means"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "client error, client failure, request failure, rejected, refused, failed call, error, "
            "not found, forbidden, busy, unavailable"),
    },
    {
        .codeClass = 5,
        .name = QT_TRANSLATE_NOOP("Catalog", "Server Failure"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A server on the way failed to handle a request that looked valid."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 500 to 599 mean the problem lies with a server or network element, not "
            "with the caller's request: it is overloaded, down, misconfigured or could not reach "
            "the next hop. These problems are often temporary, and trying again later or through "
            "another server may work. A phone that does not know a particular 5xx code treats it "
            "as 500 Server Internal Error."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Server failures (RFC 3261 §21.5) report that the server erred on an apparently valid "
            "request; Retry-After may say when to retry, and clients may fail over to another "
            "server found through DNS (RFC 3263). A transport failure is reported locally as if "
            "503 had arrived (§8.1.3.1), so check whether the response really came from the far "
            "end. A receiver treats an unrecognised 5xx code, such as an unregistered 550, as 500 "
            "Server Internal Error (§8.1.3.2)."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether the response came from the far end or was concluded locally (transport failure)\n"
            "Look for Retry-After and for a Warning or Reason header\n"
            "Check the state, load and logs of the server that answered (Server header, Via)\n"
            "Try another server, trunk or route if one exists\n"
            "For an unknown code, treat it as 500 Server Internal Error"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "server error, server failure, server down, outage, overloaded, service unavailable, "
            "network problem, provider problem"),
    },
    {
        .codeClass = 6,
        .name = QT_TRANSLATE_NOOP("Catalog", "Global Failure"),
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A final answer: the call cannot succeed at any of the called person's phones or addresses."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Codes from 600 to 699 are a final answer about the called person as a whole, not "
            "about one phone: busy everywhere, declined, does not exist, cannot handle this kind "
            "of call, or blocked as unwanted. The person's other phones stop ringing when such an "
            "answer arrives, and trying other routes will not help. A phone that does not know a "
            "particular 6xx code treats it as 600 Busy Everywhere."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Global failures (RFC 3261 §21.6) carry definitive information about the user, not "
            "only about the instance in the Request-URI. A forking proxy that receives a 6xx "
            "cancels its other pending branches and starts no new ones (§16.7), so one device "
            "answering 6xx ends a parallel ring group. A receiver treats an unrecognised 6xx code, "
            "such as an unregistered 650, as 600 Busy Everywhere (§8.1.3.2); equipment older than "
            "RFC 8197 and RFC 8688 does the same with 607 and 608."),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Do not retry through other routes; the answer is about the called person as a whole\n"
            "Read the reason phrase and the Warning and Retry-After headers\n"
            "If one phone's rejection stops a whole ring group, configure it to answer with a 4xx such as 486 or 480\n"
            "For an unknown code, treat it as 600 Busy Everywhere"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "global failure, rejected everywhere, declined, busy everywhere, does not exist, "
            "blocked, spam, unwanted"),
    },
};
} // namespace

std::span<const ClassEntry> classes() { return entries; }

} // namespace SipScope::CatalogData
