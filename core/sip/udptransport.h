// SIP over UDP (RFC 3261 §18): one connected QUdpSocket per probe. Connecting the
// socket is what lets the kernel report ICMP port unreachable back to us (as
// ECONNREFUSED), and it also tells us which local address routes to the target.
#pragma once

#include "transport.h"

#include <QUdpSocket>

#include <memory>
#include <optional>

namespace SipScope {

class UdpTransport final : public Transport
{
    Q_OBJECT
public:
    explicit UdpTransport(QObject *parent = nullptr);
    ~UdpTransport() override;

    TransportProtocol protocol() const override { return TransportProtocol::Udp; }
    void open(const TransportEndpoint &remote, const TransportOptions &options) override;
    void send(const QByteArray &message) override;
    void close() override;

    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    TransportEndpoint remote() const override { return m_remote; }

    // The typed error for a socket error on the way to `where` ("192.0.2.1:5060");
    // nullopt for the ones that are no failure (a read with nothing pending).
    // `detail` is the OS's wording, kept as SipError::detail.
    static std::optional<SipError> errorFor(QAbstractSocket::SocketError error, const QString &where,
                                            const QString &detail);

private:
    void onConnected();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void failWith(const SipError &error);
    // Kernel stamps for the next datagram: the peek that reads them also clears a
    // pending ICMP error, which is then reported here. False when the socket failed.
    bool takeReceiveTime();

    std::unique_ptr<QUdpSocket> m_socket;
    TransportEndpoint m_remote;
    TransportOptions m_options;
    bool m_kernelStamps = false;       // receive stamps from the kernel (SO_TIMESTAMPING)
    bool m_kernelSendStamps = false;   // transmit stamps too (Linux)
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace SipScope
