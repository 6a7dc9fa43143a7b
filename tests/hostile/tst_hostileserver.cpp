// The hostile-server suite: a scripted FakeSipServer on loopback answers the
// probe with everything a broken PBX, a misconfigured SBC or a honeypot might send.
// Each row states its expected outcome: the right answer, or a timeout at the
// configured Timer F with the offending datagram recorded as ignored, and the typed
// reason why. Nothing may crash, hang, leak (the asan preset runs this suite too), or
// let a non-matching response be taken as the answer.
#include "fakesipserver.h"
#include "diagnosis/diagnosis.h"
#include "probe/optionsprobe.h"
#include "sip/sipparser.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

Q_DECLARE_METATYPE(SipScope::Test::FakeSipServer::Handler)

namespace {

// Short RFC 3261 timers so that a timeout case costs about a second.
constexpr auto T1 = 50ms;
constexpr auto T2 = 400ms;
constexpr auto TimerF = 1200ms;
// Slack for a loaded 2-core CI machine; only ever an upper bound.
constexpr int SlackMs = 3000;

ProbeOptions fastOptions()
{
    ProbeOptions options;
    options.timers.t1 = T1;
    options.timers.t2 = T2;
    options.timers.timerF = TimerF;
    return options;
}

QByteArray okBytes(const FakeSipServer::Request &request)
{
    return FakeSipServer::makeResponse(request.message, 200, u"OK"_s).toBytes();
}

// The 200 OK for the request with `from` replaced by `to` (first occurrence).
FakeSipServer::Handler answerEdited(const QByteArray &from, const QByteArray &to)
{
    return [from, to](FakeSipServer &server, const FakeSipServer::Request &request) {
        QByteArray bytes = okBytes(request);
        const qsizetype at = bytes.indexOf(from);
        if (at >= 0)
            bytes.replace(at, from.size(), to);
        server.sendTo(request, bytes);
    };
}

FakeSipServer::Handler answerBytes(std::function<QByteArray(const FakeSipServer::Request &)> make)
{
    return [make](FakeSipServer &server, const FakeSipServer::Request &request) {
        server.sendTo(request, make(request));
    };
}

QString headerValue(const FakeSipServer::Request &request, const QString &name)
{
    return request.message.header(name).value_or(QString());
}

QList<ProbeEvent> eventsOf(const ProbeResult &result, ProbeEvent::Type type)
{
    QList<ProbeEvent> events;
    for (const ProbeEvent &event : result.timeline) {
        if (event.type == type)
            events << event;
    }
    return events;
}

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void udp_data();
    void udp();
    void datagramOf65000Bytes();
    void thousandDuplicateFinals();
    void trying100ThenSilence();
    void silentUntilThirdRetransmission();
    void tcp_data();
    void tcp();
    void identityHeaderOf60KiB_data();
    void identityHeaderOf60KiB();
    void lineOver64KiBOverTcp();
    void malformedStatusLine_data();
    void malformedStatusLine();

private:
    // Runs one probe against `server` and waits for finished(); fails the test if it
    // does not come within Timer F plus slack (a hang).
    bool probe(FakeSipServer &server, ProbeResult *result, qint64 *elapsedMs = nullptr);
};

void tst_HostileServer::initTestCase()
{
    qRegisterMetaType<ProbeResult>();
}

bool tst_HostileServer::probe(FakeSipServer &server, ProbeResult *result, qint64 *elapsedMs)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(server.uri(u"hostile"_s), fastOptions());
    if (!finished.wait(int(TimerF.count()) + SlackMs) || finished.size() != 1)
        return false;
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    *result = finished.first().first().value<ProbeResult>();
    return true;
}

enum class Outcome { Answer, Timeout };

