#include "stampedconnection.h"

#include <utility>

#if defined(Q_OS_LINUX)
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace SipScope {

namespace {

// Notifiers end from inside their own activated() signal: disabled now, deleted later.
void retire(std::unique_ptr<QSocketNotifier> &notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->disconnect();
    notifier.release()->deleteLater();
}

} // namespace

#if defined(Q_OS_LINUX)
namespace {

// `address`:`port` as a socket address; false for a null or non-IP address.
bool toSocketAddress(const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length)
{
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof *in;
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        const QString scope = address.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : if_nametoindex(scope.toLocal8Bit().constData());
        }
        *length = sizeof *in6;
        return true;
    }
    return false;
}

} // namespace
#endif

StampedConnection::StampedConnection(QObject *parent)
    : QObject(parent)
{
}

StampedConnection::~StampedConnection()
{
    closeDescriptors();
}

bool StampedConnection::isAvailable()
{
#if defined(Q_OS_LINUX)
    return true;
#else
    return false;
#endif
}

std::optional<StampedConnection::Failure> StampedConnection::connectTo(const QHostAddress &remote, quint16 port,
                                                                        const QHostAddress &bindAddress,
                                                                        quint16 bindPort)
{
#if defined(Q_OS_LINUX)
    closeDescriptors();
    sockaddr_storage peer {};
    socklen_t peerLength = 0;
    if (!toSocketAddress(remote, port, &peer, &peerLength))
        return Failure{EAFNOSUPPORT, false};
    m_fd = ::socket(peer.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (m_fd < 0)
        return Failure{errno, false};
    // Stamping goes on before the connect: the kernel switches receive stamps on for
    // the whole system from a work queue, a moment after the first socket asks, and the
    // handshake gives it that moment.
    m_stamping = SocketTimestamps::enableStream(m_fd);
    if (!bindAddress.isNull() || bindPort != 0) {
        // A previous probe's connection from the same port may still be in TIME_WAIT.
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_storage own {};
        socklen_t ownLength = 0;
        if (!toSocketAddress(bindAddress, bindPort, &own, &ownLength) || ::bind(m_fd, reinterpret_cast<sockaddr *>(&own), ownLength) != 0) {
            const int error = errno != 0 ? errno : EADDRNOTAVAIL;
            closeDescriptors();
            return Failure{error, true};
        }
    }
    m_connectCalledAt = std::chrono::steady_clock::now();
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&peer), peerLength) != 0 && errno != EINPROGRESS) {
        const int error = errno;
        closeDescriptors();
        return Failure{error, false};
    }
    // Connected or not, the socket is writable once the handshake ended either way.
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &StampedConnection::onWritable);
    return std::nullopt;
#else
    Q_UNUSED(remote);
    Q_UNUSED(port);
    Q_UNUSED(bindAddress);
    Q_UNUSED(bindPort);
    return Failure{0, false};
#endif
}

void StampedConnection::onWritable()
{
#if defined(Q_OS_LINUX)
    retire(m_writeNotifier);
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0) {
        closeDescriptors();
        Q_EMIT connectFailed(error);
        return;
    }
    // Our notifier is registered before Qt's: the order in which they run is the point.
    if (m_stamping) {
        m_watch = ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
        if (m_watch >= 0) {
            m_readNotifier = std::make_unique<QSocketNotifier>(m_watch, QSocketNotifier::Read);
            connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &StampedConnection::onReadable);
        }
    }
    Q_EMIT connected();
#endif
}

void StampedConnection::onReadable()
{
#if defined(Q_OS_LINUX)
    // Transmit stamps that came back late wake us too (the error queue); they must not
    // stay queued, or the descriptor would stay readable.
    if (const auto late = SocketTimestamps::takeTransmitted(m_watch))
        m_transmitted = late;
    const SocketTimestamps::StreamPeek peek = SocketTimestamps::peekStream(m_watch);
    if (peek.ended) {
        // Qt reads the end of the connection (or its error) itself; our duplicate would
        // stay readable for ever.
        retire(m_readNotifier);
        return;
    }
    if (peek.received)
        m_received = peek.received;
#endif
}

qintptr StampedConnection::takeDescriptor()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

std::optional<qint64> StampedConnection::handshakeRttUs() const
{
#if defined(Q_OS_LINUX)
    const int fd = m_watch >= 0 ? m_watch : m_fd;
    if (fd < 0)
        return std::nullopt;
    tcp_info info {};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0 || info.tcpi_rtt == 0
        || info.tcpi_total_retrans != 0)
        return std::nullopt;
    return qint64(info.tcpi_rtt);
#else
    return std::nullopt;
#endif
}

std::optional<StampedConnection::TimePoint> StampedConnection::takeReceived()
{
    return std::exchange(m_received, std::nullopt);
}

void StampedConnection::beforeSend()
{
    if (m_watch >= 0)
        SocketTimestamps::takeTransmitted(m_watch);
    m_transmitted.reset();
    m_received.reset();
}

std::optional<StampedConnection::TimePoint> StampedConnection::takeTransmitted()
{
    if (m_watch >= 0) {
        if (const auto stamp = SocketTimestamps::takeTransmitted(m_watch))
            m_transmitted = stamp;
    }
    return std::exchange(m_transmitted, std::nullopt);
}

void StampedConnection::closeDescriptors()
{
    retire(m_writeNotifier);
    retire(m_readNotifier);
#if defined(Q_OS_LINUX)
    if (m_watch >= 0)
        ::close(m_watch);
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_watch = -1;
    m_fd = -1;
}

} // namespace SipScope
