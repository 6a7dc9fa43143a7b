// ServerTransaction (RFC 3261 §17.2) without sockets: the Sender records what would go
// on the wire. Matching keys (§17.2.3), the response builder (§8.2.6.2), the INVITE
// state machine with Timers G/H/I, the non-INVITE one with Timer J, and that a
// retransmitted request is answered from the transaction, not processed again.
#include "sip/servertransaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;

namespace {

SipMessage makeRequest(const QString &method, const QString &branch = u"z9hG4bKabc123"_s,
                       const QString &sentBy = u"127.0.0.1:40000"_s)
{
    SipMessage request = SipMessage::request(method, u"sip:responder@127.0.0.1:5060"_s);
    request.addHeader(u"Via"_s, u"SIP/2.0/UDP "_s + sentBy + u";branch="_s + branch + u";rport"_s);
    request.addHeader(u"Via"_s, u"SIP/2.0/UDP 127.0.0.2:5070;branch=z9hG4bKproxy"_s);
    request.addHeader(u"Max-Forwards"_s, u"70"_s);
    request.addHeader(u"From"_s, u"<sip:alice@127.0.0.1>;tag=from1"_s);
    request.addHeader(u"To"_s, u"<sip:responder@127.0.0.1>"_s);
    request.addHeader(u"Call-ID"_s, u"call-1@127.0.0.1"_s);
    request.addHeader(u"CSeq"_s, u"7 "_s + (method == u"ACK"_s ? u"ACK"_s : method));
    request.addHeader(u"Content-Length"_s, u"0"_s);
    return request;
}

SipMessage finalFor(const SipMessage &request, int code, const QString &reason)
{
    SipMessage response = ServerTransaction::makeResponse(request, code, reason, u"totag"_s);
    response.addHeader(u"Content-Length"_s, u"0"_s);
    return response;
}

TransactionTimers fast(std::chrono::milliseconds t1, std::chrono::milliseconds t2 = 4000ms,
                       std::chrono::milliseconds t4 = 5000ms)
{
    TransactionTimers timers;
    timers.t1 = t1;
    timers.t2 = t2;
    timers.t4 = t4;
    return timers;
}

struct Wire
{
    QList<QByteArray> sent;
    QList<qint64> atMs;
    QElapsedTimer clock;
    Wire() { clock.start(); }
    ServerTransaction::Sender sender()
    {
        return [this](const QByteArray &bytes) {
            sent << bytes;
            atMs << clock.elapsed();
        };
    }
};

int statusOf(const QByteArray &bytes)
{
    return bytes.mid(8, 3).toInt();
}

} // namespace

class TestServerTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void makeResponseCopiesHeaders();
    void makeResponseNoTagOn100();
    void nonInviteRetransmissionGetsSameAnswer();
    void nonInviteTryingAbsorbsRetransmission();
    void nonInviteTimerJ_data();
    void nonInviteTimerJ();
    void inviteFinalRetransmittedUntilAck();
    void inviteTimerHWithoutAck();
    void inviteReliableNoTimerG();
    void inviteSendsTryingAfter200ms();
    void inviteTwoHundredTerminates();
    void noSecondFinal();
};