void tst_HostileServer::udp_data()
{
    QTest::addColumn<FakeSipServer::Handler>("handler");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status");                  // Answer: the status taken as the answer
    QTest::addColumn<SipParseError>("garbageError");  // None, or how a refused datagram fails to parse
    QTest::addColumn<QString>("ignoredReason");       // empty, or ignoredReasonText() of an ignored answer

    const QString garbage = ignoredReasonText(IgnoredReason::Garbage);
    const auto none = SipParseError::None;

    QTest::newRow("malformed status line")
        << answerEdited("SIP/2.0 200 OK", "SIP/2.0OK 200") << Outcome::Timeout << 0
        << SipParseError::UnsupportedVersion << garbage;
    QTest::newRow("status 099")
        << answerEdited("SIP/2.0 200 OK", "SIP/2.0 099 Too Low") << Outcome::Timeout << 0
        << SipParseError::InvalidStatusCode << garbage;
    QTest::newRow("status 999")
        << answerEdited("SIP/2.0 200 OK", "SIP/2.0 999 Too High") << Outcome::Timeout << 0
        << SipParseError::InvalidStatusCode << garbage;
    QTest::newRow("status 4294967301 (RFC 4475)")
        << answerEdited("SIP/2.0 200 OK", "SIP/2.0 4294967301 better not break the receiver") << Outcome::Timeout << 0
        << SipParseError::InvalidStatusCode << garbage;
    QTest::newRow("truncated headers")
        << answerBytes([](const FakeSipServer::Request &r) {
               const QByteArray ok = okBytes(r);
               return ok.left(ok.indexOf("\r\nCSeq:"));   // cut after the Call-ID value
           })
        << Outcome::Timeout << 0 << SipParseError::IncompleteHeaders << garbage;
    // RFC 3261 §25 sets no limit on a line; SipParseLimits allows 64 KiB.
    QTest::newRow("10000-character header value")
        << answerEdited("Content-Length: 0", "X-Long: " + QByteArray(10000, 'v') + "\r\nContent-Length: 0")
        << Outcome::Answer << 200 << none << QString();
    QTest::newRow("non-UTF-8 reason phrase")
        << answerEdited("SIP/2.0 200 OK", "SIP/2.0 200 \xc3\x28 \xff\xfe Occup\xe9") << Outcome::Answer << 200 << none << QString();
    QTest::newRow("folded and compact headers")
        << answerBytes([](const FakeSipServer::Request &r) {
               const SipMessage &q = r.message;
               return "SIP/2.0 200 OK\r\n"
                      "v: SIP/2.0/UDP\r\n " + headerValue(r, u"Via"_s).section(u' ', 1).toUtf8() + "\r\n"
                      "f:\r\n\t" + headerValue(r, u"From"_s).toUtf8() + "\r\n"
                      "t: " + headerValue(r, u"To"_s).toUtf8() + ";tag=folded\r\n"
                      "i: " + q.callId().toUtf8() + "\r\n"
                      "CSeq: " + headerValue(r, u"CSeq"_s).section(u' ', 0, 0).toUtf8() + "\r\n OPTIONS\r\n"
                      "Allow: INVITE,\r\n  OPTIONS\r\n"
                      "k: path\r\n"
                      "l: 0\r\n\r\n";
           })
        << Outcome::Answer << 200 << none << QString();
    QTest::newRow("Content-Length larger than the body")
        << answerBytes([](const FakeSipServer::Request &r) {
               return okBytes(r).replace("Content-Length: 0", "Content-Length: 500") + "v=0\r\n";
           })
        << Outcome::Timeout << 0 << SipParseError::TruncatedBody << garbage;
    QTest::newRow("Content-Length smaller than the body")
        << answerBytes([](const FakeSipServer::Request &r) {
               return okBytes(r).replace("Content-Length: 0", "Content-Length: 2") + "v=0\r\nextra\r\n";
           })
        << Outcome::Answer << 200 << none << QString();
    QTest::newRow("wrong branch, then the right one")
        << FakeSipServer::Handler([](FakeSipServer &server, const FakeSipServer::Request &r) {
               SipMessage stray = FakeSipServer::makeResponse(r.message, 486, u"Busy Here"_s);
               stray.setHeader(u"Via"_s, headerValue(r, u"Via"_s).replace(u"branch=z9hG4bK"_s, u"branch=z9hG4bKstray"_s));
               server.reply(r, stray);
               server.reply(r, 200, u"OK"_s, 50);
           })
        << Outcome::Answer << 200 << none << ignoredReasonText(IgnoredReason::BranchMismatch);
    QTest::newRow("wrong Call-ID")
        << FakeSipServer::Handler([](FakeSipServer &server, const FakeSipServer::Request &r) {
               SipMessage wrong = FakeSipServer::makeResponse(r.message, 200, u"OK"_s);
               wrong.setHeader(u"Call-ID"_s, u"not-ours@198.51.100.7"_s);
               server.reply(r, wrong);
           })
        << Outcome::Timeout << 0 << none << ignoredReasonText(IgnoredReason::CallIdMismatch);
    QTest::newRow("answer to another method")
        << answerEdited(" OPTIONS\r\n", " INVITE\r\n") << Outcome::Timeout << 0 << none
        << ignoredReasonText(IgnoredReason::MethodMismatch);
    QTest::newRow("a request instead of a response")
        << answerBytes([](const FakeSipServer::Request &r) { return r.raw; })
        << Outcome::Timeout << 0 << none << ignoredReasonText(IgnoredReason::NotAResponse);
    QTest::newRow("HTTP instead of SIP")
        << answerBytes([](const FakeSipServer::Request &) {
               return QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
           })
        << Outcome::Timeout << 0 << SipParseError::UnsupportedVersion << garbage;
    QTest::newRow("binary noise")
        << answerBytes([](const FakeSipServer::Request &) { return QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11); })
        << Outcome::Timeout << 0 << SipParseError::NulByte << garbage;
}

