// The capture reader on hand-made captures (tests/data/captures, written packet by packet
// by tests/fuzz/make_seeds.py): every link layer we read, VLAN tags, IPv6, IPv4
// fragments out of order, TCP with two messages in one segment, one message split in
// two segments that arrive out of order and a retransmission; and the hostile ones:
// snap-length cut, a file cut mid-packet, garbage, a link type we do not read.
#include "capture/captureanalysis.h"
#include "capture/capturereader.h"
#include "capture/packetdecoder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

class tst_CaptureAnalysis final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void udpOnEveryLinkLayer_data();
    void udpOnEveryLinkLayer();
    void fragmentsAreReassembled();
    void tcpStreamIsReassembledInOrder();
    void hostile_data();
    void hostile();
    void magic();
    void decoderNeverReadsPastTheEnd();

private:
    static QString file(const QString &name) { return QStringLiteral(SIPSCOPE_CAPTURES_DIR "/") + name; }
};

void tst_CaptureAnalysis::initTestCase()
{
    if (!CaptureReader::isAvailable())
        QSKIP("Built without libpcap.");
}

void tst_CaptureAnalysis::udpOnEveryLinkLayer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::newRow("ethernet") << u"udp-ethernet.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("vlan-tag") << u"udp-vlan.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("linux-sll") << u"udp-sll.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("linux-sll2") << u"udp-sll2.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("bsd-loopback") << u"udp-null.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("raw-ip") << u"udp-raw.pcap"_s << u"192.0.2.10:5060"_s;
    QTest::newRow("ipv6") << u"udp-ipv6.pcap"_s << u"[2001:db8::1]:5060"_s;
}

void tst_CaptureAnalysis::udpOnEveryLinkLayer()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    const CaptureReport report = CaptureAnalysis::analyseFile(file(name));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.damage.isEmpty());
    QCOMPARE(report.frames, 2);
    QCOMPARE(report.messages.size(), 2);
    QCOMPARE(report.messages.at(0).source, source);
    QCOMPARE(report.messages.at(1).destination, source);
    QCOMPARE(report.messages.at(1).frame, 2);
    QCOMPARE(report.messages.at(1).statusCode, 486);
    QCOMPARE(report.calls.size(), 1);
    QCOMPARE(report.calls.at(0).callId, u"udp-call-1"_s);
    QCOMPARE(report.calls.at(0).transactions.size(), 1);
    QCOMPARE(report.calls.at(0).transactions.at(0).finalStatus, 486);
    // The status line, the Q.850 Reason and the Warning, all from the response.
    QList<ExplainKind> kinds;
    for (const CaptureFinding &finding : report.findings) {
        QCOMPARE(finding.message, 1);
        kinds << report.explanations.at(finding.explanation).kind;
    }
    QCOMPARE(kinds, (QList<ExplainKind>{ExplainKind::StatusLine, ExplainKind::Q850Reason, ExplainKind::Warning}));
    QCOMPARE(report.explanations.at(report.findings.at(1).explanation).cause, 17);
}

void tst_CaptureAnalysis::fragmentsAreReassembled()
{
    const CaptureReport report = CaptureAnalysis::analyseFile(file(u"ipv4-fragments.pcap"_s));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.messages.size(), 2);
    // The datagram is complete with its third fragment, frame 4.
    QCOMPARE(report.messages.at(1).frame, 4);
    QCOMPARE(report.messages.at(1).statusCode, 401);
    QVERIFY(report.messages.at(1).size > 1800);   // the whole challenge, from three parts
    QCOMPARE(report.calls.at(0).transactions.at(0).method, u"REGISTER"_s);
}

