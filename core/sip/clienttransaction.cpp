#include "clienttransaction.h"

#include "transport.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace SipScope {

QString ignoredReasonToken(IgnoredReason reason)
{
    switch (reason) {
    case IgnoredReason::NotAResponse: return u"not_a_response"_s;
    case IgnoredReason::NoVia: return u"no_via"_s;
    case IgnoredReason::BranchMismatch: return u"branch_mismatch"_s;
    case IgnoredReason::SentByMismatch: return u"sent_by_mismatch"_s;
    case IgnoredReason::MethodMismatch: return u"method_mismatch"_s;
    case IgnoredReason::CSeqMismatch: return u"cseq_mismatch"_s;
    case IgnoredReason::CallIdMismatch: return u"call_id_mismatch"_s;
    case IgnoredReason::DuplicateFinal: return u"duplicate_final"_s;
    case IgnoredReason::LateProvisional: return u"late_provisional"_s;
    case IgnoredReason::Garbage: return u"garbage"_s;
    }
    return {};
}

QString ignoredReasonText(IgnoredReason reason)
{
    switch (reason) {
    case IgnoredReason::NotAResponse:
        return QCoreApplication::translate("ClientTransaction", "a request, not a response");
    case IgnoredReason::NoVia:
        return QCoreApplication::translate("ClientTransaction", "no usable Via header");
    case IgnoredReason::BranchMismatch:
        return QCoreApplication::translate("ClientTransaction", "Via branch of another transaction");
    case IgnoredReason::SentByMismatch:
        return QCoreApplication::translate("ClientTransaction", "Via sent-by is not ours");
    case IgnoredReason::MethodMismatch:
        return QCoreApplication::translate("ClientTransaction", "CSeq method is not ours");
    case IgnoredReason::CSeqMismatch:
        return QCoreApplication::translate("ClientTransaction", "CSeq number is not ours");
    case IgnoredReason::CallIdMismatch:
        return QCoreApplication::translate("ClientTransaction", "Call-ID of another call");
    case IgnoredReason::DuplicateFinal:
        return QCoreApplication::translate("ClientTransaction", "another final response after the first one");
    case IgnoredReason::LateProvisional:
        return QCoreApplication::translate("ClientTransaction", "a provisional response after the final one");
    case IgnoredReason::Garbage:
        return QCoreApplication::translate("ClientTransaction", "not a SIP message");
    }
    return {};
}

