// One abstract transport for SIP messages: UDP, TCP, TLS and WebSocket.
// A transport carries one client's messages to one remote address; framing
// (datagram or stream), connection set-up and certificate checks live behind it, so
// the client transaction and the probe never know which one they talk through.
#pragma once

#include "sipmessage.h"
#include "siperror.h"
#include "sipparser.h"
#include "tlsclientoptions.h"
#include "tlssessioninfo.h"
#include "transportprotocol.h"
#include "wiretap.h"
#include "wiretime.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace SipScope {

// Where to send: an already resolved address (the resolver or the probe did DNS).
struct TransportEndpoint
{
    QHostAddress address;
    quint16 port = 0;
    QString hostName;   // the name the user typed: TLS SNI and certificate check, WS Host

    QString toString() const; // "192.0.2.1:5060", "[2001:db8::1]:5061"
};

struct TransportOptions
{
    // --bind: local address and port; Null/0 lets the OS choose.
    QHostAddress bindAddress;
    quint16 bindPort = 0;
    // Connection-oriented transports give up connecting after this long (ms).
    int connectTimeoutMs = 10000;
    SipParseLimits parseLimits;
    // TLS: --ca-file, --insecure, --cert/--key (also for wss).
    TlsClientOptions tls;
    // WebSocket (RFC 7118): the Origin header (--origin; empty: none) and the HTTP path
    // of the ws:// URL (empty: "/").
    QString webSocketOrigin;
    QString webSocketPath;
    // --pcap: every packet sent and received is reported here (shared: a probe series,
    // a trace and a monitor write one file); null: nothing is recorded.
    std::shared_ptr<WireTap> wireTap;
};

// Something the transport did that belongs in the timeline (and the timing
// waterfall): "connected", "TLS handshake done", "local address 10.0.0.5:40312".
struct TransportEvent
{
    enum class Type { Bound, Connected, TlsEstablished, Closed, Info };

    TransportEvent() = default;
    TransportEvent(Type type, const QString &text, const WireTime &at = {}, const WireTime &startedAt = {})
        : type(type), text(text), at(at), startedAt(startedAt)
    {
    }

    Type type = Type::Info;
    QString text;   // translated
    // When it happened, where the transport knows better than the moment it signals
    // (invalid: then). Connected: when the SYN-ACK arrived, by the kernel's own measure
    // of the SYN → SYN-ACK round trip. The TLS handshake ends when Qt says so: its last
    // step is our own (checking the certificate, sending Finished), not the wire's.
    WireTime at;
    // Connected: when the SYN left (the connect call sends it); invalid: not known.
    WireTime startedAt;
};

class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual TransportProtocol protocol() const = 0;
    // Reliable transports suppress Timer E retransmissions (RFC 3261 §17.1.2.2).
    bool isReliable() const { return isReliableTransport(protocol()); }

    // Starts binding/connecting to `remote`. Emits ready() once send() may be used
    // (and localAddress() is known), or failed() — never both, never synchronously.
    virtual void open(const TransportEndpoint &remote, const TransportOptions &options) = 0;
    // Sends one complete message. Errors arrive through failed() or sendFailed().
    virtual void send(const QByteArray &message) = 0;
    // Idempotent; no signal is emitted after close().
    virtual void close() = 0;

    // The local address and port the remote side sees us from (for Via and Contact);
    // valid after ready().
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual TransportEndpoint remote() const = 0;
    // TLS transports: the session and the server's certificate, also after a failed
    // handshake (what was learnt so far); nullopt for the others.
    virtual std::optional<TlsSessionInfo> tlsSession() const { return std::nullopt; }
    // The host for our Via sent-by and Contact when the local address is no use to the
    // server (WebSocket: a random ".invalid" name, RFC 7118 §5); empty: localAddress().
    virtual QString sentByHost() const { return {}; }

    // RFC 5626 §3.5.1 / §4.4.1: sends a keep-alive "ping" (a double CRLF) on a
    // connection-oriented transport; keepAlivePong() follows when the server answers with
    // a single CRLF. False when this transport has no such keep-alive (UDP: RFC 5626
    // §4.4.2 uses STUN there; WebSocket frames every message, so a CRLF is no ping).
    virtual bool sendKeepAlivePing() { return false; }

    // When the last send() left, and when the message that messageReceived() is
    // delivering (or delivered last) arrived; invalid when this transport takes no times.
    WireTime lastSendTime() const { return m_lastSend; }
    WireTime lastReceiveTime() const { return m_lastReceive; }

Q_SIGNALS:
    void ready();
    void transportEvent(const SipScope::TransportEvent &event);
    // A parsed message and the exact bytes it came from.
    void messageReceived(const SipScope::SipMessage &message, const QByteArray &raw);
    // Bytes that are not a SIP message; recorded, never taken as an answer.
    void garbageReceived(const QByteArray &raw, SipScope::SipParseError error,
                         const QString &errorMessage);
    // The transport can no longer be used (refused, unreachable, reset, TLS failure).
    void failed(const SipScope::SipError &error);
    // A CRLF "pong" arrived (RFC 5626 §4.4.1) outside a message; lastReceiveTime() is
    // when.
    void keepAlivePong();

protected:
    // Reports one packet to the tap of `options`, if any, with the addresses of this
    // transport; a time of None is taken as now.
    void tapPacket(const TransportOptions &options, WirePacket::Kind kind, bool sent,
                   const QByteArray &bytes, const WireTime &time) const;

    void setLastSendTime(const WireTime &time) { m_lastSend = time; }
    void setLastReceiveTime(const WireTime &time) { m_lastReceive = time; }

private:
    WireTime m_lastSend;
    WireTime m_lastReceive;
};

// Creates a transport for a protocol; nullptr when that protocol is not supported yet.
// The probe uses the default factory; tests may inject their own.
using TransportFactory = std::function<std::unique_ptr<Transport>(TransportProtocol)>;
std::unique_ptr<Transport> createTransport(TransportProtocol protocol);

} // namespace SipScope
