// `--pcap FILE`: the captures sipscope-cli writes, read back by tshark. For UDP, TCP,
// TLS and WebSocket against a real peer on loopback (the CLI's own responder, Kamailio
// for WebSocket): tshark decodes every frame with no malformed packet and no expert
// warning or error (checksums checked), the SIP status and Call-ID read back, and the
// gap between the request and the final response in the file is the RTT the JSON
// reports, to the microsecond.
#include "cliprocess.h"
#include "kamailioinstance.h"
#include "responderprocess.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using SipScope::Test::KamailioInstance;
using SipScope::Test::ResponderProcess;
using SipScope::Test::TestCertificates;

namespace {

struct Frame
{
    qint64 timeUs = 0;       // frame.time_epoch in microseconds
    QString method;
    QString status;
    QString callId;
};

} // namespace

class tst_CaptureWrite final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void udpAndTcp_data();
    void udpAndTcp();
    void responderWritesItsSide_data();
    void responderWritesItsSide();
    void traceAndMonitorWriteToo_data();
    void traceAndMonitorWriteToo();
    void tlsAsExportedPdus();
    void webSocketAsExportedPdus();
    void usageErrors_data();
    void usageErrors();

private:
    // Runs tshark; its standard output, or a failure.
    QString tshark(const QStringList &arguments);
    QList<Frame> frames(const QString &file);
    // Decodes every frame verbosely and the expert summary: nothing malformed, no
    // warning, no error, every checksum good.
    void checkClean(const QString &file);
    // Probes with --json --pcap; the JSON.
    QJsonObject probe(const QStringList &arguments, const QString &file, int expectedExit);
    void checkGapIsRtt(const QList<Frame> &list, const QJsonObject &json);

    QString m_tshark;
    QTemporaryDir m_dir;
};

void tst_CaptureWrite::initTestCase()
{
    m_tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (m_tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it: apt-get install tshark).");
    QVERIFY(m_dir.isValid());
}

