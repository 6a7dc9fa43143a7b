#include "responderwebsockets.h"

#include "sip/sipparser.h"
#include "sip/wstransport.h"

#include <QCoreApplication>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// The subprotocol of SIP over WebSocket (RFC 7118 §4).
const QString sipSubprotocol = u"sip"_s;

// Close codes that mean an ordinary end of the connection (RFC 6455 §7.4.1): the peer
// went away, rather than something in its messages making it (or us) close.
bool isOrdinaryClose(QWebSocketProtocol::CloseCode code)
{
    return code == QWebSocketProtocol::CloseCodeNormal || code == QWebSocketProtocol::CloseCodeGoingAway
        || code == QWebSocketProtocol::CloseCodeMissingStatusCode
        || code == QWebSocketProtocol::CloseCodeAbnormalDisconnection;
}

} // namespace

ResponderWebSockets::ResponderWebSockets(QObject *parent)
    : QObject(parent)
{
}

ResponderWebSockets::~ResponderWebSockets()
{
    close();
}

QString ResponderWebSockets::listen(const ResponderConfig &config, const std::optional<QSslConfiguration> &tls)
{
    close();
    m_config = config;
    auto server = std::make_unique<QWebSocketServer>(
        u"SipScope"_s, tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode);
    if (tls)
        server->setSslConfiguration(*tls);
    server->setSupportedSubprotocols({sipSubprotocol});
    // An opening handshake that does not complete is not held on to.
    server->setHandshakeTimeout(10000);
    if (!server->listen(config.address, config.port)) {
        const QString detail = server->errorString();
        return QCoreApplication::translate("SipScope::ResponderListener", "Cannot listen on %1 %2: %3")
            .arg(transportViaToken(config.transport),
                 ResponderPeer{config.transport, config.address, config.port, 0}.toString(), detail);
    }
    connect(server.get(), &QWebSocketServer::newConnection, this, &ResponderWebSockets::onPendingConnections);
    connect(server.get(), &QWebSocketServer::serverError, this, [this](QWebSocketProtocol::CloseCode) {
        // A client whose opening handshake is not a WebSocket upgrade (plain HTTP, a
        // SIP request on the port, a bad key): Qt answers it with an HTTP error itself.
        const ResponderPeer none{m_config.transport, {}, 0, 0};
        Q_EMIT connectionEvent(tr("Refused a WebSocket opening handshake: %1")
                                   .arg(m_server ? m_server->errorString() : QString()), none);
    });
    m_server = std::move(server);
    return {};
}

void ResponderWebSockets::close()
{
    const QList<quint64> ids = m_connections.keys();
    for (quint64 id : ids)
        dropConnection(id, {});
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server.release()->deleteLater();
    }
}

bool ResponderWebSockets::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress ResponderWebSockets::localAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 ResponderWebSockets::localPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool ResponderWebSockets::send(const ResponderPeer &peer, const QByteArray &bytes)
{
    const auto it = m_connections.constFind(peer.connection);
    if (it == m_connections.constEnd())
        return false;
    if (it->socket->bytesToWrite() + bytes.size() > ResponderConnectionLimits::maxUnsentBytes) {
        dropConnection(peer.connection, QCoreApplication::translate("SipScope::ResponderListener", "Closed the connection from %1: it does not read its answers."));
        return false;
    }
    return WsTransport::sendSipMessage(*it->socket, bytes) > 0;
}

