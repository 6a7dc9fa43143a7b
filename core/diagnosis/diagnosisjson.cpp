#include "diagnosisjson.h"

#include "probe/proberesultjson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const std::optional<quint16> &port)
{
    return port ? QJsonValue(int(*port)) : QJsonValue(QJsonValue::Null);
}

QJsonValue ms(qint64 us)
{
    return ProbeResultJson::milliseconds(us);
}

} // namespace

QJsonObject DiagnosisJson::toJson(const Diagnosis &d)
{
    QJsonValue verdict(QJsonValue::Null);
    if (d.verdict) {
        verdict = QJsonObject{{u"health"_s, ProbeVerdict::healthToken(d.verdict->health)},
                              {u"alive"_s, true},
                              {u"meaning"_s, d.verdict->meaning},
                              {u"advice"_s, d.verdict->advice},
                              {u"reference"_s, d.verdict->reference}};
    }
    return {{u"kind"_s, Diagnosis::kindToken(d.kind)},
            {u"sentence"_s, d.sentence},
            {u"evidence"_s, QJsonArray::fromStringList(d.evidence)},
            {u"origin_explanation"_s, orNull(d.originExplanation)},
            {u"answered_by"_s, orNull(d.answeredBy)},
            {u"verdict"_s, verdict}};
}

QJsonObject DiagnosisJson::toJson(const PathAnalysis &path)
{
    QJsonArray findings;
    for (const PathFinding &f : path.findings()) {
        findings.append(QJsonObject{{u"kind"_s, PathFinding::kindToken(f.kind)},
                                    {u"alg"_s, f.algSign},
                                    {u"header"_s, orNull(f.header)},
                                    {u"sent"_s, orNull(f.sent)},
                                    {u"received"_s, orNull(f.received)},
                                    {u"text"_s, f.text},
                                    {u"explanation"_s, orNull(PathFinding::explanation(f.kind))}});
    }
    QJsonValue mirror;
    if (const auto &report = path.mirrorReport()) {
        mirror = QJsonObject{{u"transport"_s, transportToken(report->transport)},
                             {u"source_address"_s, report->source.toString()},
                             {u"source_port"_s, int(report->sourcePort)},
                             {u"length"_s, double(report->length)},
                             {u"mirrored"_s, double(report->mirrored)},
                             {u"truncated"_s, report->isTruncated()},
                             {u"identical"_s, path.mirrorIdentical()}};
    }
    return {{u"analysed"_s, path.isAnalysed()},
            {u"nat"_s, PathAnalysis::natToken(path.nat())},
            {u"public_address"_s, orNull(path.publicAddress())},
            {u"public_port"_s, orNull(path.publicPort())},
            {u"local_address"_s, orNull(path.localAddress())},
            {u"local_port"_s, orNull(path.localPort())},
            {u"alg_suspected"_s, path.algSuspected()},
            {u"mirrored"_s, path.isMirrored()},
            {u"from_ignored_response"_s, path.usedIgnoredResponse()},
            {u"mirror"_s, mirror},
            {u"summary"_s, path.summary()},
            {u"findings"_s, findings}};
}

QJsonObject DiagnosisJson::toJson(const ExpectationVerdict &verdict)
{
    QJsonArray checks;
    for (const ExpectationCheck &c : verdict.checks) {
        checks.append(QJsonObject{{u"subject"_s, c.subject},
                                  {u"expected"_s, c.expected},
                                  {u"actual"_s, orNull(c.actual)},
                                  {u"passed"_s, c.passed},
                                  {u"reason"_s, c.reason}});
    }
    return {{u"passed"_s, verdict.passed}, {u"checks"_s, checks}};
}

