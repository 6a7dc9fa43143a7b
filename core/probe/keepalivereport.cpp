#include "keepalivereport.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

int KeepAliveReport::pongs() const
{
    int count = 0;
    for (const std::optional<qint64> &rtt : pongRttUs)
        count += rtt ? 1 : 0;
    return count;
}

QString KeepAliveReport::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::Crlf: return u"crlf"_s;
    case Kind::WebSocketPing: return u"websocket_ping"_s;
    case Kind::Unsupported: break;
    }
    return u"unsupported"_s;
}

} // namespace SipScope