ClientTransaction::ClientTransaction(Transport *transport, const SipMessage &request,
                                     const TransactionTimers &timers, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(request)
    , m_timers(timers)
{
    m_timerE.setSingleShot(true);
    m_timerF.setSingleShot(true);
    m_timerK.setSingleShot(true);
    // Timer E's 500 ms must not drift by the 5% a coarse timer allows.
    m_timerE.setTimerType(Qt::PreciseTimer);
    m_timerF.setTimerType(Qt::PreciseTimer);
    connect(&m_timerE, &QTimer::timeout, this, &ClientTransaction::onTimerE);
    connect(&m_timerF, &QTimer::timeout, this, &ClientTransaction::onTimerF);
    connect(&m_timerK, &QTimer::timeout, this, &ClientTransaction::onTimerK);
}

ClientTransaction::~ClientTransaction()
{
    if (m_transport)
        m_transport->disconnect(this);
}

void ClientTransaction::start()
{
    if (m_state != State::Idle)
        return;
    m_via = m_request.topVia().value_or(SipVia());
    m_cseq = m_request.cseq().value_or(SipCSeq());
    m_callId = m_request.callId();
    m_requestBytes = m_request.toBytes();
    if (!m_transport) {
        m_state = State::Trying;
        onTransportFailed({ErrorKind::Transport,
                           QCoreApplication::translate("ClientTransaction", "The transport is gone."), {}});
        return;
    }
    m_reliable = m_transport->isReliable();
    connect(m_transport, &Transport::messageReceived, this, &ClientTransaction::onMessage);
    connect(m_transport, &Transport::garbageReceived, this, &ClientTransaction::onGarbage);
    connect(m_transport, &Transport::failed, this, &ClientTransaction::onTransportFailed);

    m_state = State::Trying;
    // RFC 3261 §17.1.2.2: Timer E only on unreliable transports, Timer F always.
    if (!m_reliable) {
        m_intervalE = m_timers.t1;
        m_timerE.start(m_intervalE);
    }
    m_timerF.start(m_timers.effectiveTimerF());
    transmit();
    Q_EMIT requestSent(m_requestBytes, 0);
}

void ClientTransaction::cancel()
{
    if (m_state == State::Terminated)
        return;
    terminate();
}

void ClientTransaction::transmit()
{
    if (m_transport)
        m_transport->send(m_requestBytes);
}

void ClientTransaction::onTimerE()
{
    if (m_state != State::Trying && m_state != State::Proceeding)
        return;
    // §17.1.2.2: double up to T2 while Trying; once a provisional arrived, every T2.
    m_intervalE = m_state == State::Proceeding ? m_timers.t2 : std::min(2 * m_intervalE, m_timers.t2);
    m_timerE.start(m_intervalE);
    ++m_retransmissions;
    transmit();
    Q_EMIT requestSent(m_requestBytes, m_retransmissions);
}

void ClientTransaction::onTimerF()
{
    if (m_state != State::Trying && m_state != State::Proceeding)
        return;
    m_timerE.stop();
    Q_EMIT timedOut();
    terminate();
}

void ClientTransaction::onTimerK()
{
    terminate();
}

std::optional<IgnoredReason> ClientTransaction::mismatch(const SipMessage &response, QString *detail) const
{
    if (!response.isResponse()) {
        *detail = response.method();
        return IgnoredReason::NotAResponse;
    }
    // §17.1.3: the top Via branch and sent-by, and the CSeq method identify the
    // transaction. Call-ID and CSeq number cannot differ in a correct answer either;
    // checking them catches broken or mixed-up servers.
    const auto via = response.topVia();
    if (!via)
        return IgnoredReason::NoVia;
    if (via->branch() != m_via.branch()) {
        *detail = via->branch();
        return IgnoredReason::BranchMismatch;
    }
    if (via->host.compare(m_via.host, Qt::CaseInsensitive) != 0 || via->port != m_via.port) {
        *detail = via->sentBy();
        return IgnoredReason::SentByMismatch;
    }
    const auto cseq = response.cseq();
    if (!cseq || cseq->method != m_cseq.method) {
        *detail = cseq ? cseq->method : response.header(u"CSeq"_s).value_or(QString());
        return IgnoredReason::MethodMismatch;
    }
    if (cseq->number != m_cseq.number) {
        *detail = QString::number(cseq->number);
        return IgnoredReason::CSeqMismatch;
    }
    if (response.callId() != m_callId) {
        *detail = response.callId();
        return IgnoredReason::CallIdMismatch;
    }
    return std::nullopt;
}

void ClientTransaction::onMessage(const SipMessage &message, const QByteArray &raw)
{
    if (m_state == State::Idle || m_state == State::Terminated)
        return;
    QString detail;
    if (const auto reason = mismatch(message, &detail)) {
        Q_EMIT ignored(*reason, raw, detail);
        return;
    }
    if (m_state == State::Completed) {
        Q_EMIT ignored(message.isFinal() ? IgnoredReason::DuplicateFinal : IgnoredReason::LateProvisional,
                       raw, QString::number(message.statusCode()));
        return;
    }
    if (message.isProvisional()) {
        m_state = State::Proceeding;
        Q_EMIT provisionalReceived(message, raw);
        return;
    }
    m_state = State::Completed;
    m_timerE.stop();
    m_timerF.stop();
    Q_EMIT finalReceived(message, raw);
    if (m_state != State::Completed)
        return;   // cancelled from a slot
    // §17.1.2.2: Timer K absorbs retransmitted finals on unreliable transports.
    const auto timerK = m_timers.timerK.count() >= 0 ? m_timers.timerK : (m_reliable ? 0ms : m_timers.t4);
    if (timerK.count() == 0)
        terminate();
    else
        m_timerK.start(timerK);
}

void ClientTransaction::onGarbage(const QByteArray &raw, SipParseError error, const QString &errorMessage)
{
    Q_UNUSED(error);
    if (m_state == State::Idle || m_state == State::Terminated)
        return;
    Q_EMIT ignored(IgnoredReason::Garbage, raw, errorMessage);
}

void ClientTransaction::onTransportFailed(const SipError &error)
{
    if (m_state == State::Idle || m_state == State::Terminated)
        return;
    if (m_state == State::Completed) {
        // The answer is in; a late ICMP error changes nothing.
        terminate();
        return;
    }
    m_timerE.stop();
    m_timerF.stop();
    Q_EMIT transportFailed(error);
    terminate();
}

void ClientTransaction::terminate()
{
    if (m_state == State::Terminated)
        return;
    m_state = State::Terminated;
    m_timerE.stop();
    m_timerF.stop();
    m_timerK.stop();
    if (m_transport)
        m_transport->disconnect(this);
    Q_EMIT terminated();
}

} // namespace SipScope
