// ClientTransaction (RFC 3261 §17.1.2) driven through an in-memory transport: the
// timer schedule, the matching rules, and what happens after the final response.
// The transaction only knows the Transport interface, so no socket is needed here.
#include "sip/clienttransaction.h"
#include "sip/optionsrequest.h"
#include "sip/transport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;

namespace {

class MemoryTransport final : public Transport
{
    Q_OBJECT
public:
    explicit MemoryTransport(TransportProtocol protocol) : m_protocol(protocol) { m_clock.start(); }
    TransportProtocol protocol() const override { return m_protocol; }
    void open(const TransportEndpoint &remote, const TransportOptions &) override { m_remote = remote; }
    void send(const QByteArray &message) override
    {
        sent << message;
        sentAtMs << m_clock.elapsed();
    }
    void close() override {}
    QHostAddress localAddress() const override { return QHostAddress(u"127.0.0.1"_s); }
    quint16 localPort() const override { return 40000; }
    TransportEndpoint remote() const override { return m_remote; }

    void deliver(const SipMessage &message) { Q_EMIT messageReceived(message, message.toBytes()); }
    void fail(ErrorKind kind) { Q_EMIT failed({kind, u"boom"_s, {}}); }

    QList<QByteArray> sent;
    QList<qint64> sentAtMs;

private:
    TransportProtocol m_protocol;
    TransportEndpoint m_remote;
    QElapsedTimer m_clock;
};

SipMessage makeRequest()
{
    OptionsRequestParams p;
    p.target = *SipUri::parse(u"sip:127.0.0.1:5060"_s).uri;
    p.localAddress = QHostAddress(u"127.0.0.1"_s);
    p.localPort = 40000;
    return OptionsRequest::build(p);
}

SipMessage responseTo(const SipMessage &request, int code, const QString &reason)
{
    SipMessage r = SipMessage::response(code, reason);
    r.addHeader(u"Via"_s, request.header(u"Via"_s).value_or(QString()));
    r.addHeader(u"From"_s, request.header(u"From"_s).value_or(QString()));
    r.addHeader(u"To"_s, request.header(u"To"_s).value_or(QString()) + u";tag=srv"_s);
    r.addHeader(u"Call-ID"_s, request.callId());
    r.addHeader(u"CSeq"_s, request.header(u"CSeq"_s).value_or(QString()));
    r.addHeader(u"Content-Length"_s, u"0"_s);
    return r;
}

TransactionTimers fastTimers(std::chrono::milliseconds t1, std::chrono::milliseconds t2,
                             std::chrono::milliseconds timerF = 0ms)
{
    TransactionTimers t;
    t.t1 = t1;
    t.t2 = t2;
    t.timerF = timerF;
    return t;
}

// Intervals between consecutive sends must match the schedule: never early, and not
// much late (a loaded CI machine gets generous slack).
// Records the Timer E interval the transaction chose after each transmission.
void recordSchedule(ClientTransaction &tx, QList<qint64> &schedule)
{
    QObject::connect(&tx, &ClientTransaction::requestSent, &tx,
                     [&tx, &schedule] { schedule.append(tx.retransmissionInterval().count()); });
}

// The schedule must be exactly `expected`. The measured gaps between sends may be
// longer than planned on a busy machine (a timer fires late, never early), so only
// their lower bound is checked.
void checkSchedule(const QList<qint64> &schedule, const QList<qint64> &at, const QList<int> &expected)
{
    QVERIFY2(schedule.size() >= expected.size() && at.size() >= expected.size() + 1,
             qPrintable(u"only %1 sends"_s.arg(at.size())));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(schedule.at(i), qint64(expected.at(i)));
        const qint64 interval = at.at(i + 1) - at.at(i);
        QVERIFY2(interval >= expected.at(i) - 2,
                 qPrintable(u"interval %1: %2 ms, planned %3 ms"_s.arg(i).arg(interval).arg(expected.at(i))));
    }
}

} // namespace

class tst_ClientTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultTimerF();
    void retransmitsDoublingUpToT2();
    void retransmitsAtT2AfterProvisional();
    void timerFEndsTheTransaction();
    void reliableTransportNeverRetransmits();
    void finalResponseStopsTimers();
    void mismatchesAreIgnored_data();
    void mismatchesAreIgnored();
    void duplicateFinalDuringTimerK();
    void transportFailure();
    void transportFailureAfterFinalIsHarmless();
    void cancelStopsEverything();
};

void tst_ClientTransaction::defaultTimerF()
{
    TransactionTimers t;
    QCOMPARE(t.effectiveTimerF(), 32000ms);   // 64·T1, RFC 3261 §17.1.2.2
    t.t1 = 100ms;
    QCOMPARE(t.effectiveTimerF(), 6400ms);
    t.timerF = 5000ms;
    QCOMPARE(t.effectiveTimerF(), 5000ms);
}

