#include "responderlistener.h"

#include "kernelreceivedrops.h"
#include "responderwebsockets.h"

#include "sip/tlskeysupport.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// Datagrams handled per readyRead, so that a flood cannot starve the event loop.
constexpr int maxDatagramsPerRead = 256;
std::optional<QSslKey> loadKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            continue;
        if (const QString problem = TlsKeySupport::localKeyProblem(algorithm); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        return key;
    }
    *error = ResponderListener::tr("no PEM private key (RSA, EC or DSA) without a passphrase");
    return std::nullopt;
}

} // namespace

ResponderListener::ResponderListener(QObject *parent)
    : QObject(parent)
{
}

ResponderListener::~ResponderListener()
{
    close();
}

SipError ResponderListener::listen(const ResponderConfig &config)
{
    close();
    m_config = config;
    switch (config.transport) {
    case TransportProtocol::Udp:
        return listenUdp();
    case TransportProtocol::Ws:
    case TransportProtocol::Wss:
        return listenWebSocket();
    case TransportProtocol::Tcp:
    case TransportProtocol::Tls:
        break;
    }
    return listenStream();
}

SipError ResponderListener::listenUdp()
{
    m_udp = std::make_unique<QUdpSocket>();
    // DontShareAddress: another SIP server on the port must be an error, not a silent share.
    if (!m_udp->bind(m_config.address, m_config.port, QAbstractSocket::DontShareAddress)) {
        const QString detail = m_udp->errorString();
        m_udp.reset();
        return {ErrorKind::Transport,
                tr("Cannot listen on UDP %1: %2")
                    .arg(ResponderPeer{TransportProtocol::Udp, m_config.address, m_config.port, 0}.toString(), detail),
                detail};
    }
    connect(m_udp.get(), &QUdpSocket::readyRead, this, &ResponderListener::onDatagrams);
    return {};
}

SipError ResponderListener::serverTlsConfiguration(QSslConfiguration *configuration) const
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        return {ErrorKind::Tls,
                tr("No PEM certificate could be read from %1.").arg(m_config.certificateFile), {}};
    }
    QString keyError;
    const std::optional<QSslKey> key = loadKey(m_config.privateKeyFile, &keyError);
    if (!key) {
        return {ErrorKind::Tls,
                tr("The private key %1 cannot be used: %2").arg(m_config.privateKeyFile, keyError), keyError};
    }
    *configuration = QSslConfiguration::defaultConfiguration();
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(*key);
    // The responder does not ask clients for certificates (no mutual TLS).
    configuration->setPeerVerifyMode(QSslSocket::VerifyNone);
    return {};
}

SipError ResponderListener::listenWebSocket()
{
    std::optional<QSslConfiguration> tls;
    if (m_config.transport == TransportProtocol::Wss) {
        QSslConfiguration ssl;
        if (SipError error = serverTlsConfiguration(&ssl))
            return error;
        tls = ssl;
    }
    m_webSockets = std::make_unique<ResponderWebSockets>();
    m_webSockets->setAdmission([this](const ResponderPeer &peer) { return !m_admit || m_admit(peer); });
    const QString problem = m_webSockets->listen(m_config, tls);
    if (!problem.isEmpty()) {
        m_webSockets.reset();
        return {ErrorKind::Transport, problem, {}};
    }
    connect(m_webSockets.get(), &ResponderWebSockets::messageReceived, this, &ResponderListener::messageReceived);
    connect(m_webSockets.get(), &ResponderWebSockets::garbageReceived, this, &ResponderListener::garbageReceived);
    connect(m_webSockets.get(), &ResponderWebSockets::connectionEvent, this, &ResponderListener::connectionEvent);
    connect(m_webSockets.get(), &ResponderWebSockets::messageShed, this, &ResponderListener::messageShed);
    return {};
}

SipError ResponderListener::listenStream()
{
    const bool tls = m_config.transport == TransportProtocol::Tls;
    const QString where = ResponderPeer{m_config.transport, m_config.address, m_config.port, 0}.toString();
    if (tls) {
        QSslConfiguration ssl;
        if (SipError error = serverTlsConfiguration(&ssl))
            return error;
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(ssl);
        server->setHandshakeTimeout(10000);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError) {
            const ResponderPeer peer{TransportProtocol::Tls, socket->peerAddress(), socket->peerPort(), 0};
            Q_EMIT connectionEvent(tr("TLS handshake with %1 failed: %2").arg(peer.toString(), socket->errorString()), peer);
        });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    if (!m_server->listen(m_config.address, m_config.port)) {
        const QString detail = m_server->errorString();
        m_server.reset();
        return {ErrorKind::Transport, tr("Cannot listen on %1 %2: %3")
                                          .arg(transportViaToken(m_config.transport), where, detail), detail};
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ResponderListener::onPendingConnections);
    return {};
}

