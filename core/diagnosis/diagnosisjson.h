// The JSON form of what the diagnosis adds to a probe: the diagnosis
// sentence, the NAT/ALG path analysis, the expectation verdict, the timing and a
// trace. Shared by `sipscope-cli options --json`, `sipscope-cli trace --json` and
// the GUI. Keys are stable: scripts depend on them (docs/diagnosis.md).
#pragma once

#include "candidateprobe.h"
#include "diagnosis.h"
#include "probe/expectation.h"
#include "pathanalysis.h"
#include "probe/probetiming.h"
#include "tracer.h"

#include <QJsonObject>

namespace SipScope {

class DiagnosisJson final
{
public:
    // kind, sentence, evidence [..], origin_explanation, answered_by (null when none).
    static QJsonObject toJson(const Diagnosis &diagnosis);
    // analysed, nat ("yes", "no", "unknown"), public_address, public_port, local_address,
    // local_port, alg_suspected, mirrored, from_ignored_response, mirror (SipScope
    // mirror: transport, source_address, source_port, length, mirrored, truncated,
    // identical; else null), summary,
    // findings [{kind, alg, header, sent, received, text}].
    static QJsonObject toJson(const PathAnalysis &path);
    // passed, checks [{subject, expected, actual, passed, reason}].
    static QJsonObject toJson(const ExpectationVerdict &verdict);
    // total_ms, phases [{phase, label, start_ms, end_ms, duration_ms}],
    // marks [{mark, label, at_ms, status}].
    static QJsonObject toJson(const ProbeTiming &timing);
    // target, normalized_target, end, reached, loop_suspected, elapsed_ms, summary,
    // hops [{hop, max_forwards, outcome, status, reason, address, address_source,
    // relayed_by, server, rtt_ms, error}].
    static QJsonObject toJson(const TraceResult &trace);

    // host, address, port, transport, source, srv_name, priority, weight, ttl, srv_ttl
    // (null where they do not apply).
    static QJsonObject toJson(const ResolvedTarget &target);
    // ok, error (null or {kind, message}), transport_reason, targets [..],
    // trace [{at_ms, event, name, text, records [{target, port, priority, weight, ttl}],
    // addresses [{address, ttl}]}].
    static QJsonObject toJson(const ResolveResult &resolution);
    // --all-targets: target, normalized_target, resolution, candidates [{candidate,
    // result}] (result as options --json prints one probe), answered, elapsed_ms,
    // diagnosis, error.
    static QJsonObject toJson(const CandidateProbeResult &result);

    // The keys `options --json` adds to ProbeResultJson::toJson(): explanation (beside
    // origin: where the status came from, in a plain sentence), diagnosis (the likely
    // cause), path (NAT/ALG), timing.
    static void addTo(QJsonObject &probe, const ProbeResult &result);
};

} // namespace SipScope
