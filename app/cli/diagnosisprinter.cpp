#include "diagnosisprinter.h"

#include "diagnosis/candidatemodel.h"
#include "diagnosis/diagnosis.h"
#include "probe/probetiming.h"

#include <QCoreApplication>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

void DiagnosisPrinter::printSummary(QTextStream &out, const ProbeResult &result, const Diagnosis &d)
{
    if (result.error.kind == ErrorKind::InvalidTarget || result.error.kind == ErrorKind::Cancelled)
        return;
    if (d.isProblem())
        out << QCoreApplication::translate("Cli", "Diagnosis: %1").arg(d.sentence) << Qt::endl;
    printVerdict(out, d);
    if (d.path.isAnalysed() && (d.path.nat() == PathAnalysis::Nat::Yes || d.path.algSuspected() || d.path.mirrorReport()))
        out << QCoreApplication::translate("Cli", "Path: %1").arg(d.path.summary()) << Qt::endl;
}

void DiagnosisPrinter::printVerdict(QTextStream &out, const Diagnosis &d)
{
    if (!d.verdict)
        return;
    out << QCoreApplication::translate("Cli", "Verdict: %1 (%2)").arg(d.verdict->meaning, d.verdict->reference) << Qt::endl;
    out << QCoreApplication::translate("Cli", "Try: %1").arg(d.verdict->advice) << Qt::endl;
    if (d.verdict->health != ProbeVerdict::Health::Healthy)
        out << QCoreApplication::translate("Cli", "Liveness: %1").arg(ProbeVerdict::livenessText()) << Qt::endl;
}

void DiagnosisPrinter::printVerbose(QTextStream &out, const ProbeResult &result, const Diagnosis &d)
{
    out << QCoreApplication::translate("Cli", "Diagnosis:") << Qt::endl;
    out << u"  "_s << d.sentence << Qt::endl;
    out << u"  "_s << d.originExplanation << Qt::endl;
    for (const QString &line : d.evidence)
        out << u"  - "_s << line << Qt::endl;

    out << QCoreApplication::translate("Cli", "Path:") << Qt::endl;
    out << u"  "_s << d.path.summary() << Qt::endl;
    for (const PathFinding &finding : d.path.findings())
        out << u"  - "_s << (finding.algSign ? QCoreApplication::translate("Cli", "[ALG] %1").arg(finding.text) : finding.text) << Qt::endl;
    // What an ALG that does this is doing, once per explanation.
    QStringList explained;
    for (const PathFinding &finding : d.path.findings()) {
        const QString text = PathFinding::explanation(finding.kind);
        if (finding.algSign && !text.isEmpty() && !explained.contains(text)) {
            explained << text;
            out << u"    "_s << text << Qt::endl;
        }
    }

    const ProbeTiming timing = ProbeTiming::fromResult(result);
    if (timing.isEmpty())
        return;
    out << QCoreApplication::translate("Cli", "Timing:") << Qt::endl;
    auto ms = [](qint64 us) { return QString::number(double(us) / 1000.0, 'f', 3); };
    for (const TimingPhase &phase : timing.phases()) {
        QString line = u"  %1 → %2 ms  %3  %4"_s.arg(ms(phase.startUs), 10).arg(ms(phase.endUs), 10)
                           .arg(ProbeTiming::formatDuration(phase.durationUs()), 10).arg(phase.label);
        if (phase.failed)
            line += u"  "_s + QCoreApplication::translate("Cli", "(failed)");
        out << line << Qt::endl;
    }
    for (const TimingMark &mark : timing.marks())
        out << u"  %1 ms  %2"_s.arg(ms(mark.atUs), 10).arg(mark.label) << Qt::endl;
}

void DiagnosisPrinter::printExpectation(QTextStream &out, const ExpectationVerdict &verdict)
{
    for (const QString &reason : verdict.failureReasons())
        out << QCoreApplication::translate("Cli", "Expectation not met: %1").arg(reason) << Qt::endl;
}

void DiagnosisPrinter::printCandidates(QTextStream &out, const CandidateProbeResult &result, bool verbose)
{
    out << QCoreApplication::translate("Cli", "All targets of %1").arg(result.normalizedTarget.isEmpty() ? result.target : result.normalizedTarget)
        << Qt::endl;
    for (const ResolverEvent &event : result.resolution.trace) {
        if (!verbose && event.type != ResolverEvent::Type::SrvRecords)
            continue;
        out << u"  "_s << event.text << Qt::endl;
        for (const DnsServiceRecord &record : event.srvRecords) {
            out << u"    "_s
                << QCoreApplication::translate("Cli", "priority %1  weight %2  port %3  target %4  TTL %5")
                       .arg(record.priority)
                       .arg(record.weight)
                       .arg(record.port)
                       .arg(record.target, record.ttl < 0 ? QCoreApplication::translate("Cli", "unknown") : QCoreApplication::translate("Cli", "%1 s").arg(record.ttl))
                << Qt::endl;
        }
    }
    for (const CandidateResult &candidate : result.candidates) {
        const ProbeResult &r = candidate.result;
        QString status = r.hasFinalResponse() ? QString::number(r.statusCode) + u' ' + r.reasonPhrase
                                              : QCoreApplication::translate("Cli", "no response: %1").arg(errorKindTitle(r.error.kind).toLower());
        if (r.rttUs >= 0)
            status += u"  "_s + ProbeTiming::formatDuration(r.rttUs);
        out << u"  "_s << candidate.target.endpointText().leftJustified(30) << u' ' << status << Qt::endl;
        out << u"      "_s << CandidateModel::sourceText(candidate.target) << Qt::endl;
        if (!r.hasFinalResponse() || verbose)
            out << u"      "_s << Diagnosis::diagnose(r).sentence << Qt::endl;
    }
    out << result.diagnosis().sentence << Qt::endl;
}

} // namespace SipScope::Cli