void ResponderListener::close()
{
    const QList<quint64> ids = m_connections.keys();
    for (quint64 id : ids)
        dropConnection(id, {});
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->close();
        m_udp.release()->deleteLater();
    }
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server.release()->deleteLater();
    }
    if (m_webSockets) {
        m_webSockets->disconnect(this);
        m_webSockets->close();
        m_webSockets.release()->deleteLater();
    }
}

int ResponderListener::connectionCount() const
{
    return int(m_connections.size()) + (m_webSockets ? m_webSockets->connectionCount() : 0);
}

bool ResponderListener::isListening() const
{
    return m_udp || (m_server && m_server->isListening()) || (m_webSockets && m_webSockets->isListening());
}

QHostAddress ResponderListener::localAddress() const
{
    if (m_udp)
        return m_udp->localAddress();
    if (m_webSockets)
        return m_webSockets->localAddress();
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 ResponderListener::localPort() const
{
    if (m_udp)
        return m_udp->localPort();
    if (m_webSockets)
        return m_webSockets->localPort();
    return m_server ? m_server->serverPort() : 0;
}

bool ResponderListener::send(const ResponderPeer &peer, const QByteArray &bytes)
{
    if (peer.transport == TransportProtocol::Udp) {
        if (!m_udp)
            return false;
        return m_udp->writeDatagram(bytes, peer.address, peer.port) == bytes.size();
    }
    if (peer.transport == TransportProtocol::Ws || peer.transport == TransportProtocol::Wss)
        return m_webSockets && m_webSockets->send(peer, bytes);
    const auto it = m_connections.constFind(peer.connection);
    if (it == m_connections.constEnd() || !it->socket)
        return false;
    if (it->socket->bytesToWrite() + bytes.size() > ResponderConnectionLimits::maxUnsentBytes) {
        dropConnection(peer.connection, tr("Closed the connection from %1: it does not read its answers."));
        return false;
    }
    return it->socket->write(bytes) == bytes.size();
}

void ResponderListener::onDatagrams()
{
    // Qt turns the socket's read notifier off for good when a readyRead is not followed
    // by a read (it takes the unread signal as "the reader is not keeping up"), and only
    // a receiveDatagram() turns it on again. A readyRead can find the queue empty: the
    // readiness was for a datagram already read, or the kernel dropped it (a bad UDP
    // checksum). Asking hasPendingDatagrams() first and reading nothing then left the
    // responder deaf with its socket open after a burst. So every call reads at least
    // once, and an empty read is simply nothing to do.
    //
    // At most maxDatagramsPerRead are handled per call; the notifier is level-triggered,
    // so what is left raises the next readyRead on the next turn of the event loop (a
    // queued call of our own would race with that notification and drain the queue
    // behind its back).
    const QPointer<QUdpSocket> socket = m_udp.get();
    for (int i = 0; i < maxDatagramsPerRead && socket; ++i) {
        if (i > 0 && !socket->hasPendingDatagrams())
            break;
        const QNetworkDatagram datagram = socket->receiveDatagram(m_config.parseLimits.maxMessageSize + 1);
        if (!datagram.isValid())
            continue;   // nothing queued after all, or an ICMP error for an earlier answer
        const ResponderPeer peer{TransportProtocol::Udp, datagram.senderAddress(),
                                 quint16(datagram.senderPort()), 0};
        if (m_admit && !m_admit(peer))
            continue;   // shed before parsing: the rate limit counted it
        // Sized to the datagram, not to the 64 KiB buffer it was read into: the GUI's
        // log keeps the raw bytes of its last thousand rows.
        QByteArray raw = datagram.data();
        raw.squeeze();
        const SipParseResult parsed = SipParser::parseDatagram(raw, m_config.parseLimits);
        if (parsed.isValid())
            Q_EMIT messageReceived(*parsed.message, raw, peer);
        else if (parsed.error != SipParseError::Empty)   // CRLF keep-alives are not garbage
            Q_EMIT garbageReceived(raw, parsed.errorMessage, peer);
    }
}

std::optional<quint64> ResponderListener::kernelDrops() const
{
    if (!m_udp)
        return std::nullopt;
    return KernelReceiveDrops::read(m_udp->socketDescriptor());
}

void ResponderListener::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        const ResponderPeer peer{m_config.transport, socket->peerAddress(), socket->peerPort(), m_nextConnection++};
        if (m_connections.size() >= m_config.maxConnections) {
            Q_EMIT connectionEvent(tr("Refused the connection from %1: already %n connection(s) open.", nullptr,
                                      m_config.maxConnections).arg(peer.toString()), peer);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        // With the buffer full Qt stops reading the socket, and TCP's flow control
        // slows the peer down instead of our memory growing.
        socket->setReadBufferSize(m_config.parseLimits.maxMessageSize);
        Connection connection;
        connection.socket = socket;
        connection.peer = peer;
        connection.idle = new QTimer(socket);
        connection.idle->setSingleShot(true);
        connection.idle->setInterval(m_config.idleConnectionMs);
        const quint64 id = peer.connection;
        connect(connection.idle, &QTimer::timeout, this, [this, id] {
            dropConnection(id, tr("Closed the idle connection from %1."));
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, id] { onStreamData(id); });
        connect(socket, &QTcpSocket::disconnected, this, [this, id] {
            dropConnection(id, tr("%1 closed the connection."));
        });
        connection.stalled = new QTimer(socket);
        connection.stalled->setSingleShot(true);
        connection.stalled->setInterval(ResponderConnectionLimits::stalledPeerMs);
        connect(connection.stalled, &QTimer::timeout, this, [this, id] {
            dropConnection(id, tr("Closed the connection from %1: it does not read its answers."));
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, id] {
            const auto it = m_connections.find(id);
            if (it == m_connections.end() || !it->waitingForPeerToRead)
                return;
            if (it->socket->bytesToWrite() > ResponderConnectionLimits::backlogBytes / 2) {
                it->stalled->start(); // it is reading, just slowly
                return;
            }
            it->waitingForPeerToRead = false;
            it->stalled->stop();
            onStreamData(id);
        });
        connection.idle->start();
        m_connections.insert(id, std::move(connection));
        Q_EMIT connectionEvent(tr("Accepted a %1 connection from %2.")
                                   .arg(transportViaToken(peer.transport), peer.toString()), peer);
        // Bytes that arrived with the handshake are already waiting.
        if (socket->bytesAvailable() > 0)
            onStreamData(id);
    }
}