void tst_ClientTransaction::retransmitsDoublingUpToT2()
{
    MemoryTransport transport(TransportProtocol::Udp);
    ClientTransaction tx(&transport, makeRequest(), fastTimers(40ms, 160ms));
    QSignalSpy sent(&tx, &ClientTransaction::requestSent);
    QList<qint64> schedule;
    recordSchedule(tx, schedule);
    tx.start();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(1).toInt(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(transport.sent.size() >= 6, 15000);
    tx.cancel();
    // 40, 80, 160 (= T2), then T2 forever.
    checkSchedule(schedule, transport.sentAtMs, {40, 80, 160, 160, 160});
    QCOMPARE(sent.at(3).at(1).toInt(), 3);
    QVERIFY(tx.retransmissions() >= 5);
    for (const QByteArray &bytes : std::as_const(transport.sent))
        QCOMPARE(bytes, tx.requestBytes());   // a retransmission is the same request
}

void tst_ClientTransaction::retransmitsAtT2AfterProvisional()
{
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    ClientTransaction tx(&transport, request, fastTimers(40ms, 160ms));
    QSignalSpy provisional(&tx, &ClientTransaction::provisionalReceived);
    QList<qint64> schedule;
    recordSchedule(tx, schedule);
    tx.start();
    transport.deliver(responseTo(request, 100, u"Trying"_s));
    QCOMPARE(provisional.size(), 1);
    QCOMPARE(tx.state(), ClientTransaction::State::Proceeding);
    QTRY_VERIFY_WITH_TIMEOUT(transport.sent.size() >= 4, 15000);
    tx.cancel();
    // Timer E was already running with T1; from then on every T2 (§17.1.2.2).
    checkSchedule(schedule, transport.sentAtMs, {40, 160, 160});
}

void tst_ClientTransaction::timerFEndsTheTransaction()
{
    MemoryTransport transport(TransportProtocol::Udp);
    ClientTransaction tx(&transport, makeRequest(), fastTimers(20ms, 80ms, 300ms));
    QSignalSpy timedOut(&tx, &ClientTransaction::timedOut);
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    QElapsedTimer clock;
    clock.start();
    tx.start();
    QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(clock.elapsed() >= 298);
    QCOMPARE(tx.state(), ClientTransaction::State::Terminated);
    const qsizetype sends = transport.sent.size();
    QTest::qWait(120);
    QCOMPARE(transport.sent.size(), sends);   // no retransmission after Timer F
}

void tst_ClientTransaction::reliableTransportNeverRetransmits()
{
    MemoryTransport transport(TransportProtocol::Tcp);
    ClientTransaction tx(&transport, makeRequest(), fastTimers(10ms, 40ms, 250ms));
    QSignalSpy timedOut(&tx, &ClientTransaction::timedOut);
    tx.start();
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 1, 15000);
    QCOMPARE(transport.sent.size(), 1);
    QCOMPARE(tx.retransmissions(), 0);
}

void tst_ClientTransaction::finalResponseStopsTimers()
{
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    TransactionTimers timers = fastTimers(20ms, 80ms, 300ms);
    timers.timerK = 0ms;
    ClientTransaction tx(&transport, request, timers);
    QSignalSpy final(&tx, &ClientTransaction::finalReceived);
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    QSignalSpy timedOut(&tx, &ClientTransaction::timedOut);
    tx.start();
    transport.deliver(responseTo(request, 486, u"Busy Here"_s));
    QCOMPARE(final.size(), 1);
    QCOMPARE(final.at(0).at(0).value<SipMessage>().statusCode(), 486);
    QCOMPARE(terminated.size(), 1);   // Timer K = 0
    QTest::qWait(400);
    QCOMPARE(transport.sent.size(), 1);
    QCOMPARE(timedOut.size(), 0);
}

void tst_ClientTransaction::mismatchesAreIgnored_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<IgnoredReason>("reason");
    QTest::newRow("other branch") << 0 << IgnoredReason::BranchMismatch;
    QTest::newRow("other sent-by") << 1 << IgnoredReason::SentByMismatch;
    QTest::newRow("other method") << 2 << IgnoredReason::MethodMismatch;
    QTest::newRow("other cseq number") << 3 << IgnoredReason::CSeqMismatch;
    QTest::newRow("other call-id") << 4 << IgnoredReason::CallIdMismatch;
    QTest::newRow("no via") << 5 << IgnoredReason::NoVia;
    QTest::newRow("a request") << 6 << IgnoredReason::NotAResponse;
    QTest::newRow("branch differs in case") << 7 << IgnoredReason::BranchMismatch;
}

