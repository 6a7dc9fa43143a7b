// data/codes_6xx.cpp - the global failure (6xx) response codes.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 600,
        .reason = "Busy Everywhere",
        .refs = "RFC3261#21.6.1",
        .related = "486 603 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called is busy on all their phones and cannot take your call right now."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called person was found, but they are busy and no other phone or voicemail will "
            "take the call. Unlike an ordinary busy signal from one phone, this says that trying "
            "other numbers or devices of the same person will not help at the moment. Calling "
            "back later is the usual remedy."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.6.1: the callee's end system was reached, but the callee is busy and "
            "does not wish to take the call now; it should only be sent when no other end system "
            "(voicemail included) would answer. It may carry Retry-After. As a 6xx it makes a "
            "forking proxy cancel its other branches (§16.7), whereas 486 Busy Here speaks only "
            "for one device. RFC 3398 maps it to Q.850 cause 17 (User busy). It is also what a "
            "receiver falls back to for any unrecognised 6xx code, including 607 or 608 on older "
            "equipment (§8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "All lines or devices of the called user are busy and there is no voicemail\n"
            "A PBX set to answer busy for the whole user rather than for one phone\n"
            "Do-not-disturb configured to reject as busy everywhere\n"
            "A gateway passing on a PSTN busy for the whole subscriber"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Call again later\n"
            "Look for Retry-After to see when to retry\n"
            "Check whether voicemail or forward-on-busy should have taken the call\n"
            "Check do-not-disturb and busy handling on the called user's PBX\n"
            "If one busy phone stops a whole ring group, configure it to send 486 instead of 600"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "busy everywhere, busy, engaged, all lines busy, line busy, user busy, busy signal, "
            "do not disturb, dnd"),
    },
    {
        .code = 603,
        .reason = "Decline",
        .refs = "RFC3261#21.6.2",
        .related = "486 600 403 607 608",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called chose not to take your call."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called phone was reached, but the person or their phone settings declined the "
            "call, for example by pressing a reject button. It is a decision on the called side, "
            "not a network fault. Because it is a refusal for the person as a whole, their other "
            "phones stop ringing too."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.6.2: the callee's device was reached, but the user explicitly does not "
            "wish to, or cannot, take part; Retry-After may suggest a better time. As a 6xx it "
            "stops forking (§16.7), so one phone rejecting with 603 ends a parallel ring group. "
            "Compare 403 (a server refuses by policy), 607 (the user marks the call as unwanted), "
            "608 (an intermediary such as an analytics engine rejected it) and 486/600 (busy). "
            "RFC 3398 maps it to Q.850 cause 21 (Call rejected). Some stacks print the phrase as "
            "'Declined'."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called person pressed reject or decline\n"
            "Do-not-disturb or call rejection rules on the phone or PBX\n"
            "A block list or anonymous-call rejection on the called side\n"
            "A network call-blocking service refused the call\n"
            "An automated system that takes no calls at this time"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Try again later or reach the person another way\n"
            "Look for Retry-After suggesting when to call back\n"
            "Check do-not-disturb, block lists and anonymous-call rejection on the called side\n"
            "If one rejection stops a whole ring group, have the phones send 486 or 480 instead of 603\n"
            "If network blocking is suspected, check the caller ID presented and contact the carrier"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "decline, declined, rejected, call rejected, refused, hung up, do not disturb, dnd, "
            "blocked, call blocked"),
    },
    {
        .code = 604,
        .reason = "Does Not Exist Anywhere",
        .refs = "RFC3261#21.6.3",
        .related = "404 410 484 485",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The number or address you called does not exist."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server with authoritative knowledge says the person or number dialled does not "
            "exist anywhere, so trying other routes will not help. Check the number for typing "
            "mistakes or an outdated entry. It is about the dialled address, not about your phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.6.3: the server has authoritative information that the user in the "
            "Request-URI does not exist anywhere. 404 Not Found only says that this domain or "
            "server does not know the user, and a forking proxy keeps trying its other branches; "
            "604 is global and stops forking (§16.7). RFC 3398 maps 604 to Q.850 cause 1 "
            "(Unallocated number), but maps cause 1 to 404, so PSTN gateways normally send 404 "
            "rather than 604."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A wrong or mistyped number or address\n"
            "The number was never assigned or has been disconnected\n"
            "A number database or ENUM lookup reports the user as non-existent\n"
            "An outdated contact or speed-dial entry"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the dialled number or address for mistakes, including country and area codes\n"
            "Check the number format (E.164, prefixes) the provider expects\n"
            "Update the contact or speed dial if the number has changed\n"
            "If the number is known to be valid, ask the provider which server answered 604 and why"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "does not exist, number does not exist, invalid number, wrong number, unallocated "
            "number, not in service, no such user, disconnected number"),
    },
    {
        .code = 606,
        .reason = "Not Acceptable",
        .refs = "RFC3261#21.6.4",
        .related = "488 415 406 580",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call could not be set up because the other side cannot handle the kind of call offered, such as its sound or video format."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called side was reached and would talk, but none of the offered call settings "
            "(sound or video formats, bandwidth, encryption) work for it, and no other device of "
            "that person would do better. It is a compatibility problem between the two ends, "
            "not a refusal by the person."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.6.4: the UA was contacted, but parts of the session description (media "
            "types, codecs, bandwidth, addressing) are not acceptable; it is meant only for when "
            "no other endpoint would accept the session. A Warning header may give the reason "
            "with a 3xx warning code, e.g. 304 Media type not available, 305 Incompatible media "
            "format or 370 Insufficient bandwidth. 488 Not Acceptable Here reports the same "
            "problem for one endpoint and lets a forking proxy continue; 606 stops forking. RFC "
            "3398 gives it no fixed Q.850 cause (it is taken from the Warning header), and its "
            "registered phrase is the same as 406's, so go by the code."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "No audio or video codec in common between caller and callee\n"
            "SRTP or encryption required on one side and not offered by the other\n"
            "Unsupported media type such as video or T.38 fax, or a bandwidth limit\n"
            "An unusable media address format, for example IPv6 offered to an IPv4-only device\n"
            "No transcoding resources on a PBX or SBC"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Warning header for the reason code\n"
            "Compare the codecs in the offer with those the called side supports\n"
            "Check the SRTP settings (RTP/AVP versus RTP/SAVP) on both sides\n"
            "Enable a common codec such as G.711, or add transcoding on the PBX or SBC\n"
            "Check bandwidth, video and fax settings"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "not acceptable, codec mismatch, no common codec, incompatible media, media not "
            "supported, srtp, encryption mismatch, sdp, video not supported, fax"),
    },
    {
        .code = 607,
        .reason = "Unwanted",
        .refs = "RFC8197",
        .related = "603 608 403 600",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person you called marked this call as unwanted, for example as spam."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called person rejected the call and flagged it as unwanted, the way one reports "
            "a spam or nuisance call. The network or a call-filtering service may use this to "
            "treat later calls from the same number differently, for that person or more widely. "
            "A genuine caller who is affected should reach the person another way or ask their "
            "provider for help."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 8197: sent by the called UA when its user indicates the call (or message) is "
            "unwanted; as a 6xx it stops forking. Intermediaries and analytics services may use it "
            "to filter future calls from the same identity, but because caller IDs can be spoofed "
            "they should weigh how well that identity was verified (for example an RFC 8224 "
            "Identity header); a registrar can announce that it processes 607 with Feature-Caps: "
            "sip.607 in its REGISTER response. It differs from 603 (a plain decline with no "
            "judgement on the caller) and 608 (rejected by an intermediary, not the user). A SIP "
            "element that does not know 607 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2), "
            "but RFC 3398 predates it, and an RFC 3398 gateway sends any response code its table "
            "does not list to the PSTN as Q.850 cause 31 (Normal, unspecified) (§8.2.6.1), not as "
            "user busy."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called person pressed a report-spam or block button\n"
            "The calling number was reported as a robocall or nuisance caller\n"
            "A spoofed caller ID belonging to someone else was reported\n"
            "Calls from an auto-dialler or marketing campaign the person did not want"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "If the call was genuine, contact the called person by another means\n"
            "Check that the calling number is presented correctly and signed (STIR/SHAKEN attestation) by the provider\n"
            "Check whether your number is being spoofed by others\n"
            "Ask the called party's provider how to have the number cleared from its filters"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "unwanted, spam, robocall, nuisance call, call blocked, blocked as spam, junk call, "
            "telemarketing, reported"),
    },
    {
        .code = 608,
        .reason = "Rejected",
        .refs = "RFC8688",
        .related = "607 603 403 600",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your call was blocked by a filtering service in the network, not by the person you called."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A system between you and the called person, usually a call-screening or anti-spam "
            "service, stopped the call before it reached them. The person did not see or refuse "
            "the call. If the call is legitimate, the response may include contact details of "
            "whoever runs the filter so that the block can be disputed."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 8688: sent by an intermediary, typically a call-analytics engine, rather than by "
            "the called user; as a 6xx it stops forking. The intermediary must add a Call-Info "
            "header with purpose=jwscard referring to a signed jCard (JWS) with contact details "
            "for redress, unless it believes the request is a malicious attempt to probe it "
            "(§3.1); a sip.608 feature-capability indicator in the INVITE says an upstream "
            "element will pass that information on, for example as an announcement to a PSTN "
            "caller. Compare 607 (the called user judged the call unwanted) and 603 (the user "
            "declined). RFC 3398 predates it, and equipment that does not know 608 treats it as "
            "600 Busy Everywhere (RFC 3261 §8.1.3.2)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A carrier or app anti-spam filter scored the calling number as likely spam\n"
            "Many short calls from the number triggered call analytics\n"
            "Missing or low STIR/SHAKEN attestation for the calling number\n"
            "The calling number is spoofed or on a block list"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Look for a Call-Info header with purpose=jwscard and use the contact details it gives\n"
            "Ask your provider to check the attestation and reputation of the calling number\n"
            "Register the number with the carriers' or analytics providers' remediation portals\n"
            "Avoid dialling patterns that look like robocalls, such as many very short calls"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "rejected, call blocked, spam filter, robocall, blocked by carrier, call screening, "
            "flagged as spam, spam likely, blocked number, analytics"),
    },
};
} // namespace

std::span<const CodeEntry> globalFailure() { return entries; }

} // namespace SipScope::CatalogData
