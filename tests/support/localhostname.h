// Whether the name "localhost" resolves to loopback on this machine without a DNS
// server. Tests that type "localhost" (TLS names, A/AAAA candidates) need it; on a
// machine whose hosts file lacks it, resolving the name would send a query to the
// configured DNS server, which is not loopback, so those tests skip and say why.
#pragma once

#include <QString>

namespace SipScope::Test {

// Empty when "localhost" is answered locally with loopback addresses, else the reason
// for a QSKIP.
QString localhostUnavailableReason();

} // namespace SipScope::Test

// Skips the running test, with the reason, when "localhost" cannot be used.
#define SIPSCOPE_REQUIRE_LOCALHOST()                                                        \
    do {                                                                                     \
        const QString sipscopeWhy = SipScope::Test::localhostUnavailableReason();           \
        if (!sipscopeWhy.isEmpty())                                                          \
            QSKIP(qPrintable(sipscopeWhy));                                                  \
    } while (false)
