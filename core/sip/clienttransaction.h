// Non-INVITE client transaction (RFC 3261 §17.1.2), independent of the transport:
// Timer E retransmits over unreliable transports, Timer F gives up, Timer K absorbs
// retransmitted finals. Only responses that match (§17.1.3: top Via branch and
// sent-by, CSeq method, plus our Call-ID and CSeq number) reach the caller; anything
// else is reported as ignored, never taken as the answer.
#pragma once

#include "sipmessage.h"
#include "siperror.h"
#include "sipparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace SipScope {

class Transport;

struct TransactionTimers
{
    // RFC 3261 §17.1.1.1 defaults; tests shorten T1 to observe the schedule.
    std::chrono::milliseconds t1{500};
    std::chrono::milliseconds t2{4000};
    std::chrono::milliseconds t4{5000};
    // Timer F; zero means 64·T1 (32 s with the default T1). --timeout sets it.
    std::chrono::milliseconds timerF{0};
    // Timer K; negative means T4 on unreliable transports and 0 on reliable ones
    // (§17.1.2.2). The probe sets it short: a human does not wait 5 s after an answer.
    std::chrono::milliseconds timerK{-1};

    std::chrono::milliseconds effectiveTimerF() const { return timerF.count() > 0 ? timerF : 64 * t1; }
};

// Why a received message was not taken as our answer.
enum class IgnoredReason {
    NotAResponse,       // a request arrived on our socket
    NoVia,
    BranchMismatch,     // a stray response for another transaction
    SentByMismatch,
    MethodMismatch,     // CSeq method is not ours
    CSeqMismatch,       // CSeq number is not ours
    CallIdMismatch,
    DuplicateFinal,     // a retransmitted or second final after the first one
    LateProvisional,    // a 1xx after the final
    Garbage,            // not parseable as SIP
};
QString ignoredReasonToken(IgnoredReason reason);
QString ignoredReasonText(IgnoredReason reason);   // translated

class ClientTransaction final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Trying, Proceeding, Completed, Terminated };

    // The transport must be ready (opened); the request must carry its Via branch.
    // The transaction does not own the transport.
    ClientTransaction(Transport *transport, const SipMessage &request,
                      const TransactionTimers &timers = {}, QObject *parent = nullptr);
    ~ClientTransaction() override;

    void start();
    // Stops timers and ignores everything afterwards; emits terminated().
    void cancel();

    State state() const { return m_state; }
    const SipMessage &request() const { return m_request; }
    QByteArray requestBytes() const { return m_requestBytes; }
    int retransmissions() const { return m_retransmissions; }
    // How long Timer E waits after the latest transmission before the next one (§17.1.2.2);
    // zero on reliable transports. The schedule itself, apart from how punctually a busy
    // machine fires the timer.
    std::chrono::milliseconds retransmissionInterval() const { return m_reliable ? std::chrono::milliseconds(0) : m_intervalE; }

Q_SIGNALS:
    // attempt 0 is the first transmission, 1.. the retransmissions.
    void requestSent(const QByteArray &raw, int attempt);
    void provisionalReceived(const SipScope::SipMessage &response, const QByteArray &raw);
    void finalReceived(const SipScope::SipMessage &response, const QByteArray &raw);
    void ignored(SipScope::IgnoredReason reason, const QByteArray &raw, const QString &detail);
    // Timer F fired without a final response: RFC 3261 §17.1.2.2 "as if 408".
    void timedOut();
    // The transport failed: RFC 3261 §8.1.3.1 "as if 503".
    void transportFailed(const SipScope::SipError &error);
    // Last signal; the transaction may be deleted from a slot connected to it.
    void terminated();

private:
    void transmit();
    void onTimerE();
    void onTimerF();
    void onTimerK();
    void onMessage(const SipMessage &message, const QByteArray &raw);
    void onGarbage(const QByteArray &raw, SipParseError error, const QString &errorMessage);
    void onTransportFailed(const SipError &error);
    std::optional<IgnoredReason> mismatch(const SipMessage &response, QString *detail) const;
    void terminate();

    QPointer<Transport> m_transport;
    SipMessage m_request;
    QByteArray m_requestBytes;
    SipVia m_via;
    SipCSeq m_cseq;
    QString m_callId;
    TransactionTimers m_timers;
    State m_state = State::Idle;
    QTimer m_timerE;
    QTimer m_timerF;
    QTimer m_timerK;
    std::chrono::milliseconds m_intervalE{0};
    int m_retransmissions = 0;
    bool m_reliable = false;
};

} // namespace SipScope
