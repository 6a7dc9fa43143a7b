#include "kernelreceivedrops.h"

#if defined(Q_OS_LINUX)
#include <linux/sock_diag.h>
#include <sys/socket.h>
#endif

namespace SipScope::KernelReceiveDrops {

std::optional<quint64> read(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX) && defined(SO_MEMINFO)
    if (socketDescriptor < 0)
        return std::nullopt;
    quint32 info[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof(info);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_MEMINFO, info, &length) != 0
        || length < socklen_t(sizeof(quint32) * (SK_MEMINFO_DROPS + 1)))
        return std::nullopt;
    return info[SK_MEMINFO_DROPS];
#else
    Q_UNUSED(socketDescriptor);
    return std::nullopt;
#endif
}

bool isAvailable()
{
#if defined(Q_OS_LINUX) && defined(SO_MEMINFO)
    return true;
#else
    return false;
#endif
}

} // namespace SipScope::KernelReceiveDrops