QJsonObject DiagnosisJson::toJson(const ProbeTiming &timing)
{
    QJsonArray phases;
    for (const TimingPhase &p : timing.phases()) {
        QJsonObject phase{{u"phase"_s, TimingPhase::kindToken(p.kind)},
                          {u"label"_s, p.label},
                          {u"start_ms"_s, ms(p.startUs)},
                          {u"end_ms"_s, ms(p.endUs)},
                          {u"duration_ms"_s, ms(p.durationUs())}};
        if (p.failed)
            phase[u"failed"_s] = true;
        phases.append(phase);
    }
    QJsonArray marks;
    for (const TimingMark &m : timing.marks()) {
        QJsonObject mark{{u"mark"_s, TimingMark::kindToken(m.kind)}, {u"label"_s, m.label}, {u"at_ms"_s, ms(m.atUs)}};
        if (m.statusCode != 0)
            mark[u"status"_s] = m.statusCode;
        marks.append(mark);
    }
    return {{u"total_ms"_s, ms(timing.totalUs())}, {u"phases"_s, phases}, {u"marks"_s, marks}};
}

QJsonObject DiagnosisJson::toJson(const TraceResult &trace)
{
    QJsonArray hops;
    for (const TraceHop &h : trace.hops) {
        QJsonObject hop{{u"hop"_s, h.index},
                        {u"max_forwards"_s, h.maxForwards},
                        {u"outcome"_s, TraceHop::outcomeToken(h.outcome)},
                        {u"status"_s, h.statusCode ? QJsonValue(h.statusCode) : QJsonValue(QJsonValue::Null)},
                        {u"reason"_s, h.statusCode ? QJsonValue(h.reasonPhrase) : QJsonValue(QJsonValue::Null)},
                        {u"address"_s, orNull(h.address)},
                        {u"address_source"_s, orNull(h.addressSource)},
                        {u"relayed_by"_s, orNull(h.relayedBy)},
                        {u"server"_s, orNull(h.server)},
                        {u"rtt_ms"_s, ms(h.rttUs)}};
        if (h.result.error.isError()) {
            hop[u"error"_s] = QJsonObject{{u"kind"_s, errorKindToken(h.result.error.kind)},
                                          {u"message"_s, h.result.error.message}};
        } else {
            hop[u"error"_s] = QJsonValue::Null;
        }
        hops.append(hop);
    }
    return {{u"target"_s, trace.target},
            {u"normalized_target"_s, orNull(trace.normalizedTarget)},
            {u"end"_s, TraceResult::endToken(trace.end)},
            {u"reached"_s, trace.end == TraceResult::End::Reached},
            {u"loop_suspected"_s, trace.loopSuspected},
            {u"elapsed_ms"_s, ms(trace.elapsedUs)},
            {u"summary"_s, trace.summary},
            {u"hops"_s, hops}};
}

QJsonObject DiagnosisJson::toJson(const ResolvedTarget &t)
{
    auto number = [](qint64 value) { return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value); };
    return {{u"host"_s, orNull(t.host)},
            {u"address"_s, t.address.toString()},
            {u"port"_s, int(t.port)},
            {u"transport"_s, transportToken(t.transport)},
            {u"source"_s, ResolvedTarget::sourceToken(t.source)},
            {u"srv_name"_s, orNull(t.srvName)},
            {u"priority"_s, number(t.priority)},
            {u"weight"_s, number(t.weight)},
            {u"ttl"_s, number(t.ttl)},
            {u"srv_ttl"_s, number(t.srvTtl)},
            {u"naptr_service"_s, orNull(t.naptrService)},
            {u"naptr_order"_s, number(t.naptrOrder)},
            {u"naptr_preference"_s, number(t.naptrPreference)}};
}

