// Server transactions (RFC 3261 §17.2) for the responder: the INVITE server
// transaction (§17.2.1: Timer G retransmits a non-2xx final over unreliable
// transports until the ACK arrives, Timer H gives up waiting for it, Timer I absorbs
// late ACKs) and the non-INVITE one (§17.2.2: Timer J absorbs retransmissions).
// A retransmitted request reaches the transaction, never the TU: it re-sends the
// last response instead of having the request processed again.
//
// Independent of sockets: the transaction hands bytes to a Sender the owner gives it
// (a datagram to the peer, or a write on the connection the request came in on).
#pragma once

#include "clienttransaction.h"   // TransactionTimers: T1, T2, T4 are shared
#include "sipmessage.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace SipScope {

class ServerTransaction final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Invite, NonInvite };
    // Trying is the non-INVITE start state; INVITE starts in Proceeding (§17.2.1).
    // Confirmed is only used by INVITE transactions (ACK received).
    enum class State { Trying, Proceeding, Completed, Confirmed, Terminated };

    using Sender = std::function<void(const QByteArray &bytes)>;

    // `request` must be a request other than ACK (an ACK never creates a server
    // transaction, §17.2.3). `reliable`: TCP/TLS, which suppress Timer G and give
    // Timers I and J zero duration.
    ServerTransaction(const SipMessage &request, bool reliable, Sender sender,
                      const TransactionTimers &timers = {}, QObject *parent = nullptr);
    ~ServerTransaction() override;

    // The matching key of §17.2.3. With an RFC 3261 branch (magic cookie z9hG4bK):
    // branch, sent-by and method, an ACK matching the INVITE it acknowledges. Without
    // one (RFC 2543 clients): Request-URI, From tag, Call-ID, CSeq number, top Via and
    // method. `method` overrides the request's own (CANCEL looks up its INVITE with it).
    // Empty when the request has no usable Via.
    static QString keyFor(const SipMessage &request, const QString &method = {});

    // A response to `request` per RFC 3261 §8.2.6.2: every Via in order, From, To
    // with `toTag` added unless the request already has one or the code is 100
    // (§8.2.6.2 forbids a tag on 100 Trying), Call-ID and CSeq. No Content-Length:
    // the caller appends its own headers first.
    static SipMessage makeResponse(const SipMessage &request, int code, const QString &reason,
                                   const QString &toTag);

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    const SipMessage &request() const { return m_request; }
    QString key() const { return m_key; }
    bool isReliable() const { return m_reliable; }
    // The last response sent (provisional or final), empty before the first one.
    QByteArray lastResponse() const { return m_lastResponse; }
    int lastStatusCode() const { return m_lastStatus; }
    // Responses re-sent because of Timer G or a retransmitted request.
    int retransmissions() const { return m_retransmissions; }
    // Retransmitted requests (and ACKs) this transaction absorbed.
    int absorbedRequests() const { return m_absorbed; }

    // From the TU. A provisional (1xx) or final response; returns false when the
    // state machine does not allow it (a response after the final one).
    bool respond(const SipMessage &response);

    // From the transport: a request with this transaction's key arrived again
    // (a retransmission, or the ACK of an INVITE's non-2xx final).
    void receive(const SipMessage &request);

    // Stops every timer and terminates (responder stopped).
    void abort();

Q_SIGNALS:
    // `retransmission` is true when the bytes were sent before (Timer G, or an
    // answer to a retransmitted request).
    void responseSent(const QByteArray &raw, int statusCode, bool retransmission);
    // A retransmitted request was absorbed; `answered` when the last response was re-sent.
    void retransmissionAbsorbed(bool answered);
    void ackReceived();
    // Timer H fired: the INVITE's final response was never acknowledged (§17.2.1).
    void timedOut();
    // Last signal; the owner may delete the transaction (later) from a slot.
    void terminated();

private:
    void send(const QByteArray &bytes, int statusCode, bool retransmission);
    void enterCompleted();
    void onTimerTrying();
    void onTimerG();
    void onTimerH();
    void terminateLater(std::chrono::milliseconds after);
    void terminate();

    SipMessage m_request;
    Kind m_kind = Kind::NonInvite;
    bool m_reliable = false;
    Sender m_sender;
    TransactionTimers m_timers;
    QString m_key;
    State m_state = State::Trying;
    QByteArray m_lastResponse;
    int m_lastStatus = 0;
    int m_retransmissions = 0;
    int m_absorbed = 0;
    std::chrono::milliseconds m_intervalG{0};
    QTimer m_timerTrying;   // the 200 ms of §17.2.1 before we send 100 Trying ourselves
    QTimer m_timerG;
    QTimer m_timerH;
    QTimer m_timerIJ;   // Timer I (INVITE, Confirmed) or Timer J (non-INVITE, Completed)
};

QString serverTransactionStateToken(ServerTransaction::State state);

} // namespace SipScope