void TestServerTransaction::key_data()
{
    QTest::addColumn<SipMessage>("a");
    QTest::addColumn<SipMessage>("b");
    QTest::addColumn<bool>("same");

    const SipMessage options = makeRequest(u"OPTIONS"_s);
    QTest::newRow("retransmission-same-key") << options << makeRequest(u"OPTIONS"_s) << true;
    QTest::newRow("other-branch") << options << makeRequest(u"OPTIONS"_s, u"z9hG4bKother"_s) << false;
    QTest::newRow("other-sent-by") << options << makeRequest(u"OPTIONS"_s, u"z9hG4bKabc123"_s, u"127.0.0.1:40001"_s) << false;
    QTest::newRow("sent-by-case-insensitive")
        << makeRequest(u"OPTIONS"_s, u"z9hG4bKabc123"_s, u"Host.Example:5060"_s)
        << makeRequest(u"OPTIONS"_s, u"z9hG4bKabc123"_s, u"host.example:5060"_s) << true;
    QTest::newRow("ack-matches-invite") << makeRequest(u"INVITE"_s) << makeRequest(u"ACK"_s) << true;
    QTest::newRow("cancel-is-its-own-transaction") << makeRequest(u"INVITE"_s) << makeRequest(u"CANCEL"_s) << false;
    QTest::newRow("method-differs") << options << makeRequest(u"INFO"_s) << false;
    QTest::newRow("rfc2543-branch-same") << makeRequest(u"OPTIONS"_s, u"1"_s) << makeRequest(u"OPTIONS"_s, u"1"_s) << true;
    SipMessage otherCall = makeRequest(u"OPTIONS"_s, u"1"_s);
    otherCall.setHeader(u"Call-ID"_s, u"call-2@127.0.0.1"_s);
    QTest::newRow("rfc2543-other-call-id") << makeRequest(u"OPTIONS"_s, u"1"_s) << otherCall << false;
}

void TestServerTransaction::key()
{
    QFETCH(SipMessage, a);
    QFETCH(SipMessage, b);
    QFETCH(bool, same);
    const QString keyA = ServerTransaction::keyFor(a);
    QVERIFY(!keyA.isEmpty());
    QCOMPARE(keyA == ServerTransaction::keyFor(b), same);
}

void TestServerTransaction::makeResponseCopiesHeaders()
{
    const SipMessage request = makeRequest(u"OPTIONS"_s);
    const SipMessage response = ServerTransaction::makeResponse(request, 486, u"Busy Here"_s, u"xyz"_s);
    QCOMPARE(response.statusCode(), 486);
    QCOMPARE(response.reasonPhrase(), u"Busy Here"_s);
    // §8.2.6.2: all Vias in order, From, Call-ID, CSeq copied; To gets our tag.
    QCOMPARE(response.headerLines(u"Via"_s), request.headerLines(u"Via"_s));
    QCOMPARE(response.header(u"From"_s), request.header(u"From"_s));
    QCOMPARE(response.callId(), request.callId());
    QCOMPARE(response.header(u"CSeq"_s), request.header(u"CSeq"_s));
    QCOMPARE(response.toTag(), u"xyz"_s);
    QCOMPARE(response.fromTag(), u"from1"_s);

    SipMessage tagged = request;
    tagged.setHeader(u"To"_s, u"<sip:responder@127.0.0.1>;tag=existing"_s);
    QCOMPARE(ServerTransaction::makeResponse(tagged, 486, u"Busy Here"_s, u"xyz"_s).toTag(), u"existing"_s);
}

void TestServerTransaction::makeResponseNoTagOn100()
{
    const SipMessage response = ServerTransaction::makeResponse(makeRequest(u"INVITE"_s), 100, u"Trying"_s, u"xyz"_s);
    QVERIFY(response.toTag().isEmpty());
}

void TestServerTransaction::nonInviteRetransmissionGetsSameAnswer()
{
    Wire wire;
    const SipMessage request = makeRequest(u"OPTIONS"_s);
    ServerTransaction transaction(request, false, wire.sender(), fast(50ms));
    QCOMPARE(transaction.kind(), ServerTransaction::Kind::NonInvite);
    QCOMPARE(transaction.state(), ServerTransaction::State::Trying);
    QVERIFY(transaction.respond(finalFor(request, 503, u"Service Unavailable"_s)));
    QCOMPARE(transaction.state(), ServerTransaction::State::Completed);
    QCOMPARE(wire.sent.size(), 1);

    QSignalSpy absorbed(&transaction, &ServerTransaction::retransmissionAbsorbed);
    transaction.receive(request);
    transaction.receive(request);
    QCOMPARE(wire.sent.size(), 3);
    QCOMPARE(wire.sent.at(1), wire.sent.at(0));
    QCOMPARE(wire.sent.at(2), wire.sent.at(0));
    QCOMPARE(absorbed.size(), 2);
    QCOMPARE(absorbed.at(0).at(0).toBool(), true);
    QCOMPARE(transaction.retransmissions(), 2);
}