void tst_CaptureAnalysis::tcpStreamIsReassembledInOrder()
{
    const CaptureReport report = CaptureAnalysis::analyseFile(file(u"tcp-reassembly.pcap"_s));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QList<int> statuses;
    QList<qint64> frames;
    for (const CaptureMessage &message : report.messages) {
        statuses << message.statusCode;
        frames << message.frame;
    }
    // INVITE; 100 and 180 in one segment (frame 5); the 486 whose second half (frame 6)
    // came before its first (frame 7); the retransmission of frame 8 adds nothing.
    QCOMPARE(statuses, (QList<int>{0, 100, 180, 486}));
    QCOMPARE(frames, (QList<qint64>{4, 5, 5, 7}));
    QCOMPARE(report.messages.at(3).transport, u"tcp"_s);
    QCOMPARE(report.calls.size(), 1);
    QCOMPARE(report.calls.at(0).transactions.size(), 1);
    QCOMPARE(report.calls.at(0).transactions.at(0).finalStatus, 486);
    QCOMPARE(report.skippedStreamBytes, 0);
}

void tst_CaptureAnalysis::hostile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");    // a fatal error containing this; empty: none
    QTest::addColumn<QString>("damage");   // the reading stopped early, saying this
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("problems");
    QTest::newRow("snap-length-cut") << u"snaplen-cut.pcap"_s << QString() << QString() << 0 << 2;
    QTest::newRow("file-cut-mid-packet") << u"file-cut-mid-packet.pcap"_s << QString()
                                         << u"damaged at frame 2"_s << 1 << 0;
    QTest::newRow("garbage-after-header") << u"garbage-after-header.pcap"_s << QString()
                                          << u"damaged at frame 1"_s << 0 << 0;
    QTest::newRow("wrong-link-type") << u"wrong-linktype.pcap"_s << u"link type 147"_s << QString() << 0 << 0;
    QTest::newRow("not-ip") << u"not-ip.pcap"_s << QString() << QString() << 0 << 0;
    QTest::newRow("header-only") << u"header-only.pcap"_s << QString() << QString() << 0 << 0;
    QTest::newRow("not-a-capture") << u"../README.md"_s << u"Cannot read the capture"_s << QString() << 0 << 0;
    QTest::newRow("missing") << u"no-such-file.pcap"_s << u"Cannot read the capture"_s << QString() << 0 << 0;
}

void tst_CaptureAnalysis::hostile()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QFETCH(QString, damage);
    QFETCH(int, messages);
    QFETCH(int, problems);
    const CaptureReport report = CaptureAnalysis::analyseFile(file(name));
    if (error.isEmpty())
        QVERIFY2(report.ok(), qPrintable(report.error));
    else
        QVERIFY2(report.error.contains(error), qPrintable(report.error));
    if (damage.isEmpty())
        QVERIFY2(report.damage.isEmpty(), qPrintable(report.damage));
    else
        QVERIFY2(report.damage.contains(damage), qPrintable(report.damage));
    QCOMPARE(report.messages.size(), messages);
    QCOMPARE(report.problems.size(), problems);
}

void tst_CaptureAnalysis::magic()
{
    QVERIFY(CaptureReader::hasCaptureMagic(QByteArray("\xd4\xc3\xb2\xa1", 4)));
    QVERIFY(CaptureReader::hasCaptureMagic(QByteArray("\xa1\xb2\x3c\x4d", 4)));
    QVERIFY(CaptureReader::hasCaptureMagic(QByteArray("\x0a\x0d\x0d\x0a\x1c", 5)));
    QVERIFY(!CaptureReader::hasCaptureMagic("SIP/2.0 486 Busy Here"));
    QVERIFY(!CaptureReader::hasCaptureMagic(QByteArray("\xd4\xc3", 2)));
}

void tst_CaptureAnalysis::decoderNeverReadsPastTheEnd()
{
    // Every prefix of a frame with all the headers: a status, never a crash (ASan
    // checks the reads in the asan preset).
    QFile raw(file(u"udp-vlan.pcap"_s));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray frame = raw.readAll().mid(24 + 16, 100);
    for (qsizetype size = 0; size <= frame.size(); ++size) {
        const IpPacket packet = PacketDecoder::decode(1, QByteArrayView(frame).first(size));
        if (packet.status == IpPacket::Status::Ok)
            PacketDecoder::decodeTransport(packet.protocol, packet.payload);
    }
    QCOMPARE(PacketDecoder::decode(147, frame).status, IpPacket::Status::UnsupportedLinkType);
}

QTEST_GUILESS_MAIN(tst_CaptureAnalysis)
#include "tst_captureanalysis.moc"