void tst_HostileServer::udp()
{
    QFETCH(FakeSipServer::Handler, handler);
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    QFETCH(SipParseError, garbageError);
    QFETCH(QString, ignoredReason);

    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler(handler);
    ProbeResult result;
    qint64 elapsedMs = 0;
    QVERIFY2(probe(server, &result, &elapsedMs), "the probe did not finish in time");

    if (outcome == Outcome::Answer) {
        QCOMPARE(result.origin, ProbeResult::Origin::Remote);
        QCOMPARE(result.statusCode, status);
        QCOMPARE(result.error.kind, ErrorKind::None);
    } else {
        // RFC 3261 §17.1.2.2: Timer F, "as if 408", never a status from the server.
        QCOMPARE(result.origin, ProbeResult::Origin::Local);
        QCOMPARE(result.error.kind, ErrorKind::Timeout);
        QCOMPARE(result.localStatus, 408);
        QCOMPARE(result.statusCode, 0);
        QVERIFY(result.rawResponse.isEmpty());
        QVERIFY2(elapsedMs >= TimerF.count() - 50, qPrintable(QString::number(elapsedMs)));
        QVERIFY(!eventsOf(result, ProbeEvent::Type::Timeout).isEmpty());
    }

    const QList<ProbeEvent> ignored = eventsOf(result, ProbeEvent::Type::Ignored);
    if (!ignoredReason.isEmpty()) {
        QVERIFY2(!ignored.isEmpty(), "the hostile datagram was not recorded");
        for (const ProbeEvent &event : ignored) {
            QVERIFY2(event.text.contains(ignoredReason), qPrintable(event.text));
            QVERIFY(!event.raw.isEmpty());
            if (garbageError != SipParseError::None)
                QCOMPARE(SipParser::parseDatagram(event.raw).error, garbageError);
        }
    } else {
        QVERIFY2(ignored.isEmpty(), qPrintable(ignored.value(0).text));
    }
}

void tst_HostileServer::datagramOf65000Bytes()
{
    // Within the message limit: the answer is taken whole, body and all.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(answerBytes([](const FakeSipServer::Request &r) {
        QByteArray bytes = okBytes(r);
        const qsizetype head = bytes.size() - qsizetype(sizeof("Content-Length: 0\r\n\r\n") - 1);
        bytes.truncate(head);
        bytes += "Content-Type: text/plain\r\nContent-Length: 00000\r\n\r\n";
        const qsizetype body = 65000 - bytes.size();
        bytes.replace("Content-Length: 00000", "Content-Length: " + QByteArray::number(body).rightJustified(5, '0'));
        return bytes + QByteArray(body, 'b');
    }));
    ProbeResult result;
    QVERIFY(probe(server, &result));
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(result.rawResponse.size(), 65000);
}

