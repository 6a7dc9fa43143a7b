#include "packetbuilder.h"

#include <QtEndian>

#include <atomic>

namespace SipScope {

namespace {

constexpr quint8 protocolTcp = 6;
constexpr quint8 protocolUdp = 17;

void putU16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToBigEndian<quint16>(value, bytes.data() + at);
}

void putU32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToBigEndian<quint32>(value, bytes.data() + at);
}

// The Internet checksum's running sum (RFC 1071) over `bytes`.
quint32 sumOf(const char *bytes, qsizetype size, quint32 sum = 0)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes);
    qsizetype i = 0;
    for (; i + 1 < size; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (i < size)
        sum += quint32(data[i] << 8);
    return sum;
}

quint16 fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QByteArray addressBytes(const QHostAddress &address, bool ipv4)
{
    if (ipv4) {
        bool ok = false;
        const quint32 value = address.toIPv4Address(&ok);
        QByteArray bytes(4, '\0');
        qToBigEndian<quint32>(ok ? value : 0, bytes.data());
        return bytes;
    }
    const Q_IPV6ADDR value = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(value.c), 16);
}

} // namespace

bool PacketBuilder::isIpv4(const QHostAddress &address)
{
    bool ok = false;
    address.toIPv4Address(&ok);
    return ok;
}

QByteArray PacketBuilder::udp(const PacketAddresses &addresses, const QByteArray &payload)
{
    QByteArray segment(8, '\0');
    putU16(segment, 0, addresses.sourcePort);
    putU16(segment, 2, addresses.destinationPort);
    putU16(segment, 4, quint16(8 + payload.size()));
    segment.append(payload);
    return ip(addresses, protocolUdp, segment, 6);
}

QByteArray PacketBuilder::tcp(const PacketAddresses &addresses, const TcpFields &fields, const QByteArray &payload)
{
    QByteArray segment(20, '\0');
    putU16(segment, 0, addresses.sourcePort);
    putU16(segment, 2, addresses.destinationPort);
    putU32(segment, 4, fields.sequence);
    putU32(segment, 8, fields.acknowledgement);
    segment[12] = char(5 << 4);            // data offset: 5 words, no options
    segment[13] = char(fields.flags);
    putU16(segment, 14, 65535);            // window
    segment.append(payload);
    return ip(addresses, protocolTcp, segment, 16);
}

QByteArray PacketBuilder::ip(const PacketAddresses &addresses, quint8 protocol, QByteArray segment,
                             qsizetype checksumOffset)
{
    const bool ipv4 = isIpv4(addresses.source);
    if (ipv4 != isIpv4(addresses.destination))
        return {};
    const QByteArray source = addressBytes(addresses.source, ipv4);
    const QByteArray destination = addressBytes(addresses.destination, ipv4);

    // The pseudo-header of the transport checksum: addresses, protocol, length.
    quint32 sum = sumOf(source.constData(), source.size());
    sum = sumOf(destination.constData(), destination.size(), sum);
    sum += protocol;
    sum += quint32(segment.size() & 0xffff) + quint32(quint64(segment.size()) >> 16);
    sum = sumOf(segment.constData(), segment.size(), sum);
    quint16 checksum = fold(sum);
    // RFC 768: a computed UDP checksum of zero is sent as all ones (zero means "none").
    if (checksum == 0 && protocol == protocolUdp)
        checksum = 0xffff;
    putU16(segment, checksumOffset, checksum);

    QByteArray header;
    if (ipv4) {
        static std::atomic<quint16> identification{1};
        header = QByteArray(20, '\0');
        header[0] = char(0x45);
        putU16(header, 2, quint16(20 + segment.size()));
        putU16(header, 4, identification++);
        putU16(header, 6, 0x4000);         // don't fragment
        header[8] = char(64);              // TTL
        header[9] = char(protocol);
        header.replace(12, 4, source);
        header.replace(16, 4, destination);
        putU16(header, 10, fold(sumOf(header.constData(), header.size())));
    } else {
        header = QByteArray(40, '\0');
        header[0] = char(0x60);
        putU16(header, 4, quint16(segment.size()));
        header[6] = char(protocol);
        header[7] = char(64);              // hop limit
        header.replace(8, 16, source);
        header.replace(24, 16, destination);
    }
    return header + segment;
}

} // namespace SipScope
