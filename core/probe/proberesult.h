// Everything one OPTIONS probe found out: what the server answered (or why nothing
// did), how long it took, and the evidence (raw bytes, headers, a timeline).
#pragma once

#include "keepalivereport.h"
#include "sip/sipmessage.h"
#include "sip/siperror.h"
#include "sip/tlssessioninfo.h"
#include "sip/transportprotocol.h"
#include "sip/wiretime.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

// One step of a probe, with its time since the probe started (monotonic clock).
struct ProbeEvent
{
    enum class Type {
        TargetParsed,     // normalised target, transport and why it was chosen
        DnsLookup,        // a lookup started
        DnsResult,        // addresses found (or not)
        TransportReady,   // socket bound/connected; local address known
        TransportInfo,    // other transport steps
        Resolution,       // RFC 3263 decisions: transports asked for, NAPTR skipped, fallback, targets found
        TargetTried,      // one resolved address is tried (transport, address, port, where it came from)
        NextTarget,       // that target failed before answering: why, and on to the next (RFC 3263 §4.3)
        Connected,        // TCP connection established
        TlsHandshake,     // TLS session up: protocol, cipher, certificate, verified or not
        AuthChallenge,    // a 401/407 that will be answered: the challenge chosen and those passed over
        AuthAnswer,       // the credentials' answer goes out in a new request (never the password)
        AuthRejected,     // our answer was challenged again: credentials rejected
        Sent,             // first transmission of the request
        Retransmitted,    // Timer E fired
        Provisional,      // 1xx received
        Final,            // the final response that answers the probe
        Ignored,          // stray, duplicate or garbage: recorded, not an answer
        Timeout,          // Timer F fired
        Error,            // transport or DNS failure
        Cancelled,
    };

    Type type = Type::Sent;
    qint64 atUs = 0;        // microseconds since the probe started
    QString text;           // translated, one line, for humans
    int statusCode = 0;     // for Provisional/Final/Ignored responses
    QByteArray raw;         // the bytes involved (sent or received), may be empty
    QString subject;        // DnsLookup/DnsResult: the name looked up (pairs them in the waterfall)
    qint64 startUs = -1;    // Connected: when the SYN left (-1: not known; the attempt's start)

    static QString typeToken(Type type);   // "sent", "retransmitted", "provisional", ...
};

// What digest authentication did (RFC 3261 §22): set when a 401 or 407 arrived.
struct ProbeAuthInfo
{
    enum class Outcome {
        Accepted,       // answered, and the server did not challenge again
        Rejected,       // answered, and challenged again: wrong credentials
        NoCredentials,  // challenged, no password given: not answered
        Unsupported,    // no challenge SipScope can answer
        Failed,         // answered, but no final response came for the answer
    };

    int challengeStatus = 0;     // 401 or 407: the latest challenge
    QString scheme;              // "Digest"
    QString algorithm;           // "MD5", "MD5-sess", "SHA-256", "SHA-256-sess"
    QString realm;
    QString qop;                 // the qop used ("auth", "auth-int"), empty without one
    QString user;                // the digest user name; the password is never kept here
    int attempts = 0;            // requests sent in all: the first one plus one per answer
    Outcome outcome = Outcome::Unsupported;
    QString explanation;         // translated, plain; empty when accepted

    static QString outcomeToken(Outcome outcome);   // "accepted", "rejected", "no_credentials", ...
};

struct ProvisionalResponse
{
    int statusCode = 0;
    QString reasonPhrase;
    qint64 atUs = 0;        // microseconds since the first transmission (like rttUs)
};

struct ProbeResult
{
    // Where the status comes from (RFC 3261 §8.1.3.1). A locally concluded status is
    // never presented as one the server sent.
    enum class Origin {
        None,     // no status at all (invalid target, cancelled)
        Remote,   // the far end sent statusCode, or (statusCode 0, error kind malformed_answer)
                  // bytes that are not SIP, kept in rawResponse
        Local,    // no answer: we concluded localStatus (408 on timeout, 503 on transport failure)
    };

    QString target;                 // as typed
    QString normalizedTarget;       // SipUri::toString()
    TransportProtocol transport = TransportProtocol::Udp;
    QString transportReason;        // translated: why this transport
    QString remoteAddress;          // resolved address, "127.0.0.1" / "::1", empty if unresolved;
                                    // of the target that answered, or whose failure is reported
    quint16 remotePort = 0;
    QString localAddress;
    quint16 localPort = 0;

    Origin origin = Origin::None;
    int statusCode = 0;             // received final status; 0 when none was received
    QString reasonPhrase;           // received reason phrase (U+FFFD for invalid UTF-8)
    int localStatus = 0;            // 408 / 503 when concluded locally, else 0
    QString summary;                // catalog summary of the received status (translated);
                                    // empty for a local conclusion: error.message explains it

    qint64 rttUs = -1;              // first send → final response; -1 without a final
    qint64 firstProvisionalUs = -1; // first send → first 1xx; -1 without one
    // Which clock the two ends of rttUs came from (WireTime): the kernel's stamps where
    // the platform and transport have them, else the application's. None without a final.
    WireTime::Clock sentClock = WireTime::Clock::None;
    WireTime::Clock receivedClock = WireTime::Clock::None;
    // Which clock the end of the TCP connect phase (kernel: the SYN → SYN-ACK round trip
    // the kernel measured, from the connect call) and of the TLS handshake (always the
    // application's: its last step is the client's own work) came from; None where
    // there was none.
    WireTime::Clock connectClock = WireTime::Clock::None;
    WireTime::Clock tlsClock = WireTime::Clock::None;
    int retransmissions = 0;
    QList<ProvisionalResponse> provisionals;
    QList<SipHeader> headers;       // final response headers, in order, as received
    QByteArray rawRequest;          // the request as last sent
    QByteArray rawResponse;         // the final response as received; or the malformed answer
    QList<ProbeEvent> timeline;
    // TLS: the session and the server's certificate, also when the handshake failed.
    std::optional<TlsSessionInfo> tls;
    std::optional<ProbeAuthInfo> auth;
    // --keepalive: the pings after the final response and their pongs.
    std::optional<KeepAliveReport> keepAlive;

    SipError error;                 // kind None when a final response arrived

    bool hasFinalResponse() const { return origin == Origin::Remote && statusCode != 0; }
    // The far end answered, but not with SIP: no status, the bytes in rawResponse.
    bool hasMalformedAnswer() const { return origin == Origin::Remote && error.kind == ErrorKind::MalformedAnswer; }
    bool isSuccess() const { return hasFinalResponse() && statusCode >= 200 && statusCode < 300; }
    // statusCode if received, else localStatus (0 if neither). For display use
    // origin to say "as if" — never show it as received.
    int effectiveStatus() const { return hasFinalResponse() ? statusCode : localStatus; }
    QString remote() const;         // "127.0.0.1:5060", "[::1]:5060", empty if unresolved
    // First header value by name (compact forms and case folded), empty if absent.
    QString headerValue(const QString &name) const;
};

} // namespace SipScope
