// The responder's WebSocket side (RFC 7118): a QWebSocketServer for ws or wss that
// agrees to the subprotocol "sip" and closes connections that did not ask for it
// (§4), takes every WebSocket message as one SIP message (§5), text or binary, and
// answers on the connection the request came on. The bounds are those of the TCP/TLS
// side: at most maxConnections, an idle timeout, the message size limit, and a peer
// that does not take its answers is closed. One difference: Qt WebSockets reads a
// connection whether we want it or not, so while a peer's backlog of unsent answers is
// full its new requests are dropped and counted (messageShed) instead of TCP's flow
// control slowing it down.
#pragma once

#include "responderconfig.h"
#include "responderpeer.h"

#include "sip/sipmessage.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace SipScope {

class ResponderWebSockets final : public QObject
{
    Q_OBJECT
public:
    explicit ResponderWebSockets(QObject *parent = nullptr);
    ~ResponderWebSockets() override;

    // ws when `tls` is unset, wss with it. An error message (translated) on failure.
    QString listen(const ResponderConfig &config, const std::optional<QSslConfiguration> &tls);
    void close();
    bool isListening() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    int connectionCount() const { return int(m_connections.size()); }

    // One WebSocket message on the peer's connection; false when it is gone or was
    // closed for not reading its answers.
    bool send(const ResponderPeer &peer, const QByteArray &bytes);

    // As ResponderListener::Admission: false drops the message (the rate limit).
    using Admission = std::function<bool(const ResponderPeer &peer)>;
    void setAdmission(Admission admit) { m_admit = std::move(admit); }

Q_SIGNALS:
    void messageReceived(const SipScope::SipMessage &message, const QByteArray &raw,
                         const SipScope::ResponderPeer &peer);
    // A WebSocket message that is not SIP; the connection stays open (framing is intact).
    void garbageReceived(const QByteArray &raw, const QString &errorMessage,
                         const SipScope::ResponderPeer &peer);
    // A message dropped unread because the peer's answers pile up unsent.
    void messageShed(const SipScope::ResponderPeer &peer);
    void connectionEvent(const QString &text, const SipScope::ResponderPeer &peer);

private:
    struct Connection
    {
        QWebSocket *socket = nullptr;
        QTimer *idle = nullptr;
        QTimer *stalled = nullptr;   // runs while the backlog is full
        ResponderPeer peer;
    };

    void onPendingConnections();
    void onMessage(quint64 id, const QByteArray &bytes);
    void onDisconnected(quint64 id);
    void dropConnection(quint64 id, const QString &why);

    ResponderConfig m_config;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<quint64, Connection> m_connections;
    quint64 m_nextConnection = 1;
    Admission m_admit;
};

} // namespace SipScope
