#include "sockettimestamps.h"

#if defined(Q_OS_LINUX) || defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD)
#define SIPSCOPE_SOCKET_TIMESTAMPS 1
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#endif
#if defined(Q_OS_LINUX)
#include <linux/errqueue.h>
#include <linux/net_tstamp.h>
#include <sys/ioctl.h>
#include <vector>
#endif

namespace SipScope {

#ifdef SIPSCOPE_SOCKET_TIMESTAMPS
namespace {

using namespace std::chrono;

// A wall-clock stamp moved onto the steady clock: now (steady) minus its age (wall).
SocketTimestamps::TimePoint fromWallClock(qint64 wallNs)
{
    timespec wall {};
    clock_gettime(CLOCK_REALTIME, &wall);
    const auto steadyNow = steady_clock::now();
    const qint64 nowNs = qint64(wall.tv_sec) * 1000000000 + wall.tv_nsec;
    return steadyNow - duration_cast<steady_clock::duration>(nanoseconds(nowNs - wallNs));
}

qint64 nanosecondsOf(const timespec &ts)
{
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The receive stamp in one message's control data.
std::optional<qint64> receivedStamp(msghdr *message)
{
    for (cmsghdr *c = CMSG_FIRSTHDR(message); c; c = CMSG_NXTHDR(message, c)) {
        if (c->cmsg_level != SOL_SOCKET)
            continue;
#if defined(Q_OS_LINUX)
        if (c->cmsg_type == SCM_TIMESTAMPING) {
            scm_timestamping stamps {};
            memcpy(&stamps, CMSG_DATA(c), sizeof stamps);
            // ts[0] is the software stamp; zero when the kernel took none.
            if (stamps.ts[0].tv_sec != 0 || stamps.ts[0].tv_nsec != 0)
                return nanosecondsOf(stamps.ts[0]);
        }
#else
        if (c->cmsg_type == SCM_TIMESTAMP) {
            timeval tv {};
            memcpy(&tv, CMSG_DATA(c), sizeof tv);
            return qint64(tv.tv_sec) * 1000000000 + qint64(tv.tv_usec) * 1000;
        }
#endif
    }
    return std::nullopt;
}

} // namespace
#endif

bool SocketTimestamps::enable(qintptr fd, bool *transmitToo)
{
    if (transmitToo)
        *transmitToo = false;
#if defined(Q_OS_LINUX)
    // OPT_TSONLY: the transmit stamp comes back without a copy of the packet.
    const int flags = SOF_TIMESTAMPING_SOFTWARE | SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_TX_SOFTWARE
        | SOF_TIMESTAMPING_OPT_TSONLY;
    if (setsockopt(int(fd), SOL_SOCKET, SO_TIMESTAMPING, &flags, sizeof flags) == 0) {
        if (transmitToo)
            *transmitToo = true;
        return true;
    }
    const int rxOnly = SOF_TIMESTAMPING_SOFTWARE | SOF_TIMESTAMPING_RX_SOFTWARE;
    return setsockopt(int(fd), SOL_SOCKET, SO_TIMESTAMPING, &rxOnly, sizeof rxOnly) == 0;
#elif defined(SIPSCOPE_SOCKET_TIMESTAMPS)
    const int on = 1;
    return setsockopt(int(fd), SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on) == 0;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

bool SocketTimestamps::enableStream(qintptr fd)
{
#if defined(Q_OS_LINUX)
    const int flags = SOF_TIMESTAMPING_SOFTWARE | SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_TX_SOFTWARE
        | SOF_TIMESTAMPING_OPT_TSONLY;
    return setsockopt(int(fd), SOL_SOCKET, SO_TIMESTAMPING, &flags, sizeof flags) == 0;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

SocketTimestamps::StreamPeek SocketTimestamps::peekStream(qintptr fd)
{
    StreamPeek peek;
#if defined(Q_OS_LINUX)
    // The kernel reports the stamp of the last segment the read passed, so the peek
    // covers every byte queued: with several segments waiting, the one that completed
    // the message is the last.
    int queued = 0;
    if (ioctl(int(fd), FIONREAD, &queued) != 0)
        queued = 0;
    std::vector<char> buffer(size_t(std::max(queued, 1)));
    iovec iov {buffer.data(), buffer.size()};
    alignas(cmsghdr) char control[256] {};
    msghdr message {};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    const ssize_t n = recvmsg(int(fd), &message, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        peek.ended = true;
        return peek;
    }
    if (n > 0) {
        if (const auto wallNs = receivedStamp(&message))
            peek.received = fromWallClock(*wallNs);
    }
#else
    Q_UNUSED(fd);
#endif
    return peek;
}

SocketTimestamps::Peek SocketTimestamps::peekReceived(qintptr fd)
{
    Peek peek;
#ifdef SIPSCOPE_SOCKET_TIMESTAMPS
    char byte = 0;
    iovec iov {&byte, 1};
    alignas(cmsghdr) char control[256] {};
    msghdr message {};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    const ssize_t n = recvmsg(int(fd), &message, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            peek.error = errno;
        return peek;
    }
    if (const auto wallNs = receivedStamp(&message))
        peek.received = fromWallClock(*wallNs);
#else
    Q_UNUSED(fd);
#endif
    return peek;
}

std::optional<SocketTimestamps::TimePoint> SocketTimestamps::takeTransmitted(qintptr fd)
{
    std::optional<TimePoint> newest;
#if defined(Q_OS_LINUX)
    // Bounded: the queue holds one stamp per datagram sent, a handful per probe.
    for (int i = 0; i < 64; ++i) {
        alignas(cmsghdr) char control[256] {};
        msghdr message {};
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        if (recvmsg(int(fd), &message, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break;
        if (const auto wallNs = receivedStamp(&message))
            newest = fromWallClock(*wallNs);
    }
#else
    Q_UNUSED(fd);
#endif
    return newest;
}

} // namespace SipScope
