#include "servertransaction.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace SipScope {

namespace {

const QString magicCookie = u"z9hG4bK"_s;

bool isAck(const SipMessage &request)
{
    return request.method() == u"ACK"_s;
}

} // namespace

QString serverTransactionStateToken(ServerTransaction::State state)
{
    switch (state) {
    case ServerTransaction::State::Trying: return u"trying"_s;
    case ServerTransaction::State::Proceeding: return u"proceeding"_s;
    case ServerTransaction::State::Completed: return u"completed"_s;
    case ServerTransaction::State::Confirmed: return u"confirmed"_s;
    case ServerTransaction::State::Terminated: return u"terminated"_s;
    }
    return {};
}

ServerTransaction::ServerTransaction(const SipMessage &request, bool reliable, Sender sender,
                                     const TransactionTimers &timers, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_kind(request.method() == u"INVITE"_s ? Kind::Invite : Kind::NonInvite)
    , m_reliable(reliable)
    , m_sender(std::move(sender))
    , m_timers(timers)
    , m_key(keyFor(request))
    , m_state(m_kind == Kind::Invite ? State::Proceeding : State::Trying)
{
    for (QTimer *timer : {&m_timerTrying, &m_timerG, &m_timerH, &m_timerIJ}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_timerTrying, &QTimer::timeout, this, &ServerTransaction::onTimerTrying);
    connect(&m_timerG, &QTimer::timeout, this, &ServerTransaction::onTimerG);
    connect(&m_timerH, &QTimer::timeout, this, &ServerTransaction::onTimerH);
    connect(&m_timerIJ, &QTimer::timeout, this, &ServerTransaction::terminate);
    // §17.2.1: an INVITE server transaction answers 100 Trying itself unless the TU
    // responds within 200 ms, so the client stops retransmitting.
    if (m_kind == Kind::Invite)
        m_timerTrying.start(200ms);
}

ServerTransaction::~ServerTransaction() = default;

QString ServerTransaction::keyFor(const SipMessage &request, const QString &method)
{
    const std::optional<SipVia> via = request.topVia();
    if (!via)
        return {};
    QString keyMethod = method.isEmpty() ? request.method() : method;
    // §17.2.3: the ACK of a non-2xx final carries the INVITE's branch and matches it.
    if (keyMethod == u"ACK"_s)
        keyMethod = u"INVITE"_s;
    const QString branch = via->branch();
    if (branch.startsWith(magicCookie))
        return branch + u'|' + via->sentBy().toLower() + u'|' + keyMethod;
    // RFC 2543 compatibility (§17.2.3, second half): no unique branch to rely on.
    const QString cseq = request.cseq() ? QString::number(request.cseq()->number) : QString();
    return u"2543|"_s + request.requestUri() + u'|' + request.fromTag() + u'|' + request.callId()
        + u'|' + cseq + u'|' + via->sentBy().toLower() + u'|' + branch + u'|' + keyMethod;
}

SipMessage ServerTransaction::makeResponse(const SipMessage &request, int code, const QString &reason,
                                           const QString &toTag)
{
    SipMessage response = SipMessage::response(code, reason);
    // §8.2.6.2: the Via values in the same order; From, Call-ID and CSeq copied.
    for (const QString &via : request.headerLines(u"Via"_s))
        response.addHeader(u"Via"_s, via);
    response.addHeader(u"From"_s, request.header(u"From"_s).value_or(QString()));
    QString to = request.header(u"To"_s).value_or(QString());
    if (code != 100 && request.toTag().isEmpty() && !toTag.isEmpty())
        to += u";tag="_s + toTag;
    response.addHeader(u"To"_s, to);
    response.addHeader(u"Call-ID"_s, request.callId());
    response.addHeader(u"CSeq"_s, request.header(u"CSeq"_s).value_or(QString()));
    return response;
}

bool ServerTransaction::respond(const SipMessage &response)
{
    if (!response.isResponse())
        return false;
    const int code = response.statusCode();
    const bool provisional = code < 200;
    switch (m_state) {
    case State::Trying:
    case State::Proceeding:
        break;
    case State::Completed:
    case State::Confirmed:
    case State::Terminated:
        return false;   // §17.2: one final response per transaction
    }
    m_timerTrying.stop();
    send(response.toBytes(), code, false);
    if (provisional) {
        m_state = State::Proceeding;
        return true;
    }
    if (m_kind == Kind::Invite && code < 300) {
        // §17.2.1: a 2xx terminates the INVITE server transaction; the TU (the UA
        // core) retransmits it and absorbs its ACK, which the responder never does.
        terminate();
        return true;
    }
    enterCompleted();
    return true;
}

void ServerTransaction::enterCompleted()
{
    m_state = State::Completed;
    if (m_kind == Kind::Invite) {
        // §17.2.1: Timer G (T1, doubling up to T2) only over unreliable transports;
        // Timer H (64·T1) on every transport.
        if (!m_reliable) {
            m_intervalG = m_timers.t1;
            m_timerG.start(m_intervalG);
        }
        m_timerH.start(64 * m_timers.t1);
    } else {
        // §17.2.2: Timer J is 64·T1 over unreliable transports and zero over reliable ones.
        terminateLater(m_reliable ? 0ms : 64 * m_timers.t1);
    }
}

void ServerTransaction::receive(const SipMessage &request)
{
    if (m_state == State::Terminated)
        return;
    if (isAck(request)) {
        if (m_kind != Kind::Invite)
            return;
        ++m_absorbed;
        if (m_state == State::Completed) {
            // §17.2.1: ACK → Confirmed; Timer I (T4, zero on reliable transports)
            // absorbs the ACK retransmissions that are still in flight.
            m_timerG.stop();
            m_timerH.stop();
            m_state = State::Confirmed;
            Q_EMIT ackReceived();
            terminateLater(m_reliable ? 0ms : m_timers.t4);
        } else {
            Q_EMIT retransmissionAbsorbed(false);
        }
        return;
    }
    ++m_absorbed;
    // §17.2.1 / §17.2.2: in Proceeding and Completed a retransmission gets the most
    // recent response again; in Trying (nothing sent yet) and Confirmed it is absorbed.
    const bool answer = (m_state == State::Proceeding || m_state == State::Completed)
        && !m_lastResponse.isEmpty();
    if (answer) {
        ++m_retransmissions;
        send(m_lastResponse, m_lastStatus, true);
    }
    Q_EMIT retransmissionAbsorbed(answer);
}

void ServerTransaction::abort()
{
    if (m_state != State::Terminated)
        terminate();
}

void ServerTransaction::send(const QByteArray &bytes, int statusCode, bool retransmission)
{
    m_lastResponse = bytes;
    m_lastStatus = statusCode;
    if (m_sender)
        m_sender(bytes);
    Q_EMIT responseSent(bytes, statusCode, retransmission);
}

void ServerTransaction::onTimerTrying()
{
    if (m_state != State::Proceeding || !m_lastResponse.isEmpty())
        return;
    SipMessage trying = makeResponse(m_request, 100, u"Trying"_s, {});
    trying.addHeader(u"Content-Length"_s, u"0"_s);
    send(trying.toBytes(), 100, false);
}

void ServerTransaction::onTimerG()
{
    if (m_state != State::Completed)
        return;
    ++m_retransmissions;
    send(m_lastResponse, m_lastStatus, true);
    m_intervalG = std::min(2 * m_intervalG, m_timers.t2);
    m_timerG.start(m_intervalG);
}

void ServerTransaction::onTimerH()
{
    if (m_state != State::Completed)
        return;
    // §17.2.1: no ACK within 64·T1; the TU is told of the failure.
    m_timerG.stop();
    Q_EMIT timedOut();
    terminate();
}

void ServerTransaction::terminateLater(std::chrono::milliseconds after)
{
    if (after.count() <= 0) {
        // Queued so that the response signal above is fully delivered first.
        QMetaObject::invokeMethod(this, &ServerTransaction::terminate, Qt::QueuedConnection);
        return;
    }
    m_timerIJ.start(after);
}

void ServerTransaction::terminate()
{
    if (m_state == State::Terminated)
        return;
    m_state = State::Terminated;
    m_timerTrying.stop();
    m_timerG.stop();
    m_timerH.stop();
    m_timerIJ.stop();
    Q_EMIT terminated();
}

} // namespace SipScope
