// Ports on 127.0.0.1 that nothing listens on, for tests of "connection refused" and of
// silence: the kernel hands out a free port, the socket is closed again at once. Another
// process could take the port in between; on a test machine's loopback that is rare,
// and a test then fails with a visible wrong answer, never silently passes.
#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

namespace SipScope::Test {

inline quint16 closedUdpPort()
{
    QUdpSocket placeholder;
    placeholder.bind(QHostAddress::LocalHost, 0);
    return placeholder.localPort();
}

inline quint16 closedTcpPort()
{
    QTcpServer placeholder;
    placeholder.listen(QHostAddress::LocalHost, 0);
    return placeholder.serverPort();
}

} // namespace SipScope::Test
