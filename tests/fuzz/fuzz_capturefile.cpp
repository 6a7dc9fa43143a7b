// Fuzz target "capture_file": a pcap or pcapng file, read by libpcap and taken apart by
// our decoders, IP and TCP reassembly and the SIP grouping (capture/captureanalysis.h).
// Invariants: every finding and every grouped message points at a message that exists,
// frame numbers only grow, nothing exceeds the bounds the reader promises.
#include "fuzztargets.h"

#include "capture/captureanalysis.h"
#include "capture/capturereader.h"

#include <QByteArray>

namespace SipScope::Fuzz {

namespace {

constexpr const char *Name = "capture_file";

} // namespace

int fuzzCaptureFile(const std::uint8_t *data, std::size_t size)
{
    CaptureReader reader;
    if (!reader.openMemory(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        return 0;
    const CaptureReport report = CaptureAnalysis::analyse(reader);
    SIPSCOPE_FUZZ_CHECK(Name, report.messages.size() <= CaptureAnalysis::maxMessages);
    SIPSCOPE_FUZZ_CHECK(Name, report.messages.size() <= report.frames * 64 + 64);
    qint64 lastFrame = 0;
    for (const CaptureMessage &message : report.messages) {
        SIPSCOPE_FUZZ_CHECK(Name, message.frame >= 1 && message.frame <= report.frames);
        SIPSCOPE_FUZZ_CHECK(Name, message.frame >= lastFrame);
        lastFrame = message.frame;
    }
    qsizetype grouped = 0;
    for (const CaptureCall &call : report.calls) {
        grouped += call.messages.size();
        for (const int index : call.messages)
            SIPSCOPE_FUZZ_CHECK(Name, index >= 0 && index < report.messages.size());
    }
    SIPSCOPE_FUZZ_CHECK(Name, grouped == report.messages.size());
    for (const CaptureFinding &finding : report.findings)
        SIPSCOPE_FUZZ_CHECK(Name, finding.message >= 0 && finding.message < report.messages.size()
                                      && finding.explanation >= 0 && finding.explanation < report.explanations.size());
    return 0;
}

} // namespace SipScope::Fuzz
