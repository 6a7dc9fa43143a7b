// A dual-stack probe (`options --dual-stack`, the GUI's "IPv4 and IPv6 separately", the
// monitor's dual_stack): the same OPTIONS probe twice at once, one restricted to IPv4
// addresses and one to IPv6 (ProbeOptions::family, so the resolver applies the rule),
// so that each family gets its own result and a DualStackVerdict combines them.
#pragma once

#include "dualstackverdict.h"
#include "optionsprobe.h"

#include <QObject>

#include <functional>
#include <memory>

namespace SipScope {

struct DualStackResult
{
    ProbeResult ipv4;
    ProbeResult ipv6;

    const ProbeResult &of(DualStackVerdict::Family family) const
    {
        return family == DualStackVerdict::Family::IPv4 ? ipv4 : ipv6;
    }
    // `passed` is the caller's rule for one result (an Expectation, a verdict profile).
    DualStackVerdict verdict(const std::function<bool(const ProbeResult &)> &passed) const;
    // Either probe was given an unusable target (both were, then).
    bool invalidTarget() const;
};

class DualStackProbe final : public QObject
{
    Q_OBJECT
public:
    explicit DualStackProbe(QObject *parent = nullptr);
    ~DualStackProbe() override;

    // Tests inject a scripted DNS and transports; the defaults are the real ones.
    void setDnsBackend(std::shared_ptr<DnsBackend> backend);
    void setTransportFactory(TransportFactory factory);

    // Probes `target` over IPv4 and over IPv6 at once (options.family is replaced).
    // finished() follows exactly once, asynchronously, when both have ended.
    void start(const QString &target, const ProbeOptions &options = {});
    // Cancels both; finished() follows with their Cancelled results.
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    static ResolveRequest::Family resolveFamily(DualStackVerdict::Family family);

Q_SIGNALS:
    void familyFinished(SipScope::DualStackVerdict::Family family, const SipScope::ProbeResult &result);
    void finished(const SipScope::DualStackResult &result);

private:
    void onFinished(DualStackVerdict::Family family, const ProbeResult &result);

    OptionsProbe m_ipv4;
    OptionsProbe m_ipv6;
    DualStackResult m_result;
    int m_pending = 0;
};

} // namespace SipScope
