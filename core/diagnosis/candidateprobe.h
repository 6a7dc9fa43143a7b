// --all-targets: resolve a target per RFC 3263 and probe every candidate — each SRV
// target and each of its addresses — at the same time, each with its own result, so
// that "one of the three servers behind this domain is down" shows at a glance. The
// resolution trace (records with priority, weight, port and TTL) comes along.
#pragma once

#include "diagnosis.h"
#include "probe/optionsprobe.h"

#include "sip/dnsbackend.h"
#include "sip/resolveresult.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

namespace SipScope {

class Resolver;

struct CandidateResult
{
    ResolvedTarget target;
    ProbeResult result;
    bool finished = false;
};

struct CandidateProbeResult
{
    QString target;
    QString normalizedTarget;
    ResolveResult resolution;          // targets in RFC 3263 order, and the trace
    QList<CandidateResult> candidates; // one per resolved target, in the same order
    SipError error;                    // invalid target, DNS failure, cancelled
    qint64 elapsedUs = 0;

    int answered() const;              // candidates with a final response
    // One sentence over all candidates ("Not answering: 1 of the 3 servers …").
    Diagnosis diagnosis() const;
};

class CandidateProbe final : public QObject
{
    Q_OBJECT
public:
    explicit CandidateProbe(QObject *parent = nullptr);
    ~CandidateProbe() override;

    // Tests inject a scripted DNS and transports; the defaults are the real ones.
    void setDnsBackend(std::shared_ptr<DnsBackend> backend);
    void setTransportFactory(TransportFactory factory);

    // finished() follows exactly once, asynchronously. At most maxCandidates are probed.
    void start(const QString &target, const ProbeOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const CandidateProbeResult &result() const { return m_result; }

    static constexpr int maxCandidates = 32;

Q_SIGNALS:
    void resolved(const SipScope::ResolveResult &resolution);
    void candidateFinished(int index, const SipScope::CandidateResult &candidate);
    void finished(const SipScope::CandidateProbeResult &result);

private:
    void onResolved(const ResolveResult &resolution);
    void onCandidateFinished(int index, const ProbeResult &result);
    void finish();
    void cleanUp();

    std::shared_ptr<DnsBackend> m_backend;
    TransportFactory m_factory;
    ProbeOptions m_options;
    CandidateProbeResult m_result;
    std::unique_ptr<Resolver> m_resolver;
    std::vector<std::unique_ptr<OptionsProbe>> m_probes;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace SipScope
