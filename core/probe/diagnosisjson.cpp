#include "diagnosisjson.h"

#include "proberesultjson.h"

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
    return {{u"kind"_s, Diagnosis::kindToken(d.kind)},
            {u"sentence"_s, d.sentence},
            {u"evidence"_s, QJsonArray::fromStringList(d.evidence)},
            {u"origin_explanation"_s, orNull(d.originExplanation)},
            {u"answered_by"_s, orNull(d.answeredBy)}};
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
                                    {u"text"_s, f.text}});
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
