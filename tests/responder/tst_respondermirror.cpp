// The responder's mirror mode (respond --mirror) with our own probe on loopback: over
// UDP, TCP and WS the probe sees its request come back byte for byte, no ALG sign, and
// the source it sent from; through an in-process UDP relay that rewrites Via and Contact
// on the way in and restores the Via on the way out (what SIP ALGs in routers do) the
// probe reports exactly those two rewrites and the NAT; hostile input (a request too big
// for one UDP answer, binary junk) is answered or dropped, never crashes the responder.
#include "diagnosis/pathanalysis.h"
#include "probe/optionsprobe.h"
#include "responder/mirroranswer.h"
#include "responder/responder.h"
#include "sip/mirrorreport.h"
#include "sip/sipparser.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;

namespace {

ResponderConfig mirrorConfig(TransportProtocol transport = TransportProtocol::Udp)
{
    ResponderConfig c;
    c.port = 0;
    c.transport = transport;
    c.statusCode = 486;   // what other methods get; OPTIONS is mirrored with 200
    c.mirror = true;
    return c;
}

ProbeResult probe(const QString &target, std::optional<TransportProtocol> transport = {})
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    ProbeOptions options;
    options.transport = transport;
    options.timers.t1 = 100ms;
    options.timers.timerF = 8000ms;
    probe.start(target, options);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

QList<PathFinding::Kind> algKinds(const PathAnalysis &analysis)
{
    QList<PathFinding::Kind> kinds;
    for (const PathFinding &finding : analysis.algFindings())
        kinds << finding.kind;
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

// A router with a SIP ALG, in one process: what the probe sends to `inner` goes out of
// `outer` to the responder with the Via sent-by and the Contact rewritten to the outer
// socket's address; the answer's Via is restored before it goes back, so the probe's
// transaction still matches it (RFC 3261 §17.1.3) and only the mirror shows the rewrite.
class AlgRelay final : public QObject
{
public:
    AlgRelay(quint16 responderPort, bool wholeHead)
        : m_responderPort(responderPort)
        , m_wholeHead(wholeHead)
    {
        m_inner.bind(QHostAddress::LocalHost, 0);
        m_outer.bind(QHostAddress::LocalHost, 0);
        connect(&m_inner, &QUdpSocket::readyRead, this, [this] {
            while (m_inner.hasPendingDatagrams()) {
                const QNetworkDatagram d = m_inner.receiveDatagram();
                m_client = d.senderPort();
                const QString publicHostPort = u"127.0.0.1:"_s + QString::number(m_outer.localPort());
                m_privateHostPort = u"127.0.0.1:"_s + QString::number(m_client);
                QByteArray bytes = d.data();
                bytes.replace((u"SIP/2.0/UDP "_s + m_privateHostPort).toUtf8(), (u"SIP/2.0/UDP "_s + publicHostPort).toUtf8());
                // The Contact's host:port, as an ALG writes its public address in.
                const qsizetype contact = bytes.indexOf("\r\nContact:");
                const qsizetype at = bytes.indexOf('@', contact);
                const qsizetype close = bytes.indexOf('>', at);
                if (contact >= 0 && at > 0 && close > at)
                    bytes.replace(at + 1, close - at - 1, publicHostPort.toUtf8());
                m_outer.writeDatagram(bytes, QHostAddress::LocalHost, m_responderPort);
            }
        });
        connect(&m_outer, &QUdpSocket::readyRead, this, [this] {
            while (m_outer.hasPendingDatagrams()) {
                const QNetworkDatagram d = m_outer.receiveDatagram();
                QByteArray bytes = d.data();
                const QString publicHostPort = u"127.0.0.1:"_s + QString::number(m_outer.localPort());
                // Restore the Via line of the answer (or, like cruder ALGs, the address
                // wherever it is written in the head); the mirrored body stays as it is.
                const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
                QByteArray head = bytes.left(headEnd);
                const QByteArray from = (u"SIP/2.0/UDP "_s + publicHostPort).toUtf8();
                const QByteArray to = (u"SIP/2.0/UDP "_s + m_privateHostPort).toUtf8();
                if (m_wholeHead) {
                    head.replace(from, to);
                } else {
                    const qsizetype via = head.indexOf("\r\nVia: " + from);
                    if (via >= 0)
                        head.replace(via + 7, from.size(), to);
                }
                m_inner.writeDatagram(head + bytes.mid(headEnd), QHostAddress::LocalHost, m_client);
            }
        });
    }
    quint16 port() const { return m_inner.localPort(); }
    quint16 outerPort() const { return m_outer.localPort(); }

private:
    quint16 m_responderPort;
    bool m_wholeHead;
    QUdpSocket m_inner;
    QUdpSocket m_outer;
    quint16 m_client = 0;
    QString m_privateHostPort;
};

} // namespace

class TestResponderMirror final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSeesNoChanges_data();
    void probeSeesNoChanges();
    void otherMethodsGetTheCode();
    void algRelayRewritesAreReportedExactly();
    void algRestoringAddressesInAnswersIsCaught();
    void normalAnswerIsNotAMirror();
    void hugeRequestIsTruncatedToOneDatagram();
    void binaryJunkIsDropped();
};

