#include "keepalivereport.h"

#include <QCoreApplication>

#include <algorithm>

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

QString KeepAliveReport::summary() const
{
    if (kind == Kind::Unsupported)
        return stopReason;
    const QString what = kind == Kind::Crlf
        ? QCoreApplication::translate("KeepAlive", "CRLF keep-alive (RFC 5626)")
        : QCoreApplication::translate("KeepAlive", "WebSocket Ping (RFC 6455)");
    QString line;
    if (pings() > 0 && pongs() == 0) {
        line = QCoreApplication::translate("KeepAlive", "%1: no pong to any of %n ping(s) — the server does not answer "
                                           "keep-alives, or the connection is half-open.", nullptr, pings()).arg(what);
    } else {
        qint64 minUs = -1, maxUs = -1, sumUs = 0;
        for (const std::optional<qint64> &rtt : pongRttUs) {
            if (!rtt)
                continue;
            minUs = minUs < 0 ? *rtt : std::min(minUs, *rtt);
            maxUs = std::max(maxUs, *rtt);
            sumUs += *rtt;
        }
        const auto ms = [](double us) { return QString::number(us / 1000.0, 'f', 3); };
        line = QCoreApplication::translate("KeepAlive", "%1: %2 of %3 ping(s) answered").arg(what).arg(pongs()).arg(pings());
        if (pongs() > 0) {
            line += QCoreApplication::translate("KeepAlive", ", pong round trip min/avg/max %1/%2/%3 ms")
                        .arg(ms(double(minUs)), ms(double(sumUs) / pongs()), ms(double(maxUs)));
        }
    }
    if (!stopReason.isEmpty())
        line += u' ' + stopReason;
    return line;
}

} // namespace SipScope
