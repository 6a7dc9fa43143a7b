// One captured frame, taken apart: the link layer (Ethernet with VLAN tags, Linux
// cooked SLL and SLL2, raw IP, BSD loopback/null), IPv4 or IPv6 (with its extension
// headers), and the UDP or TCP header. A pure function of the bytes, for any bytes: a
// short or inconsistent frame gives a status, never a read past the end.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

namespace SipScope {

struct IpPacket
{
    enum class Status {
        Ok,
        NotIp,                // ARP, LLDP, ...: not for us, not an error
        Truncated,            // shorter than its headers say (snap length, a cut file)
        Malformed,            // headers that cannot be
        UnsupportedLinkType,
    };
    Status status = Status::Ok;
    QHostAddress source;
    QHostAddress destination;
    quint8 protocol = 0;      // after the IPv6 extension headers
    // Fragments (IPv4 MF/offset, the IPv6 Fragment header): the payload is the part.
    bool isFragment = false;
    quint32 fragmentId = 0;
    quint32 fragmentOffset = 0;   // bytes
    bool moreFragments = false;
    QByteArray payload;       // what follows the IP header(s), cut to the IP length
};

struct TransportSegment
{
    bool valid = false;
    bool tcp = false;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 sequence = 0;     // TCP
    quint8 tcpFlags = 0;      // TCP: FIN 0x01, SYN 0x02, RST 0x04
    QByteArray data;
};

class PacketDecoder
{
public:
    // The link types read (the LINKTYPE_ values of tcpdump.org).
    static bool isSupportedLinkType(int linkType);
    // "Ethernet", "Linux cooked (SLL2)", ...; "link type N" for others.
    static QString linkTypeName(int linkType);

    static IpPacket decode(int linkType, QByteArrayView frame);
    // The IP version's packet alone (a reassembled datagram).
    static IpPacket decodeIp(QByteArrayView packet);
    // UDP (17) or TCP (6) of an IP payload; invalid for other protocols or short data.
    static TransportSegment decodeTransport(quint8 protocol, QByteArrayView payload);
};

} // namespace SipScope
