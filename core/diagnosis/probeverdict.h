// What a received final status means for the server a probe checked: whether it is up,
// whether it serves this request, and what to try next. Written for a probe, apart from
// the catalog's explanation, which is about calls ("the number you called does not
// exist" is, for an OPTIONS without a user part, "the server is up and serves no such
// user"). Every text cites the section of RFC 3261 it rests on. A pure function.
#pragma once

#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SipScope {

struct ProbeVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ProbeVerdict)
public:
    // Any final response shows the server is up and speaks SIP, which is what
    // `--nagios --alive` counts as OK; health says whether it also serves the request.
    enum class Health {
        Healthy,       // 2xx: it accepted the request
        AliveRefusing, // 3xx, 4xx, 6xx: it works, and does not serve this request
        AliveFailing,  // 5xx: it, or a server behind it, fails
    };

    Health health = Health::Healthy;
    QString meaning;    // translated: what the answer says about the server
    QString advice;     // translated: what to try
    QString reference;  // "RFC 3261 §21.4.5": the sections the texts rest on

    // "healthy", "alive_refusing", "alive_failing"
    static QString healthToken(Health health);
    // One line for every verdict: a received answer means alive for a liveness check.
    static QString livenessText();

    // nullopt without a received final response (timeouts, failures, malformed answers:
    // the diagnosis sentence covers those).
    static std::optional<ProbeVerdict> of(const ProbeResult &result);
};

} // namespace SipScope
