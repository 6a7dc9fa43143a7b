// What the responder listens on and how it answers: address, port and transport, the
// status code and reason, extra headers, delay and provisional responses first. The
// GUI form and `sipscope-cli respond` fill one of these; check() says what is wrong
// (errors) and what the user should know (warnings) before anything is bound.
#pragma once

#include "sip/clienttransaction.h"
#include "sip/sipmessage.h"
#include "sip/sipparser.h"
#include "sip/transportprotocol.h"
#include "sip/wiretap.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace SipScope {

struct ResponderConfig
{
    Q_DECLARE_TR_FUNCTIONS(ResponderConfig)
public:
    // Loopback unless the user explicitly chooses otherwise (see check()).
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 5060;                // 0: any free port (tests)
    TransportProtocol transport = TransportProtocol::Udp;

    int statusCode = 200;               // the final response, 200..699
    QString reasonPhrase;               // empty: the catalog's phrase for the code
    QList<SipHeader> extraHeaders;      // e.g. Retry-After: 30
    int delayMs = 0;                    // before the final response
    QList<int> provisionals;            // e.g. {100, 180}, sent in order first
    // OPTIONS gets 200 with the request as received and its source in the body
    // (mirroranswer.h), whatever statusCode says; other methods get statusCode.
    bool mirror = false;

    // TLS and WSS: PEM files of the server certificate (chain) and its private key.
    QString certificateFile;
    QString privateKeyFile;

    TransactionTimers timers;           // T1/T2/T4 for Timers G, H, I, J
    SipParseLimits parseLimits;
    // --pcap: every datagram and segment the listener sends and receives; null: none.
    std::shared_ptr<WireTap> wireTap;
    int maxTransactions = 4096;         // live server transactions at once
    int maxConnections = 256;           // TCP/TLS/WS connections at once
    int idleConnectionMs = 120000;      // a silent TCP/TLS/WS connection is closed after this
    int rateLimitPerSource = 0;         // messages a second per source address; 0: no limit
                                        // (a token bucket holding one second's worth)

    static constexpr int maxDelayMs = 60000;
    static constexpr int maxRateLimit = 1000000;

    // The reason phrase that goes on the wire.
    QString effectiveReason() const;
    // True for 0.0.0.0 / :: (every interface).
    bool listensOnAllInterfaces() const;
    // True for 127.0.0.0/8 and ::1.
    bool isLoopbackOnly() const;

    struct Check
    {
        QStringList errors;     // translated; the responder refuses to start
        QStringList warnings;   // translated; it starts, and says these
        bool isValid() const { return errors.isEmpty(); }
    };
    Check check() const;

    // "127.0.0.1:5070", "[::1]:5070", "5070" (loopback), "0.0.0.0:5060".
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
        QString errorMessage;
        bool isValid() const { return errorMessage.isEmpty(); }
    };
    static Listen parseListen(const QString &text);
    // "100,180" → {100, 180}; nullopt with *error for anything else.
    static std::optional<QList<int>> parseProvisionals(const QString &text, QString *error);
    // "Retry-After: 30" → header; nullopt with *error (not a header, or one the
    // responder writes itself: Via, From, To, Call-ID, CSeq, Content-Length).
    static std::optional<SipHeader> parseHeader(const QString &text, QString *error);
};

} // namespace SipScope
