// What a user may type as a probe target, read in one place for every front-end and
// feature (options, trace, the candidates, the monitor and its target lists, the GUI's
// forms): a SIP or SIPS URI or one of SipUri's shortcuts ("host:port", "user@host",
// "[::1]:5070"), or a WebSocket URL ("ws://host:port/path", "wss://…"), which stands for
// sip:host:port;transport=ws(s) plus the HTTP path of the upgrade (RFC 7118).
#pragma once

#include "sipuri.h"

#include <QString>

#include <optional>

namespace SipScope {

class ProbeTarget
{
public:
    // Never fails silently: an invalid target carries a translated message naming
    // what is wrong.
    static ProbeTarget parse(const QString &text);

    bool isValid() const { return m_uri.has_value(); }
    // The SIP URI to probe; only for a valid target.
    const SipUri &uri() const { return *m_uri; }
    // The path of a WebSocket URL ("/" when it has none); empty for any other target.
    const QString &webSocketPath() const { return m_webSocketPath; }
    bool isWebSocketUrl() const { return !m_webSocketPath.isEmpty(); }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    std::optional<SipUri> m_uri;
    QString m_webSocketPath;
    QString m_errorMessage;
};

} // namespace SipScope
