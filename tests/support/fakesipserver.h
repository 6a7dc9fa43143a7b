// The one fake SIP server of the test suite: listens on loopback, port 0, and answers
// every request with a handler the test scripts. UDP now; TCP and TLS add a Transport
// value and a stream framing path, the handler interface stays the same.
#pragma once

#include "sip/sipmessage.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUdpSocket>

#include <functional>
#include <memory>

namespace SipScope::Test {

class FakeSipServer final : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Udp };

    // One request as the server received it.
    struct Request
    {
        SipMessage message;          // parsed; invalid input never reaches the handler
        QByteArray raw;
        QHostAddress peerAddress;
        quint16 peerPort = 0;
        qint64 atMs = 0;             // since listen(), monotonic
        int index = 0;               // 0 for the first request received, 1, 2, ...
    };

    // Called for every parsed request. Reply with the helpers below (now or later).
    using Handler = std::function<void(FakeSipServer &server, const Request &request)>;

    explicit FakeSipServer(QObject *parent = nullptr);
    ~FakeSipServer() override;

    // Binds to `address` on a free port (or on `port`, e.g. the same port number as a
    // server on the other address family). Returns false and sets errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, Transport transport = Transport::Udp,
                quint16 port = 0);
    QHostAddress address() const { return m_address; }
    quint16 port() const;
    // "sip:127.0.0.1:40000" or "sip:[::1]:40000" (with a user part when given).
    QString uri(const QString &user = {}) const;
    QString errorString() const { return m_errorString; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // A response to `request` per RFC 3261 §8.2.6.2: Via (all, in order), From, To
    // (with a To tag added unless there is one or code is 100), Call-ID, CSeq, and
    // Content-Length: 0. Tests mutate the result to stage broken answers.
    static SipMessage makeResponse(const SipMessage &request, int code, const QString &reason);

    // Sends bytes to the peer a request came from, immediately or after delayMs.
    void sendTo(const Request &request, const QByteArray &bytes, int delayMs = 0);
    // makeResponse + sendTo.
    void reply(const Request &request, int code, const QString &reason, int delayMs = 0);
    void reply(const Request &request, const SipMessage &response, int delayMs = 0);

    // Ready-made handlers for the common scripts.
    static Handler answerWith(int code, const QString &reason, const QList<SipHeader> &extraHeaders = {});
    static Handler silent();

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Datagrams that did not parse as a SIP request.
    const QList<QByteArray> &garbage() const { return m_garbage; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onReadyRead();

    std::unique_ptr<QUdpSocket> m_udp;
    QHostAddress m_address;
    QString m_errorString;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QByteArray> m_garbage;
    QElapsedTimer m_clock;
};

} // namespace SipScope::Test
