// What CaptureSink writes, read back by our own reader: UDP over IPv4 and IPv6, a TCP
// connection (synthesized handshake, data both ways, close) whose messages come out of
// the stream in order, a TLS message as an exported PDU; the timestamps are the
// packets' own readings, whole microseconds of the steady clock. tshark's verdict on
// the same files is tests/integration/tst_capturewrite.
#include "capture/captureanalysis.h"
#include "capture/capturereader.h"
#include "capture/capturesink.h"
#include "capture/packetbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

QByteArray options(const QString &callId)
{
    return u"OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKx1\r\n"
           u"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: %1\r\nCSeq: 1 OPTIONS\r\n"
           u"Content-Length: 0\r\n\r\n"_s.arg(callId).toUtf8();
}

QByteArray answer(const QString &callId, int status)
{
    return u"SIP/2.0 %2 Whatever\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKx1\r\n"
           u"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>;tag=2\r\nCall-ID: %1\r\nCSeq: 1 OPTIONS\r\n"
           u"Content-Length: 0\r\n\r\n"_s.arg(callId).arg(status).toUtf8();
}

WirePacket packet(WirePacket::Kind kind, TransportProtocol protocol, bool sent, const QByteArray &bytes,
                  const QHostAddress &local, const QHostAddress &remote, std::chrono::steady_clock::time_point at)
{
    WirePacket p;
    p.kind = kind;
    p.protocol = protocol;
    p.sent = sent;
    p.localAddress = local;
    p.localPort = 5070;
    p.remoteAddress = remote;
    p.remotePort = 5060;
    p.bytes = bytes;
    p.time = {at, WireTime::Clock::Kernel};
    return p;
}

} // namespace

class tst_CaptureSink final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void checksums();
    void classicPcapKeepsOneLinkType();

private:
    QTemporaryDir m_dir;
};

void tst_CaptureSink::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!CaptureReader::isAvailable())
        QSKIP("Built without libpcap: the files are written, not read back.");
}

void tst_CaptureSink::roundTrip_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("format");
    QTest::newRow("udp-ipv4-pcapng") << int(TransportProtocol::Udp) << u"127.0.0.1"_s << u"pcapng"_s;
    QTest::newRow("udp-ipv6-pcap") << int(TransportProtocol::Udp) << u"::1"_s << u"pcap"_s;
    QTest::newRow("tcp-ipv4-pcapng") << int(TransportProtocol::Tcp) << u"127.0.0.1"_s << u"pcapng"_s;
    QTest::newRow("tcp-ipv6-pcap") << int(TransportProtocol::Tcp) << u"::1"_s << u"pcap"_s;
    QTest::newRow("tls-pcapng") << int(TransportProtocol::Tls) << u"127.0.0.1"_s << u"pcapng"_s;
}

void tst_CaptureSink::roundTrip()
{
    QFETCH(int, protocol);
    QFETCH(QString, address);
    QFETCH(QString, format);
    const auto transport = TransportProtocol(protocol);
    const QString name = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u'.' + format);
    QString error;
    auto sink = CaptureSink::create(name, *PcapFileWriter::parseFormat(format), &error);
    QVERIFY2(sink, qPrintable(error));

    const QHostAddress host(address);
    const auto start = std::chrono::steady_clock::now();
    const auto later = start + std::chrono::microseconds(1234) + std::chrono::nanoseconds(567);
    const bool stream = transport == TransportProtocol::Tcp;
    const auto dataKind = transport == TransportProtocol::Udp ? WirePacket::Kind::Datagram
        : stream ? WirePacket::Kind::StreamData : WirePacket::Kind::Message;
    if (stream)
        sink->record(packet(WirePacket::Kind::StreamOpened, transport, true, {}, host, host, start));
    sink->record(packet(dataKind, transport, true, options(u"c1"_s), host, host, start));
    // Two answers; on TCP in one read, the second cut across two reads.
    const QByteArray second = answer(u"c1"_s, 486);
    if (stream) {
        sink->record(packet(dataKind, transport, false, answer(u"c1"_s, 100) + second.left(30), host, host, later));
        sink->record(packet(dataKind, transport, false, second.mid(30), host, host, later));
        sink->record(packet(WirePacket::Kind::StreamClosed, transport, true, {}, host, host, later));
    } else {
        sink->record(packet(dataKind, transport, false, answer(u"c1"_s, 100), host, host, later));
        sink->record(packet(dataKind, transport, false, second, host, host, later));
    }
    QVERIFY2(sink->writeError().isEmpty(), qPrintable(sink->writeError()));
    QCOMPARE(sink->skippedPackets(), 0);
    sink.reset();   // closes the file

    const CaptureReport report = CaptureAnalysis::analyseFile(name);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.damage.isEmpty(), qPrintable(report.damage));
    QCOMPARE(report.messages.size(), 3);
    QCOMPARE(report.messages.at(2).statusCode, 486);
    QCOMPARE(report.calls.size(), 1);
    QCOMPARE(report.calls.at(0).transactions.at(0).finalStatus, 486);
    const QString local = host.protocol() == QAbstractSocket::IPv6Protocol ? u"[::1]:5070"_s : u"127.0.0.1:5070"_s;
    QCOMPARE(report.messages.at(0).source, local);
    QCOMPARE(report.messages.at(1).destination, local);
    // 1234.567 µs apart on the steady clock: cut to whole microseconds at each end.
    using std::chrono::microseconds;
    const qint64 expected = std::chrono::duration_cast<microseconds>(later.time_since_epoch()).count()
        - std::chrono::duration_cast<microseconds>(start.time_since_epoch()).count();
    QCOMPARE(report.messages.at(2).timeUs - report.messages.at(0).timeUs, expected);
    if (stream)
        QCOMPARE(report.frames, 3 + 3 + 3);   // handshake, request and two reads, close
}

void tst_CaptureSink::checksums()
{
    // RFC 1071's property: the checksum over a header that holds its checksum is 0.
    const QByteArray packet = PacketBuilder::udp({QHostAddress(u"192.0.2.1"_s), 5060, QHostAddress(u"192.0.2.2"_s), 5061},
                                                 "hello");
    QCOMPARE(packet.size(), 20 + 8 + 5);
    quint32 sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += quint32(quint8(packet.at(i)) << 8 | quint8(packet.at(i + 1)));
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    QCOMPARE(sum, 0xffffu);
    // Mixed families cannot make one packet.
    QVERIFY(PacketBuilder::udp({QHostAddress(u"192.0.2.1"_s), 1, QHostAddress(u"::1"_s), 2}, "x").isEmpty());
}

void tst_CaptureSink::classicPcapKeepsOneLinkType()
{
    const QString name = m_dir.filePath(u"mixed.pcap"_s);
    QString error;
    auto sink = CaptureSink::create(name, CaptureFormat::Pcap, &error);
    QVERIFY2(sink, qPrintable(error));
    const QHostAddress host(u"127.0.0.1"_s);
    const auto now = std::chrono::steady_clock::now();
    sink->record(packet(WirePacket::Kind::Datagram, TransportProtocol::Udp, true, options(u"c2"_s), host, host, now));
    sink->record(packet(WirePacket::Kind::Message, TransportProtocol::Tls, true, options(u"c3"_s), host, host, now));
    QCOMPARE(sink->writtenPackets(), 1);
    QCOMPARE(sink->skippedPackets(), 1);
    QVERIFY(sink->summary().contains(u"pcapng"_s));
}

QTEST_GUILESS_MAIN(tst_CaptureSink)
#include "tst_capturesink.moc"
