#include "fakesipserver.h"

#include "sip/sipparser.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

FakeSipServer::FakeSipServer(QObject *parent)
    : QObject(parent)
    , m_handler(answerWith(200, u"OK"_s))
{
}

FakeSipServer::~FakeSipServer() = default;

bool FakeSipServer::listen(const QHostAddress &address, Transport transport, quint16 port)
{
    Q_UNUSED(transport);
    m_udp = std::make_unique<QUdpSocket>();
    if (!m_udp->bind(address, port)) {
        m_errorString = m_udp->errorString();
        m_udp.reset();
        return false;
    }
    m_address = address;
    connect(m_udp.get(), &QUdpSocket::readyRead, this, &FakeSipServer::onReadyRead);
    m_clock.start();
    return true;
}

quint16 FakeSipServer::port() const
{
    return m_udp ? m_udp->localPort() : 0;
}

QString FakeSipServer::uri(const QString &user) const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_address.toString() + u']' : m_address.toString();
    return u"sip:"_s + (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port());
}

SipMessage FakeSipServer::makeResponse(const SipMessage &request, int code, const QString &reason)
{
    SipMessage response = SipMessage::response(code, reason);
    for (const SipHeader &header : request.headers()) {
        if (sameHeaderName(header.name, u"Via"_s))
            response.addHeader(u"Via"_s, header.value);
    }
    response.addHeader(u"From"_s, request.header(u"From"_s).value_or(QString()));
    QString to = request.header(u"To"_s).value_or(QString());
    if (code > 100 && request.toTag().isEmpty())
        to += u";tag="_s + QString::number(QRandomGenerator::global()->generate(), 16);
    response.addHeader(u"To"_s, to);
    response.addHeader(u"Call-ID"_s, request.callId());
    response.addHeader(u"CSeq"_s, request.header(u"CSeq"_s).value_or(QString()));
    response.addHeader(u"Server"_s, u"SipScope-FakeSipServer"_s);
    response.addHeader(u"Content-Length"_s, u"0"_s);
    return response;
}

void FakeSipServer::sendTo(const Request &request, const QByteArray &bytes, int delayMs)
{
    const QHostAddress peer = request.peerAddress;
    const quint16 port = request.peerPort;
    auto send = [this, peer, port, bytes] {
        if (m_udp)
            m_udp->writeDatagram(bytes, peer, port);
    };
    if (delayMs <= 0)
        send();
    else
        QTimer::singleShot(delayMs, this, send);
}

void FakeSipServer::reply(const Request &request, int code, const QString &reason, int delayMs)
{
    reply(request, makeResponse(request.message, code, reason), delayMs);
}

void FakeSipServer::reply(const Request &request, const SipMessage &response, int delayMs)
{
    sendTo(request, response.toBytes(), delayMs);
}

FakeSipServer::Handler FakeSipServer::answerWith(int code, const QString &reason,
                                                 const QList<SipHeader> &extraHeaders)
{
    return [code, reason, extraHeaders](FakeSipServer &server, const Request &request) {
        SipMessage response = makeResponse(request.message, code, reason);
        response.removeHeader(u"Content-Length"_s);
        for (const SipHeader &header : extraHeaders)
            response.addHeader(header.name, header.value);
        response.addHeader(u"Content-Length"_s, u"0"_s);
        server.reply(request, response);
    };
}

FakeSipServer::Handler FakeSipServer::silent()
{
    return [](FakeSipServer &, const Request &) {};
}

void FakeSipServer::onReadyRead()
{
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        if (!datagram.isValid())
            break;
        const SipParseResult parsed = SipParser::parseDatagram(datagram.data());
        if (!parsed.isValid() || !parsed.message->isRequest()) {
            m_garbage.append(datagram.data());
            continue;
        }
        Request request;
        request.message = *parsed.message;
        request.raw = datagram.data();
        request.peerAddress = datagram.senderAddress();
        request.peerPort = static_cast<quint16>(datagram.senderPort());
        request.atMs = m_clock.elapsed();
        request.index = int(m_requests.size());
        m_requests.append(request);
        if (m_handler)
            m_handler(*this, request);
        Q_EMIT requestReceived(request.index);
    }
}

} // namespace SipScope::Test