QString tst_CaptureWrite::tshark(const QStringList &arguments)
{
    QProcess process;
    process.start(m_tshark, QStringList{u"-n"_s} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("tshark failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<Frame> tst_CaptureWrite::frames(const QString &file)
{
    const QString text = tshark({u"-r"_s, file, u"-T"_s, u"fields"_s, u"-E"_s, u"separator=|"_s,
                                 u"-e"_s, u"frame.time_epoch"_s, u"-e"_s, u"sip.Method"_s,
                                 u"-e"_s, u"sip.Status-Code"_s, u"-e"_s, u"sip.Call-ID"_s});
    QList<Frame> list;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'|');
        if (fields.size() < 4)
            continue;
        // "1796660229.757622000": whole microseconds from the text, no double rounding.
        const QStringList epoch = fields.at(0).split(u'.');
        Frame frame;
        frame.timeUs = epoch.value(0).toLongLong() * 1000000 + epoch.value(1).left(6).toLongLong();
        frame.method = fields.at(1);
        frame.status = fields.at(2);
        frame.callId = fields.at(3);
        list << frame;
    }
    return list;
}

void tst_CaptureWrite::checkClean(const QString &file)
{
    const QStringList checksums{u"-o"_s, u"ip.check_checksum:TRUE"_s, u"-o"_s, u"udp.check_checksum:TRUE"_s,
                                u"-o"_s, u"tcp.check_checksum:TRUE"_s};
    const QString verbose = tshark(checksums + QStringList{u"-r"_s, file, u"-V"_s});
    QVERIFY2(!verbose.isEmpty(), "tshark read nothing");
    QVERIFY2(!verbose.contains(u"Malformed"_s, Qt::CaseInsensitive), qPrintable(verbose));
    QVERIFY2(!verbose.contains(u"[Bad]"_s) && !verbose.contains(u"incorrect"_s), qPrintable(verbose));
    const QString expert = tshark(checksums + QStringList{u"-r"_s, file, u"-q"_s, u"-z"_s, u"expert"_s});
    QVERIFY2(!expert.contains(u"Errors ("_s) && !expert.contains(u"Warnings ("_s), qPrintable(expert));
}

QJsonObject tst_CaptureWrite::probe(const QStringList &arguments, const QString &file, int expectedExit)
{
    const SipScope::Test::CliRun run = SipScope::Test::runCliProcess(
        QStringList{u"options"_s, u"--json"_s, u"--pcap"_s, file} + arguments);
    if (run.exitCode != expectedExit) {
        qWarning("exit %d: %s %s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
        return {};
    }
    if (!run.err.contains(u"Capture written to"_s))
        qWarning("no capture summary: %s", qPrintable(run.err));
    return SipScope::Test::jsonObjectOf(run);
}

void tst_CaptureWrite::checkGapIsRtt(const QList<Frame> &list, const QJsonObject &json)
{
    // The last OPTIONS sent (a digest retry or a retransmission resends it) and the final.
    qint64 sentUs = -1;
    qint64 finalUs = -1;
    for (const Frame &frame : list) {
        if (frame.method == u"OPTIONS" && frame.status.isEmpty() && finalUs < 0)
            sentUs = frame.timeUs;
        if (frame.status.toInt() >= 200 && finalUs < 0)
            finalUs = frame.timeUs;
    }
    QVERIFY(sentUs > 0);
    QVERIFY(finalUs >= sentUs);
    const qint64 rttUs = std::llround(json.value(u"rtt_ms"_s).toDouble() * 1000.0);
    QCOMPARE(finalUs - sentUs, rttUs);
}

void tst_CaptureWrite::udpAndTcp_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("code");
    QTest::newRow("udp-pcapng-486") << u"udp"_s << u"udp.pcapng"_s << 486;
    QTest::newRow("udp-classic-pcap-200") << u"udp"_s << u"udp.pcap"_s << 200;
    QTest::newRow("tcp-pcapng-404") << u"tcp"_s << u"tcp.pcapng"_s << 404;
    QTest::newRow("tcp-classic-pcap-200") << u"tcp"_s << u"tcp.pcap"_s << 200;
}

void tst_CaptureWrite::udpAndTcp()
{
    QFETCH(QString, transport);
    QFETCH(QString, fileName);
    QFETCH(int, code);
    ResponderProcess responder;
    QVERIFY(responder.start({u"--code"_s, QString::number(code), u"--transport"_s, transport}));
    const QString file = m_dir.filePath(fileName);
    const QJsonObject json = probe({responder.uri(), u"--transport"_s, transport}, file, code == 200 ? 0 : 1);
    QVERIFY(!json.isEmpty());

    // The file is of the format asked for (the magic of its first four bytes).
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray magic = raw.read(4);
    QCOMPARE(magic, fileName.endsWith(u".pcap"_s) ? QByteArray("\xd4\xc3\xb2\xa1", 4) : QByteArray("\x0a\x0d\x0d\x0a", 4));

    checkClean(file);
    const QList<Frame> list = frames(file);
    const QRegularExpressionMatch callIdLine =
        QRegularExpression(u"^Call-ID: *(\\S+)"_s, QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)
            .match(json.value(u"request"_s).toString());
    QVERIFY(callIdLine.hasMatch());
    const QString callId = callIdLine.captured(1);
    int finals = 0;
    for (const Frame &frame : list) {
        if (!frame.status.isEmpty()) {
            QCOMPARE(frame.status.toInt(), code);
            ++finals;
        }
        if (!frame.method.isEmpty() || !frame.status.isEmpty())
            QCOMPARE(frame.callId, callId);
    }
    QCOMPARE(finals, 1);
    if (transport == u"tcp") {
        // The connection: handshake, request, response, close: tshark follows it with no
        // sequence problem (checkClean), and the stream carries both messages.
        const QString syn = tshark({u"-r"_s, file, u"-Y"_s, u"tcp.flags.syn == 1 && tcp.flags.ack == 0"_s,
                                    u"-T"_s, u"fields"_s, u"-e"_s, u"frame.number"_s});
        QCOMPARE(syn.trimmed(), u"1"_s);
        const QString fin = tshark({u"-r"_s, file, u"-Y"_s, u"tcp.flags.fin == 1"_s, u"-T"_s, u"fields"_s,
                                    u"-e"_s, u"frame.number"_s});
        QCOMPARE(fin.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    }
    checkGapIsRtt(list, json);
}

void tst_CaptureWrite::responderWritesItsSide_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("udp") << u"udp"_s;
    QTest::newRow("tcp") << u"tcp"_s;
}

void tst_CaptureWrite::responderWritesItsSide()
{
    QFETCH(QString, transport);
    const QString file = m_dir.filePath(u"respond-"_s + transport + u".pcapng"_s);
    ResponderProcess responder;
    QVERIFY(responder.start({u"--code"_s, u"486"_s, u"--transport"_s, transport, u"--pcap"_s, file}));
    const SipScope::Test::CliRun run =
        SipScope::Test::runCliProcess({u"options"_s, responder.uri(), u"--transport"_s, transport});
    QCOMPARE(run.exitCode, 1);
    // The request logged means its answer went out (the file is written per packet).
    QTRY_VERIFY_WITH_TIMEOUT(!responder.requests().isEmpty(), 20000);
    QVERIFY(responder.interrupt());
    checkClean(file);
    const QList<Frame> list = frames(file);
    QStringList seen;
    for (const Frame &frame : list) {
        if (!frame.method.isEmpty() || !frame.status.isEmpty())
            seen << (frame.status.isEmpty() ? frame.method : frame.status);
    }
    QCOMPARE(seen, (QStringList{u"OPTIONS"_s, u"486"_s}));
}

void tst_CaptureWrite::traceAndMonitorWriteToo_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("trace") << QStringList{u"trace"_s};
    QTest::newRow("monitor") << QStringList{u"monitor"_s, u"--rounds"_s, u"2"_s, u"--interval"_s, u"1"_s};
}

