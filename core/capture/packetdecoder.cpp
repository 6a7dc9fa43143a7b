#include "packetdecoder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

enum : int {
    LinkNull = 0,          // BSD loopback: 4-byte address family, host byte order
    LinkEthernet = 1,
    LinkRaw = 101,
    LinkLoop = 108,        // OpenBSD loopback: 4-byte address family, network order
    LinkSll = 113,
    LinkIpv4 = 228,
    LinkIpv6 = 229,
    LinkSll2 = 276,
    LinkRawOld = 12,       // DLT_RAW on some BSDs, written as-is by old tools
    LinkRawOld2 = 14,
};

constexpr quint16 etherIpv4 = 0x0800;
constexpr quint16 etherIpv6 = 0x86DD;
constexpr quint16 etherVlan = 0x8100;
constexpr quint16 etherQinQ = 0x88A8;
constexpr quint16 etherQinQOld = 0x9100;

quint16 u16(QByteArrayView data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.data() + at);
}

quint32 u32(QByteArrayView data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.data() + at);
}

IpPacket failed(IpPacket::Status status)
{
    IpPacket packet;
    packet.status = status;
    return packet;
}

// After an EtherType (and any VLAN tags): the IP packet, or not IP.
IpPacket fromEtherType(quint16 type, QByteArrayView rest)
{
    // 802.1Q / 802.1ad tags: 2 bytes TCI, 2 bytes the next EtherType, nested at most a few.
    for (int tags = 0; (type == etherVlan || type == etherQinQ || type == etherQinQOld) && tags < 8; ++tags) {
        if (rest.size() < 4)
            return failed(IpPacket::Status::Truncated);
        type = u16(rest, 2);
        rest = rest.sliced(4);
    }
    if (type == etherIpv4 || type == etherIpv6)
        return PacketDecoder::decodeIp(rest);
    return failed(IpPacket::Status::NotIp);
}

// The address families of the BSD loopback header: AF_INET 2, AF_INET6 24/28/30.
IpPacket fromAddressFamily(quint32 family, QByteArrayView rest)
{
    if (family == 2 || family == 24 || family == 28 || family == 30)
        return PacketDecoder::decodeIp(rest);
    return failed(IpPacket::Status::NotIp);
}

bool isIpv6ExtensionHeader(quint8 next)
{
    return next == 0 || next == 43 || next == 60 || next == 51;   // hop-by-hop, routing, destination, AH
}

} // namespace

bool PacketDecoder::isSupportedLinkType(int linkType)
{
    switch (linkType) {
    case LinkNull: case LinkEthernet: case LinkRaw: case LinkLoop: case LinkSll: case LinkIpv4:
    case LinkIpv6: case LinkSll2: case LinkRawOld: case LinkRawOld2:
        return true;
    default:
        return false;
    }
}

QString PacketDecoder::linkTypeName(int linkType)
{
    switch (linkType) {
    case LinkNull: return u"BSD loopback"_s;
    case LinkEthernet: return u"Ethernet"_s;
    case LinkRaw: case LinkRawOld: case LinkRawOld2: return u"raw IP"_s;
    case LinkLoop: return u"OpenBSD loopback"_s;
    case LinkSll: return u"Linux cooked (SLL)"_s;
    case LinkIpv4: return u"raw IPv4"_s;
    case LinkIpv6: return u"raw IPv6"_s;
    case LinkSll2: return u"Linux cooked (SLL2)"_s;
    case 252: return u"Wireshark exported PDUs"_s;
    default:
        return QCoreApplication::translate("PacketDecoder", "link type %1").arg(linkType);
    }
}

IpPacket PacketDecoder::decode(int linkType, QByteArrayView frame)
{
    switch (linkType) {
    case LinkEthernet:
        if (frame.size() < 14)
            return failed(IpPacket::Status::Truncated);
        return fromEtherType(u16(frame, 12), frame.sliced(14));
    case LinkSll:
        // 16 bytes: packet type, ARPHRD, address length, 8 address bytes, protocol.
        if (frame.size() < 16)
            return failed(IpPacket::Status::Truncated);
        return fromEtherType(u16(frame, 14), frame.sliced(16));
    case LinkSll2:
        // 20 bytes: protocol first, then interface index, ARPHRD, type, address.
        if (frame.size() < 20)
            return failed(IpPacket::Status::Truncated);
        return fromEtherType(u16(frame, 0), frame.sliced(20));
    case LinkNull:
        if (frame.size() < 4)
            return failed(IpPacket::Status::Truncated);
        // Host byte order of the capturing machine: either way round.
        return fromAddressFamily(std::min(qFromLittleEndian<quint32>(frame.data()),
                                          qFromBigEndian<quint32>(frame.data())), frame.sliced(4));
    case LinkLoop:
        if (frame.size() < 4)
            return failed(IpPacket::Status::Truncated);
        return fromAddressFamily(u32(frame, 0), frame.sliced(4));
    case LinkRaw: case LinkRawOld: case LinkRawOld2: case LinkIpv4: case LinkIpv6:
        return decodeIp(frame);
    default:
        return failed(IpPacket::Status::UnsupportedLinkType);
    }
}

