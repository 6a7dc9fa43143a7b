#include "pcapfilewriter.h"

#include "sipscope_version.h"

#include <QCoreApplication>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr quint32 snapLength = 262144;

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian<quint16>(value, bytes);
    out.append(bytes, 2);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

void padTo32(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

// A pcapng block: type, total length, body, total length again (pcapng §3.1).
QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray out;
    const quint32 total = quint32(12 + body.size());
    appendU32(out, type);
    appendU32(out, total);
    out.append(body);
    appendU32(out, total);
    return out;
}

void appendOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    appendU16(out, code);
    appendU16(out, quint16(value.size()));
    out.append(value);
    padTo32(out);
}

} // namespace

std::optional<CaptureFormat> PcapFileWriter::parseFormat(const QString &text)
{
    const QString token = text.trimmed().toLower();
    if (token == u"pcapng")
        return CaptureFormat::Pcapng;
    if (token == u"pcap")
        return CaptureFormat::Pcap;
    return std::nullopt;
}

CaptureFormat PcapFileWriter::formatForFileName(const QString &fileName)
{
    return fileName.endsWith(u".pcap"_s, Qt::CaseInsensitive) ? CaptureFormat::Pcap : CaptureFormat::Pcapng;
}

bool PcapFileWriter::open(const QString &fileName, CaptureFormat format, QString *error)
{
    m_format = format;
    m_interfaces.clear();
    m_classicLinkType.reset();
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        if (error) {
            *error = QCoreApplication::translate("PcapFileWriter", "Cannot write the capture file %1: %2")
                         .arg(fileName, m_file.errorString());
        }
        return false;
    }
    if (m_format == CaptureFormat::Pcapng) {
        // Section Header Block: byte-order magic, version 1.0, section length unknown,
        // shb_userappl (4).
        QByteArray body;
        appendU32(body, 0x1A2B3C4D);
        appendU16(body, 1);
        appendU16(body, 0);
        appendU32(body, 0xffffffff);
        appendU32(body, 0xffffffff);
        appendOption(body, 4, "SipScope " SIPSCOPE_VERSION);
        appendU32(body, 0);   // opt_endofopt
        if (!writeBytes(block(0x0A0D0D0A, body))) {
            if (error)
                *error = m_error;
            return false;
        }
    }
    return true;
}

QByteArray PcapFileWriter::interfaceBlock(LinkType linkType) const
{
    QByteArray body;
    appendU16(body, linkType);
    appendU16(body, 0);
    appendU32(body, snapLength);
    appendOption(body, 2, linkType == LinkTypeRaw ? "sipscope" : "sipscope-decrypted");   // if_name
    appendU32(body, 0);
    return block(1, body);
}

bool PcapFileWriter::write(LinkType linkType, qint64 microsecondsSinceEpoch, const QByteArray &packet)
{
    if (!m_file.isOpen())
        return false;
    const quint64 us = quint64(std::max<qint64>(0, microsecondsSinceEpoch));
    if (m_format == CaptureFormat::Pcap) {
        if (!m_classicLinkType && !writeClassicHeader(linkType))
            return false;
        if (*m_classicLinkType != linkType)
            return false;
        QByteArray record;
        appendU32(record, quint32(us / 1000000));
        appendU32(record, quint32(us % 1000000));
        appendU32(record, quint32(packet.size()));
        appendU32(record, quint32(packet.size()));
        record.append(packet);
        return writeBytes(record);
    }

    auto interface = m_interfaces.constFind(linkType);
    if (interface == m_interfaces.constEnd()) {
        if (!writeBytes(interfaceBlock(linkType)))
            return false;
        interface = m_interfaces.insert(linkType, quint32(m_interfaces.size()));
    }
    // Enhanced Packet Block: interface, timestamp (high, low), lengths, data.
    QByteArray body;
    appendU32(body, *interface);
    appendU32(body, quint32(us >> 32));
    appendU32(body, quint32(us & 0xffffffff));
    appendU32(body, quint32(packet.size()));
    appendU32(body, quint32(packet.size()));
    body.append(packet);
    padTo32(body);
    return writeBytes(block(6, body));
}

PcapFileWriter::~PcapFileWriter()
{
    close();
}

void PcapFileWriter::close()
{
    if (!m_file.isOpen())
        return;
    if (m_format == CaptureFormat::Pcap && !m_classicLinkType)
        writeClassicHeader(LinkTypeRaw);
    m_file.close();
}

bool PcapFileWriter::writeClassicHeader(LinkType linkType)
{
    m_classicLinkType = linkType;
    // Classic pcap header (microsecond magic), version 2.4.
    QByteArray header;
    appendU32(header, 0xa1b2c3d4);
    appendU16(header, 2);
    appendU16(header, 4);
    appendU32(header, 0);
    appendU32(header, 0);
    appendU32(header, snapLength);
    appendU32(header, linkType);
    return writeBytes(header);
}

bool PcapFileWriter::writeBytes(const QByteArray &bytes)
{
    if (m_file.write(bytes) == bytes.size())
        return true;
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("PcapFileWriter", "Cannot write the capture file %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
    }
    return false;
}

} // namespace SipScope
