// Reads a pcap or pcapng file with libpcap (the same reader tcpdump, Wireshark's
// dumpcap and sngrep use): frame after frame, with its link type, time and bytes.
// Built without libpcap (a Windows build without the Npcap SDK), isAvailable() is
// false and open() says so.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace SipScope {

struct CapturedFrame
{
    qint64 number = 0;          // 1-based, as Wireshark numbers frames
    qint64 timeUs = 0;          // microseconds since the Unix epoch
    int linkType = 0;
    QByteArray data;
    qint64 originalLength = 0;  // on the wire; more than data.size() when the snap length cut it
};

class CaptureReader
{
public:
    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    static bool isAvailable();
    // Whether the first bytes of a file are a pcap or pcapng magic number (either byte
    // order, microsecond or nanosecond pcap).
    static bool hasCaptureMagic(const QByteArray &head);

    // False with a translated errorString().
    bool open(const QString &fileName);
    // The same from memory (the fuzz target; POSIX only, through fmemopen()).
    bool openMemory(const QByteArray &bytes);
    // The link type of the (first) interface.
    int linkType() const;
    // The next frame; false at the end or on an error (errorString() non-empty then: a
    // file cut in the middle of a packet, a damaged block).
    bool next(CapturedFrame &frame);
    QString errorString() const { return m_error; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QByteArray m_memory;
    qint64 m_number = 0;
    QString m_error;
};

} // namespace SipScope
