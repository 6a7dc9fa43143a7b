#include "wstransport.h"

#include "sipparser.h"
#include "tlscertificatecheck.h"
#include "tlstransport.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

bool isSecure(TransportProtocol protocol)
{
    return protocol == TransportProtocol::Wss;
}

} // namespace

WsTransport::WsTransport(TransportProtocol protocol, QObject *parent)
    : Transport(parent)
    , m_protocol(protocol == TransportProtocol::Wss ? TransportProtocol::Wss : TransportProtocol::Ws)
    , m_sentByHost(randomInvalidHost())
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &WsTransport::onConnectTimeout);
}

WsTransport::~WsTransport()
{
    close();
}

QString WsTransport::randomInvalidHost()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString host;
    for (int i = 0; i < 12; ++i)
        host += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return host + u".invalid"_s;
}

bool WsTransport::isWebSocketUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"ws://"_s, Qt::CaseInsensitive) || trimmed.startsWith(u"wss://"_s, Qt::CaseInsensitive);
}

QString WsTransport::sipUriForUrl(const QString &text, QString *path, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!url.isValid() || (scheme != u"ws"_s && scheme != u"wss"_s) || url.host().isEmpty())
        return fail(tr("\"%1\" is not a WebSocket URL: write it as ws://host[:port][/path] or wss://…").arg(text.trimmed()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("The WebSocket URL %1 may not carry a user, a query or a fragment.").arg(text.trimmed()));
    const int port = url.port(scheme == u"wss"_s ? 443 : 80);
    if (port <= 0 || port > 65535)
        return fail(tr("The port of %1 is not a port number.").arg(text.trimmed()));
    if (path)
        *path = url.path().isEmpty() ? u"/"_s : url.path();
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return u"sip:%1:%2;transport=%3"_s.arg(host).arg(port).arg(scheme);
}

QUrl WsTransport::url(TransportProtocol protocol, const TransportEndpoint &endpoint, const QString &path)
{
    QUrl url;
    url.setScheme(isSecure(protocol) ? u"wss"_s : u"ws"_s);
    // The name, not the address: the TLS certificate is checked against it and the
    // HTTP Host header carries it (RFC 6455 §4.1). Qt resolves it again.
    url.setHost(endpoint.hostName.isEmpty() ? endpoint.address.toString() : endpoint.hostName);
    url.setPort(endpoint.port);
    url.setPath(path.isEmpty() ? u"/"_s : (path.startsWith(u'/') ? path : u'/' + path));
    return url;
}

QString WsTransport::peerText() const
{
    return m_url.toString();
}

void WsTransport::open(const TransportEndpoint &remote, const TransportOptions &options)
{
    m_remote = remote;
    m_options = options;
    m_url = url(m_protocol, remote, options.webSocketPath);
    m_ready = false;
    m_failed = false;
    m_closing = false;
    m_session = {};
    m_problemTokens.clear();

    m_socket = std::make_unique<QWebSocket>(options.webSocketOrigin, QWebSocketProtocol::VersionLatest);
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &WsTransport::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &WsTransport::onDisconnected);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &WsTransport::onError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &WsTransport::onError);
#endif
    connect(socket, &QWebSocket::sslErrors, this, &WsTransport::onSslErrors);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) { onMessage(message.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &WsTransport::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] {
        setLastReceiveTime(WireTime::now());
        Q_EMIT keepAlivePong();
    });
    socket->setMaxAllowedIncomingMessageSize(quint64(options.parseLimits.maxMessageSize));

    if (isSecure(m_protocol)) {
        QSslConfiguration configuration;
        const QString problem = TlsTransport::configure(options.tls, &configuration);
        if (!problem.isEmpty()) {
            failWith({ErrorKind::Tls, problem, {}, u"client_certificate"_s});
            return;
        }
        socket->setSslConfiguration(configuration);
        m_session.serverName = m_url.host();
        m_session.clientCertificateOffered = options.tls.hasClientCertificate();
    }

    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({u"sip"_s});
    m_connectTimer.start(std::max(1, options.connectTimeoutMs));
    socket->open(QNetworkRequest(m_url), handshake);
}

