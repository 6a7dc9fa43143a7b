// The capture of our own exchanges (--pcap, "Save capture…"): the transports report
// every packet (sip/wiretap.h) and this writes it to a pcapng or pcap file.
//
// - UDP: each datagram as an IPv4/IPv6 + UDP packet, real addresses and ports.
// - TCP: the bytes of each send() and each read as one segment (split at 64 KiB), with
//   sequence and acknowledgement numbers that follow the stream. The handshake and the
//   close are the kernel's and invisible to us: they are synthesized (SYN, SYN-ACK, ACK
//   when the connection is established; FIN-ACK both ways and the last ACK when it
//   ends) so that Wireshark sees a complete, consistent connection.
// - TLS, WebSocket: one exported PDU per SIP message (exportedpdu.h).
//
// Times: the very readings the probe takes its RTT from (kernel stamps or the
// application clock, sip/wiretime.h), moved to the wall clock by one offset taken when
// the capture starts; both are cut to whole microseconds of the steady clock exactly as
// the probe cuts them, so the request-to-final gap in the file equals the RTT printed.
// No password is ever on the wire (digest sends a hash), so none is in the file.
#pragma once

#include "pcapfilewriter.h"

#include "sip/wiretap.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace SipScope {

class CaptureSink final : public WireTap
{
public:
    // Opens (truncates) the file; nullptr with a translated error.
    static std::shared_ptr<CaptureSink> create(const QString &fileName, CaptureFormat format, QString *error);

    void record(const WirePacket &packet) override;

    QString fileName() const { return m_fileName; }
    CaptureFormat format() const { return m_writer.format(); }
    // Packets written, and packets that could not be (classic pcap holds one link
    // type: decrypted TLS/WS messages after plain packets, or the other way round).
    qint64 writtenPackets() const;
    qint64 skippedPackets() const;
    // The first write error (disk full, ...); empty when none.
    QString writeError() const;
    // Translated, for the end of a command: "Capture written to x (12 packets)." and a
    // note about skipped packets or a write error.
    QString summary() const;

    // Microseconds since the Unix epoch for a reading of the steady clock.
    qint64 wallMicroseconds(const WireTime &time) const;

private:
    CaptureSink() = default;

    struct Connection
    {
        quint32 localNext = 0;    // our next sequence number
        quint32 remoteNext = 0;   // theirs
    };
    static QString connectionKey(const WirePacket &packet);
    Connection &openConnection(const WirePacket &packet, qint64 at);
    void writeTcp(const WirePacket &packet, bool fromLocal, quint8 flags, const QByteArray &payload, qint64 at);
    void writePacket(LinkType linkType, qint64 at, const QByteArray &bytes);

    mutable QMutex m_mutex;   // a monitor's probes all write here, from one thread today
    PcapFileWriter m_writer;
    QString m_fileName;
    QHash<QString, Connection> m_connections;
    qint64 m_steadyToWallUs = 0;
    qint64 m_written = 0;
    qint64 m_skipped = 0;
};

} // namespace SipScope
