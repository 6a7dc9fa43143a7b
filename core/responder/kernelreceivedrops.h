// Datagrams the operating system threw away because a UDP socket's receive queue was
// full. They never reach the program, so only the kernel's own counter of the socket
// knows them: Linux keeps it per socket (sk_drops) and hands it out with SO_MEMINFO.
#pragma once

#include <QtGlobal>

#include <optional>

namespace SipScope::KernelReceiveDrops {

// The socket's drop count since it was created; nullopt where the platform does not
// say (then the drops are invisible, and the front-ends say so instead of showing 0).
std::optional<quint64> read(qintptr socketDescriptor);
bool isAvailable();

} // namespace SipScope::KernelReceiveDrops
