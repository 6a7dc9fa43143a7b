// Keep-alive pings on a transport the probe already holds open (RFC 5626 §3.5.1,
// §4.4.1): a ping, the pong's round trip from the transport's own send and receive
// times (the kernel's stamps where it takes them), the next ping `interval` after the
// previous one, up to `pings`. A ping without a pong within the pong timeout is "no
// pong" and the next one still goes out: a half-open flow shows as every ping missing,
// a lossy one as some. The connection ending stops the pings, with the reason.
#pragma once

#include "keepalivereport.h"

#include "sip/siperror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace SipScope {

class Transport;

class KeepAlivePinger final : public QObject
{
    Q_OBJECT
public:
    explicit KeepAlivePinger(QObject *parent = nullptr);

    // Starts on `transport` (ready, kept by the caller until finished()). finished()
    // follows exactly once, never synchronously.
    void start(Transport *transport, const KeepAliveOptions &options);
    // Ends now: the report as far as it got (the ping in flight counts as no pong).
    void stop();
    const KeepAliveReport &report() const { return m_report; }

    static KeepAliveReport::Kind kindFor(Transport *transport);

Q_SIGNALS:
    void pongReceived(int index, qint64 rttUs);
    void pongMissing(int index);
    void finished(const SipScope::KeepAliveReport &report);

private:
    void sendPing();
    void onPong();
    void onPongTimeout();
    void onTransportFailed(const SipError &error);
    void scheduleNext();
    void end(const QString &reason = {});

    QPointer<Transport> m_transport;
    KeepAliveOptions m_options;
    KeepAliveReport m_report;
    QTimer m_pongTimer;
    QTimer m_nextTimer;
    bool m_waiting = false;   // a ping is out without its pong
    bool m_done = true;
};

} // namespace SipScope
