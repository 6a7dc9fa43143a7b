// Where to send a request for a SIP URI: RFC 3263 §4, i.e. literal address, or NAPTR,
// SRV and A/AAAA, with a trace of every step.
#pragma once

#include "dnsbackend.h"
#include "resolutionplan.h"
#include "resolveresult.h"
#include "transportprotocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace SipScope {

// Resolution rules (RFC 3263 §4.1, §4.2; the reasons are spelled out in
// docs/resolution-and-auth.md):
// - numeric host: that address; transport as given, else UDP (sip:) or TLS (sips:);
//   the given port, else 5060 / 5061.
// - explicit port: A/AAAA of the host, no SRV.
// - otherwise NAPTR first (RFC 3263 §4.1): the SIP records (naptrselection.h) give the
//   SRV names to ask, in order and preference; without usable ones, SRV for the transport: _sips._tcp (TLS, also for sip: URIs that ask for
//   TLS), _sip._tcp (TCP), _sip._udp (UDP); with no transport given, _sips._tcp for
//   sips: URIs and for sip: URIs both _sip._udp and _sip._tcp, UDP targets first.
//   Records are ordered by priority and weight (RFC 2782), each target resolved to
//   its addresses. Without any SRV record: A/AAAA of the host on the default port,
//   UDP for sip:, TLS for sips:.
// - WebSocket transports have no SRV (RFC 7118): A/AAAA only.
class Resolver final : public QObject
{
    Q_OBJECT
public:
    // Uses the real DNS (QtDnsBackend).
    explicit Resolver(QObject *parent = nullptr);
    // Uses an injected backend, e.g. a scripted one in tests.
    explicit Resolver(std::shared_ptr<DnsBackend> backend, QObject *parent = nullptr);
    ~Resolver() override;

    // A lookup that has not answered after this long counts as "no answer" (default 5 s).
    void setLookupTimeout(std::chrono::milliseconds timeout);
    // Makes the RFC 2782 weighted order reproducible; by default it is random.
    void setRandomSeed(quint32 seed);
    // Event times are measured on this clock (e.g. the probe's, started when the probe
    // started). Without one, the resolver starts its own clock at resolve().
    void setClock(const QElapsedTimer &clock);

    // Starts resolving; finished() follows exactly once, never from inside this call.
    // Resolving again abandons the running resolution without a finished() for it.
    void resolve(const ResolveRequest &request);
    // Abandons the running resolution; no finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const ResolveResult &result() const { return m_result; }

Q_SIGNALS:
    void eventRecorded(const SipScope::ResolverEvent &event);
    void finished(const SipScope::ResolveResult &result);

private:
    struct SrvQuery
    {
        SrvService service;
        SrvLookupResult result;
    };

    void begin();
    void resolveHostDirectly();
    void onNaptrAnswer(const NaptrLookupResult &answer);
    void startSrvQueries(const QList<SrvService> &services);
    void onSrvAnswer(qsizetype index, const SrvLookupResult &answer);
    void onSrvAnswers();
    void onTargetAddresses();
    // Runs one backend lookup under the resolver's timeout and generation guard.
    template<typename Answer>
    void startLookup(const QString &name,
                     const std::function<void(QObject *, std::function<void(const Answer &)>)> &launch,
                     std::function<void(const Answer &)> done);
    QList<DnsAddressRecord> usable(const QList<DnsAddressRecord> &addresses) const;
    void record(ResolverEvent event);
    void record(ResolverEvent::Type type, const QString &name, const QString &text);
    void recordHostAnswer(const QString &name, const HostLookupResult &answer);
    void fail(ResolveErrorKind kind, const QString &message);
    void finish();
    qint64 nowUs() const;

    std::shared_ptr<DnsBackend> m_backend;
    std::chrono::milliseconds m_timeout{5000};
    QRandomGenerator m_random;
    QElapsedTimer m_externalClock;
    QElapsedTimer m_clock;
    ResolveRequest m_request;
    ResolutionPlan m_plan;
    QList<SrvQuery> m_srvQueries;
    QList<DnsServiceRecord> m_orderedSrv; // usable records, in try order
    QList<qsizetype> m_orderedSrvQuery;   // index into m_srvQueries for each of them
    QHash<QString, HostLookupResult> m_targetAddresses;
    int m_pending = 0;
    QList<QPointer<QObject>> m_contexts;
    ResolveResult m_result;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace SipScope