void TestResponderMirror::probeSeesNoChanges_data()
{
    QTest::addColumn<TransportProtocol>("transport");
    QTest::newRow("udp") << TransportProtocol::Udp;
    QTest::newRow("tcp") << TransportProtocol::Tcp;
    QTest::newRow("ws") << TransportProtocol::Ws;
}

void TestResponderMirror::probeSeesNoChanges()
{
    QFETCH(TransportProtocol, transport);
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig(transport)));
    const QString port = QString::number(responder.localPort());
    const QString target = transport == TransportProtocol::Ws ? u"ws://127.0.0.1:"_s + port
                                                               : u"sip:mirror@127.0.0.1:"_s + port;
    const ProbeResult result = probe(target, transport == TransportProtocol::Ws ? std::nullopt
                                                                                 : std::optional(transport));
    QCOMPARE(result.statusCode, 200);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.mirrorReport().has_value());
    QCOMPARE(analysis.mirrorReport()->transport, transport);
    QVERIFY(!analysis.mirrorReport()->isTruncated());
    QVERIFY(analysis.mirrorIdentical());
    QVERIFY2(analysis.algFindings().isEmpty(), qPrintable(analysis.summary()));
    QCOMPARE(analysis.nat(), PathAnalysis::Nat::No);
    QCOMPARE(analysis.mirrorReport()->sourcePort, result.localPort);
    QVERIFY(analysis.summary().contains(u"byte for byte"_s));
}

void TestResponderMirror::otherMethodsGetTheCode()
{
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig()));
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    const QByteArray message = "MESSAGE sip:m@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:"
        + QByteArray::number(phone.localPort()) + ";branch=z9hG4bKm1;rport\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\n"
        "To: <sip:m@127.0.0.1>\r\nCall-ID: m1\r\nCSeq: 1 MESSAGE\r\nContent-Length: 0\r\n\r\n";
    phone.writeDatagram(message, QHostAddress::LocalHost, responder.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(phone.hasPendingDatagrams(), 20000);
    const SipParseResult answer = SipParser::parseDatagram(phone.receiveDatagram().data());
    QVERIFY(answer.isValid());
    QCOMPARE(answer.message->statusCode(), 486);
    QVERIFY(!answer.message->hasHeader(MirrorReport::headerName()));
}

void TestResponderMirror::algRelayRewritesAreReportedExactly()
{
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig()));
    AlgRelay relay(responder.localPort(), false);
    const ProbeResult result = probe(u"sip:mirror@127.0.0.1:"_s + QString::number(relay.port()), TransportProtocol::Udp);
    QCOMPARE(result.statusCode, 200);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.mirrorReport().has_value());
    QVERIFY(!analysis.mirrorIdentical());
    QCOMPARE(algKinds(analysis), (QList<PathFinding::Kind>{PathFinding::Kind::SentByChanged, PathFinding::Kind::ContactChanged}));
    const QString publicHostPort = u"127.0.0.1:"_s + QString::number(relay.outerPort());
    for (const PathFinding &finding : analysis.algFindings())
        QVERIFY2(finding.received.contains(publicHostPort), qPrintable(finding.text));
    // The mirror saw the relay's outer socket, not the probe's: a NAT.
    QCOMPARE(analysis.nat(), PathAnalysis::Nat::Yes);
    QCOMPARE(analysis.mirrorReport()->sourcePort, relay.outerPort());
    QVERIFY(!PathFinding::explanation(PathFinding::Kind::ContactChanged).isEmpty());
}

void TestResponderMirror::algRestoringAddressesInAnswersIsCaught()
{
    // This ALG writes the private address back wherever the public one appears in the
    // answer's head, the SipScope-Mirror header included: the hex copy still tells.
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig()));
    AlgRelay relay(responder.localPort(), true);
    const ProbeResult result = probe(u"sip:mirror@127.0.0.1:"_s + QString::number(relay.port()), TransportProtocol::Udp);
    QCOMPARE(result.statusCode, 200);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.mirrorReport().has_value());
    QVERIFY(analysis.mirrorReport()->sourceRewritten);
    QCOMPARE(analysis.mirrorReport()->sourcePort, relay.outerPort());
    QCOMPARE(analysis.nat(), PathAnalysis::Nat::Yes);
    QCOMPARE(algKinds(analysis), (QList<PathFinding::Kind>{PathFinding::Kind::SentByChanged, PathFinding::Kind::ContactChanged,
                                                           PathFinding::Kind::HeaderRewritten}));
}

