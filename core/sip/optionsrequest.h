// Builds the OPTIONS request a probe sends (RFC 3261 §8.1.1, §11; RFC 3581 rport).
#pragma once

#include "sipmessage.h"
#include "sipuri.h"
#include "transportprotocol.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct OptionsRequestParams
{
    SipUri target;                          // Request-URI and To
    TransportProtocol transport = TransportProtocol::Udp;
    QHostAddress localAddress;              // the socket's real local address (Via, Contact)
    quint16 localPort = 0;
    // Instead of localAddress:localPort in Via, Contact and From, when the transport has
    // no address a server could reach (WebSocket: "<random>.invalid", RFC 7118 §5).
    QString sentByHost;

    QString fromUser;                       // --from user; "sipscope" when empty
    std::optional<SipUri> fromUri;          // --from sip:...; wins over fromUser
    QList<SipHeader> extraHeaders;          // --header, appended before Content-Length
    int maxForwards = 70;                   // RFC 3261 §8.1.1.6

    quint32 cseq = 1;
    QString callId;                         // generated when empty
    QString fromTag;                        // generated when empty
    QString branch;                         // generated when empty; must start with z9hG4bK
};

class OptionsRequest final
{
public:
    static SipMessage build(const OptionsRequestParams &params);

    // RFC 3261 §8.1.1.7: the magic cookie plus enough randomness to be unique.
    static QString newBranch();
    // RFC 3261 §19.3: tags and Call-IDs need at least 32 bits of randomness.
    static QString newTag();
    static QString newCallId();

    // The User-Agent value: "SipScope/<version>".
    static QString userAgent();

    // Checks a --header argument "Name: value": a token name (RFC 3261 §25.1), no
    // CR/LF anywhere, not a header the probe must own (Via, CSeq, Call-ID, ...).
    // Returns the header or a translated error message.
    struct HeaderArgument
    {
        std::optional<SipHeader> header;
        QString errorMessage;
    };
    static HeaderArgument parseHeaderArgument(const QString &text);
};

} // namespace SipScope
