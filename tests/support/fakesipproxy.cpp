#include "fakesipproxy.h"

#include "sip/sipparser.h"

#include <QCryptographicHash>
#include <QNetworkDatagram>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

FakeSipProxy::FakeSipProxy(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_server.setHandler([this](FakeSipServer &, const FakeSipServer::Request &request) { onRequest(request); });
    connect(&m_relay, &QUdpSocket::readyRead, this, &FakeSipProxy::onRelayReadyRead);
}

bool FakeSipProxy::listen(const QHostAddress &address)
{
    return m_server.listen(address) && m_relay.bind(address, 0);
}

void FakeSipProxy::setNextHop(const QHostAddress &address, quint16 port)
{
    m_nextAddress = address;
    m_nextPort = port;
}

QString FakeSipProxy::hostPort() const
{
    return u"%1:%2"_s.arg(m_server.address().toString()).arg(port());
}

void FakeSipProxy::onRequest(const FakeSipServer::Request &request)
{
    const int maxForwards = request.message.header(u"Max-Forwards"_s).value_or(u"70"_s).trimmed().toInt();
    if (maxForwards <= 0 || m_nextPort == 0) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 483, u"Too Many Hops"_s);
        response.setHeader(u"Server"_s, m_name);
        if (m_advertiseContact)
            response.addHeader(u"Contact"_s, u"<sip:%1>"_s.arg(hostPort()));
        response.removeHeader(u"Content-Length"_s);
        response.addHeader(u"Content-Length"_s, u"0"_s);
        m_server.reply(request, response);
        return;
    }
    SipMessage forwarded = request.message;
    forwarded.setHeader(u"Max-Forwards"_s, QString::number(maxForwards - 1));
    // Like a stateless proxy, the branch is computed from the incoming one, so a
    // retransmission is relayed with the same branch and stays a retransmission
    // downstream (RFC 3261 §16.11).
    ++m_relayed;
    const QByteArray incoming = request.message.topVia().value_or(SipVia()).branch().toUtf8();
    const QString branch = u"z9hG4bK-%1-%2"_s.arg(
        m_name, QString::fromLatin1(QCryptographicHash::hash(incoming, QCryptographicHash::Sha1).toHex().left(16)));
    // Our Via goes on top of the ones already there (RFC 3261 §16.6 step 8).
    const QList<SipHeader> headers = forwarded.headers();
    SipMessage rebuilt = SipMessage::request(forwarded.method(), forwarded.requestUri());
    rebuilt.addHeader(u"Via"_s, u"SIP/2.0/UDP %1:%2;branch=%3"_s.arg(m_relay.localAddress().toString())
                                    .arg(m_relay.localPort()).arg(branch));
    for (const SipHeader &header : headers)
        rebuilt.addHeader(header.name, header.value);
    rebuilt.setBody(forwarded.body());
    m_pending.insert(branch, request);
    m_relay.writeDatagram(rebuilt.toBytes(), m_nextAddress, m_nextPort);
}

void FakeSipProxy::onRelayReadyRead()
{
    while (m_relay.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_relay.receiveDatagram();
        const SipParseResult parsed = SipParser::parseDatagram(datagram.data());
        if (!parsed.isValid() || !parsed.message->isResponse())
            continue;
        const auto via = parsed.message->topVia();
        if (!via || !m_pending.contains(via->branch()))
            continue;
        const FakeSipServer::Request original = m_pending.value(via->branch());
        // Drop our Via (the first line of the first Via header) and pass the rest back.
        SipMessage response = SipMessage::response(parsed.message->statusCode(), parsed.message->reasonPhrase());
        bool dropped = false;
        for (const SipHeader &header : parsed.message->headers()) {
            if (!dropped && sameHeaderName(header.name, u"Via"_s)) {
                dropped = true;
                const QStringList rest = splitHeaderList(header.value).mid(1);
                if (!rest.isEmpty())
                    response.addHeader(header.name, rest.join(u", "_s));
                continue;
            }
            response.addHeader(header.name, header.value);
        }
        response.setBody(parsed.message->body());
        m_server.reply(original, response);
    }
}

} // namespace SipScope::Test