void TestServerTransaction::nonInviteTryingAbsorbsRetransmission()
{
    Wire wire;
    const SipMessage request = makeRequest(u"OPTIONS"_s);
    ServerTransaction transaction(request, false, wire.sender(), fast(50ms));
    QSignalSpy absorbed(&transaction, &ServerTransaction::retransmissionAbsorbed);
    // §17.2.2 Trying: nothing to resend yet, the retransmission is just discarded.
    transaction.receive(request);
    QCOMPARE(wire.sent.size(), 0);
    QCOMPARE(absorbed.size(), 1);
    QCOMPARE(absorbed.at(0).at(0).toBool(), false);

    // Proceeding: the provisional is resent.
    SipMessage trying = ServerTransaction::makeResponse(request, 100, u"Trying"_s, {});
    QVERIFY(transaction.respond(trying));
    QCOMPARE(transaction.state(), ServerTransaction::State::Proceeding);
    transaction.receive(request);
    QCOMPARE(wire.sent.size(), 2);
    QCOMPARE(statusOf(wire.sent.at(1)), 100);
}

void TestServerTransaction::nonInviteTimerJ_data()
{
    QTest::addColumn<bool>("reliable");
    QTest::addColumn<int>("t1Ms");
    QTest::addColumn<int>("minMs");
    // Timer J = 64·T1 = 640 ms with T1 = 10 ms over UDP; zero over TCP, shown with a T1
    // of 10 s: 64·T1 would be over ten minutes, far past the wait below.
    QTest::newRow("udp-64-t1") << false << 10 << 600;
    QTest::newRow("tcp-immediate") << true << 10000 << 0;
}