void tst_HostileServer::thousandDuplicateFinals()
{
    // The first matching 200 is the answer; 999 copies change nothing, and the probe
    // reports exactly once.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        const QByteArray ok = okBytes(r);
        for (int i = 0; i < 1000; ++i)
            s.sendTo(r, ok);
    });
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(server.uri(), fastOptions());
    QVERIFY(finished.wait(int(TimerF.count()) + SlackMs));
    const auto result = finished.first().first().value<ProbeResult>();
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(eventsOf(result, ProbeEvent::Type::Final).size(), 1);
    // A second probe on the same loop still works: the flood left nothing behind.
    server.setHandler(FakeSipServer::answerWith(486, u"Busy Here"_s));
    probe.start(server.uri(), fastOptions());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, int(TimerF.count()) + SlackMs);
    QCOMPARE(finished.at(1).first().value<ProbeResult>().statusCode, 486);
}

void tst_HostileServer::trying100ThenSilence()
{
    // RFC 3261 §17.1.2.2: a provisional answer does not stop Timer F; Timer E keeps
    // retransmitting every T2; the result is a local 408 that lists the 100.
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.index == 0)
            s.reply(r, 100, u"Trying"_s);
    });
    ProbeResult result;
    qint64 elapsedMs = 0;
    QVERIFY(probe(server, &result, &elapsedMs));
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QCOMPARE(result.origin, ProbeResult::Origin::Local);
    QCOMPARE(result.localStatus, 408);
    QCOMPARE(result.provisionals.size(), 1);
    QCOMPARE(result.provisionals.first().statusCode, 100);
    QVERIFY(result.retransmissions >= 1);
    QVERIFY(elapsedMs >= TimerF.count() - 50);
}

void tst_HostileServer::silentUntilThirdRetransmission()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.index == 3)   // the first transmission is 0
            s.reply(r, 200, u"OK"_s);
    });
    ProbeResult result;
    QVERIFY(probe(server, &result));
    QCOMPARE(result.statusCode, 200);
    // The fourth transmission is answered; on a busy machine a fifth may leave before
    // the answer is read.
    QVERIFY2(result.retransmissions >= 3, qPrintable(QString::number(result.retransmissions)));
    server.receivePending();
    QCOMPARE(server.requestCount(), result.retransmissions + 1);
    // Every retransmission is the same request (RFC 3261 §17.1.2.2).
    for (const FakeSipServer::Request &request : server.requests())
        QCOMPARE(request.raw, server.requests().first().raw);
}

void tst_HostileServer::tcp_data()
{
    QTest::addColumn<bool>("closeMidMessage");
    // The answer one byte per TCP segment: the stream framer must wait, not misread, and
    // take the whole 200 (docs/robustness.md, finding 2, for why this once cost seconds).
    QTest::newRow("answer one byte at a time") << false;
    // Half an answer, then FIN: no answer, a typed transport error (RFC 3261 §8.1.3.1:
    // "as if 503"), never the half message taken as a response.
    QTest::newRow("connection closed mid-message") << true;
}

void tst_HostileServer::tcp()
{
    QFETCH(bool, closeMidMessage);
    FakeSipServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp), qPrintable(server.errorString()));
    server.setHandler([closeMidMessage](FakeSipServer &s, const FakeSipServer::Request &r) {
        const QByteArray ok = okBytes(r);
        if (closeMidMessage) {
            s.sendTo(r, ok.left(ok.size() / 2));
            s.closeConnection(r, 50);
        } else {
            s.sendInPieces(r, ok, 1, 0);
        }
    });
    ProbeResult result;
    QVERIFY2(probe(server, &result), "the probe did not finish in time");
    if (closeMidMessage) {
        QCOMPARE(result.origin, ProbeResult::Origin::Local);
        QCOMPARE(result.error.kind, ErrorKind::Transport);
        QCOMPARE(result.statusCode, 0);
        QVERIFY(result.rawResponse.isEmpty());
    } else {
        QCOMPARE(result.origin, ProbeResult::Origin::Remote);
        QCOMPARE(result.statusCode, 200);
        QVERIFY(result.rawResponse.startsWith("SIP/2.0 200 OK\r\n"));
    }
}

void tst_HostileServer::identityHeaderOf60KiB_data()
{
    QTest::addColumn<FakeSipServer::Transport>("transport");
    // A UDP datagram carries at most 65,507 bytes over IPv4: 60 KiB of Identity
    // (RFC 8224) plus the rest of a 200 stays below that, so the same answer fits both.
    QTest::newRow("udp") << FakeSipServer::Transport::Udp;
    QTest::newRow("tcp") << FakeSipServer::Transport::Tcp;
}

