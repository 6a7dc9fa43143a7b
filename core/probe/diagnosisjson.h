// The JSON form of what the diagnosis adds to a probe (issue #10): the diagnosis
// sentence, the NAT/ALG path analysis, the expectation verdict, the timing and a
// trace. Shared by `sipscope-cli options --json`, `sipscope-cli trace --json` and
// the GUI. Keys are stable: scripts depend on them (docs/diagnosis.md).
#pragma once

#include "diagnosis.h"
#include "expectation.h"
#include "pathanalysis.h"
#include "probetiming.h"
#include "tracer.h"

#include <QJsonObject>

namespace SipScope {

class DiagnosisJson final
{
public:
    // kind, sentence, evidence [..], origin_explanation, answered_by (null when none).
    static QJsonObject toJson(const Diagnosis &diagnosis);
    // analysed, nat ("yes", "no", "unknown"), public_address, public_port, local_address,
    // local_port, alg_suspected, mirrored, from_ignored_response, summary,
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

    // The keys `options --json` adds to ProbeResultJson::toJson(): explanation (beside
    // origin: where the status came from, in a plain sentence), diagnosis (the likely
    // cause), path (NAT/ALG), timing.
    static void addTo(QJsonObject &probe, const ProbeResult &result);
};

} // namespace SipScope
