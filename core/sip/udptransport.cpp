#include "udptransport.h"

#include "sockettimestamps.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QPointer>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

UdpTransport::UdpTransport(QObject *parent)
    : Transport(parent)
{
}

UdpTransport::~UdpTransport()
{
    close();
}

void UdpTransport::open(const TransportEndpoint &remote, const TransportOptions &options)
{
    m_remote = remote;
    m_options = options;
    // Deferred so that ready()/failed() are never emitted from inside open().
    QMetaObject::invokeMethod(this, [this] {
        m_socket = std::make_unique<QUdpSocket>();
        connect(m_socket.get(), &QUdpSocket::connected, this, &UdpTransport::onConnected);
        connect(m_socket.get(), &QUdpSocket::readyRead, this, &UdpTransport::onReadyRead);
        connect(m_socket.get(), &QUdpSocket::errorOccurred, this, &UdpTransport::onError);

        if (!m_options.bindAddress.isNull() || m_options.bindPort != 0) {
            QHostAddress bindAddress = m_options.bindAddress;
            if (bindAddress.isNull()) {
                bindAddress = m_remote.address.protocol() == QAbstractSocket::IPv6Protocol
                    ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4);
            }
            if (!m_socket->bind(bindAddress, m_options.bindPort)) {
                const QString where = TransportEndpoint{bindAddress, m_options.bindPort, {}}.toString();
                failWith({ErrorKind::Transport,
                          QCoreApplication::translate("UdpTransport", "Cannot use the local address %1: %2")
                              .arg(where, m_socket->errorString()),
                          m_socket->errorString()});
                return;
            }
        }
        m_socket->connectToHost(m_remote.address, m_remote.port);
    }, Qt::QueuedConnection);
}

void UdpTransport::send(const QByteArray &message)
{
    if (!m_socket || !m_ready || m_failed)
        return;
    // A connected UDP socket writes one datagram per write(). Errors surface through
    // errorOccurred, which onError() defers. The application clock is read right at
    // the call; on Linux the kernel stamps the datagram as the driver takes it, which
    // for loopback and most drivers happens inside this very call.
    const WireTime before = WireTime::now();
    m_socket->write(message);
    std::optional<SocketTimestamps::TimePoint> kernel;
    if (m_kernelSendStamps)
        kernel = SocketTimestamps::takeTransmitted(m_socket->socketDescriptor());
    setLastSendTime(kernel ? WireTime{*kernel, WireTime::Clock::Kernel} : before);
    tapPacket(m_options, WirePacket::Kind::Datagram, true, message, lastSendTime());
}

void UdpTransport::close()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // The socket may be in the middle of emitting readyRead (we can be closed from a
    // slot connected to messageReceived), so it is deleted later, not now.
    m_socket.release()->deleteLater();
    m_ready = false;
}

QHostAddress UdpTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 UdpTransport::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void UdpTransport::onConnected()
{
    m_ready = true;
    m_kernelStamps = SocketTimestamps::enable(m_socket->socketDescriptor(), &m_kernelSendStamps);
    Q_EMIT transportEvent({TransportEvent::Type::Bound,
                  QCoreApplication::translate("UdpTransport", "UDP socket %1 → %2")
                      .arg(TransportEndpoint{localAddress(), localPort(), {}}.toString(),
                           m_remote.toString())});
    Q_EMIT ready();
}

void UdpTransport::onReadyRead()
{
    // The first read is unconditional: when an ICMP error is what woke us up,
    // hasPendingDatagrams() would swallow it (it peeks with recv(), which returns and
    // clears ECONNREFUSED), while receiveDatagram() reports it through errorOccurred.
    const QPointer<QUdpSocket> socket = m_socket.get();
    bool first = true;
    while (socket && socket == m_socket.get() && !m_failed && (first || socket->hasPendingDatagrams())) {
        first = false;
        if (!takeReceiveTime())
            break;
        const QNetworkDatagram datagram = socket->receiveDatagram(m_options.parseLimits.maxMessageSize + 1);
        if (!datagram.isValid())
            break;
        // The datagram's buffer was allocated for the largest message (64 KiB); the
        // raw answer is kept with the result (a monitor keeps one per target), so it
        // gets a buffer of its own size.
        QByteArray raw = datagram.data();
        raw.squeeze();
        tapPacket(m_options, WirePacket::Kind::Datagram, false, raw, lastReceiveTime());
        const SipParseResult parsed = SipParser::parseDatagram(raw, m_options.parseLimits);
        if (parsed.isValid())
            Q_EMIT messageReceived(*parsed.message, raw);
        else
            Q_EMIT garbageReceived(raw, parsed.error, parsed.errorMessage);
    }
}

bool UdpTransport::takeReceiveTime()
{
    const WireTime noticed = WireTime::now();
    if (!m_kernelStamps) {
        setLastReceiveTime(noticed);
        return true;
    }
    const qintptr fd = m_socket->socketDescriptor();
    // Transmit stamps that came back late (a queued driver) wake us up; they are not
    // datagrams and must not stay in the queue.
    if (m_kernelSendStamps)
        SocketTimestamps::takeTransmitted(fd);
    const SocketTimestamps::Peek peek = SocketTimestamps::peekReceived(fd);
    if (peek.error != 0) {
        // What Qt's own read would have reported for the same errno.
        const QAbstractSocket::SocketError error =
            peek.error == ECONNREFUSED ? QAbstractSocket::ConnectionRefusedError : QAbstractSocket::NetworkError;
        if (const auto sipError = errorFor(error, m_remote.toString(), qt_error_string(peek.error)))
            QMetaObject::invokeMethod(this, [this, failure = *sipError] { failWith(failure); }, Qt::QueuedConnection);
        return false;
    }
    setLastReceiveTime(peek.received ? WireTime{*peek.received, WireTime::Clock::Kernel} : noticed);
    return true;
}

std::optional<SipError> UdpTransport::errorFor(QAbstractSocket::SocketError error, const QString &where,
                                               const QString &detail)
{
    // A read with nothing pending (EAGAIN) surfaces as one of these; not a failure.
    if (error == QAbstractSocket::TemporaryError || error == QAbstractSocket::UnknownSocketError)
        return std::nullopt;
    SipError sipError;
    sipError.detail = detail;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        // Linux and Windows report ICMP port unreachable on a connected UDP socket.
        sipError.kind = ErrorKind::Refused;
        sipError.message = QCoreApplication::translate("UdpTransport", "Nothing listens on %1: the host answered \"port unreachable\" (ICMP).").arg(where);
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        // Qt reports ICMP host/network unreachable and "no route" as NetworkError.
        sipError.kind = ErrorKind::Unreachable;
        sipError.message = QCoreApplication::translate("UdpTransport", "%1 cannot be reached: %2").arg(where, detail);
        break;
    default:
        sipError.kind = ErrorKind::Transport;
        sipError.message = QCoreApplication::translate("UdpTransport", "Network error with %1: %2").arg(where, detail);
        break;
    }
    return sipError;
}

void UdpTransport::onError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_failed)
        return;
    const std::optional<SipError> sipError = errorFor(error, m_remote.toString(), m_socket->errorString());
    if (!sipError)
        return;
    // Deferred: errorOccurred can fire from inside write(), i.e. inside send().
    QMetaObject::invokeMethod(this, [this, failure = *sipError] { failWith(failure); }, Qt::QueuedConnection);
}

void UdpTransport::failWith(const SipError &error)
{
    if (m_failed || !m_socket)
        return;
    m_failed = true;
    m_ready = false;
    Q_EMIT failed(error);
}

} // namespace SipScope
