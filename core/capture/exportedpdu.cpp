#include "exportedpdu.h"

#include <QtEndian>

namespace SipScope {

namespace {

enum Tag : quint16 {
    EndOfOptions = 0,
    DissectorName = 12,
    Ipv4Source = 20,
    Ipv4Destination = 21,
    Ipv6Source = 22,
    Ipv6Destination = 23,
    PortTypeTag = 24,
    SourcePort = 25,
    DestinationPort = 26,
};

// One TLV: big-endian type and length, the value padded with zeros to 32 bits (the
// padding counts in the length, as Wireshark itself writes it).
void appendTag(QByteArray &out, quint16 tag, QByteArray value)
{
    while (value.size() % 4 != 0)
        value.append('\0');
    char head[4];
    qToBigEndian<quint16>(tag, head);
    qToBigEndian<quint16>(quint16(value.size()), head + 2);
    out.append(head, 4);
    out.append(value);
}

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian<quint32>(value, bytes.data());
    return bytes;
}

QByteArray address(const QHostAddress &host, bool ipv4)
{
    if (ipv4)
        return u32(host.toIPv4Address());
    const Q_IPV6ADDR value = host.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(value.c), 16);
}

} // namespace

QByteArray ExportedPdu::sip(const PacketAddresses &addresses, PortType portType, const QByteArray &message)
{
    QByteArray out;
    appendTag(out, DissectorName, QByteArrayLiteral("sip"));
    const bool ipv4 = PacketBuilder::isIpv4(addresses.source) && PacketBuilder::isIpv4(addresses.destination);
    appendTag(out, ipv4 ? Ipv4Source : Ipv6Source, address(addresses.source, ipv4));
    appendTag(out, ipv4 ? Ipv4Destination : Ipv6Destination, address(addresses.destination, ipv4));
    appendTag(out, PortTypeTag, u32(quint32(portType)));
    appendTag(out, SourcePort, u32(addresses.sourcePort));
    appendTag(out, DestinationPort, u32(addresses.destinationPort));
    appendTag(out, EndOfOptions, {});
    return out + message;
}

} // namespace SipScope
