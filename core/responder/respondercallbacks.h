// Call-backs for the NAT timeout finder (`respond --call-back`): an OPTIONS that asks
// with a SipScope-Call-Back header gets, that many seconds after its answer, an OPTIONS
// sent back to the address and port it came from. If that request reaches the client,
// the client's NAT binding outlived the silence. A plain SIP server never sends anything
// unasked, so the finder needs this cooperating far end.
//
// Why this cannot be turned into an amplifier or a way to reach third parties:
// - off unless the responder is started with call-backs switched on;
// - the call-back goes only to the UDP source address and port the request came from,
//   never to anything named inside the request (Via, Contact, From);
// - one accepted request gives one call-back: its first transmission and at most
//   maxRetransmissions more (RFC 3261 §17.1.2.2 Timer E spacing), stopped by any
//   answer, each about the size of the request; so at most 1 + maxRetransmissions
//   datagrams for one datagram received, spread over seconds;
// - at most maxPending call-backs wait at once (maxPendingPerSource from one address);
//   beyond that the request is answered as usual with "refused;reason=busy";
// - the silence is capped (CallBackHeader::maxDelay), so nothing is parked for long.
#pragma once

#include "responderconfig.h"
#include "responderpeer.h"

#include "sip/sipmessage.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace SipScope {

class ResponderCallBacks final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxPending = 64;
    static constexpr int maxPendingPerSource = 16;
    static constexpr int maxRetransmissions = 3;

    // `send` puts bytes on the listener's socket; `local` gives its address and port
    // (for the call-back's Via).
    using Send = std::function<bool(const ResponderPeer &peer, const QByteArray &bytes)>;
    using Local = std::function<ResponderPeer()>;
    ResponderCallBacks(Send send, Local local, QObject *parent = nullptr);
    ~ResponderCallBacks() override;

    // For a request that asks for a call-back: the value of the answer's
    // SipScope-Call-Back header, and the call-back scheduled `extraDelay` + the asked
    // silence from now when accepted. nullopt when the request does not ask or call-backs
    // are off (the answer then carries no such header, as from any other server).
    std::optional<QString> take(const SipMessage &request, const ResponderPeer &peer, const ResponderConfig &config,
                                std::chrono::milliseconds extraDelay);
    // A response that answers one of our call-backs: true when it did (it is then ours).
    bool takeResponse(const SipMessage &response, const ResponderPeer &peer);
    void clear();
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    // Translated: a call-back sent, answered, or left without an answer.
    void notice(const QString &text);

private:
    struct Pending
    {
        ResponderPeer peer;
        QByteArray bytes;         // the call-back request
        QString branch;
        std::chrono::milliseconds delay{0};
        std::unique_ptr<QTimer> timer;
        int transmissions = 0;
        std::chrono::milliseconds interval{0};
    };
    void fire(const QString &branch);
    int pendingFrom(const ResponderPeer &peer) const;

    Send m_send;
    Local m_local;
    QHash<QString, std::shared_ptr<Pending>> m_pending;   // by Via branch
};

} // namespace SipScope
