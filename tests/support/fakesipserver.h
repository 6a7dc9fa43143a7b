// The one fake SIP server of the test suite: listens on loopback, port 0, over UDP,
// TCP or TLS, and answers every request with a handler the test scripts. Streams are
// framed with the product's own stream parser; helpers stage what a broken server
// does on a connection (answers in pieces, closes, resets).
#pragma once

#include "sip/sipmessage.h"
#include "sip/sipparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUdpSocket>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace SipScope::Test {

class FakeSipServer final : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Udp, Tcp, Tls };

    // The server side of TLS: its certificate, and optionally a client certificate
    // it demands (verified against clientCaFiles).
    struct TlsSettings
    {
        QString certificateFile;
        QString keyFile;
        QStringList clientCaFiles;
        bool requireClientCertificate = false;
        bool tls12Only = false;      // refuse TLS 1.3 (how TLS 1.2 servers behave)
    };

    // One request as the server received it.
    struct Request
    {
        SipMessage message;          // parsed; invalid input never reaches the handler
        QByteArray raw;
        QHostAddress peerAddress;
        quint16 peerPort = 0;
        qint64 atMs = 0;             // since listen(), monotonic
        int index = 0;               // 0 for the first request received, 1, 2, ...
        int connection = -1;         // TCP/TLS: which accepted connection (0, 1, ...); -1 for UDP
        QString clientCertificateSubject;  // TLS: the client certificate's CN, if one was presented
    };

    // Called for every parsed request. Reply with the helpers below (now or later).
    using Handler = std::function<void(FakeSipServer &server, const Request &request)>;

    explicit FakeSipServer(QObject *parent = nullptr);
    ~FakeSipServer() override;

    // For Transport::Tls, before listen().
    void setTlsSettings(const TlsSettings &settings) { m_tls = settings; }

    // Binds to `address` on a free port (or on `port`, e.g. the same port number as a
    // server on the other address family). Returns false and sets errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, Transport transport = Transport::Udp,
                quint16 port = 0);
    QHostAddress address() const { return m_address; }
    quint16 port() const;
    Transport transport() const { return m_transport; }
    // "sip:127.0.0.1:40000" or "sip:[::1]:40000" (with a user part when given);
    // ";transport=tcp" / ";transport=tls" is appended for the stream transports.
    QString uri(const QString &user = {}) const;
    QString errorString() const { return m_errorString; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // A response to `request` per RFC 3261 §8.2.6.2: Via (all, in order), From, To
    // (with a To tag added unless there is one or code is 100), Call-ID, CSeq, and
    // Content-Length: 0. Tests mutate the result to stage broken answers.
    static SipMessage makeResponse(const SipMessage &request, int code, const QString &reason);

    // Sends bytes to the peer a request came from (over its connection for TCP/TLS),
    // immediately or after delayMs.
    void sendTo(const Request &request, const QByteArray &bytes, int delayMs = 0);
    // makeResponse + sendTo.
    void reply(const Request &request, int code, const QString &reason, int delayMs = 0);
    void reply(const Request &request, const SipMessage &response, int delayMs = 0);

    // TCP/TLS: the bytes in pieces of `pieceSize`, `gapMs` apart (each its own write).
    void sendInPieces(const Request &request, const QByteArray &bytes, int pieceSize, int gapMs);
    // TCP/TLS: ends the request's connection in an orderly way (FIN) or with a reset
    // (RST, SO_LINGER 0), after delayMs.
    void closeConnection(const Request &request, int delayMs = 0);
    void resetConnection(const Request &request, int delayMs = 0);

    // Ready-made handlers for the common scripts.
    static Handler answerWith(int code, const QString &reason, const QList<SipHeader> &extraHeaders = {});
    static Handler silent();

    const QList<Request> &requests() const { return m_requests; }
    // Every datagram or stream message received, retransmissions included.
    int requestCount() const { return int(m_requests.size()); }
    // The requests less their retransmissions: the first request of each top Via
    // branch, in order, which is how a server tells a retransmission from a new request
    // (RFC 3261 §17.2.3). What a busy machine cannot change: the client's Timer E may
    // fire before the answer is read when the test process is descheduled, so "the
    // second request" is transactions().at(1), not requests().at(1).
    QList<Request> transactions() const;
    int transactionCount() const { return int(transactions().size()); }
    // Forgets the requests received so far (a long-running test keeps its memory flat);
    // Request::index starts again at 0.
    void clearRequests() { m_requests.clear(); }
    // UDP: reads every datagram already queued on the socket now, without waiting for
    // the event loop. Over loopback a datagram is in the receiver's queue as soon as
    // sendto() returns, so after this call the counts cover everything sent so far —
    // what a test needs before it asserts that nothing more is sent.
    void receivePending() { onReadyRead(); }
    // Datagrams (or stream bytes) that did not parse as a SIP request.
    const QList<QByteArray> &garbage() const { return m_garbage; }
    // TCP/TLS: connections accepted so far.
    int connectionCount() const { return int(m_connections.size()); }
    // TLS: handshake failures seen by the server (Qt's error strings).
    const QStringList &tlsErrors() const { return m_tlsErrors; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection;

    void onReadyRead();
    void onIncoming(qintptr descriptor);
    void onStreamData(int connection);
    void accept(const QByteArray &raw, const SipMessage &message, const QHostAddress &peer, quint16 peerPort,
                int connection, const QString &clientSubject);
    QTcpSocket *socketOf(const Request &request) const;

    Transport m_transport = Transport::Udp;
    TlsSettings m_tls;
    std::unique_ptr<QUdpSocket> m_udp;
    std::unique_ptr<QTcpServer> m_tcp;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QHostAddress m_address;
    QString m_errorString;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QByteArray> m_garbage;
    QStringList m_tlsErrors;
    QElapsedTimer m_clock;
};

} // namespace SipScope::Test
