// The TLS backend a TLS test runs with. Qt picks OpenSSL when it can load it, else the
// system's (schannel on Windows, SecureTransport on macOS), and users of the Qt
// installer's builds mostly get the system one, so CI runs the TLS suites once per
// backend with $SIPSCOPE_TLS_BACKEND naming it. Unset: Qt's default.
#pragma once

#include <QString>

namespace SipScope::Test {

class TlsBackendChoice final
{
public:
    // Makes $SIPSCOPE_TLS_BACKEND the active backend, before any TLS socket exists.
    // Empty on success (or when it is unset); else why it cannot be used.
    static QString apply();
    // "openssl (OpenSSL 3.0.17 1 Jul 2025); available: openssl, cert-only", for the log.
    static QString describe();
};

} // namespace SipScope::Test
