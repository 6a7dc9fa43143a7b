// Typed failures of a probe, shared by the transports, the transaction and the probe.
#pragma once

#include <QString>

namespace SipScope {

// Why no final response arrived (or the target was never tried). Each kind has a
// stable token for JSON and scripts and a plain translated message.
enum class ErrorKind {
    None,
    InvalidTarget,  // the text is not a SIP URI or shortcut we understand
    Dns,            // the host name did not resolve
    Refused,        // ICMP port unreachable (UDP) or TCP RST: nothing listens there
    Unreachable,    // ICMP host/network unreachable, no route
    Timeout,        // Timer F fired: no final response
    Tls,            // handshake or certificate verification failed
    Transport,      // any other socket failure (bind, send, connection reset, ...)
    MalformedAnswer, // the peer answered, with bytes that are not a SIP message
    Cancelled,      // the user stopped the probe
};

// "invalid_target", "dns", "refused", "unreachable", "timeout", "tls", "transport",
// "malformed_answer", "cancelled"; empty for None.
QString errorKindToken(ErrorKind kind);

// A short translated title for the kind, e.g. "Connection refused".
QString errorKindTitle(ErrorKind kind);

struct SipError
{
    SipError() = default;
    // Not an aggregate, so that `{kind, message, detail}` stays valid as fields are added.
    SipError(ErrorKind kind, QString message, QString detail = {}, QString cause = {})
        : kind(kind), message(std::move(message)), detail(std::move(detail)), cause(std::move(cause))
    {
    }

    ErrorKind kind = ErrorKind::None;
    QString message;   // translated, one plain sentence, names the address involved
    QString detail;    // technical detail (OS error string), may be empty; not translated
    // A stable finer token within the kind, for scripts (empty when there is none):
    // "connect_timeout", "connection_closed", "connection_reset" (TCP/TLS); "framing" (malformed_answer over TCP/TLS/WS);
    // "self_signed", "expired", "not_yet_valid", "wrong_host", "untrusted_issuer",
    // "revoked", "certificate", "handshake", "handshake_timeout", "client_certificate" (TLS).
    QString cause;

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace SipScope
