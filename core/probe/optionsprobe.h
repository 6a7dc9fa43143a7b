// Sends one SIP OPTIONS request to a target and reports what happened.
//
// target text → SipUri → transport choice → DNS (A/AAAA for now; the RFC 3263
// resolver slots in here) → Transport::open → OptionsRequest → ClientTransaction →
// ProbeResult. Asynchronous on the Qt event loop; cancel() stops it at any step.
#pragma once

#include "proberesult.h"
#include "sip/clienttransaction.h"
#include "sip/sipmessage.h"
#include "sip/sipuri.h"
#include "sip/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace SipScope {

struct ProbeOptions
{
    // --transport; unset: the URI's ;transport=, then sips: → TLS, then UDP.
    std::optional<TransportProtocol> transport;
    QString fromUser;                   // --from user
    std::optional<SipUri> fromUri;      // --from sip:user@host (wins over fromUser)
    QList<SipHeader> extraHeaders;      // --header, validated by OptionsRequest::parseHeaderArgument
    int maxForwards = 70;
    // T1/T2/T4 and Timer F (--timeout). Timer K defaults to 0 here: the probe reports
    // as soon as the final response arrives; a test may linger to record duplicates.
    TransactionTimers timers = defaultTimers();
    TransportOptions transportOptions;  // --bind
    // Credentials (digest auth) and TLS options are added here.

    static TransactionTimers defaultTimers()
    {
        TransactionTimers t;
        t.timerK = std::chrono::milliseconds{0};
        return t;
    }
};

struct TransportChoice
{
    TransportProtocol protocol = TransportProtocol::Udp;
    QString reason;     // translated: "from --transport", "from ;transport=tcp", ...
};

class OptionsProbe final : public QObject
{
    Q_OBJECT
public:
    explicit OptionsProbe(QObject *parent = nullptr);
    ~OptionsProbe() override;

    // Tests inject transports; the default creates the real ones.
    void setTransportFactory(TransportFactory factory);

    // Which transport a probe of `uri` with `options` will use, and why.
    static TransportChoice chooseTransport(const SipUri &uri, const ProbeOptions &options);

    // Starts a probe; finished() always follows exactly once (asynchronously, even for
    // an invalid target). Starting while running cancels the running probe first.
    void start(const QString &target, const ProbeOptions &options = {});
    // Stops the probe; finished() follows with error kind Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // The result so far (complete after finished()).
    const ProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void eventRecorded(const SipScope::ProbeEvent &event);
    void finished(const SipScope::ProbeResult &result);

private:
    void resolve();
    void openTransport(const QHostAddress &address);
    void sendRequest();
    void record(ProbeEvent::Type type, const QString &text, int statusCode = 0,
                const QByteArray &raw = {});
    void onProvisional(const SipMessage &response, const QByteArray &raw);
    void onFinal(const SipMessage &response, const QByteArray &raw);
    void fail(const SipError &error, int localStatus);
    void finish();
    void cleanUp();
    qint64 elapsedUs() const;

    TransportFactory m_factory;
    ProbeOptions m_options;
    SipUri m_uri;
    ProbeResult m_result;
    QElapsedTimer m_clock;
    qint64 m_firstSentUs = -1;
    int m_dnsLookupId = -1;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ClientTransaction> m_transaction;
    bool m_running = false;
    quint64 m_generation = 0;   // guards queued callbacks of a previous start()
};

} // namespace SipScope
