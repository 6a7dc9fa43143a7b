#include "udpnatrelay.h"

#include <QNetworkDatagram>

namespace SipScope::Test {

UdpNatRelay::UdpNatRelay(quint16 serverPort, std::chrono::milliseconds idleTimeout, QObject *parent)
    : QObject(parent)
    , m_serverPort(serverPort)
    , m_idleTimeout(idleTimeout)
{
    m_inside.bind(QHostAddress::LocalHost, 0);
    connect(&m_inside, &QUdpSocket::readyRead, this, &UdpNatRelay::onInside);
}

UdpNatRelay::~UdpNatRelay() = default;

void UdpNatRelay::onInside()
{
    while (m_inside.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_inside.receiveDatagram();
        if (!datagram.isValid())
            continue;
        const QString key = datagram.senderAddress().toString() + u':' + QString::number(datagram.senderPort());
        std::shared_ptr<Mapping> mapping = m_mappings.value(key);
        if (!mapping) {
            mapping = std::make_shared<Mapping>();
            mapping->client = datagram.senderAddress();
            mapping->clientPort = quint16(datagram.senderPort());
            mapping->outside = std::make_unique<QUdpSocket>();
            mapping->outside->bind(QHostAddress::LocalHost, 0);
            mapping->idle = std::make_unique<QTimer>();
            mapping->idle->setSingleShot(true);
            mapping->idle->setTimerType(Qt::PreciseTimer);
            Mapping *raw = mapping.get();
            connect(mapping->outside.get(), &QUdpSocket::readyRead, this, [this, raw] { onOutside(raw); });
            connect(mapping->idle.get(), &QTimer::timeout, this, [this, key] { expire(key); });
            m_mappings.insert(key, mapping);
        }
        // Outbound traffic refreshes the mapping (RFC 4787 REQ-6).
        mapping->idle->start(m_idleTimeout);
        mapping->outside->writeDatagram(datagram.data(), QHostAddress(QHostAddress::LocalHost), m_serverPort);
    }
}

void UdpNatRelay::onOutside(Mapping *mapping)
{
    while (mapping->outside->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = mapping->outside->receiveDatagram();
        if (!datagram.isValid())
            continue;
        // Inbound does not refresh: a server's traffic alone does not keep a binding.
        m_inside.writeDatagram(datagram.data(), mapping->client, mapping->clientPort);
    }
}

void UdpNatRelay::expire(const QString &key)
{
    const std::shared_ptr<Mapping> mapping = m_mappings.take(key);
    if (!mapping)
        return;
    ++m_expired;
    // Keep the external port bound but deaf, so that what the server sends there later
    // is lost quietly (as behind a NAT) instead of drawing an ICMP error.
    mapping->outside->disconnect(this);
    QUdpSocket *outside = mapping->outside.release();
    connect(outside, &QUdpSocket::readyRead, this, [this, outside] {
        while (outside->hasPendingDatagrams()) {
            outside->receiveDatagram();
            ++m_droppedInbound;
        }
    });
    outside->setParent(this);
    mapping->idle.release()->deleteLater();
}

} // namespace SipScope::Test