void tst_HostileServer::identityHeaderOf60KiB()
{
    QFETCH(FakeSipServer::Transport, transport);
    const QByteArray identity = QByteArray(60 * 1024 - 20, 'i') + ";info=<x>";
    FakeSipServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, transport), qPrintable(server.errorString()));
    qsizetype sentBytes = 0;
    server.setHandler([&identity, &sentBytes](FakeSipServer &s, const FakeSipServer::Request &r) {
        QByteArray bytes = okBytes(r);
        bytes.replace("Content-Length: 0", "Identity: " + identity + "\r\nContent-Length: 0");
        sentBytes = bytes.size();
        s.sendTo(r, bytes);
    });
    ProbeResult result;
    QVERIFY2(probe(server, &result), "the probe did not finish in time");
    QVERIFY2(sentBytes > 60 * 1024 && sentBytes < 65507, qPrintable(QString::number(sentBytes)));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.statusCode, 200);
    QCOMPARE(result.headerValue(u"Identity"_s).toLatin1(), identity);
    QCOMPARE(result.rawResponse.size(), sentBytes);
}

void tst_HostileServer::lineOver64KiBOverTcp()
{
    // Only a stream can carry a line over the limit: refused as a malformed answer with
    // its typed reason, not read without end.
    FakeSipServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp), qPrintable(server.errorString()));
    server.setHandler(answerEdited("Content-Length: 0", "X-Long: " + QByteArray(65 * 1024, 'v') + "\r\nContent-Length: 0"));
    ProbeResult result;
    QVERIFY2(probe(server, &result), "the probe did not finish in time");
    QCOMPARE(result.error.kind, ErrorKind::MalformedAnswer);
    QCOMPARE(result.error.detail, parseErrorToken(SipParseError::LineTooLong));
    QCOMPARE(result.statusCode, 0);
}

void tst_HostileServer::malformedStatusLine_data()
{
    QTest::addColumn<FakeSipServer::Transport>("transport");
    QTest::newRow("udp") << FakeSipServer::Transport::Udp;
    QTest::newRow("tcp") << FakeSipServer::Transport::Tcp;
}

void tst_HostileServer::malformedStatusLine()
{
    // A letter O for a zero: the server answered, with something that is not SIP.
    QFETCH(FakeSipServer::Transport, transport);
    FakeSipServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, transport), qPrintable(server.errorString()));
    server.setHandler(answerEdited("SIP/2.0 200 OK", "SIP/2.0 20O OK"));
    ProbeResult result;
    QVERIFY2(probe(server, &result), "the probe did not finish in time");
    const Diagnosis diagnosis = Diagnosis::diagnose(result);
    QCOMPARE(diagnosis.kind, Diagnosis::Kind::MalformedAnswer);
    QCOMPARE(result.statusCode, 0);
    QVERIFY(!result.hasFinalResponse());
    const QString shown = diagnosis.evidence.join(u'\n');
    // The offending bytes, escaped: the line ends are visible, not taken literally.
    QVERIFY2(shown.contains(u"SIP/2.0 20O OK\\r\\nVia: "_s), qPrintable(shown));
    QVERIFY2(!diagnosis.sentence.contains(u"could not be sent"_s), qPrintable(diagnosis.sentence));
    if (transport == FakeSipServer::Transport::Udp) {
        // Over UDP a better datagram could still have come: Timer F decides, and the
        // diagnosis counts what arrived.
        QCOMPARE(result.error.kind, ErrorKind::Timeout);
        QCOMPARE(result.origin, ProbeResult::Origin::Local);
        const int arrived = int(eventsOf(result, ProbeEvent::Type::Ignored).size());
        QVERIFY(arrived >= 1);
        QVERIFY2(diagnosis.sentence.contains(Diagnosis::tr("only with %n message(s) that are not SIP", nullptr, arrived)),
                 qPrintable(diagnosis.sentence));
    } else {
        QCOMPARE(result.error.kind, ErrorKind::MalformedAnswer);
        QCOMPARE(result.origin, ProbeResult::Origin::Remote);
        QCOMPARE(result.localStatus, 0);
        QVERIFY(result.rawResponse.startsWith("SIP/2.0 20O OK\r\n"));
        QCOMPARE(errorKindToken(result.error.kind), u"malformed_answer"_s);
    }
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
