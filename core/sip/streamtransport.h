// Connection-oriented SIP transports (RFC 3261 §18): one TCP connection per probe,
// messages framed by Content-Length through the stream parser (RFC 3261 §18.3), no
// retransmissions (the transaction sees isReliable()). TcpTransport and TlsTransport
// differ only in how the connection becomes usable.
//
// Failures are kept apart, because each points a technician somewhere else:
// refused (nothing listens), unreachable, connect timeout (a firewall drops the
// SYN), closed or reset by the server before an answer, framing lost (the server
// sent bytes that are not SIP), and, for TLS, the handshake and the certificate.
#pragma once

#include "transport.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace SipScope {

class StampedConnection;

class StreamTransport : public Transport
{
    Q_OBJECT
public:
    ~StreamTransport() override;

    void open(const TransportEndpoint &remote, const TransportOptions &options) override;
    void send(const QByteArray &message) override;
    void close() override;
    bool sendKeepAlivePing() override;

    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    TransportEndpoint remote() const override { return m_remote; }

protected:
    explicit StreamTransport(QObject *parent = nullptr);

    // The socket to connect with (QTcpSocket or QSslSocket, configured), or nullptr
    // with `error` set (e.g. an unreadable certificate file).
    virtual std::unique_ptr<QTcpSocket> createSocket(SipError *error) = 0;
    // TCP is connected: TCP becomes ready, TLS starts its handshake.
    virtual void onConnected() = 0;
    // A socket error, described by the subclass when it knows better (TLS handshake);
    // nullopt for the generic description.
    virtual std::optional<SipError> describeSocketError(QAbstractSocket::SocketError error);
    // The connection was not usable within TransportOptions::connectTimeoutMs.
    virtual SipError connectTimeoutError() const;

    // Stops the connect timer and emits ready().
    void becomeReady();
    // Emits failed() once, later (never from inside a call of ours or of the socket).
    void failWith(const SipError &error);

    QTcpSocket *socket() const { return m_socket.get(); }
    const TransportOptions &transportOptions() const { return m_options; }
    bool isTcpConnected() const { return m_tcpConnected; }
    bool isReady() const { return m_ready; }
    bool hasReceived() const { return m_received; }
    bool isTls() const { return protocol() == TransportProtocol::Tls; }
    // "127.0.0.1:5060", or "pbx.example.com (192.0.2.1:5061)" when a name was given.
    QString peerText() const;

private:
    void start();
    void onSocketConnected(const WireTime &startedAt = {}, const WireTime &at = {});
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnectTimeout();
    SipError genericError(QAbstractSocket::SocketError error) const;
    SipError genericError(QAbstractSocket::SocketError error, const QString &detail) const;
    // --bind's address, or the wildcard of the remote's family when only a port was given.
    QHostAddress bindAddress() const;
    SipError bindError(const QString &detail) const;
    // Linux: the connection made by StampedConnection, handed to the socket.
    void onStampedConnected();
    void onStampedConnectFailed(int error);
    void failConnect(int error, bool binding);
    // Linux: after the server ended the connection, whether it was a reset (RST)
    // rather than an orderly close (FIN). Qt reports both as RemoteHostClosedError.
    void watchConnection();
    bool peerReset() const;
    void releaseWatch();

    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<StampedConnection> m_stamps;   // Linux: kernel stamps of the connection
    TransportEndpoint m_remote;
    TransportOptions m_options;
    QTimer m_connectTimer;
    SipParser m_parser;
    QByteArray m_unparsed;     // the bytes the parser holds, to report them exactly
    int m_watchDescriptor = -1;
    quint64 m_generation = 0;  // bumped by close(): stops loops and queued calls
    bool m_tcpConnected = false;
    bool m_ready = false;
    bool m_received = false;   // any byte from the server
    bool m_failed = false;
    bool m_tapClosed = false;  // the capture was told the connection ended
};

} // namespace SipScope
