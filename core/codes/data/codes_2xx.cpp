// data/codes_2xx.cpp - the success (2xx) response codes.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 200,
        .reason = "OK",
        .refs = "RFC3261#21.2.1",
        .related = "202 180 487 481",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The request worked: for a call, the other side answered."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request was successful. For a call it means the other side picked up, whether a "
            "person, voicemail, a menu or an answering machine; for a registration it means the "
            "phone is signed in. Trouble after a 200, such as no sound or a call that drops after "
            "about 30 seconds, is not a refusal but a media or signalling problem after the answer."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.2.1; what it carries depends on the method. A 200 to INVITE carries the "
            "SDP answer (or offer) and the Contact of the dialog and must be confirmed by an "
            "end-to-end ACK; the UAS resends it until the ACK arrives and gives up after 64*T1 "
            "(32 s by default), then ends the call with BYE (§13.3.1.4). Proxies forward every 2xx "
            "at once, and a forked INVITE can bring several 200s, each its own dialog (§16.7). A "
            "200 to REGISTER lists the current bindings with their expiry; a 200 to CANCEL only "
            "confirms the CANCEL, and the INVITE still ends with its own response, normally 487. "
            "An unrecognised 2xx is treated as 200 (§8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called person, voicemail, an IVR or an answering machine answered\n"
            "A registration or re-registration was accepted\n"
            "An OPTIONS keep-alive or capability query was answered\n"
            "A BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE or NOTIFY was accepted"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed for the request itself\n"
            "If the answered call has no audio or one-way audio, check the SDP addresses and ports and NAT\n"
            "If calls drop after about 32 seconds, check that the ACK reaches the answering side (Contact, Record-Route, NAT)\n"
            "If a call seems answered too early, check whether voicemail, an IVR or a fax machine answered\n"
            "For registrations, check the expiry given in the Contact or Expires header"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "ok, success, answered, connected, picked up, registered, call connected, "
            "no audio after answer, call drops after 30 seconds"),
    },
    {
        .code = 202,
        .reason = "Accepted",
        .refs = "RFC6665#8.3.1",
        .related = "200 204 489 481",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your request was accepted and is being carried out; for example, a call transfer has been taken on."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The other side has taken on the request but has not finished it yet. It is most "
            "often seen when a call is transferred: the transfer was accepted, and whether it "
            "worked is reported separately a moment later. It is a success answer, not an error."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Registered as 'Accepted (Deprecated)'; on the wire the phrase is 'Accepted'. Introduced "
            "for SUBSCRIBE (RFC 3265) and used for REFER (RFC 3515), it is deprecated by RFC 6665 "
            "§8.3.1: a received 202 must be handled exactly like 200, and it must not be sent to "
            "SUBSCRIBE or NOTIFY; RFC 7647 extends this to REFER. Much deployed equipment still "
            "answers REFER with 202, and the transfer result then arrives in NOTIFY requests whose "
            "message/sipfrag body carries a status line such as 'SIP/2.0 200 OK'. Store-and-forward "
            "MESSAGE relays also use it for accepted but not yet delivered (RFC 3428)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A call transfer (REFER) was accepted by the phone or PBX\n"
            "A presence, busy-lamp or message-waiting subscription answered by older equipment\n"
            "A text message accepted by a gateway or relay for later delivery\n"
            "Firmware that still follows RFC 3265 or the original RFC 3515"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Treat it as success; the outcome is reported separately\n"
            "For transfers, find the NOTIFY with a sipfrag body and read the status line it carries\n"
            "If a transfer seems to do nothing, check that the NOTIFY arrives and what final code it reports\n"
            "If a device behaves differently on 202 than on 200, update its firmware or settings"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "accepted, transfer accepted, refer, call transfer, blind transfer, attended transfer, "
            "subscription, presence, blf, message accepted"),
    },
    {
        .code = 204,
        .reason = "No Notification",
        .refs = "RFC5839#7.1",
        .related = "200 202 489 412",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "A status subscription was renewed and nothing has changed, so no update is sent."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A phone renewed its subscription to some status information, such as a colleague's "
            "line state or the voicemail indicator, and said which version it already has. The "
            "server confirms the renewal and, as nothing has changed, does not send the same "
            "information again. This is normal and saves traffic; it is not an error."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 5839 §7.1 (conditional event notification; the notifier's side is "
            "in §6.3). It answers a SUBSCRIBE "
            "refresh inside an existing subscription dialog that carries Suppress-If-Match with "
            "the entity tag the subscriber last received in the SIP-ETag header of a NOTIFY; if the "
            "resource state still matches, the notifier refreshes the subscription, replies 204 and "
            "sends no NOTIFY. The Expires header gives the new duration. Not to be confused with "
            "HTTP's 204 No Content."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A busy-lamp, presence or message-waiting subscription refresh found no change\n"
            "A subscriber uses entity tags to avoid receiving the full state again\n"
            "Periodic polling of a resource whose state has not changed"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed\n"
            "If a display stays out of date, check whether the server answers 204 although the state changed (stale entity tag)\n"
            "Subscribe once without Suppress-If-Match to force a full NOTIFY\n"
            "Check the Expires value to see how long the subscription now lasts"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "no notification, subscription refreshed, no change, blf, busy lamp, presence, "
            "message waiting, mwi, etag, subscribe"),
    },
};
} // namespace

std::span<const CodeEntry> success() { return entries; }

} // namespace SipScope::CatalogData
