#include "fakesipserver.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

namespace {

// QTcpServer hands out QTcpSockets; a TLS server needs the raw descriptor first.
class Listener final : public QTcpServer
{
public:
    std::function<void(qintptr)> incoming;

protected:
    void incomingConnection(qintptr descriptor) override { incoming(descriptor); }
};

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

QByteArray withoutLeadingLineEnds(const QByteArray &bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && (bytes.at(start) == '\r' || bytes.at(start) == '\n'))
        ++start;
    return bytes.mid(start);
}

} // namespace

struct FakeSipServer::Connection
{
    std::unique_ptr<QTcpSocket> socket;
    SipParser parser;
    QByteArray unparsed;      // what the parser holds, to keep each request's exact bytes
    QString clientSubject;
};

FakeSipServer::FakeSipServer(QObject *parent)
    : QObject(parent)
    , m_handler(answerWith(200, u"OK"_s))
{
}

FakeSipServer::~FakeSipServer()
{
    for (const auto &connection : m_connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
}

bool FakeSipServer::listen(const QHostAddress &address, Transport transport, quint16 port)
{
    m_transport = transport;
    m_address = address;
    if (transport == Transport::Udp) {
        m_udp = std::make_unique<QUdpSocket>();
        if (!m_udp->bind(address, port)) {
            m_errorString = m_udp->errorString();
            m_udp.reset();
            return false;
        }
        connect(m_udp.get(), &QUdpSocket::readyRead, this, &FakeSipServer::onReadyRead);
    } else {
        if (transport == Transport::Tls && (m_tls.certificateFile.isEmpty() || readKey(m_tls.keyFile).isNull())) {
            m_errorString = u"TLS needs setTlsSettings() with a certificate and an unencrypted key"_s;
            return false;
        }
        auto listener = std::make_unique<Listener>();
        listener->incoming = [this](qintptr descriptor) { onIncoming(descriptor); };
        if (!listener->listen(address, port)) {
            m_errorString = listener->errorString();
            return false;
        }
        m_tcp = std::move(listener);
    }
    m_clock.start();
    return true;
}

quint16 FakeSipServer::port() const
{
    if (m_udp)
        return m_udp->localPort();
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString FakeSipServer::uri(const QString &user) const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_address.toString() + u']' : m_address.toString();
    QString uri = u"sip:"_s + (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port());
    if (m_transport == Transport::Tcp)
        uri += u";transport=tcp"_s;
    else if (m_transport == Transport::Tls)
        uri += u";transport=tls"_s;
    return uri;
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

QTcpSocket *FakeSipServer::socketOf(const Request &request) const
{
    if (request.connection < 0 || request.connection >= int(m_connections.size()))
        return nullptr;
    return m_connections.at(size_t(request.connection))->socket.get();
}

void FakeSipServer::sendTo(const Request &request, const QByteArray &bytes, int delayMs)
{
    auto send = [this, request, bytes] {
        if (m_udp) {
            m_udp->writeDatagram(bytes, request.peerAddress, request.peerPort);
        } else if (QTcpSocket *socket = socketOf(request); socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(bytes);
            socket->flush();
        }
    };
    if (delayMs <= 0)
        send();
    else
        QTimer::singleShot(delayMs, this, send);
}

void FakeSipServer::sendInPieces(const Request &request, const QByteArray &bytes, int pieceSize, int gapMs)
{
    const int size = std::max(1, pieceSize);
    int delay = 0;
    for (qsizetype at = 0; at < bytes.size(); at += size) {
        sendTo(request, bytes.mid(at, size), delay);
        delay += gapMs;
    }
}

void FakeSipServer::closeConnection(const Request &request, int delayMs)
{
    QTimer::singleShot(std::max(0, delayMs), this, [this, request] {
        if (QTcpSocket *socket = socketOf(request))
            socket->disconnectFromHost();
    });
}

void FakeSipServer::resetConnection(const Request &request, int delayMs)
{
    QTimer::singleShot(std::max(0, delayMs), this, [this, request] {
        QTcpSocket *socket = socketOf(request);
        if (!socket)
            return;
#if defined(Q_OS_UNIX)
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger option{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
        socket->abort();
    });
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

void FakeSipServer::accept(const QByteArray &raw, const SipMessage &message, const QHostAddress &peer,
                           quint16 peerPort, int connection, const QString &clientSubject)
{
    Request request;
    request.message = message;
    request.raw = raw;
    request.peerAddress = peer;
    request.peerPort = peerPort;
    request.atMs = m_clock.elapsed();
    request.index = int(m_requests.size());
    request.connection = connection;
    request.clientCertificateSubject = clientSubject;
    m_requests.append(request);
    if (m_handler)
        m_handler(*this, request);
    Q_EMIT requestReceived(request.index);
}

QList<FakeSipServer::Request> FakeSipServer::transactions() const
{
    QList<Request> firsts;
    QSet<QString> branches;
    for (const Request &request : m_requests) {
        const std::optional<SipVia> via = request.message.topVia();
        const QString branch = via ? via->branch() : QString();
        if (!branches.contains(branch)) {
            branches.insert(branch);
            firsts.append(request);
        }
    }
    return firsts;
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
        accept(datagram.data(), *parsed.message, datagram.senderAddress(),
               static_cast<quint16>(datagram.senderPort()), -1, {});
    }
}

void FakeSipServer::onIncoming(qintptr descriptor)
{
    const int index = int(m_connections.size());
    auto connection = std::make_unique<Connection>();
    if (m_transport == Transport::Tls) {
        auto ssl = std::make_unique<QSslSocket>();
        if (!ssl->setSocketDescriptor(descriptor))
            return;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(QSslCertificate::fromPath(m_tls.certificateFile, QSsl::Pem));
        config.setPrivateKey(readKey(m_tls.keyFile));
        if (m_tls.tls12Only)
            config.setProtocol(QSsl::TlsV1_2);
        if (m_tls.requireClientCertificate) {
            QList<QSslCertificate> authorities;
            for (const QString &file : std::as_const(m_tls.clientCaFiles))
                authorities += QSslCertificate::fromPath(file, QSsl::Pem);
            config.setCaCertificates(authorities);
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        ssl->setSslConfiguration(config);
        QSslSocket *raw = ssl.get();
        connect(raw, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        connect(raw, &QSslSocket::errorOccurred, this, [this, raw](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError)
                m_tlsErrors << raw->errorString();
        });
        connect(raw, &QSslSocket::encrypted, this, [this, raw, index] {
            const QStringList names = raw->peerCertificate().subjectInfo(QSslCertificate::CommonName);
            m_connections.at(size_t(index))->clientSubject = names.value(0);
        });
        ssl->startServerEncryption();
        connection->socket = std::move(ssl);
    } else {
        connection->socket = std::make_unique<QTcpSocket>();
        if (!connection->socket->setSocketDescriptor(descriptor))
            return;
    }
    connect(connection->socket.get(), &QTcpSocket::readyRead, this, [this, index] { onStreamData(index); });
    m_connections.push_back(std::move(connection));
}

void FakeSipServer::onStreamData(int index)
{
    Connection &connection = *m_connections.at(size_t(index));
    const QByteArray data = connection.socket->readAll();
    connection.parser.feed(data);
    connection.unparsed.append(data);
    while (!connection.parser.hasFailed()) {
        const qsizetype before = connection.parser.bufferedBytes();
        const std::optional<SipParseResult> parsed = connection.parser.next();
        const qsizetype used = before - connection.parser.bufferedBytes();
        const QByteArray raw = connection.unparsed.left(used);
        connection.unparsed.remove(0, used);
        if (!parsed)
            return;
        if (!parsed->isValid() || !parsed->message->isRequest()) {
            m_garbage.append(raw);
            continue;
        }
        accept(withoutLeadingLineEnds(raw), *parsed->message, connection.socket->peerAddress(),
               connection.socket->peerPort(), index, connection.clientSubject);
    }
}

} // namespace SipScope::Test
