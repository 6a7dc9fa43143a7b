// Wireshark's "exported PDU" (LINKTYPE_WIRESHARK_UPPER_PDU, 252): a protocol's message
// with tags that name its dissector and its addresses and ports, for what we cannot
// show as packets. TLS and WebSocket hand us decrypted, unframed SIP; Qt keeps the
// bytes on the wire (and the TLS secrets) to itself, so the capture holds each SIP
// message as one PDU that Wireshark dissects as SIP from and to the real endpoints.
// Tag layout: wireshark/wsutil/exported_pdu_tlvs.h.
#pragma once

#include "packetbuilder.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace SipScope {

class ExportedPdu
{
public:
    enum class PortType : quint32 { Tcp = 2, Udp = 3 };

    // The link-layer header and the message: dissector "sip", source and destination
    // address (IPv4 or IPv6), port type, ports.
    static QByteArray sip(const PacketAddresses &addresses, PortType portType, const QByteArray &message);

    // A frame of link type 252 taken apart: the dissector named, the addresses and
    // ports when tagged, and the PDU. nullopt for a cut or inconsistent tag list.
    struct Parsed
    {
        QString dissector;
        PacketAddresses addresses;
        bool tcp = false;
        QByteArray pdu;
    };
    static std::optional<Parsed> parse(QByteArrayView frame);
};

} // namespace SipScope