void TestResponderMirror::normalAnswerIsNotAMirror()
{
    // A normal responder's answer, and a message/sip body without our header, are never
    // taken for a SipScope mirror.
    Responder responder;
    ResponderConfig config = mirrorConfig();
    config.mirror = false;
    config.statusCode = 200;
    QVERIFY(!responder.start(config));
    const ProbeResult result = probe(u"sip:mirror@127.0.0.1:"_s + QString::number(responder.localPort()), TransportProtocol::Udp);
    QCOMPARE(result.statusCode, 200);
    QVERIFY(!PathAnalysis::analyze(result).mirrorReport().has_value());

    SipMessage fake = SipMessage::response(200, u"OK"_s);
    fake.addHeader(u"Content-Type"_s, u"message/sip"_s);
    fake.setBody(result.rawRequest);
    QVERIFY(!MirrorReport::fromResponse(fake));
    fake.addHeader(MirrorReport::headerName(), u"not a report"_s);
    QVERIFY(!MirrorReport::fromResponse(fake));
}

void TestResponderMirror::hugeRequestIsTruncatedToOneDatagram()
{
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig()));
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    QByteArray request = "OPTIONS sip:m@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:"
        + QByteArray::number(phone.localPort()) + ";branch=z9hG4bKbig;rport\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\n"
        "To: <sip:m@127.0.0.1>\r\nCall-ID: big1\r\nCSeq: 1 OPTIONS\r\n";
    for (int i = 0; i < 40; ++i)
        request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(60, 'x') + "\r\n";
    request += "Content-Length: 0\r\n\r\n";
    QVERIFY(request.size() > 2 * MirrorAnswer::udpAnswerLimit);
    phone.writeDatagram(request, QHostAddress::LocalHost, responder.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(phone.hasPendingDatagrams(), 20000);
    const QByteArray raw = phone.receiveDatagram().data();
    QVERIFY2(raw.size() <= MirrorAnswer::udpAnswerLimit, QByteArray::number(raw.size()).constData());
    const SipParseResult answer = SipParser::parseDatagram(raw);
    QVERIFY(answer.isValid());
    QCOMPARE(answer.message->statusCode(), 200);
    QCOMPARE(answer.message->header(u"Content-Type"_s).value_or(QString()), u"message/sipfrag"_s);
    const auto report = MirrorReport::fromResponse(*answer.message);
    QVERIFY(report.has_value());
    QVERIFY(report->isTruncated());
    QCOMPARE(report->length, request.size());
    QVERIFY(request.startsWith(answer.message->body()));
    QVERIFY(answer.message->body().endsWith("\r\n"));

    // The probe side reads the fragment: a prefix of what was sent, so nothing changed.
    const PathAnalysis analysis = PathAnalysis::analyze(request, raw);
    QVERIFY(analysis.mirrorIdentical());
    QVERIFY(analysis.algFindings().isEmpty());
    bool truncatedFinding = false;
    for (const PathFinding &finding : analysis.findings())
        truncatedFinding = truncatedFinding || finding.kind == PathFinding::Kind::MirrorTruncated;
    QVERIFY(truncatedFinding);
}

void TestResponderMirror::binaryJunkIsDropped()
{
    Responder responder;
    QVERIFY(!responder.start(mirrorConfig()));
    QSignalSpy logged(&responder, &Responder::requestLogged);
    QUdpSocket junk;
    QByteArray bytes(2000, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 37 + 11) & 0xff);
    junk.writeDatagram(bytes, QHostAddress::LocalHost, responder.localPort());
    // A request line, then a NUL and bytes that are not UTF-8 (the literal's size without its own final NUL).
    static constexpr char nulAndJunk[] = "OPTIONS sip:x SIP/2.0\r\n\0\xff\xfe";
    junk.writeDatagram(QByteArray(nulAndJunk, sizeof nulAndJunk - 1), QHostAddress::LocalHost, responder.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(logged.size() >= 2, 20000);
    for (const QList<QVariant> &args : std::as_const(logged))
        QCOMPARE(args.at(0).value<ResponderLogEntry>().disposition, ResponderLogEntry::Disposition::Dropped);
    // Still mirroring afterwards.
    const ProbeResult result = probe(u"sip:mirror@127.0.0.1:"_s + QString::number(responder.localPort()), TransportProtocol::Udp);
    QCOMPARE(result.statusCode, 200);
    QVERIFY(PathAnalysis::analyze(result).mirrorIdentical());
}

QTEST_GUILESS_MAIN(TestResponderMirror)
#include "tst_respondermirror.moc"
