// The JSON form of probe results, shared by `sipscope-cli options --json` and the
// GUI's "copy as JSON". Keys are stable: scripts depend on them (docs/probe.md).
#pragma once

#include "certificaterequirements.h"
#include "dualstackprobe.h"
#include "proberesult.h"
#include "seriesstatistics.h"

#include <QJsonObject>

namespace SipScope {

class ProbeResultJson final
{
public:
    // target, normalized_target, transport, transport_reason, remote, local, status,
    // reason, origin, local_status, summary, rtt_ms, first_provisional_ms,
    // rtt_clock null or {sent, received} ("kernel" / "application"),
    // provisional [{status, reason, at_ms}], retransmissions, headers [[name, value]],
    // request, response, timeline [{at_ms, event, text, status}], tls null or
    // {protocol, cipher, peer_subject, peer_issuer, not_before, not_after, sha256, …,
    // verified, insecure, problems, key_algorithm, key_bits, chain [{subject, issuer,
    // not_before, not_after}], expiry (expiryJson)}, auth null or {scheme, algorithm, realm, qop,
    // attempts, status, user, outcome, explanation}, error null or
    // {kind, message, detail, cause}.
    static QJsonObject toJson(const ProbeResult &result);
    // sent, answered, succeeded, loss_percent, rtt_ms {min, avg, max, mdev} (null
    // without answers), status_codes {"200": n, "timeout": n, ...}.
    static QJsonObject toJson(const SeriesStatistics &statistics);
    // null without a certificate, else {not_after, days_left, seconds_left,
    // earliest_not_after, earliest_days_left, earliest_position (0: the server's own
    // certificate), earliest_subject}, days in whole days rounded down, from `now`.
    static QJsonValue expiryJson(const TlsSessionInfo &tls, const QDateTime &now);
    // --profile: {profile, name, source, passed, rules [{id, rule, passed, reason}]}.
    static QJsonObject toJson(CertificateRequirements::Profile profile,
                              const QList<CertificateRequirement> &requirements);
    // --dual-stack: {target, verdict (kindToken), verdict_text, severity ("fine",
    // "degraded", "failed"), ipv4 and ipv6: the family's probe result (toJson) with its
    // "state" ("fine", "broken", "not_published")}.
    static QJsonObject toJson(const DualStackResult &result, const DualStackVerdict &verdict);
    // Microseconds as milliseconds with three decimals; null for negative values.
    static QJsonValue milliseconds(qint64 us);
};

} // namespace SipScope
