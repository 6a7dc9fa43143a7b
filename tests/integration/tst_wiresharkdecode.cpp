// What we send must decode cleanly in Wireshark's SIP dissector: the requests are
// written into a pcap file (raw IPv4/UDP on loopback addresses, never sent anywhere)
// and read back with tshark, which must report the fields we meant and no expert
// or malformed-packet item. tshark is optional: without it the test is skipped.
#include "sip/optionsrequest.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

void appendBe16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xff));
}

// One pcap file (LINKTYPE_RAW: each packet starts at the IPv4 header) holding each
// payload as a UDP datagram 127.0.0.1:40312 → 127.0.0.1:5060.
QByteArray pcapWithDatagrams(const QList<QByteArray> &payloads)
{
    QByteArray file;
    auto le32 = [&file](quint32 v) { const quint32 x = qToLittleEndian(v); file.append(reinterpret_cast<const char *>(&x), 4); };
    auto le16 = [&file](quint16 v) { const quint16 x = qToLittleEndian(v); file.append(reinterpret_cast<const char *>(&x), 2); };
    le32(0xa1b2c3d4); le16(2); le16(4); le32(0); le32(0); le32(65535); le32(101);
    quint32 second = 1;
    for (const QByteArray &payload : payloads) {
        QByteArray packet;
        const quint16 total = quint16(20 + 8 + payload.size());
        packet.append(char(0x45)).append(char(0));
        appendBe16(packet, total);
        appendBe16(packet, 1);                      // identification
        appendBe16(packet, 0x4000);                 // don't fragment
        packet.append(char(64)).append(char(17));   // TTL, UDP
        appendBe16(packet, 0);                      // checksum, filled below
        packet.append("\x7f\x00\x00\x01\x7f\x00\x00\x01", 8);
        quint32 sum = 0;
        for (int i = 0; i < 20; i += 2)
            sum += (quint8(packet.at(i)) << 8) | quint8(packet.at(i + 1));
        while (sum >> 16)
            sum = (sum & 0xffff) + (sum >> 16);
        const quint16 checksum = quint16(~sum);
        packet[10] = char(checksum >> 8);
        packet[11] = char(checksum & 0xff);
        appendBe16(packet, 40312);
        appendBe16(packet, 5060);
        appendBe16(packet, quint16(8 + payload.size()));
        appendBe16(packet, 0);                      // no UDP checksum (allowed over IPv4)
        packet.append(payload);
        le32(second++); le32(0); le32(quint32(packet.size())); le32(quint32(packet.size()));
        file.append(packet);
    }
    return file;
}

} // namespace

class tst_WiresharkDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsDecodeCleanly();
};

void tst_WiresharkDecode::requestsDecodeCleanly()
{
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (optional: apt-get install tshark).");

    OptionsRequestParams plain;
    plain.target = *SipUri::parse(u"sip:127.0.0.1:5060"_s).uri;
    plain.localAddress = QHostAddress(u"127.0.0.1"_s);
    plain.localPort = 40312;
    OptionsRequestParams options = plain;
    options.target = *SipUri::parse(u"sip:alice@127.0.0.1:5060;transport=udp"_s).uri;
    options.fromUri = *SipUri::parse(u"sip:monitor@example.com"_s).uri;
    options.maxForwards = 0;
    options.cseq = 2;
    options.extraHeaders = {{u"Subject"_s, u"probe"_s}, {u"User-Agent"_s, u"Custom/2"_s}};
    const QList<SipMessage> requests = {OptionsRequest::build(plain), OptionsRequest::build(options)};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile pcap(dir.filePath(u"requests.pcap"_s));
    QVERIFY(pcap.open(QIODevice::WriteOnly));
    pcap.write(pcapWithDatagrams({requests.at(0).toBytes(), requests.at(1).toBytes()}));
    pcap.close();

    QProcess process;
    process.start(tshark, {u"-n"_s, u"-r"_s, pcap.fileName(), u"-d"_s, u"udp.port==5060,sip"_s,
                           u"-T"_s, u"fields"_s, u"-E"_s, u"separator=|"_s,
                           u"-e"_s, u"sip.Method"_s, u"-e"_s, u"sip.Via.branch"_s,
                           u"-e"_s, u"sip.Via.sent-by.address"_s, u"-e"_s, u"sip.CSeq.method"_s,
                           u"-e"_s, u"sip.from.tag"_s, u"-e"_s, u"sip.Call-ID"_s,
                           u"-e"_s, u"sip.Max-Forwards"_s, u"-e"_s, u"sip.Content-Length"_s,
                           u"-e"_s, u"_ws.expert"_s, u"-e"_s, u"_ws.malformed"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), requests.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u'|');
        QCOMPARE(f.size(), 10);
        const SipMessage &m = requests.at(i);
        QCOMPARE(f.at(0), u"OPTIONS"_s);
        QCOMPARE(f.at(1), m.topVia()->branch());
        QCOMPARE(f.at(2), u"127.0.0.1"_s);
        QCOMPARE(f.at(3), u"OPTIONS"_s);
        QCOMPARE(f.at(4), m.fromTag());
        QCOMPARE(f.at(5), m.callId());
        QCOMPARE(f.at(6), m.header(u"Max-Forwards"_s).value_or(QString()));
        QCOMPARE(f.at(7), u"0"_s);
        QVERIFY2(f.at(8).isEmpty(), qPrintable(u"expert info in request %1: %2"_s.arg(i).arg(f.at(8))));
        QVERIFY2(f.at(9).isEmpty(), qPrintable(u"malformed request %1"_s.arg(i)));
    }
}

QTEST_GUILESS_MAIN(tst_WiresharkDecode)
#include "tst_wiresharkdecode.moc"