QJsonObject DiagnosisJson::toJson(const ResolveResult &resolution)
{
    QJsonArray targets;
    for (const ResolvedTarget &target : resolution.targets)
        targets.append(toJson(target));
    QJsonArray trace;
    for (const ResolverEvent &event : resolution.trace) {
        QJsonObject step{{u"at_ms"_s, ms(event.atUs)},
                         {u"event"_s, ResolverEvent::typeToken(event.type)},
                         {u"name"_s, orNull(event.name)},
                         {u"text"_s, event.text}};
        if (!event.srvRecords.isEmpty()) {
            QJsonArray records;
            for (const DnsServiceRecord &r : event.srvRecords) {
                records.append(QJsonObject{{u"target"_s, r.target},
                                           {u"port"_s, int(r.port)},
                                           {u"priority"_s, int(r.priority)},
                                           {u"weight"_s, int(r.weight)},
                                           {u"ttl"_s, r.ttl < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.ttl)}});
            }
            step[u"records"_s] = records;
        }
        if (!event.naptrRecords.isEmpty()) {
            QJsonArray records;
            for (const DnsNaptrRecord &r : event.naptrRecords) {
                records.append(QJsonObject{{u"order"_s, int(r.order)},
                                           {u"preference"_s, int(r.preference)},
                                           {u"flags"_s, r.flags},
                                           {u"services"_s, r.services},
                                           {u"regexp"_s, r.regexp},
                                           {u"replacement"_s, r.replacement.isEmpty() ? u"."_s : r.replacement},
                                           {u"ttl"_s, r.ttl < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.ttl)}});
            }
            step[u"naptr_records"_s] = records;
        }
        if (!event.addresses.isEmpty()) {
            QJsonArray addresses;
            for (const DnsAddressRecord &a : event.addresses) {
                addresses.append(QJsonObject{{u"address"_s, a.address.toString()},
                                             {u"ttl"_s, a.ttl < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(a.ttl)}});
            }
            step[u"addresses"_s] = addresses;
        }
        if (event.error != DnsErrorKind::None)
            step[u"error"_s] = dnsErrorKindToken(event.error);
        trace.append(step);
    }
    return {{u"ok"_s, resolution.ok()},
            {u"error"_s, resolution.ok() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QJsonObject{{u"kind"_s, resolveErrorKindToken(resolution.error)},
                                                                  {u"message"_s, resolution.errorMessage}})},
            {u"transport_reason"_s, orNull(resolution.transportReason)},
            {u"targets"_s, targets},
            {u"trace"_s, trace}};
}

QJsonObject DiagnosisJson::toJson(const CandidateProbeResult &result)
{
    QJsonArray candidates;
    for (const CandidateResult &candidate : result.candidates) {
        QJsonObject probe = ProbeResultJson::toJson(candidate.result);
        addTo(probe, candidate.result);
        candidates.append(QJsonObject{{u"candidate"_s, toJson(candidate.target)}, {u"result"_s, probe}});
    }
    QJsonObject o{{u"target"_s, result.target},
                  {u"normalized_target"_s, orNull(result.normalizedTarget)},
                  {u"resolution"_s, toJson(result.resolution)},
                  {u"candidates"_s, candidates},
                  {u"answered"_s, result.answered()},
                  {u"elapsed_ms"_s, ms(result.elapsedUs)},
                  {u"diagnosis"_s, toJson(result.diagnosis())}};
    if (result.error.isError()) {
        o[u"error"_s] = QJsonObject{{u"kind"_s, errorKindToken(result.error.kind)}, {u"message"_s, result.error.message}};
    } else {
        o[u"error"_s] = QJsonValue::Null;
    }
    return o;
}

void DiagnosisJson::addTo(QJsonObject &probe, const ProbeResult &result)
{
    const Diagnosis diagnosis = Diagnosis::diagnose(result);
    // Beside `origin`: the plain sentence of where the status came from.
    probe[u"explanation"_s] = orNull(diagnosis.originExplanation);
    probe[u"diagnosis"_s] = toJson(diagnosis);
    probe[u"path"_s] = toJson(diagnosis.path);
    probe[u"timing"_s] = toJson(ProbeTiming::fromResult(result));
}

} // namespace SipScope