void WsTransport::onConnected()
{
    m_connectTimer.stop();
    if (m_socket->subprotocol() != u"sip"_s) {
        failWith({ErrorKind::Transport,
                  tr("%1 opened the WebSocket but did not agree to the subprotocol \"sip\" (RFC 7118 §4): "
                     "it is not a SIP WebSocket server, or SIP lives under another path.").arg(peerText()),
                  m_socket->subprotocol().isEmpty() ? tr("no subprotocol") : m_socket->subprotocol(),
                  u"subprotocol"_s});
        return;
    }
    if (isSecure(m_protocol)) {
        const QSslConfiguration configuration = m_socket->sslConfiguration();
        m_session.protocol = TlsTransport::protocolName(configuration.sessionProtocol());
        if (m_session.protocol.isEmpty())
            m_session.protocol = configuration.sessionCipher().protocolString();
        m_session.cipher = configuration.sessionCipher().name();
        if (!configuration.peerCertificate().isNull())
            m_session.peerCertificate = TlsCertificateSummary::fromCertificate(configuration.peerCertificate());
        m_session.verified = m_problemTokens.isEmpty() && m_session.peerCertificate.has_value();
        const QString verdict = m_session.verified ? tr("verified for %1").arg(m_session.serverName) : tr("NOT verified");
        Q_EMIT transportEvent({TransportEvent::Type::Info,
                      tr("TLS: %1, %2; certificate %3 (%4)")
                          .arg(m_session.protocol, m_session.cipher, verdict,
                               m_session.peerCertificate ? m_session.peerCertificate->describe() : tr("no certificate"))});
    }
    // The whole opening (TCP, TLS for wss, HTTP upgrade) is one step on the timeline.
    Q_EMIT transportEvent({TransportEvent::Type::Connected,
                  tr("WebSocket open to %1 (subprotocol sip), from %2")
                      .arg(peerText(), TransportEndpoint{localAddress(), localPort(), {}}.toString())});
    m_ready = true;
    Q_EMIT ready();
}

void WsTransport::onDisconnected()
{
    if (m_closing || m_failed)
        return;
    m_connectTimer.stop();
    if (!m_ready) {
        // The error signal usually says more; give it the chance to arrive first.
        QMetaObject::invokeMethod(this, [this] {
            failWith({ErrorKind::Transport,
                      tr("%1 closed the connection during the WebSocket handshake (wrong path, or not a WebSocket server).")
                          .arg(peerText()),
                      m_socket ? m_socket->errorString() : QString(), u"connection_closed"_s});
        }, Qt::QueuedConnection);
        return;
    }
    const QString reason = m_socket ? m_socket->closeReason() : QString();
    failWith({ErrorKind::Transport, tr("%1 closed the WebSocket connection before answering.").arg(peerText()),
              reason, u"connection_closed"_s});
}

void WsTransport::onError(QAbstractSocket::SocketError error)
{
    if (m_closing || m_failed)
        return;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failWith({ErrorKind::Refused, tr("Nothing accepts connections on %1: the port is closed.").arg(peerText()), detail});
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith({ErrorKind::Dns, tr("The name in %1 could not be resolved.").arg(peerText()), detail});
        return;
    case QAbstractSocket::NetworkError:
        failWith({ErrorKind::Unreachable, tr("%1 cannot be reached: %2").arg(peerText(), detail), detail});
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        // A certificate problem was reported by onSslErrors() already.
        failWith({ErrorKind::Tls, tr("The TLS handshake with %1 failed: %2").arg(peerText(), detail), detail,
                  u"handshake"_s});
        return;
    default:
        break;
    }
    failWith({ErrorKind::Transport, tr("The WebSocket connection to %1 failed: %2").arg(peerText(), detail), detail});
}

