// The answer of `respond --mirror` to OPTIONS: a 200 whose body is the request exactly
// as it arrived and whose SipScope-Mirror header (sip/mirrorreport.h) says from where,
// so that a probe can see what a SIP ALG or NAT on the way did to it.
//
// Size: an answer over UDP stays within 1300 bytes, the size RFC 3261 §18.1.1 treats
// as safe from IP fragmentation when the path MTU is unknown (fragments are what NAT
// routers and firewalls drop first, and those are the paths a mirror test crosses).
// Over TCP, TLS and WebSocket it stays within the parser's message limit, so that any
// SipScope probe can read it. A request that does not fit is mirrored as its first
// whole lines, as message/sipfrag, and the header's `mirrored` says how many bytes;
// a UDP answer cannot move to TCP (§18.2.2: it goes back the way the request came), so
// the user is told to probe over TCP for the whole request.
#pragma once

#include "responderpeer.h"

#include "sip/mirrorreport.h"
#include "sip/sipmessage.h"
#include "sip/sipparser.h"

#include <QByteArray>

namespace SipScope {

class MirrorAnswer final
{
public:
    static constexpr qsizetype udpAnswerLimit = 1300;

    // The largest answer for this transport.
    static qsizetype answerLimit(TransportProtocol transport, const SipParseLimits &limits);
    // Puts the mirror of `raw` (received from `peer`) into `response`, replacing its
    // Content-Length, so that the whole response stays within `limit` bytes when the
    // headers copied from the request leave room for it. Returns what it reported.
    static MirrorReport apply(SipMessage &response, const QByteArray &raw, const ResponderPeer &peer,
                              qsizetype limit);
};

} // namespace SipScope
