#include "capturereader.h"

#include <QCoreApplication>
#include <QFile>

#if SIPSCOPE_HAVE_PCAP
#include <pcap/pcap.h>
#include <cstdio>
#endif

namespace SipScope {

struct CaptureReader::Handle
{
#if SIPSCOPE_HAVE_PCAP
    pcap_t *pcap = nullptr;
    ~Handle()
    {
        if (pcap)
            pcap_close(pcap);
    }
#endif
};

CaptureReader::CaptureReader() = default;
CaptureReader::~CaptureReader() = default;

bool CaptureReader::isAvailable()
{
    return SIPSCOPE_HAVE_PCAP;
}

bool CaptureReader::hasCaptureMagic(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    static const char *const magics[] = {
        "\xd4\xc3\xb2\xa1", "\xa1\xb2\xc3\xd4",   // pcap, microseconds
        "\x4d\x3c\xb2\xa1", "\xa1\xb2\x3c\x4d",   // pcap, nanoseconds
        "\x0a\x0d\x0d\x0a",                       // pcapng Section Header Block
    };
    for (const char *magic : magics) {
        if (head.startsWith(QByteArray(magic, 4)))
            return true;
    }
    return false;
}

bool CaptureReader::open(const QString &fileName)
{
    m_error.clear();
    m_number = 0;
#if SIPSCOPE_HAVE_PCAP
    m_handle = std::make_unique<Handle>();
    char error[PCAP_ERRBUF_SIZE] = {};
    m_handle->pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(fileName).constData(),
                                                             PCAP_TSTAMP_PRECISION_MICRO, error);
    if (!m_handle->pcap) {
        m_error = QCoreApplication::translate("CaptureReader", "Cannot read the capture %1: %2")
                      .arg(fileName, QString::fromLocal8Bit(error));
        m_handle.reset();
        return false;
    }
    return true;
#else
    Q_UNUSED(fileName);
    m_error = QCoreApplication::translate("CaptureReader", "This SipScope was built without capture support "
                                                           "(libpcap); it cannot read pcap or pcapng files.");
    return false;
#endif
}

bool CaptureReader::openMemory(const QByteArray &bytes)
{
    m_error.clear();
    m_number = 0;
#if SIPSCOPE_HAVE_PCAP && defined(Q_OS_UNIX)
    m_memory = bytes;
    if (m_memory.isEmpty())
        m_memory.append('\0');
    FILE *file = fmemopen(m_memory.data(), size_t(m_memory.size()), "rb");
    if (!file) {
        m_error = QCoreApplication::translate("CaptureReader", "Cannot read the capture from memory.");
        return false;
    }
    m_handle = std::make_unique<Handle>();
    char error[PCAP_ERRBUF_SIZE] = {};
    // pcap_fopen_offline() owns the FILE from here, also when it fails.
    m_handle->pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, error);
    if (!m_handle->pcap) {
        m_error = QString::fromLocal8Bit(error);
        m_handle.reset();
        return false;
    }
    return true;
#else
    Q_UNUSED(bytes);
    m_error = QCoreApplication::translate("CaptureReader", "This SipScope was built without capture support "
                                                           "(libpcap); it cannot read pcap or pcapng files.");
    return false;
#endif
}

int CaptureReader::linkType() const
{
#if SIPSCOPE_HAVE_PCAP
    return m_handle && m_handle->pcap ? pcap_datalink(m_handle->pcap) : -1;
#else
    return -1;
#endif
}

bool CaptureReader::next(CapturedFrame &frame)
{
#if SIPSCOPE_HAVE_PCAP
    if (!m_handle || !m_handle->pcap)
        return false;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int status = pcap_next_ex(m_handle->pcap, &header, &data);
    if (status == 1) {
        frame.number = ++m_number;
        frame.timeUs = qint64(header->ts.tv_sec) * 1000000 + qint64(header->ts.tv_usec);
        frame.linkType = pcap_datalink(m_handle->pcap);
        frame.data = QByteArray(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
        frame.originalLength = qint64(header->len);
        return true;
    }
    if (status == PCAP_ERROR) {
        m_error = QCoreApplication::translate("CaptureReader", "The capture is damaged at frame %1: %2")
                      .arg(m_number + 1).arg(QString::fromLocal8Bit(pcap_geterr(m_handle->pcap)));
    }
    return false;
#else
    Q_UNUSED(frame);
    return false;
#endif
}

} // namespace SipScope
