#include "capturearguments.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Cli {

CaptureArguments::CaptureArguments()
    : m_pcap(u"pcap"_s,
             QCoreApplication::translate("Cli", "Write every packet sent and received to this capture file "
                                                "(pcapng; classic pcap for a name ending in .pcap)."),
             u"FILE"_s)
    , m_format(u"pcap-format"_s,
               QCoreApplication::translate("Cli", "The format of the --pcap file: pcapng (default) or pcap."),
               u"FORMAT"_s)
{
}

void CaptureArguments::addTo(CommandParser &parser) const
{
    parser.addOption(m_pcap);
    parser.addOption(m_format);
}

std::optional<QString> CaptureArguments::apply(const CommandParser &parser, std::shared_ptr<WireTap> &tap)
{
    if (!parser.isSet(m_pcap)) {
        if (parser.isSet(m_format))
            return QCoreApplication::translate("Cli", "--pcap-format goes with --pcap FILE.");
        return std::nullopt;
    }
    const QString fileName = parser.value(m_pcap);
    if (fileName.trimmed().isEmpty())
        return QCoreApplication::translate("Cli", "--pcap needs a file name.");
    CaptureFormat format = PcapFileWriter::formatForFileName(fileName);
    if (parser.isSet(m_format)) {
        const auto chosen = PcapFileWriter::parseFormat(parser.value(m_format));
        if (!chosen) {
            return QCoreApplication::translate("Cli", "--pcap-format must be pcapng or pcap, not \"%1\".")
                .arg(parser.value(m_format));
        }
        format = *chosen;
    }
    QString error;
    m_sink = CaptureSink::create(fileName, format, &error);
    if (!m_sink)
        return error;
    tap = m_sink;
    return std::nullopt;
}

void CaptureArguments::finish(const CaptureSink *sink, QTextStream &err)
{
    if (sink)
        err << sink->summary() << Qt::endl;
}

} // namespace SipScope::Cli
