// One DNS question, asked of a list of nameservers and answered once: over UDP with
// retries (RFC 1035 §4.2.1; each next try waits twice as long, the servers in turn), and
// over TCP when the answer is truncated (RFC 7766 §5). Only an answer that comes from the
// server asked, carries the query's ID, and repeats its question counts; anything else
// (a spoofed or stray datagram, a malformed message) is ignored and counted, so that a
// hostile network can delay an answer but not change it.
#pragma once

#include "dnsmessage.h"
#include "nameserveraddress.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QUdpSocket;
QT_END_NAMESPACE

namespace SipScope::Dns {

struct ExchangeOptions
{
    QList<NameserverAddress> servers;
    std::chrono::milliseconds firstTimeout{1000};  // the first try's wait; doubles each round
    int rounds = 2;                                // tries of every server
    std::chrono::milliseconds tcpTimeout{3000};    // connect, send and read over TCP
};

struct ExchangeResult
{
    enum class Outcome {
        Answered,  // `message` holds the answer (any RCODE)
        NoAnswer,  // nobody answered in time, or every server refused the connection
        Invalid,   // the question could not be asked (a bad name, no server)
    };

    Outcome outcome = Outcome::NoAnswer;
    std::optional<Message> message;
    NameserverAddress server;   // the server that answered, or the last one asked
    bool overTcp = false;
    int ignored = 0;            // datagrams that were not the answer (wrong source, ID, question; malformed)
    QString errorText;          // translated; for NoAnswer and Invalid, and a note for a partial answer
};

class Exchange final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ExchangeResult &)>;

    explicit Exchange(ExchangeOptions options, QObject *parent = nullptr);
    ~Exchange() override;

    // Asks; `done` follows exactly once and never from inside this call — unless the
    // exchange is destroyed first.
    void start(const QString &name, quint16 type, Callback done);

private:
    void sendNextTry();
    void onDatagrams(QUdpSocket *socket, const NameserverAddress &server);
    void onSocketError(QUdpSocket *socket);
    void askOverTcp(const NameserverAddress &server, const Message &truncated);
    void onTcpData();
    bool matches(const Message &message) const;
    void finish(ExchangeResult result);
    QString silenceText() const;

    ExchangeOptions m_options;
    QString m_name;
    quint16 m_type = 0;
    quint16 m_id = 0;
    QByteArray m_query;
    Callback m_done;
    int m_try = 0;
    int m_refused = 0;
    int m_ignored = 0;
    QString m_lastProblem;
    QList<QUdpSocket *> m_sockets;
    QTimer m_timer;
    QTcpSocket *m_tcp = nullptr;
    QByteArray m_tcpBuffer;
    NameserverAddress m_tcpServer;
    std::optional<Message> m_truncated;
    bool m_finished = false;
};

} // namespace SipScope::Dns
