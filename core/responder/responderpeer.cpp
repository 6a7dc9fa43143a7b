#include "responderpeer.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString ResponderPeer::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u"]:"_s + QString::number(port);
    return address.toString() + u':' + QString::number(port);
}

} // namespace SipScope
