// One trial of the NAT timeout finder: a fresh UDP socket (so a fresh NAT binding)
// sends an OPTIONS asking for a call-back after `silence` (SipScope-Call-Back), the
// answer says whether the far end accepted, and the trial then waits on that same socket
// for the far end's OPTIONS. If it arrives, the binding outlived the silence; it is
// answered 200 so that the far end stops retransmitting. Nothing is sent from the socket
// during the wait: any datagram would refresh the binding and spoil the measurement.
#pragma once

#include "nattimeoutreport.h"
#include "optionsprobe.h"

#include "sip/transport.h"
#include "sip/wiretime.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace SipScope {

class NatBindingTrial final : public QObject
{
    Q_OBJECT
public:
    explicit NatBindingTrial(QObject *parent = nullptr);
    ~NatBindingTrial() override;

    // `options` as for a probe (the transport is forced to UDP); the call-back may come
    // up to `grace` after the silence. finished() follows exactly once, never synchronously.
    void start(const QString &target, const ProbeOptions &options, std::chrono::milliseconds silence,
               std::chrono::milliseconds grace);
    void cancel();
    bool isRunning() const { return m_running; }
    const NatTrial &trial() const { return m_trial; }
    // The OPTIONS exchange that opened the trial (its resolved target, its timeline).
    const ProbeResult &probeResult() const { return m_probe.result(); }

Q_SIGNALS:
    // The far end accepted: the silence begins.
    void waiting(const SipScope::NatTrial &trial);
    void finished(const SipScope::NatTrial &trial);

private:
    void onProbeFinished(const ProbeResult &result);
    void onMessage(const SipMessage &message, const QByteArray &raw);
    void end(NatTrial::Outcome outcome, const QString &detail = {});

    OptionsProbe m_probe;
    std::unique_ptr<Transport> m_transport;
    NatTrial m_trial;
    QString m_callId;
    WireTime m_lastSent;
    QTimer m_deadline;
    std::chrono::milliseconds m_grace{0};
    bool m_running = false;
};

} // namespace SipScope
