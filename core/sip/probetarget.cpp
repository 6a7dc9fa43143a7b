#include "probetarget.h"

#include "wstransport.h"

namespace SipScope {

ProbeTarget ProbeTarget::parse(const QString &text)
{
    ProbeTarget target;
    QString uriText = text;
    QString path;
    if (WsTransport::isWebSocketUrl(text)) {
        uriText = WsTransport::sipUriForUrl(text, &path, &target.m_errorMessage);
        if (!target.m_errorMessage.isEmpty())
            return target;
    }
    SipUriParseResult parsed = SipUri::parse(uriText);
    if (!parsed.isValid()) {
        target.m_errorMessage = parsed.errorMessage;
        return target;
    }
    target.m_uri = std::move(parsed.uri);
    target.m_webSocketPath = path;
    return target;
}

} // namespace SipScope
