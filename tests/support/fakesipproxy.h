// A minimal stateless SIP proxy over UDP on loopback, for traceroute tests: answers
// 483 Too Many Hops when Max-Forwards is 0 (RFC 3261 §16.3 step 2), otherwise takes
// one from Max-Forwards, puts its own Via on top and relays the request to the next
// hop; responses coming back lose that Via and go to whoever sent the request
// (RFC 3261 §16.7). Chained proxies make a path of known depth; two pointing at each
// other make a loop.
#pragma once

#include "fakesipserver.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUdpSocket>

namespace SipScope::Test {

class FakeSipProxy final : public QObject
{
    Q_OBJECT
public:
    explicit FakeSipProxy(const QString &name, QObject *parent = nullptr);

    // Binds the listening and the relaying socket on loopback, port 0.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    void setNextHop(const QHostAddress &address, quint16 port);
    // With false the 483 carries no Contact (like Kamailio's sl_send_reply), so the
    // tracer can only name the hop by its Server header.
    void setAdvertiseContact(bool advertise) { m_advertiseContact = advertise; }

    quint16 port() const { return m_server.port(); }
    QString uri(const QString &user = {}) const { return m_server.uri(user); }
    QString hostPort() const;     // "127.0.0.1:40000"
    QString name() const { return m_name; }
    int relayedRequests() const { return m_relayed; }
    FakeSipServer &server() { return m_server; }

private:
    void onRequest(const FakeSipServer::Request &request);
    void onRelayReadyRead();

    QString m_name;
    FakeSipServer m_server;
    QUdpSocket m_relay;
    QHostAddress m_nextAddress;
    quint16 m_nextPort = 0;
    bool m_advertiseContact = true;
    int m_relayed = 0;
    QHash<QString, FakeSipServer::Request> m_pending;   // our branch → the request we relayed
};

} // namespace SipScope::Test
