#include "candidateprobe.h"

#include "sip/probetarget.h"
#include "sip/resolver.h"
#include "sip/serverdnsbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

int CandidateProbeResult::answered() const
{
    return int(std::count_if(candidates.cbegin(), candidates.cend(),
                             [](const CandidateResult &c) { return c.result.hasFinalResponse(); }));
}

Diagnosis CandidateProbeResult::diagnosis() const
{
    if (error.isError()) {
        ProbeResult failed;
        failed.target = target;
        failed.normalizedTarget = normalizedTarget;
        failed.error = error;
        return Diagnosis::diagnose(failed);
    }
    QList<ProbeResult> results;
    for (const CandidateResult &candidate : candidates)
        results << candidate.result;
    const SipUriParseResult parsed = SipUri::parse(normalizedTarget);
    return Diagnosis::diagnoseCandidates(parsed.isValid() ? parsed.uri->host() : target, results);
}

CandidateProbe::CandidateProbe(QObject *parent)
    : QObject(parent)
    , m_factory(&createTransport)
{
}

CandidateProbe::~CandidateProbe()
{
    m_running = false;
    cleanUp();
}

void CandidateProbe::setDnsBackend(std::shared_ptr<DnsBackend> backend)
{
    m_backend = std::move(backend);
}

void CandidateProbe::setTransportFactory(TransportFactory factory)
{
    m_factory = factory ? std::move(factory) : TransportFactory(&createTransport);
}

void CandidateProbe::start(const QString &target, const ProbeOptions &options)
{
    if (m_running)
        cancel();
    cleanUp();
    const quint64 generation = ++m_generation;
    m_options = options;
    m_result = CandidateProbeResult();
    m_result.target = target;
    m_running = true;
    m_clock.start();

    // Read as the probe reads it (each candidate's probe reads a ws:// URL's path itself).
    const ProbeTarget parsed = ProbeTarget::parse(target);
    if (!parsed.isValid()) {
        m_result.error = {ErrorKind::InvalidTarget, parsed.errorMessage(), {}};
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                finish();
        }, Qt::QueuedConnection);
        return;
    }
    const SipUri uri = parsed.uri();
    m_result.normalizedTarget = uri.toString();

    m_resolver = std::make_unique<Resolver>(m_backend ? m_backend : dnsBackendFor(m_options.dnsServer));
    m_resolver->setClock(m_clock);
    connect(m_resolver.get(), &Resolver::finished, this, &CandidateProbe::onResolved);
    ResolveRequest request;
    request.host = uri.host();
    request.port = uri.port();
    // As the probe does: only an explicit choice is passed on, RFC 3263 §4.1 decides the rest.
    request.transport = options.transport ? options.transport : uri.transportParameter();
    request.secure = uri.isSips();
    m_resolver->resolve(request);
}

void CandidateProbe::cancel()
{
    if (!m_running)
        return;
    m_result.error = {ErrorKind::Cancelled, tr("The probe was cancelled."), {}};
    for (const auto &probe : m_probes) {
        if (probe->isRunning())
            probe->cancel();   // each reports its own Cancelled result
    }
    finish();
}

void CandidateProbe::onResolved(const ResolveResult &resolution)
{
    if (!m_running)
        return;
    m_result.resolution = resolution;
    Q_EMIT resolved(resolution);
    if (!resolution.ok()) {
        m_result.error = resolution.error == ResolveErrorKind::InvalidRequest
            ? SipError{ErrorKind::InvalidTarget, resolution.errorMessage, {}}
            : SipError{ErrorKind::Dns, resolution.errorMessage, resolveErrorKindToken(resolution.error),
                       resolveErrorKindToken(resolution.error)};
        finish();
        return;
    }
    const qsizetype count = std::min<qsizetype>(resolution.targets.size(), maxCandidates);
    m_pending = int(count);
    for (qsizetype i = 0; i < count; ++i) {
        CandidateResult candidate;
        candidate.target = resolution.targets.at(i);
        m_result.candidates << candidate;
    }
    const quint64 generation = m_generation;
    for (qsizetype i = 0; i < count; ++i) {
        auto probe = std::make_unique<OptionsProbe>();
        probe->setTransportFactory(m_factory);
        connect(probe.get(), &OptionsProbe::finished, this, [this, generation, i](const ProbeResult &result) {
            if (generation == m_generation)
                onCandidateFinished(int(i), result);
        });
        ProbeOptions options = m_options;
        options.resolvedTarget = resolution.targets.at(i);
        OptionsProbe *raw = probe.get();
        m_probes.push_back(std::move(probe));
        raw->start(m_result.target, options);
    }
}

void CandidateProbe::onCandidateFinished(int index, const ProbeResult &result)
{
    if (!m_running || index < 0 || index >= m_result.candidates.size())
        return;
    CandidateResult &candidate = m_result.candidates[index];
    if (candidate.finished)
        return;
    candidate.result = result;
    candidate.finished = true;
    Q_EMIT candidateFinished(index, candidate);
    if (--m_pending == 0)
        finish();
}

void CandidateProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.elapsedUs = m_clock.nsecsElapsed() / 1000;
    ++m_generation;
    Q_EMIT finished(m_result);
}

void CandidateProbe::cleanUp()
{
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->cancel();
        m_resolver.release()->deleteLater();
    }
    for (auto &probe : m_probes) {
        probe->disconnect(this);
        if (probe->isRunning())
            probe->cancel();
        probe.release()->deleteLater();
    }
    m_probes.clear();
}

} // namespace SipScope
