// What the NAT timeout finder found: every trial (a silence, and whether the server's
// call-back still got through after it) and the bracket they give for the idle timeout
// of the client's UDP binding, with the keep-alive interval that follows from it.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace SipScope {

struct NatTimeoutOptions
{
    // The first silence; each next one of the growing phase is twice the last, up to max.
    std::chrono::milliseconds start{15000};
    std::chrono::milliseconds max{600000};
    // Bisection stops when the bracket is this narrow.
    std::chrono::milliseconds resolution{5000};
    // How long after the silence the call-back may still come before the binding counts
    // as gone (scheduling, the responder's retransmissions); also the probe's Timer F.
    std::chrono::milliseconds grace{5000};

    static constexpr std::chrono::milliseconds minSilence{100};
    static constexpr std::chrono::milliseconds maxSilence{3600 * 1000};
    // Translated problems with these values; empty when they are usable.
    QStringList problems() const;
};

struct NatTrial
{
    Q_DECLARE_TR_FUNCTIONS(NatTrial)
public:
    enum class Outcome {
        Reached,       // the call-back arrived: the binding outlived the silence
        Lost,          // no call-back within silence + grace: the binding is gone
        NotSupported,  // an answer without an accepted SipScope-Call-Back: not our responder
        Refused,       // our responder refused the call-back (busy, invalid, not UDP)
        NoAnswer,      // no final response to the OPTIONS (timeout, refused, unreachable)
        Cancelled,
    };

    std::chrono::milliseconds silence{0};   // asked for
    // From the last datagram the client sent to the call-back's arrival; -1 when none came.
    qint64 measuredSilenceMs = -1;
    Outcome outcome = Outcome::NoAnswer;
    quint16 localPort = 0;        // the fresh socket (and so the fresh binding) of the trial
    int statusCode = 0;           // the answer to the OPTIONS; 0 when none
    QString detail;               // translated: the error, the refusal's reason, ...

    // The trial says something about the binding: it was reached or it was lost.
    bool isConclusive() const { return outcome == Outcome::Reached || outcome == Outcome::Lost; }
    static QString outcomeToken(Outcome outcome);   // "reached", "lost", "not_supported", ...
    static QString outcomeTitle(Outcome outcome);   // translated
};

struct NatTimeoutReport
{
    Q_DECLARE_TR_FUNCTIONS(NatTimeoutReport)
public:
    enum class Finding {
        Bracketed,     // reached after `survived`, lost after `gone`
        NoTimeout,     // every silence up to max was survived
        NeverReached,  // not even the shortest silence was survived: inbound requests blocked
        NotSupported,  // the far end is not a SipScope responder with call-backs on
        Unreachable,   // the OPTIONS got no answer
        Refused,       // the responder refused the call-backs
        Cancelled,
    };

    QString target;
    QString remote;                 // "192.0.2.1:5060"
    NatTimeoutOptions options;
    QList<NatTrial> trials;         // in the order they finished
    Finding finding = Finding::Unreachable;
    std::chrono::milliseconds survived{0};   // the longest silence reached below `gone`
    std::chrono::milliseconds gone{0};       // the shortest silence lost; 0 when none
    // A silence was reached above one that was lost: the binding's lifetime varies, or
    // packets were lost.
    bool inconsistent = false;
    QString detail;                 // translated: why (the error of the first trial, ...)

    static QString findingToken(Finding finding);   // "bracketed", "no_timeout", ...
    // Translated, one paragraph: what was found and what to set.
    QString summary() const;
    QJsonObject toJson() const;
    // "15 s", "2.5 s"
    static QString seconds(std::chrono::milliseconds value);
};

} // namespace SipScope
