#include "respondercallbacks.h"

#include "sip/callbackheader.h"
#include "sip/optionsrequest.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString secondsText(std::chrono::milliseconds delay)
{
    return QString::number(double(delay.count()) / 1000.0, 'g', 6);
}

} // namespace

ResponderCallBacks::ResponderCallBacks(Send send, Local local, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_local(std::move(local))
{
}

ResponderCallBacks::~ResponderCallBacks() = default;

int ResponderCallBacks::pendingFrom(const ResponderPeer &peer) const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
                             [&peer](const std::shared_ptr<Pending> &pending) { return pending->peer.address == peer.address; }));
}

std::optional<QString> ResponderCallBacks::take(const SipMessage &request, const ResponderPeer &peer,
                                                const ResponderConfig &config, std::chrono::milliseconds extraDelay)
{
    const std::optional<QString> asked = request.header(CallBackHeader::name());
    if (!config.callBacks || !asked || request.method() == u"INVITE"_s || request.method() == u"ACK"_s)
        return std::nullopt;
    if (peer.transport != TransportProtocol::Udp)
        return CallBackHeader::formatRefused(CallBackHeader::transportReason());
    const auto delay = CallBackHeader::parseRequest(*asked);
    if (!delay)
        return CallBackHeader::formatRefused(CallBackHeader::invalidReason());
    if (m_pending.size() >= maxPending || pendingFrom(peer) >= maxPendingPerSource) {
        Q_EMIT notice(tr("Call-back for %1 refused: %2 call-backs are already waiting.")
                          .arg(peer.toString()).arg(m_pending.size()));
        return CallBackHeader::formatRefused(CallBackHeader::busyReason());
    }

    // The call-back goes to the request's source and nowhere else (see the header).
    const ResponderPeer local = m_local();
    SipUri target;
    target.setHost(peer.address.toString(),
                   peer.address.protocol() == QAbstractSocket::IPv6Protocol ? SipUri::HostType::IPv6 : SipUri::HostType::IPv4);
    target.setPort(peer.port);
    OptionsRequestParams params;
    params.target = target;
    params.transport = TransportProtocol::Udp;
    params.localAddress = local.address;
    params.localPort = local.port;
    params.fromUser = u"sipscope-call-back"_s;
    // RFC 3261 §20.21: In-Reply-To names the Call-ID this request returns, so that
    // the finder can tell its call-back from anything else.
    params.extraHeaders = {{u"In-Reply-To"_s, request.callId()}};
    const SipMessage callBack = OptionsRequest::build(params);

    auto pending = std::make_shared<Pending>();
    pending->peer = peer;
    pending->bytes = callBack.toBytes();
    pending->branch = callBack.topVia() ? callBack.topVia()->branch() : OptionsRequest::newBranch();
    pending->delay = *delay;
    pending->interval = config.timers.t1;
    pending->timer = std::make_unique<QTimer>();
    pending->timer->setSingleShot(true);
    pending->timer->setTimerType(Qt::PreciseTimer);
    const QString branch = pending->branch;
    connect(pending->timer.get(), &QTimer::timeout, this, [this, branch] { fire(branch); });
    pending->timer->start(extraDelay + *delay);
    m_pending.insert(branch, pending);
    return CallBackHeader::formatAccepted(*delay);
}

void ResponderCallBacks::fire(const QString &branch)
{
    const std::shared_ptr<Pending> pending = m_pending.value(branch);
    if (!pending)
        return;
    if (pending->transmissions > maxRetransmissions) {
        Q_EMIT notice(tr("Call-back to %1 after %2 s: no answer.").arg(pending->peer.toString(), secondsText(pending->delay)));
        m_pending.remove(branch);
        return;
    }
    m_send(pending->peer, pending->bytes);
    if (pending->transmissions == 0)
        Q_EMIT notice(tr("Call-back OPTIONS sent to %1 after %2 s.").arg(pending->peer.toString(), secondsText(pending->delay)));
    ++pending->transmissions;
    // Timer E (RFC 3261 §17.1.2.2): T1, 2·T1, 4·T1 …; after the last retransmission
    // one more interval to wait for its answer.
    pending->timer->start(pending->interval);
    pending->interval *= 2;
}

bool ResponderCallBacks::takeResponse(const SipMessage &response, const ResponderPeer &peer)
{
    const std::optional<SipVia> via = response.topVia();
    if (!via)
        return false;
    const auto it = m_pending.constFind(via->branch());
    if (it == m_pending.constEnd() || (*it)->peer.address != peer.address || (*it)->peer.port != peer.port)
        return false;
    if (response.isProvisional())
        return true;
    Q_EMIT notice(tr("Call-back to %1 answered %2 %3.").arg((*it)->peer.toString()).arg(response.statusCode()).arg(response.reasonPhrase()));
    m_pending.erase(it);
    return true;
}

void ResponderCallBacks::clear()
{
    m_pending.clear();
}

} // namespace SipScope
