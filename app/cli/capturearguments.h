// --pcap FILE and --pcap-format for the commands that talk to the network (options,
// trace, monitor, respond): every packet of the run goes into one capture file
// (capture/capturesink.h). The format is pcapng unless --pcap-format pcap asks for
// classic pcap, or the file name ends in ".pcap".
#pragma once

#include "commandparser.h"

#include "capture/capturesink.h"
#include "sip/wiretap.h"

#include <QCommandLineOption>

#include <memory>
#include <optional>

class QTextStream;

namespace SipScope::Cli {

class CaptureArguments final
{
public:
    CaptureArguments();

    void addTo(CommandParser &parser) const;
    // Opens the file and puts its tap into `tap` (TransportOptions::wireTap,
    // ResponderConfig::wireTap); a usage error message when the format is unknown or the
    // file cannot be written. Without --pcap: nothing.
    std::optional<QString> apply(const CommandParser &parser, std::shared_ptr<WireTap> &tap);
    // The file of this run, after apply(); null without --pcap.
    std::shared_ptr<CaptureSink> sink() const { return m_sink; }
    // After the run: "Capture written to …" (or the write error) on `err`.
    void finish(QTextStream &err) const { finish(m_sink.get(), err); }
    static void finish(const CaptureSink *sink, QTextStream &err);

private:
    QCommandLineOption m_pcap;
    QCommandLineOption m_format;
    std::shared_ptr<CaptureSink> m_sink;
};

} // namespace SipScope::Cli