void WsTransport::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket)
        return;
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        m_session.peerCertificate = TlsCertificateSummary::fromCertificate(peer);
    const QList<TlsCertificateCheck::Finding> findings = TlsCertificateCheck::findings(
        errors, m_session.peerCertificate.value_or(TlsCertificateSummary()), m_session.serverName);
    TlsCertificateCheck::record(findings, &m_session);
    m_problemTokens = m_session.problems;
    if (m_options.tls.insecure) {
        m_session.insecure = true;
        m_socket->ignoreSslErrors();
        Q_EMIT transportEvent({TransportEvent::Type::Info,
                      tr("The certificate of %1 is NOT verified (%2); going on because insecure mode is on.")
                          .arg(peerText(), m_session.problemTexts.join(u"; "_s))});
        return;
    }
    // The handshake fails next; say why in the words the TLS transport uses.
    const QString message = TlsCertificateCheck::failureMessage(peerText(), findings);
    failWith({ErrorKind::Tls, message,
              m_session.peerCertificate ? m_session.peerCertificate->describe() : QString(),
              m_problemTokens.isEmpty() ? u"certificate"_s : m_problemTokens.constFirst()});
}

void WsTransport::onMessage(const QByteArray &bytes)
{
    if (m_closing || m_failed)
        return;
    // The moment the message was noticed, before the parse: one reading for the RTT and
    // the capture.
    setLastReceiveTime(WireTime::now());
    const SipParseResult parsed = SipParser::parseDatagram(bytes, m_options.parseLimits);
    tapPacket(m_options, WirePacket::Kind::Message, false, bytes, lastReceiveTime());
    if (parsed.isValid()) {
        Q_EMIT messageReceived(*parsed.message, bytes);
        return;
    }
    Q_EMIT garbageReceived(bytes, parsed.error, parsed.errorMessage);
    // RFC 7118 §5: every message on the WebSocket is one SIP message. A reliable
    // transport retransmits nothing, so no better answer is coming: what the server
    // sent is the result.
    failWith({ErrorKind::MalformedAnswer,
              tr("%1 answered with a WebSocket message that is not a SIP message (%2).").arg(peerText(), parsed.errorMessage),
              parseErrorToken(parsed.error), u"framing"_s});
}

void WsTransport::onConnectTimeout()
{
    const QString seconds = QString::number(double(m_options.connectTimeoutMs) / 1000.0, 'g', 4);
    failWith({ErrorKind::Timeout,
              tr("The WebSocket to %1 did not open within %2 s: a firewall may drop the connection, "
                 "or the server does not complete the handshake.").arg(peerText(), seconds),
              {}, u"connect_timeout"_s});
}

void WsTransport::send(const QByteArray &message)
{
    if (!m_socket || !m_ready)
        return;
    // The application clock at the send call, one reading for the RTT and the capture.
    // The WebSocket framing (and for wss the TLS) is Qt's; the capture gets the message.
    setLastSendTime(WireTime::now());
    tapPacket(m_options, WirePacket::Kind::Message, true, message, lastSendTime());
    sendSipMessage(*m_socket, message);
}

bool WsTransport::sendKeepAlivePing()
{
    if (!m_socket || !m_ready)
        return false;
    setLastSendTime(WireTime::now());
    m_socket->ping();
    return true;
}

qint64 WsTransport::sendSipMessage(QWebSocket &socket, const QByteArray &message)
{
    // RFC 7118 §4: text frames carry UTF-8; anything else goes as binary.
    const QString text = QString::fromUtf8(message);
    if (text.toUtf8() == message)
        return socket.sendTextMessage(text);
    return socket.sendBinaryMessage(message);
}

void WsTransport::close()
{
    m_closing = true;
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater();
    }
}

QHostAddress WsTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 WsTransport::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

std::optional<TlsSessionInfo> WsTransport::tlsSession() const
{
    if (!isSecure(m_protocol))
        return std::nullopt;
    return m_session;
}

void WsTransport::failWith(const SipError &error)
{
    if (m_failed || m_closing)
        return;
    m_failed = true;
    m_connectTimer.stop();
    QMetaObject::invokeMethod(this, [this, error] {
        if (!m_closing)
            Q_EMIT failed(error);
    }, Qt::QueuedConnection);
}

} // namespace SipScope