void TestServerTransaction::nonInviteTimerJ()
{
    QFETCH(bool, reliable);
    QFETCH(int, t1Ms);
    QFETCH(int, minMs);
    Wire wire;
    const SipMessage request = makeRequest(u"OPTIONS"_s);
    ServerTransaction transaction(request, reliable, wire.sender(), fast(std::chrono::milliseconds(t1Ms)));
    QSignalSpy terminated(&transaction, &ServerTransaction::terminated);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(transaction.respond(finalFor(request, 200, u"OK"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
    QVERIFY2(clock.elapsed() >= minMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(transaction.state(), ServerTransaction::State::Terminated);
    // Over UDP nothing was retransmitted on its own: non-INVITE finals only go out again
    // when the request does.
    QCOMPARE(wire.sent.size(), 1);
}

void TestServerTransaction::inviteFinalRetransmittedUntilAck()
{
    Wire wire;
    const SipMessage invite = makeRequest(u"INVITE"_s);
    ServerTransaction transaction(invite, false, wire.sender(), fast(20ms, 80ms, 50ms));
    QCOMPARE(transaction.state(), ServerTransaction::State::Proceeding);
    QSignalSpy ack(&transaction, &ServerTransaction::ackReceived);
    QSignalSpy terminated(&transaction, &ServerTransaction::terminated);
    QVERIFY(transaction.respond(finalFor(invite, 486, u"Busy Here"_s)));
    QCOMPARE(transaction.state(), ServerTransaction::State::Completed);

    // Timer G: 20, 40, 80, 80 ms between copies; wait for at least four of them.
    QTRY_VERIFY_WITH_TIMEOUT(wire.sent.size() >= 5, 15000);
    for (const QByteArray &copy : std::as_const(wire.sent))
        QCOMPARE(copy, wire.sent.constFirst());
    QVERIFY(wire.atMs.at(1) - wire.atMs.at(0) >= 19);
    QVERIFY(wire.atMs.at(2) - wire.atMs.at(1) >= 39);
    QVERIFY(wire.atMs.at(3) - wire.atMs.at(2) >= 79);

    // A retransmitted INVITE in Completed gets the final once more.
    const qsizetype before = wire.sent.size();
    transaction.receive(invite);
    QCOMPARE(wire.sent.size(), before + 1);

    transaction.receive(makeRequest(u"ACK"_s));
    QCOMPARE(ack.size(), 1);
    QCOMPARE(transaction.state(), ServerTransaction::State::Confirmed);
    const qsizetype afterAck = wire.sent.size();
    // Confirmed absorbs further ACKs; Timer G is off; Timer I (T4) terminates.
    transaction.receive(makeRequest(u"ACK"_s));
    QCOMPARE(ack.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
    QCOMPARE(wire.sent.size(), afterAck);
    QCOMPARE(transaction.absorbedRequests(), 3);
}

void TestServerTransaction::inviteTimerHWithoutAck()
{
    Wire wire;
    const SipMessage invite = makeRequest(u"INVITE"_s);
    // Timer H = 64·T1 = 320 ms with T1 = 5 ms.
    ServerTransaction transaction(invite, false, wire.sender(), fast(5ms, 40ms));
    QSignalSpy timedOut(&transaction, &ServerTransaction::timedOut);
    QSignalSpy terminated(&transaction, &ServerTransaction::terminated);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(transaction.respond(finalFor(invite, 603, u"Decline"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 1, 15000);
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(terminated.size(), 1);
    const qsizetype sent = wire.sent.size();
    QVERIFY2(sent >= 5, qPrintable(QString::number(sent)));   // 5, 10, 20, 40, 40, ... ms
    QTest::qWait(100);
    QCOMPARE(wire.sent.size(), sent);   // nothing after termination
}

void TestServerTransaction::inviteReliableNoTimerG()
{
    Wire wire;
    const SipMessage invite = makeRequest(u"INVITE"_s);
    ServerTransaction transaction(invite, true, wire.sender(), fast(5ms, 40ms));
    QSignalSpy terminated(&transaction, &ServerTransaction::terminated);
    QVERIFY(transaction.respond(finalFor(invite, 480, u"Temporarily Unavailable"_s)));
    transaction.receive(makeRequest(u"ACK"_s));
    // Timer I is zero on reliable transports.
    QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
    QCOMPARE(wire.sent.size(), 1);
}

void TestServerTransaction::inviteSendsTryingAfter200ms()
{
    Wire wire;
    const SipMessage invite = makeRequest(u"INVITE"_s);
    ServerTransaction transaction(invite, false, wire.sender(), fast(500ms));
    // §17.2.1: the TU is silent for 200 ms, so the transaction says 100 Trying itself.
    QTRY_COMPARE_WITH_TIMEOUT(wire.sent.size(), 1, 15000);
    QVERIFY(wire.atMs.constFirst() >= 190);
    QCOMPARE(statusOf(wire.sent.constFirst()), 100);
    // A retransmitted INVITE in Proceeding gets the 100 again.
    transaction.receive(invite);
    QCOMPARE(wire.sent.size(), 2);
    QCOMPARE(statusOf(wire.sent.at(1)), 100);
}

void TestServerTransaction::inviteTwoHundredTerminates()
{
    Wire wire;
    const SipMessage invite = makeRequest(u"INVITE"_s);
    ServerTransaction transaction(invite, false, wire.sender(), fast(10ms));
    QSignalSpy terminated(&transaction, &ServerTransaction::terminated);
    QVERIFY(transaction.respond(finalFor(invite, 200, u"OK"_s)));
    QCOMPARE(terminated.size(), 1);
    QTest::qWait(60);
    QCOMPARE(wire.sent.size(), 1);   // 2xx retransmission is the TU's job, not Timer G's
}

void TestServerTransaction::noSecondFinal()
{
    Wire wire;
    const SipMessage request = makeRequest(u"OPTIONS"_s);
    ServerTransaction transaction(request, false, wire.sender(), fast(10ms));
    QVERIFY(transaction.respond(finalFor(request, 486, u"Busy Here"_s)));
    QVERIFY(!transaction.respond(finalFor(request, 200, u"OK"_s)));
    QVERIFY(!transaction.respond(ServerTransaction::makeResponse(request, 180, u"Ringing"_s, u"t"_s)));
    QCOMPARE(wire.sent.size(), 1);
    QCOMPARE(transaction.lastStatusCode(), 486);
}

QTEST_GUILESS_MAIN(TestServerTransaction)
#include "tst_servertransaction.moc"
