// Holds the kernel's receive timestamping on for a test (Linux).
//
// The kernel switches receive stamps on for the whole system when the first socket
// asks, but later, from a work queue; until then datagrams arrive without a stamp and
// SipScope labels their times "application clock", as it should. A test that expects
// kernel times first waits here until a datagram of its own comes back stamped; while
// this object lives, its socket keeps the stamping on for every process.
#pragma once

#include "sip/sockettimestamps.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QThread>
#include <QUdpSocket>

namespace SipScope::Test {

class KernelReceiveStamps
{
public:
    // True once a datagram sent to ourselves came back with a kernel stamp (within
    // `timeoutMs`); false where the platform has none.
    bool waitUntilOn(int timeoutMs = 15000)
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 0))
            return false;
        if (!SocketTimestamps::enable(m_socket.socketDescriptor()))
            return false;
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_socket.writeDatagram(QByteArray("stamp?"), QHostAddress::LocalHost, m_socket.localPort());
            if (m_socket.waitForReadyRead(1000)) {
                const bool stamped = SocketTimestamps::peekReceived(m_socket.socketDescriptor()).received.has_value();
                m_socket.receiveDatagram();
                if (stamped)
                    return true;
            }
            QThread::msleep(10);
        }
        return false;
    }

private:
    QUdpSocket m_socket;
};

} // namespace SipScope::Test