void ResponderListener::onStreamData(quint64 id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    it->idle->start();
    if (it->waitingForPeerToRead)
        return; // bytesWritten resumes
    // Bounded reads: what the peer sends faster than we answer stays in the kernel
    // (and in QTcpSocket's capped read buffer), so TCP flow control slows it down
    // instead of our memory growing.
    const qint64 room = 2 * m_config.parseLimits.maxMessageSize - it->buffer.size();
    if (room > 0)
        it->buffer += it->socket->read(room);
    const ResponderPeer peer = it->peer;
    const auto continueLater = [this, id] {
        QMetaObject::invokeMethod(this, [this, id] { onStreamData(id); }, Qt::QueuedConnection);
    };
    // Each complete message in turn; the parser's size limit bounds the buffer.
    for (int i = 0; i < 1024; ++i) {
        it = m_connections.find(id);
        if (it == m_connections.end())
            return;
        // RFC 5626 §3.5.1: CRLFCRLF between messages is a keep-alive ping, answered
        // with a CRLF pong; stripping them keeps a stream of pings from growing the buffer.
        qsizetype crlf = 0;
        while (crlf + 1 < it->buffer.size() && it->buffer.at(crlf) == '\r' && it->buffer.at(crlf + 1) == '\n')
            crlf += 2;
        if (crlf > 0) {
            it->buffer.remove(0, crlf);
            if (crlf >= 4)
                it->socket->write("\r\n");
        }
        const std::optional<SipParseResult> result = SipParser::parseStream(it->buffer, m_config.parseLimits);
        if (!result) {
            if (it->buffer.size() <= m_config.parseLimits.maxMessageSize) {
                if (it->socket->bytesAvailable() > 0)
                    continueLater();
                return;
            }
            Q_EMIT garbageReceived(it->buffer.left(256), tr("More than %n byte(s) without a complete message.",
                                                            nullptr, int(m_config.parseLimits.maxMessageSize)), peer);
            dropConnection(id, tr("Closed the connection from %1 after bytes that are not SIP."));
            return;
        }
        const QByteArray consumed = it->buffer.left(result->consumed);
        it->buffer.remove(0, result->consumed);
        if (!result->isValid()) {
            // RFC 3261 §18.3: framing is lost; the connection cannot be used any more.
            Q_EMIT garbageReceived(consumed.isEmpty() ? it->buffer.left(256) : consumed, result->errorMessage, peer);
            dropConnection(id, tr("Closed the connection from %1 after bytes that are not SIP."));
            return;
        }
        if (m_admit && !m_admit(peer))
            continue;   // shed: the rate limit counted it
        Q_EMIT messageReceived(*result->message, consumed, peer);
        it = m_connections.find(id);
        if (it != m_connections.end() && it->socket->bytesToWrite() > ResponderConnectionLimits::backlogBytes) {
            it->waitingForPeerToRead = true;
            it->stalled->start();
            return;
        }
    }
    // A burst in one segment: the rest is already in our buffer and no readyRead will
    // come for it unless the peer sends more, so continue on the next turn.
    continueLater();
}

void ResponderListener::dropConnection(quint64 id, const QString &why)
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
