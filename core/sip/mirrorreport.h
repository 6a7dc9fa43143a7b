// The SipScope-Mirror header: what `respond --mirror` says about the request it
// mirrors, and how the probe recognises such an answer. The format is shared by the
// responder that writes it and the path analysis that reads it, so it lives here once.
//
//   SipScope-Mirror: SIP/2.0/UDP 203.0.113.7:40312;length=412;mirrored=412;seen=cb0071079d78
//
// The value has the syntax of a Via (RFC 3261 §20.42, sent-protocol SP sent-by *params),
// so any SIP parser reads it: the transport the request arrived over, the source address
// and port the responder saw it from (IPv6 in brackets), `length` the bytes received and
// `mirrored` the bytes in the body. The body is the request exactly as received, as
// message/sip (RFC 3261 §7.4, RFC 3420); when it did not fit (`mirrored` < `length`), the
// first whole lines of it as message/sipfrag (RFC 3420 §2: a fragment of a message).
// `seen` repeats the source as hex (address bytes, then the port): SIP ALGs rewrite the
// public address back to the private one wherever they find it written in an answer,
// and would then hide the NAT; the hex form is not something they look for, and when
// the two differ the reader knows the answer was rewritten on its way back.
#pragma once

#include "sip/sipmessage.h"
#include "sip/transportprotocol.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace SipScope {

struct MirrorReport
{
    TransportProtocol transport = TransportProtocol::Udp;
    QHostAddress source;
    quint16 sourcePort = 0;
    qsizetype length = 0;     // bytes of the request as received
    qsizetype mirrored = 0;   // bytes of it in the body
    // parse(): the written source differed from `seen` (which source/sourcePort then hold).
    bool sourceRewritten = false;
    QString writtenSource;    // parse(): the written host:port when sourceRewritten

    bool isTruncated() const { return mirrored < length; }
    QString sourceEndpoint() const;     // "203.0.113.7:40312", "[::1]:5060"
    QString toHeaderValue() const;

    static QString headerName();        // "SipScope-Mirror"
    // The report of a response that carries one with a message/sip or message/sipfrag
    // body, else nullopt: a header alone, or a mirror body without the header, is not
    // an answer of our mirror.
    static std::optional<MirrorReport> fromResponse(const SipMessage &response);
    static std::optional<MirrorReport> parse(const QString &value);
};

} // namespace SipScope
