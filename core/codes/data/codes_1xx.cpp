// data/codes_1xx.cpp - the provisional (1xx) response codes.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 100,
        .reason = "Trying",
        .refs = "RFC3261#21.1.1",
        .related = "180 183 408 487",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your call has reached the phone system, and it is now working on connecting you."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The first server on the way received the call request and is processing it. It says "
            "nothing yet about the person you are calling: their phone has not necessarily been "
            "reached. If the call stays at this stage and nothing else follows, the problem lies "
            "further along the path, not with your phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined in RFC 3261 §21.1.1. It is hop-by-hop: the next element (proxy, B2BUA or UAS) "
            "sends it to stop INVITE retransmissions, and a stateful proxy never forwards a 100 it "
            "receives (§16.7); an INVITE server transaction generates one itself unless it knows "
            "that its TU will send a provisional or final response within 200 ms (§17.2.1). It creates no dialog, needs no To tag, and echoes a "
            "Timestamp header if the request had one. A 100 followed by silence means the next hop "
            "took the INVITE but nothing came back from further downstream; the attempt then ends "
            "when a proxy's Timer C or the caller's own no-answer timer fires, usually with CANCEL "
            "and 487, or with 408."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Normal first reply of the next server to any call attempt\n"
            "The server is looking up routing, number or account data\n"
            "The far end is slow, so only the nearest server has replied so far\n"
            "The next hop cannot reach the called party, or its replies are lost on the way back"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed if ringing or an answer follows\n"
            "If the call hangs after 100, follow the INVITE to the next hop and see whether it answers\n"
            "Check firewalls and NAT for replies from further along the path that never arrive\n"
            "Check the routing of the called number on the proxy or PBX\n"
            "If not even 100 arrives, the INVITE is not reaching the first server: check address, port and transport"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "trying, connecting, call setup, dialling, dialing, stuck on trying, no ringing, "
            "call hangs, silence after dialling, processing"),
    },
    {
        .code = 180,
        .reason = "Ringing",
        .refs = "RFC3261#21.1.2",
        .related = "183 181 200 480 408",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The phone you are calling is ringing now."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called phone, or a device acting for it, was reached and is alerting the person. "
            "Nothing is wrong: the call is waiting to be answered. If nobody picks up, the call "
            "usually ends after a while with a no-answer result or goes to voicemail."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by the callee's UAS while it alerts the user (RFC 3261 §21.1.2) and forwarded by "
            "proxies. With a To tag it creates an early dialog, so a forked INVITE can return "
            "several 180s with different To tags. Without an SDP body the caller plays local "
            "ringback; with SDP (often sent reliably with Require: 100rel, RFC 3262) the caller may "
            "play the far-end media instead (RFC 3960). A PSTN gateway normally sends 180 when the "
            "ISUP side reports that the called line is free and alerting (RFC 3398)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The called phone is ringing and has not been answered yet\n"
            "A PSTN gateway reports that the called line is alerting\n"
            "Several phones of a ring group or of one user are ringing at once\n"
            "A PBX signals ringing while it hunts for a free extension or agent"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Wait for an answer; no fault is indicated\n"
            "If the caller hears no ringback, check whether the phone plays local ringback or expects early media\n"
            "If ringing never ends, check no-answer timers, voicemail and forward-on-no-answer settings\n"
            "If the called person's phone does not ring although 180 arrives, check which device sent it (Contact, User-Agent)\n"
            "If ringing ends in 480 or 408, look at the called party's availability rather than the network"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "ringing, ring, ringback, alerting, rings but no answer, nobody answers, no answer, "
            "no ringback tone, ring tone"),
    },
    {
        .code = 181,
        .reason = "Call Is Being Forwarded",
        .refs = "RFC3261#21.1.3",
        .related = "180 182 302 482",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your call is being passed on to another number or device chosen by the person you called."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server along the way is forwarding the call, for example because the person has "
            "call forwarding switched on or did not answer. It is only a progress notice: the call "
            "goes on toward the new destination, which was chosen on the called party's side."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Optional provisional response (RFC 3261 §21.1.3) that a proxy, PBX or B2BUA may send "
            "when it retargets the call to a different set of destinations (unconditional, busy or "
            "no-answer forwarding). The new target and the reason are usually visible in the "
            "History-Info (RFC 7044) or Diversion headers of the onward INVITE rather than in the "
            "181 itself. Many systems never send it, so its absence proves nothing. Some lists "
            "print the phrase as 'Call Being Forwarded'; the code is the same."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Call forwarding always is set on the called number\n"
            "Forwarding on busy or on no answer was triggered\n"
            "A follow-me, find-me or hunt service moves to the next destination\n"
            "The call is being diverted to voicemail"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed: the call continues\n"
            "If the call ends up in the wrong place, check the called party's forwarding settings\n"
            "Check History-Info or Diversion in the onward INVITE to see where and why it was forwarded\n"
            "If forwarding goes round in circles, look for 482 or 483 and for forwarding chains between numbers"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "forwarded, call forwarding, diverted, diversion, divert, redirected, follow me, "
            "forward to voicemail"),
    },
    {
        .code = 182,
        .reason = "Queued",
        .refs = "RFC3261#21.1.4",
        .related = "180 183 486 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The person or team you are calling is busy, and your call is waiting in a queue."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called side cannot take the call right now, but instead of refusing it the system "
            "put it in a waiting line. The call is put through when someone becomes free, or it "
            "ends with a final answer. This is normal for call centres and service lines."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.1.4: the callee is temporarily unavailable, but the server queues the "
            "call rather than rejecting it and sends the appropriate final response once the "
            "callee becomes available or the wait ends. The reason phrase may give detail such as "
            "the queue position or expected waiting time, and several 182s may be sent to update "
            "it. Most ACD and queue systems instead answer with 200 and play music, so 182 is rare."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A call-centre or ACD queue holds the call for the next free agent\n"
            "A camp-on service waits for a busy extension to become free\n"
            "All members of a hunt group are busy and queueing is enabled\n"
            "A gateway reports a call queued in the other network"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Keep waiting; the call has not been lost\n"
            "Read the reason phrase for the queue position or waiting time\n"
            "If calls wait too long, check agent availability and queue limits on the ACD\n"
            "If the caller hears silence while queued, check whether ringback or early media is provided"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "queued, queue, waiting, on hold, call centre, call center, hold music, waiting line, "
            "agents busy"),
    },
    {
        .code = 183,
        .reason = "Session Progress",
        .refs = "RFC3261#21.1.5",
        .related = "180 199 580 100",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your call is being set up, and you may hear a tone or an announcement before anyone answers."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The network or the called side is reporting progress. Often it sends sound before the "
            "call is answered, such as ringback, a recorded announcement or a menu. This is normal; "
            "if the caller hears only silence at this stage, the sound path may be blocked."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.1.5: a general progress indication whose detail is in the reason "
            "phrase, headers or body. In practice it mostly carries an SDP answer for early media "
            "(RFC 3960), is often sent reliably (Require: 100rel, PRACK, RFC 3262) and is used for "
            "QoS preconditions (RFC 3312); PSTN gateways send it when in-band tones or "
            "announcements are played (RFC 3398). A UAC treats any unrecognised 1xx other than 100 "
            "as 183 (§8.1.3.2). If 183 carries SDP but no RTP arrives, suspect NAT, a firewall or a "
            "wrong c= address. Some lists print the phrase as 'Session in Progress'."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Ringback or an announcement played by the network as early media\n"
            "An IVR, voicemail greeting or menu before the call is answered\n"
            "A PSTN gateway passes on in-band tones\n"
            "QoS preconditions or reliable provisional responses in IMS and carrier networks\n"
            "Some phones send 183 instead of 180 while ringing"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "If the caller hears the expected tone or announcement, no action is needed\n"
            "If the caller hears silence, check that RTP flows to the address and port in the 183 SDP\n"
            "Check NAT and firewall pinholes for early media on both sides\n"
            "If 183 carries Require: 100rel and keeps being resent, check PRACK handling\n"
            "Look at the final response that follows, for example an announcement followed by 404 or 486"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "session progress, early media, ringback, announcement, no ringback, silence before "
            "answer, one way audio, ivr, progress tone, in-band tones"),
    },
    {
        .code = 199,
        .reason = "Early Dialog Terminated",
        .refs = "RFC6228",
        .related = "183 180 487 486",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "One of the places your call was trying has dropped out, but the call may still reach the person elsewhere."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "When a call is offered to several phones or destinations at once, one of them has "
            "dropped out before the call was answered. The call as a whole is not over: other "
            "phones may still ring or answer. Any tone or announcement coming from that "
            "destination stops."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 6228: a forking proxy (§6) or a UAS sends 199 upstream to say that an early "
            "dialog, identified by the To tag of the earlier 1xx, has ended before the final "
            "response; it is sent only if the request carried Supported: 199. It lets the caller "
            "release that branch's resources, for example stop playing its early media. It should "
            "not carry SDP unless RFC 3264 requires it (§8), and when the branch ended with a final "
            "response the sender must add a Reason header with that response code (§5, §6); a proxy "
            "does not generate 199 if the request carried Require: 100rel (§6). Wireshark's statistics label this row 'Informational - Others', a "
            "per-class bucket rather than the registered phrase."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Parallel ringing: one phone rejected or failed while others still ring\n"
            "A branch of a hunt group or find-me sequence was released\n"
            "A UAS that created several early dialogs closed one of them\n"
            "A downstream element sent a final error on one branch that the proxy did not forward"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "No action needed if the call still reaches someone\n"
            "Find the branch that ended by comparing the To tag with the earlier 180 or 183\n"
            "Look for a Reason header giving the response that ended the branch\n"
            "If early media stops unexpectedly, check whether it came from the terminated branch"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "early dialog terminated, forking, parallel ringing, ring group, simultaneous ring, "
            "branch ended, one phone rejected, early media stopped"),
    },
};
} // namespace

std::span<const CodeEntry> provisional() { return entries; }

} // namespace SipScope::CatalogData
