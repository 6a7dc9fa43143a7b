// IP fragments (RFC 791 §3.2, RFC 8200 §4.5) put back together into the datagram, with
// bounded memory: at most `maxPending` datagrams in the making, each at most 64 KiB; the
// oldest incomplete one is given up when a new one would exceed that. Overlapping
// fragments (RFC 5722 forbids them for IPv6) make the datagram unusable.
#pragma once

#include "packetdecoder.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace SipScope {

class IpReassembler
{
public:
    explicit IpReassembler(int maxPending = 256) : m_maxPending(maxPending) {}

    // A fragment in; the whole datagram's payload (in an IpPacket that is no fragment)
    // once every part has arrived.
    std::optional<IpPacket> add(const IpPacket &fragment);
    int pending() const { return int(m_pending.size()); }
    qint64 dropped() const { return m_dropped; }

private:
    struct Datagram
    {
        IpPacket first;                  // addresses and protocol
        QMap<quint32, QByteArray> parts; // offset → bytes
        qint64 totalLength = -1;         // known once the last fragment arrived
        qint64 bytes = 0;
        quint64 order = 0;
        bool broken = false;
    };

    int m_maxPending;
    QHash<QString, Datagram> m_pending;
    quint64 m_counter = 0;
    qint64 m_dropped = 0;
};

} // namespace SipScope
