// IPv4 and IPv6 packets with a UDP or TCP header around a payload, with correct
// checksums (RFC 791, RFC 8200 §8.1, RFC 768, RFC 9293 §3.1), for a capture file of
// LINKTYPE_RAW: the kernel does not give us the packets it sent, so the capture
// rebuilds them from the addresses, ports and bytes the sockets report.
#pragma once

#include <QByteArray>
#include <QHostAddress>

namespace SipScope {

struct PacketAddresses
{
    QHostAddress source;
    quint16 sourcePort = 0;
    QHostAddress destination;
    quint16 destinationPort = 0;
};

struct TcpFields
{
    enum Flag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    quint8 flags = 0;
};

class PacketBuilder
{
public:
    // The largest payload one packet carries (the IPv4 total length is 16 bits).
    static constexpr qsizetype maxTcpPayload = 65535 - 20 - 20;
    static constexpr qsizetype maxUdpPayload = 65535 - 20 - 8;

    // Both addresses must be of one family (an IPv4-mapped IPv6 address counts as
    // IPv4); otherwise an empty array.
    static QByteArray udp(const PacketAddresses &addresses, const QByteArray &payload);
    static QByteArray tcp(const PacketAddresses &addresses, const TcpFields &fields, const QByteArray &payload);

    // The address as IPv4 when it is one (also ::ffff:a.b.c.d), for the family check.
    static bool isIpv4(const QHostAddress &address);

private:
    static QByteArray ip(const PacketAddresses &addresses, quint8 protocol, QByteArray segment,
                         qsizetype checksumOffset);
};

} // namespace SipScope
