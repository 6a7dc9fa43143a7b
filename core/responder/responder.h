// The responder: listens on an address, port and transport and answers every request
// with the chosen status code (RFC 3261 §8.2.6), through server transactions
// (§17.2) so that a retransmitted request gets the same answer again instead of being
// processed twice, and an INVITE's non-2xx final is retransmitted until its ACK.
//
// What it does with each incoming message is reported as a ResponderLogEntry for the
// live log of the GUI and `sipscope-cli respond`.
#pragma once

#include "respondercounters.h"
#include "responderconfig.h"
#include "responderlistener.h"
#include "responderratelimiter.h"

#include "sip/siperror.h"
#include "sip/sipmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace SipScope {

class ServerTransaction;

struct ResponderLogEntry
{
    // What the responder did with the message.
    enum class Disposition {
        Answered,        // a new transaction, answered with statusCode (maybe after a delay)
        Retransmission,  // a retransmitted request: absorbed, last answer re-sent if any
        AckAbsorbed,     // the ACK of our non-2xx final (§17.2.1) or a stray ACK
        Cancelled,       // a CANCEL: 200 to it, 487 to its INVITE (§9.2), or 481
        Refused2xx,      // an INVITE while the chosen code is 2xx: 488 with a Warning
        BadRequest,      // a request missing mandatory headers: 400
        Dropped,         // not answerable (no Via, a response, not SIP); drops under a flood are only counted
    };

    QDateTime time;                 // when it arrived (local time)
    QString method;                 // "OPTIONS"; empty when not a request
    QString from;                   // the From header value
    QString callId;
    ResponderPeer source;
    QByteArray raw;                 // the bytes as received
    Disposition disposition = Disposition::Answered;
    int statusCode = 0;             // the final answer, 0 when none
    QString note;                   // translated, why (for Dropped, Refused2xx, ...)

    static QString dispositionToken(Disposition disposition);  // "answered", "retransmission", ...
};

class Responder final : public QObject
{
    Q_OBJECT
public:
    explicit Responder(QObject *parent = nullptr);
    ~Responder() override;

    // Checks and binds. An error value when the configuration is invalid (message
    // lists the problems) or the address cannot be used; warnings() says the rest.
    SipError start(const ResponderConfig &config);
    void stop();
    bool isRunning() const { return m_listener.isListening(); }

    // Changes the answer of new transactions (code, reason, headers, delay,
    // provisionals, mirror) without rebinding; the listen fields are ignored.
    SipError updateAnswer(const ResponderConfig &config);

    const ResponderConfig &config() const { return m_config; }
    QStringList warnings() const { return m_warnings; }
    QHostAddress localAddress() const { return m_listener.localAddress(); }
    quint16 localPort() const { return m_listener.localPort(); }
    int activeTransactions() const { return int(m_transactions.size()); }
    int connectionCount() const { return m_listener.connectionCount(); }   // TCP/TLS/WS
    int requestsReceived() const { return m_requestsReceived; }
    // Counters since start(); kernelDropped is read from the socket now.
    ResponderCounters counters() const;

Q_SIGNALS:
    void requestLogged(const SipScope::ResponderLogEntry &entry);
    void responseSent(const SipScope::ResponderPeer &peer, int statusCode, const QByteArray &raw,
                      bool retransmission);
    // Connection events and transaction timeouts (Timer H without ACK); translated.
    void notice(const QString &text);
    // At most once a second while messages are dropped (rate limit, table full):
    // the counters then, so that the front-end can show the drops as they happen.
    void dropsReported(const SipScope::ResponderCounters &counters);

private:
    void onMessage(const SipMessage &message, const QByteArray &raw, const ResponderPeer &peer);
    void onGarbage(const QByteArray &raw, const QString &errorMessage, const ResponderPeer &peer);
    ServerTransaction *createTransaction(const SipMessage &request, const ResponderPeer &peer);
    void answer(ServerTransaction *transaction, ResponderLogEntry &entry);
    void handleCancel(const SipMessage &cancel, ServerTransaction *transaction, ResponderLogEntry &entry);
    SipMessage buildResponse(const SipMessage &request, int code, const QString &reason,
                             const QString &toTag, const QList<SipHeader> &extra) const;
    ResponderPeer replyDestination(const SipMessage &request, const ResponderPeer &peer) const;
    bool admit(const ResponderPeer &peer);
    bool makeRoom();
    void noteDrop();
    void retireLater(ServerTransaction *transaction);

    ResponderConfig m_config;
    QStringList m_warnings;
    ResponderListener m_listener;
    QHash<QString, ServerTransaction *> m_transactions;   // by §17.2.3 key
    QHash<ServerTransaction *, QString> m_toTags;
    int m_requestsReceived = 0;
    ResponderCounters m_counters;
    ResponderRateLimiter m_rateLimiter;
    QElapsedTimer m_clock;
    // Non-INVITE transactions in Completed and INVITE ones in Confirmed, oldest first:
    // their only job left is absorbing retransmissions (Timers J and I), so when the
    // table is full they make room for new requests before any request is dropped.
    QList<QPointer<ServerTransaction>> m_retiring;
    QTimer m_dropReport;
    bool m_dropsSinceReport = false;
};

} // namespace SipScope
