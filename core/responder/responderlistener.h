// The sockets of the responder: one bound UDP socket, or a TCP server (QTcpServer) or
// TLS server (QSslServer) with one stream parser per accepted connection, or a
// WebSocket server (ResponderWebSockets) for ws and wss. It turns bytes into SIP
// messages and sends answers back; which answer is the Responder's job.
#pragma once

#include "responderconfig.h"
#include "responderpeer.h"

#include "sip/siperror.h"
#include "sip/sipmessage.h"
#include "sip/sipparser.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QSslConfiguration;
class QUdpSocket;

namespace SipScope {

class ResponderWebSockets;

class ResponderListener final : public QObject
{
    Q_OBJECT
public:
    explicit ResponderListener(QObject *parent = nullptr);
    ~ResponderListener() override;

    // Binds per `config` (address, port, transport, TLS files). An error value on failure.
    SipError listen(const ResponderConfig &config);
    void close();
    bool isListening() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    int connectionCount() const;

    // UDP: a datagram to peer.address:peer.port. TCP/TLS/WS: a write on the connection,
    // false when it is gone (RFC 3261 §18.2.2 would open a new one; we report it).
    bool send(const ResponderPeer &peer, const QByteArray &bytes);

    // Called for every datagram, framed or WebSocket message before it is parsed further; false
    // drops it (the per-source rate limit). Unset: everything is admitted.
    using Admission = std::function<bool(const ResponderPeer &peer)>;
    void setAdmission(Admission admit) { m_admit = std::move(admit); }

    // UDP: datagrams the kernel dropped because the receive queue was full, since
    // the socket was bound; nullopt for TCP/TLS and where the platform does not say.
    std::optional<quint64> kernelDrops() const;

Q_SIGNALS:
    void messageReceived(const SipScope::SipMessage &message, const QByteArray &raw,
                         const SipScope::ResponderPeer &peer);
    // Bytes that are not SIP; on a stream the connection is closed afterwards.
    void garbageReceived(const QByteArray &raw, const QString &errorMessage,
                         const SipScope::ResponderPeer &peer);
    // Connections accepted, closed, refused, TLS handshake failures (translated).
    void connectionEvent(const QString &text, const SipScope::ResponderPeer &peer);
    // WebSocket: a message dropped unread while the peer's answers pile up unsent.
    void messageShed(const SipScope::ResponderPeer &peer);

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;   // stream bytes not yet framed into a message
        QTimer *idle = nullptr;
        // Started while reading waits for the peer to take its answers (see
        // onStreamData); a peer that takes nothing for that long is closed.
        QTimer *stalled = nullptr;
        bool waitingForPeerToRead = false;
        ResponderPeer peer;
    };

    SipError listenUdp();
    SipError listenStream();
    SipError listenWebSocket();
    SipError serverTlsConfiguration(QSslConfiguration *configuration) const;
    void onDatagrams();
    void onPendingConnections();
    void onStreamData(quint64 id);
    void dropConnection(quint64 id, const QString &why);

    ResponderConfig m_config;
    std::unique_ptr<QUdpSocket> m_udp;
    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<ResponderWebSockets> m_webSockets;
    QHash<quint64, Connection> m_connections;
    quint64 m_nextConnection = 1;
    Admission m_admit;
};

} // namespace SipScope