IpPacket PacketDecoder::decodeIp(QByteArrayView data)
{
    if (data.isEmpty())
        return failed(IpPacket::Status::Truncated);
    IpPacket packet;
    const int version = quint8(data.at(0)) >> 4;
    if (version == 4) {
        if (data.size() < 20)
            return failed(IpPacket::Status::Truncated);
        const qsizetype headerLength = (quint8(data.at(0)) & 0x0f) * 4;
        const qsizetype totalLength = u16(data, 2);
        if (headerLength < 20 || totalLength < headerLength)
            return failed(IpPacket::Status::Malformed);
        if (data.size() < totalLength)
            return failed(IpPacket::Status::Truncated);
        const quint16 flagsAndOffset = u16(data, 6);
        packet.protocol = quint8(data.at(9));
        packet.source = QHostAddress(u32(data, 12));
        packet.destination = QHostAddress(u32(data, 16));
        packet.moreFragments = flagsAndOffset & 0x2000;
        packet.fragmentOffset = quint32(flagsAndOffset & 0x1fff) * 8;
        packet.isFragment = packet.moreFragments || packet.fragmentOffset != 0;
        packet.fragmentId = u16(data, 4);
        packet.payload = data.sliced(headerLength, totalLength - headerLength).toByteArray();
        return packet;
    }
    if (version == 6) {
        if (data.size() < 40)
            return failed(IpPacket::Status::Truncated);
        const qsizetype payloadLength = u16(data, 4);
        // A jumbogram (payload length 0, RFC 2675) is not what SIP travels in.
        if (data.size() < 40 + payloadLength)
            return failed(IpPacket::Status::Truncated);
        Q_IPV6ADDR source;
        Q_IPV6ADDR destination;
        std::memcpy(source.c, data.data() + 8, 16);
        std::memcpy(destination.c, data.data() + 24, 16);
        packet.source = QHostAddress(source);
        packet.destination = QHostAddress(destination);
        QByteArrayView rest = data.sliced(40, payloadLength);
        quint8 next = quint8(data.at(6));
        for (int headers = 0; headers < 16; ++headers) {
            if (isIpv6ExtensionHeader(next)) {
                if (rest.size() < 8)
                    return failed(IpPacket::Status::Truncated);
                // AH counts in 4-byte units (plus 2), the others in 8-byte units (plus 1).
                const qsizetype length = next == 51 ? (qsizetype(quint8(rest.at(1))) + 2) * 4
                                                    : (qsizetype(quint8(rest.at(1))) + 1) * 8;
                if (rest.size() < length)
                    return failed(IpPacket::Status::Truncated);
                next = quint8(rest.at(0));
                rest = rest.sliced(length);
                continue;
            }
            if (next == 44) {   // Fragment header (RFC 8200 §4.5)
                if (rest.size() < 8)
                    return failed(IpPacket::Status::Truncated);
                const quint16 offsetAndFlags = u16(rest, 2);
                packet.isFragment = true;
                packet.fragmentOffset = quint32(offsetAndFlags & 0xfff8);
                packet.moreFragments = offsetAndFlags & 1;
                packet.fragmentId = u32(rest, 4);
                next = quint8(rest.at(0));
                rest = rest.sliced(8);
                // Only the first fragment holds the remaining headers; the rest is data.
                if (packet.fragmentOffset != 0)
                    break;
                continue;
            }
            break;
        }
        packet.protocol = next;
        packet.payload = rest.toByteArray();
        return packet;
    }
    return failed(IpPacket::Status::Malformed);
}

TransportSegment PacketDecoder::decodeTransport(quint8 protocol, QByteArrayView payload)
{
    TransportSegment segment;
    if (protocol == 17) {
        if (payload.size() < 8)
            return segment;
        const qsizetype length = u16(payload, 4);
        segment.sourcePort = u16(payload, 0);
        segment.destinationPort = u16(payload, 2);
        // The UDP length may be shorter than the IP payload (padding); never longer.
        const qsizetype end = (length >= 8 && length <= payload.size()) ? length : payload.size();
        segment.data = payload.sliced(8, end - 8).toByteArray();
        segment.valid = true;
        return segment;
    }
    if (protocol == 6) {
        if (payload.size() < 20)
            return segment;
        const qsizetype offset = (quint8(payload.at(12)) >> 4) * 4;
        if (offset < 20 || offset > payload.size())
            return segment;
        segment.tcp = true;
        segment.sourcePort = u16(payload, 0);
        segment.destinationPort = u16(payload, 2);
        segment.sequence = u32(payload, 4);
        segment.tcpFlags = quint8(payload.at(13));
        segment.data = payload.sliced(offset).toByteArray();
        segment.valid = true;
    }
    return segment;
}

} // namespace SipScope
