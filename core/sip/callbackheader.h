// The SipScope call-back: how the NAT timeout finder asks a SipScope responder to send a
// request back after a silence, and how the responder says whether it will. Both sides
// read and write the one header here, so that they cannot drift apart.
//
//   request:  SipScope-Call-Back: 30          (seconds of silence, decimals allowed)
//   answer:   SipScope-Call-Back: accepted;delay=30
//             SipScope-Call-Back: refused;reason=busy
//
// A server that does not know the header ignores it (RFC 3261 §8.2.2: unknown headers
// are ignored), so an answer without it means "no call-back here": the far end is not a
// SipScope responder with call-backs switched on.
#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace SipScope {

struct CallBackHeader
{
    static QString name();   // "SipScope-Call-Back"

    // The longest silence a responder accepts: longer than any NAT's UDP binding
    // timeout worth finding (RFC 4787 REQ-5 asks for at least 2 minutes; 5 is
    // recommended), short enough that a pending call-back cannot be parked for hours.
    static constexpr std::chrono::milliseconds maxDelay{3600 * 1000};
    static constexpr std::chrono::milliseconds minDelay{100};

    // The request's value: a number of seconds from minDelay to maxDelay; nullopt for
    // anything else (the responder then answers refused;reason=invalid).
    static std::optional<std::chrono::milliseconds> parseRequest(const QString &value);
    static QString formatRequest(std::chrono::milliseconds delay);

    enum class Answer {
        Accepted,
        Refused,
    };
    // Why a responder refused: the tokens of reason=.
    static QString busyReason() { return QStringLiteral("busy"); }           // too many pending
    static QString invalidReason() { return QStringLiteral("invalid"); }     // value out of range
    static QString transportReason() { return QStringLiteral("udp-only"); }  // not over UDP

    static QString formatAccepted(std::chrono::milliseconds delay);
    static QString formatRefused(const QString &reason);

    struct Reply
    {
        Answer answer = Answer::Refused;
        std::chrono::milliseconds delay{0};   // Accepted
        QString reason;                       // Refused: busy, invalid, udp-only, ...
    };
    // The answer's value; nullopt when it is neither accepted nor refused.
    static std::optional<Reply> parseReply(const QString &value);
};

} // namespace SipScope
