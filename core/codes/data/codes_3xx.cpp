// data/codes_3xx.cpp - the redirection (3xx) response codes.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 300,
        .reason = "Multiple Choices",
        .refs = "RFC3261#21.3.1",
        .related = "301 302 380 485",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called can be reached at several places, and your phone system has to pick one."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Instead of connecting the call, a server replied with a list of addresses where the "
            "person may be reached. The caller's phone or phone system should try one of them, "
            "automatically or after asking. If the caller's equipment does not follow such lists, "
            "the call simply fails."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.3.1: the Request-URI resolved to several locations, given as Contact "
            "header values (optionally ranked by q-value); a body may describe them, but no format "
            "for it is standardised. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry "
            "automatically or let the user choose. It is typically sent by a redirect server that "
            "prefers not to proxy the request. A receiver treats any unrecognised 3xx as 300 "
            "(§8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A redirect server or location service returns several registered contacts\n"
            "The user can be reached on several devices or numbers\n"
            "A routing or number lookup service returns alternative routes"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Contact headers for the offered addresses and their q-values\n"
            "Check whether the caller's PBX, SBC or proxy follows redirects automatically\n"
            "If redirects are not followed, enable redirect handling or have the server proxy the call instead\n"
            "Make sure the offered addresses are reachable from the caller's network"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "multiple choices, redirect, several locations, alternatives, contact list, "
            "redirect server, choose destination"),
    },
    {
        .code = 301,
        .reason = "Moved Permanently",
        .refs = "RFC3261#21.3.2",
        .related = "302 410 300 404",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The number or address you called has permanently changed to a new one."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The person can no longer be reached at the address that was dialled, and the server "
            "gives the new address. The caller's system should try the new address now and use it "
            "from then on. If the caller's equipment does not follow it, the call fails even "
            "though the person still exists."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.3.2: the user is no longer at the Request-URI; the client should retry "
            "at the Contact address(es) and update address books and location caches. It is "
            "handled like the other redirects by the UAC (§8.1.3.4) or a recursing proxy (§16.7). "
            "RFC 3398 maps Q.850 cause 22 (Number changed) to 301 when the diagnostic carries the "
            "new number; without it, cause 22 maps to 410 Gone."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The subscriber changed number or SIP address for good\n"
            "A domain or account migration with a permanent redirect\n"
            "A PSTN number change reported by a gateway (Q.850 cause 22 with the new number)"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the new address in the Contact header\n"
            "Update contacts, speed dials and routing tables to the new address\n"
            "Check whether the caller's equipment follows redirects automatically\n"
            "If the redirect points back to the same address, look for a redirect loop"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "moved permanently, number changed, new number, moved, redirect, changed address, "
            "relocated"),
    },
    {
        .code = 302,
        .reason = "Moved Temporarily",
        .refs = "RFC3261#21.3.3",
        .related = "301 300 181 305 482",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called is at another number or address for now, and your call should be sent there."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server answered that the person is temporarily reachable somewhere else, for "
            "example because call forwarding is on. The caller's phone or phone system is expected "
            "to try that address instead. If it does not follow the redirect, the call fails "
            "although the person can be reached."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.3.3: the client should retry at the Contact address(es), using the "
            "Contact URI as the new Request-URI; an Expires header or expires Contact parameter "
            "says how long the redirect holds. Redirect servers, SBCs and routing engines (call "
            "forwarding, number portability or least-cost routing lookups) use it so that the "
            "caller's side places the next attempt. It is followed by the UAC (§8.1.3.4) or a "
            "recursing proxy (§16.7); if neither does, the attempt ends with the 302 itself."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Call forwarding carried out by a redirect server instead of a proxy\n"
            "A number portability or routing lookup returns the real destination\n"
            "Least-cost routing or a SIP trunk provider redirects to another gateway\n"
            "A follow-me or mobility service points to the current device"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Contact header to see where the call should go\n"
            "Check whether the caller's PBX or SBC is configured to follow 302 redirects\n"
            "Check that the new target is allowed and routable from the caller's side (dial plan, trunk permissions)\n"
            "If redirects repeat, look for a redirect loop between servers"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "moved temporarily, redirect, call forwarding, forwarded, diverted, temporary redirect, "
            "follow me, reroute"),
    },
    {
        .code = 305,
        .reason = "Use Proxy",
        .refs = "RFC3261#21.3.4",
        .related = "302 300 403",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The called side wants your call to be sent through a particular server before it will accept it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request did not arrive the way the called side requires. The answer names a "
            "server (a proxy) the call must pass through and asks the caller's system to try again "
            "that way. Many phones do not support this and simply show the call as failed."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.3.4: the resource must be reached through the proxy given in the Contact "
            "header, and the client is expected to repeat only this one request via that proxy; "
            "only a UAS may generate 305. No later SIP RFC deprecates or restricts it, and the IANA "
            "entry is unchanged (HTTP deprecated its own 305, which is a different protocol). "
            "Because obeying it lets the responder insert a proxy into the path, many UAs ignore "
            "it or follow it only from trusted sources."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A UAS that only accepts requests arriving through a particular proxy or SBC\n"
            "The caller bypassed the required outbound proxy\n"
            "Misconfigured routing sends calls straight to an endpoint"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Contact header for the required proxy\n"
            "Configure the caller's phone or PBX to use that proxy as its outbound proxy\n"
            "Make sure the named proxy is trusted before following the redirect\n"
            "Check whether the caller's equipment supports 305 at all"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "use proxy, outbound proxy, proxy required, wrong route, bypassed proxy, "
            "redirect to proxy"),
    },
    {
        .code = 380,
        .reason = "Alternative Service",
        .refs = "RFC3261#21.3.5",
        .related = "300 302 305",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call could not go through as dialled, and the network suggests another way to place it."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The call was not connected, but the system offers an alternative, described in the "
            "response. The best-known case is a mobile network telling a phone that the number "
            "dialled is an emergency number and must be called as an emergency call. The caller's "
            "device decides whether to retry that way."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.3.5: the call failed, but alternative services are possible; they are "
            "described in the message body, whose format RFC 3261 leaves open. 3GPP IMS (TS "
            "24.229) sends it with an XML body (application/3gpp-ims+xml, alternative-service "
            "element of type emergency) so that the UE retries as an emergency call or performs an "
            "emergency registration. Some lists print the phrase as 'Alternate Service'."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "An IMS network detected an emergency number dialled as a normal call\n"
            "The phone must register for emergency services before calling\n"
            "A service offers a different way to reach the destination, described in the body"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the message body for the offered alternative\n"
            "For emergency numbers, check that the phone supports IMS emergency calls and retries as instructed\n"
            "Check the emergency number lists configured on the device and in the network\n"
            "If the device ignores 380, check its firmware support for the 3GPP alternative-service body"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "alternative service, alternate service, emergency call, emergency number, 112, 911, "
            "sos, ims, redirect"),
    },
};
} // namespace

std::span<const CodeEntry> redirection() { return entries; }

} // namespace SipScope::CatalogData
