// What `sipscope-cli options` prints of the diagnosis: the one sentence of
// what is wrong and where, NAT/ALG findings, the expectation checks, the timing
// waterfall as text (--verbose), and the per-candidate table of --all-targets.
#pragma once

#include "diagnosis/candidateprobe.h"
#include "diagnosis/diagnosis.h"
#include "probe/expectation.h"
#include "probe/proberesult.h"

class QTextStream;

namespace SipScope::Cli {

class DiagnosisPrinter final
{
public:
    // After the status block: the diagnosis sentence when something is wrong, and the
    // path summary when there is a NAT or an ALG to tell about. `diagnosis` is the
    // result's, made once by the caller (it parses the raw messages again).
    static void printSummary(QTextStream &out, const ProbeResult &result, const Diagnosis &diagnosis);
    // For a received status: what it means for the server, what to try, and that it
    // is alive for a liveness check.
    static void printVerdict(QTextStream &out, const Diagnosis &diagnosis);
    // --verbose: the diagnosis with its evidence and origin, every path finding, and
    // the timing phases and instants.
    static void printVerbose(QTextStream &out, const ProbeResult &result, const Diagnosis &diagnosis);
    // Each failed check on its own line (nothing when all passed).
    static void printExpectation(QTextStream &out, const ExpectationVerdict &verdict);
    // --all-targets: the resolution (SRV records with priority, weight, port, TTL),
    // one line per candidate and the sentence over all of them.
    static void printCandidates(QTextStream &out, const CandidateProbeResult &result, bool verbose);
};

} // namespace SipScope::Cli
