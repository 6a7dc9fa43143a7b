#include "exportedpdu.h"

#include <QtEndian>

#include <cstring>

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

std::optional<ExportedPdu::Parsed> ExportedPdu::parse(QByteArrayView frame)
{
    Parsed parsed;
    qsizetype at = 0;
    for (int tags = 0; tags < 256; ++tags) {
        if (frame.size() - at < 4)
            return std::nullopt;
        const quint16 tag = qFromBigEndian<quint16>(frame.data() + at);
        const qsizetype length = qFromBigEndian<quint16>(frame.data() + at + 2);
        at += 4;
        if (frame.size() - at < length)
            return std::nullopt;
        const QByteArrayView value = frame.sliced(at, length);
        at += length;
        switch (tag) {
        case EndOfOptions:
            parsed.pdu = frame.sliced(at).toByteArray();
            return parsed;
        case DissectorName: {
            QByteArray name = value.toByteArray();
            while (name.endsWith('\0'))
                name.chop(1);
            parsed.dissector = QString::fromLatin1(name);
            break;
        }
        case Ipv4Source:
        case Ipv4Destination:
            if (length == 4) {
                (tag == Ipv4Source ? parsed.addresses.source : parsed.addresses.destination)
                    = QHostAddress(qFromBigEndian<quint32>(value.data()));
            }
            break;
        case Ipv6Source:
        case Ipv6Destination:
            if (length == 16) {
                Q_IPV6ADDR address;
                std::memcpy(address.c, value.data(), 16);
                (tag == Ipv6Source ? parsed.addresses.source : parsed.addresses.destination) = QHostAddress(address);
            }
            break;
        case PortTypeTag:
            if (length == 4)
                parsed.tcp = qFromBigEndian<quint32>(value.data()) == quint32(PortType::Tcp);
            break;
        case SourcePort:
        case DestinationPort:
            if (length == 4) {
                (tag == SourcePort ? parsed.addresses.sourcePort : parsed.addresses.destinationPort)
                    = quint16(qFromBigEndian<quint32>(value.data()));
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace SipScope
