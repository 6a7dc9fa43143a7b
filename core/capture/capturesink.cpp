#include "capturesink.h"

#include "exportedpdu.h"
#include "packetbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

qint64 steadyMicroseconds(std::chrono::steady_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count();
}

PacketAddresses addressesOf(const WirePacket &packet, bool fromLocal)
{
    if (fromLocal)
        return {packet.localAddress, packet.localPort, packet.remoteAddress, packet.remotePort};
    return {packet.remoteAddress, packet.remotePort, packet.localAddress, packet.localPort};
}

} // namespace

std::shared_ptr<CaptureSink> CaptureSink::create(const QString &fileName, CaptureFormat format, QString *error)
{
    std::shared_ptr<CaptureSink> sink(new CaptureSink);
    if (!sink->m_writer.open(fileName, format, error))
        return nullptr;
    sink->m_fileName = fileName;
    const auto wallNow = std::chrono::system_clock::now();
    const auto steadyNow = std::chrono::steady_clock::now();
    sink->m_steadyToWallUs =
        std::chrono::duration_cast<std::chrono::microseconds>(wallNow.time_since_epoch()).count()
        - steadyMicroseconds(steadyNow);
    return sink;
}

qint64 CaptureSink::wallMicroseconds(const WireTime &time) const
{
    const auto at = time.isValid() ? time.at : std::chrono::steady_clock::now();
    return m_steadyToWallUs + steadyMicroseconds(at);
}

qint64 CaptureSink::writtenPackets() const
{
    const QMutexLocker lock(&m_mutex);
    return m_written;
}

qint64 CaptureSink::skippedPackets() const
{
    const QMutexLocker lock(&m_mutex);
    return m_skipped;
}

QString CaptureSink::writeError() const
{
    const QMutexLocker lock(&m_mutex);
    return m_writer.errorString();
}

QString CaptureSink::summary() const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_writer.errorString().isEmpty())
        return m_writer.errorString();
    QString text = QCoreApplication::translate("CaptureSink", "Capture written to %1 (%n packet(s)).", nullptr,
                                               int(m_written)).arg(m_fileName);
    if (m_skipped > 0) {
        text += u' ' + QCoreApplication::translate(
            "CaptureSink", "%n decrypted message(s) could not go into the classic pcap file, which holds one "
                           "link type only; write pcapng to keep them.", nullptr, int(m_skipped));
    }
    return text;
}

QString CaptureSink::connectionKey(const WirePacket &packet)
{
    return packet.localAddress.toString() + u'|' + QString::number(packet.localPort) + u'|'
        + packet.remoteAddress.toString() + u'|' + QString::number(packet.remotePort);
}

void CaptureSink::record(const WirePacket &packet)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 at = wallMicroseconds(packet.time);
    switch (packet.kind) {
    case WirePacket::Kind::Datagram:
        // A datagram larger than one IP packet holds cannot have been sent; cut, never dropped.
        writePacket(LinkTypeRaw, at,
                    PacketBuilder::udp(addressesOf(packet, packet.sent), packet.bytes.left(PacketBuilder::maxUdpPayload)));
        return;
    case WirePacket::Kind::Message: {
        const bool udp = packet.protocol == TransportProtocol::Udp;
        writePacket(LinkTypeUpperPdu, at,
                    ExportedPdu::sip(addressesOf(packet, packet.sent),
                                     udp ? ExportedPdu::PortType::Udp : ExportedPdu::PortType::Tcp, packet.bytes));
        return;
    }
    case WirePacket::Kind::StreamOpened:
        openConnection(packet, at);
        return;
    case WirePacket::Kind::StreamData: {
        openConnection(packet, at);
        for (qsizetype offset = 0; offset < packet.bytes.size(); offset += PacketBuilder::maxTcpPayload)
            writeTcp(packet, packet.sent, TcpFields::Psh | TcpFields::Ack,
                     packet.bytes.mid(offset, PacketBuilder::maxTcpPayload), at);
        return;
    }
    case WirePacket::Kind::StreamClosed: {
        const QString key = connectionKey(packet);
        if (!m_connections.contains(key))
            return;
        // The closer's FIN, the other side's FIN, the closer's last ACK; each FIN takes
        // one sequence number.
        const bool closer = packet.sent;
        writeTcp(packet, closer, TcpFields::Fin | TcpFields::Ack, {}, at);
        writeTcp(packet, !closer, TcpFields::Fin | TcpFields::Ack, {}, at);
        writeTcp(packet, closer, TcpFields::Ack, {}, at);
        m_connections.remove(key);
        return;
    }
    }
}

CaptureSink::Connection &CaptureSink::openConnection(const WirePacket &packet, qint64 at)
{
    const QString key = connectionKey(packet);
    auto found = m_connections.find(key);
    if (found != m_connections.end())
        return *found;
    // The kernel's three-way handshake, rebuilt: random initial sequence numbers as a
    // real stack picks them (RFC 9293 §3.4.1), SYN and SYN-ACK each take one.
    Connection &connection = m_connections[key];
    connection.localNext = QRandomGenerator::global()->generate();
    connection.remoteNext = QRandomGenerator::global()->generate();
    // StreamOpened says who opened (sent: we connected; else the peer did, to a
    // listener); data on a connection we never saw open was ours.
    const bool weOpened = packet.kind != WirePacket::Kind::StreamOpened || packet.sent;
    writeTcp(packet, weOpened, TcpFields::Syn, {}, at);
    writeTcp(packet, !weOpened, TcpFields::Syn | TcpFields::Ack, {}, at);
    writeTcp(packet, weOpened, TcpFields::Ack, {}, at);
    return connection;
}

void CaptureSink::writeTcp(const WirePacket &packet, bool fromLocal, quint8 flags, const QByteArray &payload,
                           qint64 at)
{
    Connection &connection = m_connections[connectionKey(packet)];
    quint32 &own = fromLocal ? connection.localNext : connection.remoteNext;
    const quint32 other = fromLocal ? connection.remoteNext : connection.localNext;
    TcpFields fields;
    fields.sequence = own;
    // A SYN from the side that opens carries no acknowledgement yet.
    const bool firstSyn = (flags & TcpFields::Syn) && !(flags & TcpFields::Ack);
    fields.acknowledgement = firstSyn ? 0 : other;
    fields.flags = flags;
    own += quint32(payload.size()) + ((flags & (TcpFields::Syn | TcpFields::Fin)) ? 1 : 0);
    writePacket(LinkTypeRaw, at, PacketBuilder::tcp(addressesOf(packet, fromLocal), fields, payload));
}

void CaptureSink::writePacket(LinkType linkType, qint64 at, const QByteArray &bytes)
{
    if (bytes.isEmpty() || !m_writer.isOpen())
        return;
    if (m_writer.write(linkType, at, bytes))
        ++m_written;
    else if (m_writer.errorString().isEmpty())
        ++m_skipped;
}

} // namespace SipScope
