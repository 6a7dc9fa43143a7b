#include "keepalivepinger.h"

#include "sip/transport.h"

#include <QCoreApplication>

namespace SipScope {

KeepAlivePinger::KeepAlivePinger(QObject *parent)
    : QObject(parent)
{
    m_pongTimer.setSingleShot(true);
    m_nextTimer.setSingleShot(true);
    connect(&m_pongTimer, &QTimer::timeout, this, &KeepAlivePinger::onPongTimeout);
    // A ping still waiting for its pong goes first; scheduleNext() sends the next.
    connect(&m_nextTimer, &QTimer::timeout, this, [this] {
        if (!m_waiting)
            sendPing();
    });
}

KeepAliveReport::Kind KeepAlivePinger::kindFor(Transport *transport)
{
    if (!transport)
        return KeepAliveReport::Kind::Unsupported;
    switch (transport->protocol()) {
    case TransportProtocol::Tcp:
    case TransportProtocol::Tls: return KeepAliveReport::Kind::Crlf;
    case TransportProtocol::Ws:
    case TransportProtocol::Wss: return KeepAliveReport::Kind::WebSocketPing;
    case TransportProtocol::Udp: break;
    }
    return KeepAliveReport::Kind::Unsupported;
}

void KeepAlivePinger::start(Transport *transport, const KeepAliveOptions &options)
{
    m_transport = transport;
    m_options = options;
    m_report = KeepAliveReport();
    m_report.requested = options.pings;
    m_report.kind = kindFor(transport);
    m_waiting = false;
    m_done = false;
    if (m_report.kind == KeepAliveReport::Kind::Unsupported) {
        const QString reason = QCoreApplication::translate(
            "KeepAlive", "UDP has no CRLF keep-alive (RFC 5626 §4.4.2 keeps UDP flows alive with STUN, which this probe does not send).");
        QMetaObject::invokeMethod(this, [this, reason] { end(reason); }, Qt::QueuedConnection);
        return;
    }
    connect(transport, &Transport::keepAlivePong, this, &KeepAlivePinger::onPong);
    connect(transport, &Transport::failed, this, &KeepAlivePinger::onTransportFailed);
    QMetaObject::invokeMethod(this, [this] { sendPing(); }, Qt::QueuedConnection);
}

void KeepAlivePinger::stop()
{
    if (m_done)
        return;
    end();
}

void KeepAlivePinger::sendPing()
{
    if (m_done)
        return;
    if (!m_transport || !m_transport->sendKeepAlivePing()) {
        end(QCoreApplication::translate("KeepAlive", "The connection was no longer open for the next ping."));
        return;
    }
    m_report.pongRttUs.append(std::nullopt);
    m_waiting = true;
    m_pongTimer.start(m_options.pongTimeout);
    // The next ping counts from this one, whether or not its pong comes.
    if (m_report.pings() < m_options.pings)
        m_nextTimer.start(std::max(m_options.interval, std::chrono::milliseconds{1}));
}

void KeepAlivePinger::onPong()
{
    // A pong nobody asked for (a second one, or the server's own), not a round trip.
    if (m_done || !m_waiting || !m_transport)
        return;
    m_waiting = false;
    m_pongTimer.stop();
    using std::chrono::microseconds;
    const auto rtt = std::chrono::duration_cast<microseconds>(m_transport->lastReceiveTime().at
                                                               - m_transport->lastSendTime().at).count();
    const int index = m_report.pings() - 1;
    m_report.pongRttUs[index] = std::max<qint64>(0, rtt);
    Q_EMIT pongReceived(index, *m_report.pongRttUs[index]);
    scheduleNext();
}

void KeepAlivePinger::onPongTimeout()
{
    if (m_done || !m_waiting)
        return;
    m_waiting = false;
    Q_EMIT pongMissing(m_report.pings() - 1);
    scheduleNext();
}

void KeepAlivePinger::scheduleNext()
{
    // The last ping answered or given up: done. With a pong wait longer than the
    // interval, a late ping goes out right away.
    if (m_report.pings() >= m_options.pings) {
        end();
        return;
    }
    if (!m_nextTimer.isActive())
        QMetaObject::invokeMethod(this, [this] { sendPing(); }, Qt::QueuedConnection);
}

void KeepAlivePinger::onTransportFailed(const SipError &error)
{
    if (m_done)
        return;
    if (m_waiting)
        Q_EMIT pongMissing(m_report.pings() - 1);
    end(QCoreApplication::translate("KeepAlive", "The connection ended: %1").arg(error.message));
}

void KeepAlivePinger::end(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_waiting = false;
    m_pongTimer.stop();
    m_nextTimer.stop();
    m_report.stopReason = reason;
    if (m_transport)
        m_transport->disconnect(this);
    Q_EMIT finished(m_report);
}

} // namespace SipScope
