// A capture file on disk: pcapng (the default; several link types in one file) or
// classic pcap (one link type for the whole file). Timestamps in microseconds since the
// Unix epoch, which both formats take without an option. Every packet is written and
// flushed at once, so that a monitor stopped with Ctrl+C leaves a complete file.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

#include <optional>

namespace SipScope {

enum class CaptureFormat { Pcapng, Pcap };

enum LinkType : quint16 {
    LinkTypeRaw = 101,          // IPv4 or IPv6, no link-layer header
    LinkTypeUpperPdu = 252,     // Wireshark's exported PDUs
};

class PcapFileWriter
{
public:
    // "pcapng" or "pcap" (--pcap-format); else nullopt.
    static std::optional<CaptureFormat> parseFormat(const QString &text);
    // The format a file name asks for: ".pcap" classic, anything else pcapng.
    static CaptureFormat formatForFileName(const QString &fileName);

    PcapFileWriter() = default;
    PcapFileWriter(const PcapFileWriter &) = delete;
    PcapFileWriter &operator=(const PcapFileWriter &) = delete;
    ~PcapFileWriter();

    // Creates (truncates) the file; false with a translated error.
    bool open(const QString &fileName, CaptureFormat format, QString *error);
    CaptureFormat format() const { return m_format; }
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }

    // Classic pcap: the link type of the file is the first one written; a packet of
    // another one is refused (false).
    bool write(LinkType linkType, qint64 microsecondsSinceEpoch, const QByteArray &packet);

    // A classic pcap file that got no packet still gets its header (LINKTYPE_RAW).
    void close();

private:
    bool writeClassicHeader(LinkType linkType);
    bool writeBytes(const QByteArray &bytes);
    QByteArray interfaceBlock(LinkType linkType) const;

    QFile m_file;
    CaptureFormat m_format = CaptureFormat::Pcapng;
    QHash<quint16, quint32> m_interfaces;   // pcapng: link type → interface id
    std::optional<LinkType> m_classicLinkType;
    QString m_error;
};

} // namespace SipScope