void ResponderWebSockets::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        socket->setParent(this);
        const ResponderPeer peer{m_config.transport, socket->peerAddress(), socket->peerPort(), m_nextConnection++};
        const auto refuse = [socket](QWebSocketProtocol::CloseCode code, const QString &reason) {
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(code, reason);
            // A peer that never answers the closing handshake is cut off.
            QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        };
        if (m_connections.size() >= m_config.maxConnections) {
            Q_EMIT connectionEvent(QCoreApplication::translate("SipScope::ResponderListener", "Refused the connection from %1: already %n connection(s) open.", nullptr,
                                      m_config.maxConnections).arg(peer.toString()), peer);
            refuse(QWebSocketProtocol::CloseCodeGoingAway, u"too many connections"_s);
            continue;
        }
        if (socket->subprotocol() != sipSubprotocol) {
            // RFC 7118 §4: a SIP WebSocket client asks for "sip"; without it the peer
            // would not understand what we send, nor we what it does.
            Q_EMIT connectionEvent(tr("Closed the WebSocket connection from %1: it did not ask for the "
                                      "subprotocol \"sip\" (RFC 7118 §4).").arg(peer.toString()), peer);
            refuse(QWebSocketProtocol::CloseCodeProtocolError, u"the subprotocol must be sip"_s);
            continue;
        }
        // Qt closes the connection (code 1009) on a larger message or frame, which
        // onDisconnected reports; a SIP message beyond the parser's limit is refused anyway.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_config.parseLimits.maxMessageSize));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_config.parseLimits.maxMessageSize));
        Connection connection;
        connection.socket = socket;
        connection.peer = peer;
        const quint64 id = peer.connection;
        connection.idle = new QTimer(socket);
        connection.idle->setSingleShot(true);
        connection.idle->setInterval(m_config.idleConnectionMs);
        connect(connection.idle, &QTimer::timeout, this, [this, id] {
            dropConnection(id, QCoreApplication::translate("SipScope::ResponderListener", "Closed the idle connection from %1."));
        });
        connection.stalled = new QTimer(socket);
        connection.stalled->setSingleShot(true);
        connection.stalled->setInterval(ResponderConnectionLimits::stalledPeerMs);
        connect(connection.stalled, &QTimer::timeout, this, [this, id] {
            dropConnection(id, QCoreApplication::translate("SipScope::ResponderListener", "Closed the connection from %1: it does not read its answers."));
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, id](const QString &message) { onMessage(id, message.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray &message) { onMessage(id, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { onDisconnected(id); });
        connect(socket, &QWebSocket::bytesWritten, this, [this, id] {
            const auto it = m_connections.find(id);
            if (it == m_connections.end() || !it->stalled->isActive())
                return;
            if (it->socket->bytesToWrite() > ResponderConnectionLimits::backlogBytes / 2)
                it->stalled->start();   // it is reading, just slowly
            else
                it->stalled->stop();
        });
        connection.idle->start();
        m_connections.insert(id, std::move(connection));
        Q_EMIT connectionEvent(QCoreApplication::translate("SipScope::ResponderListener", "Accepted a %1 connection from %2.")
                                   .arg(transportViaToken(peer.transport), peer.toString()), peer);
    }
}

void ResponderWebSockets::onMessage(quint64 id, const QByteArray &bytes)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    it->idle->start();
    const ResponderPeer peer = it->peer;
    if (m_admit && !m_admit(peer))
        return;   // shed before parsing: the rate limit counted it
    if (it->socket->bytesToWrite() > ResponderConnectionLimits::backlogBytes) {
        if (!it->stalled->isActive())
            it->stalled->start();
        Q_EMIT messageShed(peer);
        return;
    }
    // RFC 7118 §5: one WebSocket message is one SIP message, so it is framed like a
    // datagram. What is not SIP is reported and the connection kept: the framing of
    // the next message does not depend on this one.
    const SipParseResult parsed = SipParser::parseDatagram(bytes, m_config.parseLimits);
    if (parsed.isValid())
        Q_EMIT messageReceived(*parsed.message, bytes, peer);
    else if (parsed.error != SipParseError::Empty)
        Q_EMIT garbageReceived(bytes, parsed.errorMessage, peer);
}

void ResponderWebSockets::onDisconnected(quint64 id)
{
    const auto it = m_connections.constFind(id);
    if (it == m_connections.constEnd())
        return;
    const QWebSocketProtocol::CloseCode code = it->socket->closeCode();
    if (isOrdinaryClose(code)) {
        dropConnection(id, QCoreApplication::translate("SipScope::ResponderListener", "%1 closed the connection."));
        return;
    }
    // Closed for what the peer sent (Qt: 1009 for a message over the size limit, 1007
    // for a text message that is not UTF-8, 1002 for a broken frame) or by the peer
    // with a code of its own: the code and reason say which.
    QString reason = it->socket->closeReason();
    if (reason.isEmpty())
        reason = it->socket->errorString();
    dropConnection(id, tr("The WebSocket connection from %1 was closed with code %2: %3")
                           .arg(u"%1"_s, QString::number(int(code)), reason));
}

void ResponderWebSockets::dropConnection(quint64 id, const QString &why)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection connection = std::move(*it);
    m_connections.erase(it);
    connection.socket->disconnect(this);
    connection.socket->abort();
    connection.socket->deleteLater();
    if (!why.isEmpty())
        Q_EMIT connectionEvent(why.arg(connection.peer.toString()), connection.peer);
}

} // namespace SipScope
