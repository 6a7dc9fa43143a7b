// The technician's question — what is wrong, and where — answered in one plain,
// translated sentence from a probe result, with the evidence it rests on and where
// the status came from (received from the far end, or concluded locally as RFC 3261
// §8.1.3.1 describes). A pure function: no I/O.
#pragma once

#include "pathanalysis.h"
#include "probe/proberesult.h"
#include "probeverdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SipScope {

struct Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
public:
    enum class Kind {
        Ok,                    // a 2xx
        Answered,              // another final status, received
        AuthRequired,          // 401/407 and SipScope had no credentials to answer with
        CredentialsRejected,   // 401/407 again after SipScope answered the challenge
        Loop,                  // 482 Loop Detected, or 483 with a Max-Forwards that cannot run out
        TooManyHops,           // 483 after a deliberately low Max-Forwards
        ClosedPort,            // ICMP port unreachable / TCP reset
        SilentFirewall,        // UDP: no answer and no ICMP at all
        NoSipAnswer,           // a connection was made but nothing answered the request
        NoFinalAfterProvisional, // a 1xx, then silence until Timer F
        AlgMangled,            // answers came back, altered so that they could not be matched
        UnmatchedAnswers,      // answers came back that do not belong to the request
        MalformedAnswer,       // the server answered with bytes that are not a SIP message
        Unreachable,           // ICMP host/network unreachable, no route
        Dns,                   // the name did not resolve
        TlsCertificate,        // the server's certificate was not accepted
        TlsHandshake,          // the TLS handshake failed otherwise
        Transport,             // any other socket failure
        InvalidTarget,
        Cancelled,
        DeadCandidates,        // --all-targets: some of the servers behind a name do not answer
        AllCandidatesDead,     // --all-targets: none does
    };

    Kind kind = Kind::Ok;
    QString sentence;          // translated: what is wrong and where, in one sentence
    QStringList evidence;      // translated: the facts behind it, one a line
    QString originExplanation; // translated: where the status came from
    QString answeredBy;        // Server / User-Agent / Warning agent of the answer, if any
    PathAnalysis path;         // NAT and ALG findings of the same result
    // For a received final status: what it means for the server's health and what to
    // try, written for a probe (the summary in the sentence is the catalog's, for calls).
    std::optional<ProbeVerdict> verdict;

    bool isProblem() const { return kind != Kind::Ok; }

    // "ok", "answered", "closed_port", "silent_firewall", ...
    static QString kindToken(Kind kind);

    static Diagnosis diagnose(const ProbeResult &result);
    // Every candidate of one name (--all-targets), each with its own result; `name` is
    // the host the user asked for.
    static Diagnosis diagnoseCandidates(const QString &name, const QList<ProbeResult> &results);

    // "Received from the far end: 127.0.0.1:5060 sent 404 Not Found (Server: Kamailio)."
    // or "No response arrived: SipScope concluded 408 locally (RFC 3261 §8.1.3.1)."
    static QString originText(const ProbeResult &result);
    // The identity of the element that sent the final response: Server, else
    // User-Agent, plus the agents of any Warning headers (RFC 3261 §20.43). Empty
    // without a final response.
    static QString answeredByText(const ProbeResult &result);
};

} // namespace SipScope
