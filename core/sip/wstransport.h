// SIP over WebSocket (RFC 7118) with Qt WebSockets: ws:// and wss:// targets. The
// opening handshake asks for the subprotocol "sip" (RFC 7118 §4) and fails when the
// server does not agree to it; an Origin header is sent when one is configured (RFC
// 6455 §10.2, some servers insist on it). Every SIP message travels in one WebSocket
// message (RFC 7118 §5), text when it is UTF-8, binary otherwise. WSS checks the
// certificate exactly as the TLS transport does (system CAs plus --ca-file, the
// host name, --insecure to go on anyway and say so).
//
// A WebSocket client has no address a server could reach it at, so the Via sent-by
// and Contact host are a random name under .invalid (RFC 7118 §5); sentByHost()
// gives it, one per transport.
#pragma once

#include "transport.h"

#include <QAbstractSocket>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace SipScope {

class WsTransport final : public Transport
{
    Q_OBJECT
public:
    explicit WsTransport(TransportProtocol protocol, QObject *parent = nullptr);
    ~WsTransport() override;

    TransportProtocol protocol() const override { return m_protocol; }
    void open(const TransportEndpoint &remote, const TransportOptions &options) override;
    void send(const QByteArray &message) override;
    void close() override;
    // RFC 7118 defines no CRLF keep-alive (a CRLF in a WebSocket message is no SIP
    // message); the WebSocket's own Ping control frame (RFC 6455 §5.5.2) is the ping,
    // its Pong the pong.
    bool sendKeepAlivePing() override;

    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    TransportEndpoint remote() const override { return m_remote; }
    std::optional<TlsSessionInfo> tlsSession() const override;
    QString sentByHost() const override { return m_sentByHost; }

    // "ws://pbx.example.com:8080/sip" for an endpoint, a path and the protocol.
    static QUrl url(TransportProtocol protocol, const TransportEndpoint &endpoint, const QString &path);
    // A fresh "<12 random letters and digits>.invalid" (RFC 7118 §5, RFC 2606).
    static QString randomInvalidHost();

    // "ws://…" or "wss://…" (any case): a target given as a WebSocket URL.
    static bool isWebSocketUrl(const QString &text);
    // The SIP URI a WebSocket URL stands for, "sip:host:port;transport=ws" (the port of
    // the URL, else 80 for ws and 443 for wss as for any WebSocket URL, RFC 6455 §3), and
    // its path in *path ("/" when none). Empty with a translated *error for a URL that is
    // not usable (no host, user info, query or fragment, bad port).
    static QString sipUriForUrl(const QString &url, QString *path, QString *error);
    // One SIP message as one WebSocket message (RFC 7118 §5): text when it is UTF-8,
    // binary otherwise. The client and the responder both send with it. Bytes queued.
    static qint64 sendSipMessage(QWebSocket &socket, const QByteArray &message);

private:
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onMessage(const QByteArray &bytes);
    void onConnectTimeout();
    void failWith(const SipError &error);
    QString peerText() const;

    TransportProtocol m_protocol;
    std::unique_ptr<QWebSocket> m_socket;
    TransportEndpoint m_remote;
    TransportOptions m_options;
    QUrl m_url;
    QString m_sentByHost;
    QTimer m_connectTimer;
    TlsSessionInfo m_session;
    QStringList m_problemTokens;
    bool m_ready = false;
    bool m_failed = false;
    bool m_closing = false;
};

} // namespace SipScope
