#include "dualstackprobe.h"

namespace SipScope {

DualStackVerdict DualStackResult::verdict(const std::function<bool(const ProbeResult &)> &passed) const
{
    return DualStackVerdict::combine(DualStackVerdict::stateOf(ipv4, passed(ipv4)),
                                     DualStackVerdict::stateOf(ipv6, passed(ipv6)));
}

bool DualStackResult::invalidTarget() const
{
    return ipv4.error.kind == ErrorKind::InvalidTarget || ipv6.error.kind == ErrorKind::InvalidTarget;
}

DualStackProbe::DualStackProbe(QObject *parent)
    : QObject(parent)
{
    connect(&m_ipv4, &OptionsProbe::finished, this,
            [this](const ProbeResult &result) { onFinished(DualStackVerdict::Family::IPv4, result); });
    connect(&m_ipv6, &OptionsProbe::finished, this,
            [this](const ProbeResult &result) { onFinished(DualStackVerdict::Family::IPv6, result); });
}

DualStackProbe::~DualStackProbe()
{
    m_ipv4.disconnect(this);
    m_ipv6.disconnect(this);
}

void DualStackProbe::setDnsBackend(std::shared_ptr<DnsBackend> backend)
{
    m_ipv4.setDnsBackend(backend);
    m_ipv6.setDnsBackend(std::move(backend));
}

void DualStackProbe::setTransportFactory(TransportFactory factory)
{
    m_ipv4.setTransportFactory(factory);
    m_ipv6.setTransportFactory(std::move(factory));
}

ResolveRequest::Family DualStackProbe::resolveFamily(DualStackVerdict::Family family)
{
    return family == DualStackVerdict::Family::IPv4 ? ResolveRequest::Family::IPv4Only
                                                    : ResolveRequest::Family::IPv6Only;
}

void DualStackProbe::start(const QString &target, const ProbeOptions &options)
{
    // Restarting abandons the running pair: their Cancelled results are not this run's.
    m_pending = 0;
    cancel();
    m_result = {};
    m_pending = 2;
    ProbeOptions ipv4 = options;
    ipv4.family = resolveFamily(DualStackVerdict::Family::IPv4);
    ProbeOptions ipv6 = options;
    ipv6.family = resolveFamily(DualStackVerdict::Family::IPv6);
    m_ipv4.start(target, ipv4);
    m_ipv6.start(target, ipv6);
}

void DualStackProbe::cancel()
{
    if (m_ipv4.isRunning())
        m_ipv4.cancel();
    if (m_ipv6.isRunning())
        m_ipv6.cancel();
}

void DualStackProbe::onFinished(DualStackVerdict::Family family, const ProbeResult &result)
{
    if (m_pending <= 0)
        return;
    (family == DualStackVerdict::Family::IPv4 ? m_result.ipv4 : m_result.ipv6) = result;
    Q_EMIT familyFinished(family, result);
    if (--m_pending == 0)
        Q_EMIT finished(m_result);
}

} // namespace SipScope