void tst_CaptureWrite::traceAndMonitorWriteToo()
{
    QFETCH(QStringList, command);
    ResponderProcess responder;
    QVERIFY(responder.start({u"--code"_s, u"200"_s}));
    const QString file = m_dir.filePath(command.constFirst() + u".pcapng"_s);
    const SipScope::Test::CliRun run =
        SipScope::Test::runCliProcess(command + QStringList{responder.uri(), u"--pcap"_s, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"Capture written to"_s), qPrintable(run.err));
    checkClean(file);
    int requests = 0;
    int answers = 0;
    for (const Frame &frame : frames(file)) {
        requests += frame.method == u"OPTIONS" ? 1 : 0;
        answers += frame.status == u"200" ? 1 : 0;
    }
    QVERIFY(requests >= 1);
    QCOMPARE(answers, requests);
}

void tst_CaptureWrite::tlsAsExportedPdus()
{
    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.errorString()));
    ResponderProcess responder;
    QVERIFY(responder.start({u"--code"_s, u"486"_s, u"--transport"_s, u"tls"_s, u"--cert"_s,
                             certificates.server().certificate, u"--key"_s, certificates.server().key}));
    const QString file = m_dir.filePath(u"tls.pcapng"_s);
    const QJsonObject json = probe({u"sips:localhost:%1"_s.arg(responder.port()), u"--ca-file"_s,
                                    certificates.caFile()}, file, 1);
    QVERIFY(!json.isEmpty());
    checkClean(file);
    // Exported PDUs from and to the real ports, dissected as SIP.
    const QString ports = tshark({u"-r"_s, file, u"-T"_s, u"fields"_s, u"-e"_s, u"exported_pdu.prot_name"_s,
                                  u"-e"_s, u"exported_pdu.src_port"_s, u"-e"_s, u"exported_pdu.dst_port"_s});
    QVERIFY2(ports.contains(u"sip\t"_s) && ports.contains(u"\t%1\n"_s.arg(responder.port())), qPrintable(ports));
    const QList<Frame> list = frames(file);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).status, u"486"_s);
    QCOMPARE(list.at(1).callId, list.at(0).callId);
    checkGapIsRtt(list, json);
}

void tst_CaptureWrite::webSocketAsExportedPdus()
{
    if (!KamailioInstance::isInstalled())
        QSKIP("Kamailio is not installed.");
    KamailioInstance kamailio;
    KamailioInstance::Options options;
    options.tcp = true;   // ws:// on the TCP listener
    options.defines << u"WITH_WEBSOCKET"_s;
    QVERIFY2(kamailio.start(options), qPrintable(kamailio.errorString()));
    const QString file = m_dir.filePath(u"ws.pcapng"_s);
    const QJsonObject json = probe({u"ws://127.0.0.1:%1/"_s.arg(kamailio.port())}, file, 0);
    QVERIFY(!json.isEmpty());
    checkClean(file);
    const QList<Frame> list = frames(file);
    QVERIFY(list.size() >= 2);
    QCOMPARE(list.constLast().status, u"200"_s);
    QCOMPARE(list.constLast().callId, list.constFirst().callId);
}

void tst_CaptureWrite::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad-format") << QStringList{u"--pcap"_s, u"x.pcapng"_s, u"--pcap-format"_s, u"erf"_s}
                                << u"--pcap-format must be pcapng or pcap"_s;
    QTest::newRow("format-alone") << QStringList{u"--pcap-format"_s, u"pcap"_s} << u"goes with --pcap"_s;
    QTest::newRow("unwritable") << QStringList{u"--pcap"_s, u"/nonexistent-dir/x.pcapng"_s}
                                << u"Cannot write the capture file"_s;
}

void tst_CaptureWrite::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const SipScope::Test::CliRun run = SipScope::Test::runCliProcess(
        QStringList{u"options"_s, u"sip:127.0.0.1:9"_s} + arguments, {.environment = {{u"SIPSCOPE_LANG"_s, u"en"_s}}});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CaptureWrite)
#include "tst_capturewrite.moc"
