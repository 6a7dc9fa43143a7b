// Sends one SIP OPTIONS request to a target and reports what happened.
//
// target text → SipUri → transport choice → Resolver (RFC 3263: literal, or SRV then
// A/AAAA) → for each target in order: Transport::open (UDP, TCP, TLS) →
// OptionsRequest → ClientTransaction → on 401/407 with credentials, ProbeAuthenticator
// and the request once more (CSeq + 1, same Call-ID and From tag, new branch) →
// ProbeResult. A target that fails before answering (refused, unreachable, connect
// timeout, TLS, closed) hands over to the next one (RFC 3263 §4.3). Asynchronous on
// the Qt event loop; cancel() stops it at any step.
#pragma once

#include "keepalivereport.h"
#include "probeauthenticator.h"
#include "proberesult.h"
#include "sip/clienttransaction.h"
#include "sip/credentials.h"
#include "dns/nameserveraddress.h"
#include "sip/dnsbackend.h"
#include "sip/resolutionplan.h"
#include "sip/resolveresult.h"
#include "sip/sipmessage.h"
#include "sip/sipuri.h"
#include "sip/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace SipScope {

class KeepAlivePinger;
class Resolver;

struct ProbeOptions
{
    // --transport; unset: the URI's ;transport=, else RFC 3263 decides: TLS for sips:,
    // for sip: the SRV records (UDP targets first), else UDP.
    std::optional<TransportProtocol> transport;
    QString fromUser;                   // --from user
    std::optional<SipUri> fromUri;      // --from sip:user@host (wins over fromUser)
    QList<SipHeader> extraHeaders;      // --header, validated by OptionsRequest::parseHeaderArgument
    int maxForwards = 70;
    // Addresses of one family only (the exporter's preferred_ip_protocol): one probe
    // tests one address family, as blackbox_exporter's do.
    ResolveRequest::Family family = ResolveRequest::Family::Any;
    // T1/T2/T4 and Timer F (--timeout). Timer K defaults to 0 here: the probe reports
    // as soon as the final response arrives; a test may linger to record duplicates.
    TransactionTimers timers = defaultTimers();
    // --bind; TLS: --ca-file, --insecure, --cert/--key. connectTimeoutMs is capped at
    // Timer F so that --timeout bounds a connection attempt too.
    TransportOptions transportOptions;
    // --user, --auth-user and the password: answer 401/407 challenges. The From user
    // is `user` unless --from says otherwise. Never copied into the result.
    Credentials credentials;
    // Probe exactly this target and skip the resolution (CandidateProbe: each RFC 3263
    // candidate of a name gets a probe of its own).
    std::optional<ResolvedTarget> resolvedTarget;
    // --keepalive: after the final response, keep-alive pings on the same connection
    // (KeepAlivePinger); the result's keepAlive holds what came back.
    KeepAliveOptions keepAlive;
    // --dns-server: every DNS question (NAPTR, SRV, A, AAAA) goes to this server, with
    // SipScope's own client; unset: the system's resolver (and its nameservers for NAPTR).
    std::optional<Dns::NameserverAddress> dnsServer;

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
    // Tests inject a scripted DNS; the default (nullptr) is ProbeOptions::dnsServer's, or the system's.
    void setDnsBackend(std::shared_ptr<DnsBackend> backend);

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
    void recordResolverEvent(const ResolverEvent &event);
    void onResolved(const ResolveResult &resolved);
    void tryTarget(qsizetype index);
    void openTransport();
    void onTransportReady();
    void onTransportFailed(const SipError &error);
    void targetFailed(const SipError &error);
    void sendRequest();
    // `atUs` is the moment the event happened when the caller has read the clock
    // already (the send and the final answer: the RTT and the timeline must be one
    // reading, not two taken a scheduler's delay apart); otherwise now.
    void record(ProbeEvent::Type type, const QString &text, int statusCode = 0,
                const QByteArray &raw = {}, const QString &subject = {}, qint64 atUs = -1, qint64 startUs = -1);
    void onProvisional(const SipMessage &response, const QByteArray &raw);
    void onFinal(const SipMessage &response, const QByteArray &raw);
    // A 401/407: true when the request goes out again with credentials.
    bool answerChallenge(const SipMessage &response, const QByteArray &raw);
    void onTransactionTerminated();
    // After the final response: starts the keep-alive pings when asked for; false when
    // there is nothing to ping (none asked for, no answer, the connection gone).
    bool startKeepAlive();
    void fail(const SipError &error, int localStatus);
    void finish();
    void captureTls();
    void dropTransport();
    void cleanUp();
    qint64 elapsedUs() const;
    // A transport's time on the probe's clock (microseconds since start); now when the
    // transport took none.
    qint64 elapsedUs(const WireTime &time) const;
    template<typename Function>
    void later(Function function);

    TransportFactory m_factory;
    std::shared_ptr<DnsBackend> m_dnsBackend;
    ProbeOptions m_options;
    SipUri m_uri;
    TransportChoice m_choice;
    ProbeResult m_result;
    QElapsedTimer m_clock;          // for the resolver's events
    std::chrono::steady_clock::time_point m_started;   // the probe's clock: the transports' too
    qint64 m_firstSentUs = -1;
    std::unique_ptr<Resolver> m_resolver;
    QList<ResolvedTarget> m_targets;
    qsizetype m_targetIndex = -1;
    bool m_heardFromTarget = false;  // anything at all arrived from the current target
    QByteArray m_firstGarbage;       // the first bytes from it that were not SIP
    // The failure to report when every target failed: the one that got furthest.
    struct TargetFailure
    {
        SipError error;
        qsizetype targetIndex = -1;
        std::optional<TlsSessionInfo> tls;
        int rank = -1;
    };
    TargetFailure m_worstFailure;
    std::unique_ptr<Transport> m_transport;
    bool m_transportUp = false;
    std::unique_ptr<ClientTransaction> m_transaction;
    std::unique_ptr<KeepAlivePinger> m_pinger;
    // The request across authentication retries (RFC 3261 §22.2: same Call-ID and
    // From tag, CSeq + 1, new branch).
    QString m_callId;
    QString m_fromTag;
    quint32 m_cseq = 1;
    QList<SipHeader> m_authHeaders;
    std::unique_ptr<ProbeAuthenticator> m_authenticator;
    int m_requestsSent = 0;
    bool m_retryPending = false;
    bool m_resentAfterClose = false;
    bool m_running = false;
    quint64 m_generation = 0;   // guards queued callbacks of a previous start()
};

} // namespace SipScope
