#include "wiretime.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString WireTime::clockToken(Clock clock)
{
    switch (clock) {
    case Clock::Application: return u"application"_s;
    case Clock::Kernel: return u"kernel"_s;
    case Clock::None: break;
    }
    return {};
}

QString WireTime::clockTitle(Clock clock)
{
    switch (clock) {
    case Clock::Application: return QCoreApplication::translate("WireTime", "application clock");
    case Clock::Kernel: return QCoreApplication::translate("WireTime", "kernel timestamp");
    case Clock::None: break;
    }
    return {};
}

QString WireTime::pairTitle(Clock sent, Clock received)
{
    if (sent == Clock::None || received == Clock::None)
        return {};
    if (sent == received) {
        return sent == Clock::Kernel ? QCoreApplication::translate("WireTime", "kernel timestamps")
                                     : QCoreApplication::translate("WireTime", "application clock");
    }
    return QCoreApplication::translate("WireTime", "sent: %1, received: %2").arg(clockTitle(sent), clockTitle(received));
}

} // namespace SipScope