void tst_ClientTransaction::mismatchesAreIgnored()
{
    QFETCH(int, mutation);
    QFETCH(IgnoredReason, reason);
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    ClientTransaction tx(&transport, request, fastTimers(500ms, 4000ms));
    QSignalSpy ignored(&tx, &ClientTransaction::ignored);
    QSignalSpy final(&tx, &ClientTransaction::finalReceived);
    tx.start();

    SipMessage wrong = responseTo(request, 200, u"OK"_s);
    const QString via = request.header(u"Via"_s).value_or(QString());
    switch (mutation) {
    case 0: wrong.setHeader(u"Via"_s, QString(via).replace(u"branch=z9hG4bK"_s, u"branch=z9hG4bKstray"_s)); break;
    case 1: wrong.setHeader(u"Via"_s, QString(via).replace(u"127.0.0.1:40000"_s, u"127.0.0.1:40001"_s)); break;
    case 2: wrong.setHeader(u"CSeq"_s, u"1 INVITE"_s); break;
    case 3: wrong.setHeader(u"CSeq"_s, u"2 OPTIONS"_s); break;
    case 4: wrong.setHeader(u"Call-ID"_s, u"someone-else"_s); break;
    case 5: wrong.removeHeader(u"Via"_s); break;
    case 6: wrong = request; break;
    case 7: wrong.setHeader(u"Via"_s, QString(via).replace(u"branch=z9hG4bK"_s, u"branch=Z9HG4BK"_s)); break;
    }
    transport.deliver(wrong);
    QCOMPARE(ignored.size(), 1);
    QCOMPARE(ignored.at(0).at(0).value<IgnoredReason>(), reason);
    QCOMPARE(final.size(), 0);
    QCOMPARE(tx.state(), ClientTransaction::State::Trying);

    // The right answer still gets through afterwards.
    transport.deliver(responseTo(request, 200, u"OK"_s));
    QCOMPARE(final.size(), 1);
    tx.cancel();
}

void tst_ClientTransaction::duplicateFinalDuringTimerK()
{
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    TransactionTimers timers = fastTimers(20ms, 80ms);
    timers.timerK = 150ms;
    ClientTransaction tx(&transport, request, timers);
    QSignalSpy ignored(&tx, &ClientTransaction::ignored);
    QSignalSpy final(&tx, &ClientTransaction::finalReceived);
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    tx.start();
    transport.deliver(responseTo(request, 200, u"OK"_s));
    QCOMPARE(tx.state(), ClientTransaction::State::Completed);
    transport.deliver(responseTo(request, 200, u"OK"_s));
    transport.deliver(responseTo(request, 503, u"Service Unavailable"_s));
    transport.deliver(responseTo(request, 180, u"Ringing"_s));
    QCOMPARE(final.size(), 1);
    QCOMPARE(ignored.size(), 3);
    QCOMPARE(ignored.at(0).at(0).value<IgnoredReason>(), IgnoredReason::DuplicateFinal);
    QCOMPARE(ignored.at(1).at(0).value<IgnoredReason>(), IgnoredReason::DuplicateFinal);
    QCOMPARE(ignored.at(2).at(0).value<IgnoredReason>(), IgnoredReason::LateProvisional);
    QCOMPARE(terminated.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
    QCOMPARE(transport.sent.size(), 1);   // no retransmission while Completed
}

void tst_ClientTransaction::transportFailure()
{
    MemoryTransport transport(TransportProtocol::Udp);
    ClientTransaction tx(&transport, makeRequest(), fastTimers(20ms, 80ms));
    QSignalSpy failed(&tx, &ClientTransaction::transportFailed);
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    tx.start();
    transport.fail(ErrorKind::Refused);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SipError>().kind, ErrorKind::Refused);
    QCOMPARE(terminated.size(), 1);
    QTest::qWait(100);
    QCOMPARE(transport.sent.size(), 1);
}

void tst_ClientTransaction::transportFailureAfterFinalIsHarmless()
{
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    TransactionTimers timers = fastTimers(20ms, 80ms);
    timers.timerK = 1000ms;
    ClientTransaction tx(&transport, request, timers);
    QSignalSpy failed(&tx, &ClientTransaction::transportFailed);
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    tx.start();
    transport.deliver(responseTo(request, 200, u"OK"_s));
    transport.fail(ErrorKind::Refused);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(terminated.size(), 1);
}

void tst_ClientTransaction::cancelStopsEverything()
{
    MemoryTransport transport(TransportProtocol::Udp);
    const SipMessage request = makeRequest();
    ClientTransaction tx(&transport, request, fastTimers(20ms, 80ms, 200ms));
    QSignalSpy terminated(&tx, &ClientTransaction::terminated);
    QSignalSpy timedOut(&tx, &ClientTransaction::timedOut);
    QSignalSpy final(&tx, &ClientTransaction::finalReceived);
    tx.start();
    tx.cancel();
    QCOMPARE(terminated.size(), 1);
    transport.deliver(responseTo(request, 200, u"OK"_s));
    QTest::qWait(300);
    QCOMPARE(transport.sent.size(), 1);
    QCOMPARE(timedOut.size(), 0);
    QCOMPARE(final.size(), 0);
    tx.cancel();
    QCOMPARE(terminated.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClientTransaction)
#include "tst_clienttransaction.moc"
