// A NAT in a test: a UDP relay on loopback that forwards datagrams from clients to one
// server and back, each client through a mapping of its own (a fresh upstream socket,
// so a fresh external port, as a NAT with endpoint-independent mapping gives, RFC 4787
// §4.1). A mapping is forgotten after `idleTimeout` without a datagram from its client
// (outbound refresh only, RFC 4787 REQ-6); what the server sends to a forgotten mapping is
// lost, as behind a real NAT whose binding timed out. The client sends to the relay's
// port; the server sees the mapping's port as the client's address.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>
#include <memory>

namespace SipScope::Test {

class UdpNatRelay final : public QObject
{
    Q_OBJECT
public:
    UdpNatRelay(quint16 serverPort, std::chrono::milliseconds idleTimeout, QObject *parent = nullptr);
    ~UdpNatRelay() override;

    bool isListening() const { return m_inside.state() == QAbstractSocket::BoundState; }
    quint16 port() const { return m_inside.localPort(); }
    int mappings() const { return int(m_mappings.size()); }
    int expired() const { return m_expired; }   // mappings forgotten so far
    int droppedInbound() const { return m_droppedInbound; }

private:
    struct Mapping
    {
        QHostAddress client;
        quint16 clientPort = 0;
        std::unique_ptr<QUdpSocket> outside;
        std::unique_ptr<QTimer> idle;
    };
    void onInside();
    void onOutside(Mapping *mapping);
    void expire(const QString &key);

    quint16 m_serverPort;
    std::chrono::milliseconds m_idleTimeout;
    QUdpSocket m_inside;
    QHash<QString, std::shared_ptr<Mapping>> m_mappings;   // by client address:port
    int m_expired = 0;
    int m_droppedInbound = 0;
};

} // namespace SipScope::Test
