// A TCP connection opened by SipScope itself so that the kernel's timestamps of its
// segments can be read (Linux), then handed to Qt's socket.
//
// Qt's stream sockets read the descriptor before they signal readyRead, and a plain
// read() drops the control message that carries a receive stamp. So the connection is
// made here (a non-blocking connect), stamping is switched on, and a read notifier of
// our own is registered on a duplicate of the descriptor *before* Qt gets the
// descriptor (setSocketDescriptor). GLib's event dispatcher (Qt's on Linux) keeps the
// socket notifiers in one list and activates those that are ready in the order they
// were registered, so ours runs first and peeks (recvmsg MSG_PEEK) at the segments Qt
// is about to read: their stamp is the time the
// last of them arrived. Transmit stamps come back on the error queue, which Qt never
// reads, so they work under QSslSocket too. A stamp that could not be taken (another
// dispatcher, stamping not yet on) leaves the caller on the application clock, which
// it then says.
//
// Elsewhere isAvailable() is false and the transport connects through Qt as before.
#pragma once

#include "sockettimestamps.h"

#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>

#include <memory>
#include <optional>

namespace SipScope {

class StampedConnection final : public QObject
{
    Q_OBJECT
public:
    using TimePoint = SocketTimestamps::TimePoint;

    struct Failure
    {
        int error = 0;          // errno
        bool binding = false;   // the local address could not be used
    };

    explicit StampedConnection(QObject *parent = nullptr);
    ~StampedConnection() override;

    static bool isAvailable();

    // Starts connecting, from `bindAddress`:`bindPort` unless that is null and 0; a
    // failure that is known at once (socket, bind, an immediate refusal) is returned,
    // later ones arrive through connectFailed().
    std::optional<Failure> connectTo(const QHostAddress &remote, quint16 port, const QHostAddress &bindAddress,
                                     quint16 bindPort);
    // After connected(): the descriptor for Qt's socket; the caller owns it from here.
    qintptr takeDescriptor();
    // Our duplicate of the connection (-1: none); it outlives Qt's descriptor until
    // closeDescriptors(), so the connection's state can still be asked after Qt closed.
    int watchDescriptor() const { return m_watch; }
    // When connect() was called: the SYN leaves inside the call.
    TimePoint connectCalledAt() const { return m_connectCalledAt; }
    // The kernel's SYN → SYN-ACK round trip of the connection (TCP_INFO: its first
    // sample); nullopt when the SYN was sent more than once (the sample is then the
    // last SYN's) or the platform has none.
    std::optional<qint64> handshakeRttUs() const;

    // The receive stamp of the bytes that arrived since the last call; nullopt when
    // none was taken (the caller then reads the application clock).
    std::optional<TimePoint> takeReceived();
    // Around one send: forget the stamps taken so far (what arrived before a request is
    // no answer to it), then the stamp of the send's last byte, if the kernel took it
    // within the call.
    void beforeSend();
    std::optional<TimePoint> takeTransmitted();
    // Closes our descriptors now (a duplicate would keep the connection up).
    void closeDescriptors();

Q_SIGNALS:
    void connected();
    void connectFailed(int error);

private:
    void onWritable();
    void onReadable();

    int m_fd = -1;      // the connection until Qt takes it
    int m_watch = -1;   // our duplicate: the read notifier and the stamps
    bool m_stamping = false;
    TimePoint m_connectCalledAt;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::optional<TimePoint> m_received;
    std::optional<TimePoint> m_transmitted;
};

} // namespace SipScope
