#include "streamtransport.h"

#include "stampedconnection.h"

#include <cerrno>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// How many line ends the run of CR/LF at the start of `bytes` holds: the pongs (RFC
// 5626 §4.4.1: a single CRLF) that came alone or before a message. Counted by LF, so a
// pong split across two reads still counts once.
int leadingPongs(QByteArrayView bytes)
{
    int pongs = 0;
    for (qsizetype at = 0; at < bytes.size() && (bytes.at(at) == '\r' || bytes.at(at) == '\n'); ++at)
        pongs += bytes.at(at) == '\n' ? 1 : 0;
    return pongs;
}

QByteArray withoutLeadingLineEnds(QByteArray bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && (bytes.at(start) == '\r' || bytes.at(start) == '\n'))
        ++start;
    return bytes.mid(start);
}

} // namespace

StreamTransport::StreamTransport(QObject *parent)
    : Transport(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &StreamTransport::onConnectTimeout);
}

StreamTransport::~StreamTransport()
{
    releaseWatch();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void StreamTransport::open(const TransportEndpoint &remote, const TransportOptions &options)
{
    m_remote = remote;
    m_options = options;
    m_parser = SipParser(options.parseLimits);
    m_unparsed.clear();
    const quint64 generation = m_generation;
    // Deferred so that ready()/failed() are never emitted from inside open().
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            start();
    }, Qt::QueuedConnection);
}

void StreamTransport::start()
{
    m_tapClosed = false;
    SipError error;
    m_socket = createSocket(&error);
    if (!m_socket) {
        failWith(error);
        return;
    }
    connect(m_socket.get(), &QTcpSocket::connected, this, [this] { onSocketConnected(); });
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &StreamTransport::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &StreamTransport::onSocketError);

    m_connectTimer.start(std::max(1, m_options.connectTimeoutMs));
    if (StampedConnection::isAvailable()) {
        // Connected by us, then handed to Qt, so that the kernel's stamps can be read.
        m_stamps = std::make_unique<StampedConnection>();
        connect(m_stamps.get(), &StampedConnection::connected, this, &StreamTransport::onStampedConnected);
        connect(m_stamps.get(), &StampedConnection::connectFailed, this, &StreamTransport::onStampedConnectFailed);
        const bool binding = !m_options.bindAddress.isNull() || m_options.bindPort != 0;
        if (const auto failure = m_stamps->connectTo(m_remote.address, m_remote.port,
                                                     binding ? bindAddress() : QHostAddress(), m_options.bindPort)) {
            const quint64 generation = m_generation;
            // Reported later, like Qt's errors, never from inside open()'s deferred call.
            QMetaObject::invokeMethod(this, [this, generation, failure = *failure] {
                if (generation == m_generation)
                    failConnect(failure.error, failure.binding);
            }, Qt::QueuedConnection);
        }
        return;
    }

    if (!m_options.bindAddress.isNull() || m_options.bindPort != 0) {
        // ReuseAddressHint: a previous probe's connection from the same port may still
        // be in TIME_WAIT.
        if (!m_socket->bind(bindAddress(), m_options.bindPort, QAbstractSocket::ReuseAddressHint)) {
            failWith(bindError(m_socket->errorString()));
            return;
        }
    }
    m_socket->connectToHost(m_remote.address, m_remote.port);
}

QHostAddress StreamTransport::bindAddress() const
{
    if (!m_options.bindAddress.isNull())
        return m_options.bindAddress;
    return m_remote.address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                        : QHostAddress(QHostAddress::AnyIPv4);
}

SipError StreamTransport::bindError(const QString &detail) const
{
    const QString where = TransportEndpoint{bindAddress(), m_options.bindPort, {}}.toString();
    return {ErrorKind::Transport, tr("Cannot use the local address %1: %2").arg(where, detail), detail};
}

void StreamTransport::onStampedConnected()
{
    if (!m_socket || m_failed)
        return;
    // The SYN left inside the connect call; the kernel measured how long the SYN-ACK
    // took, unaffected by when this process got to run.
    const WireTime startedAt{m_stamps->connectCalledAt(), WireTime::Clock::Application};
    const std::optional<qint64> handshakeUs = m_stamps->handshakeRttUs();
    const WireTime at = handshakeUs
        ? WireTime{startedAt.at + std::chrono::microseconds(*handshakeUs), WireTime::Clock::Kernel} : WireTime();
    const qintptr descriptor = m_stamps->takeDescriptor();
    if (!m_socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState)) {
#if defined(Q_OS_LINUX)
        ::close(int(descriptor));   // still ours: Qt did not take it
#endif
        failWith(genericError(m_socket->error(), m_socket->errorString()));
        return;
    }
    // Qt signals no connected() for a descriptor it was given.
    onSocketConnected(startedAt, at);
}

void StreamTransport::onStampedConnectFailed(int error)
{
    failConnect(error, false);
}

void StreamTransport::failConnect(int error, bool binding)
{
    if (!m_socket || m_failed)
        return;
    const QString detail = qt_error_string(error);
    releaseWatch();
    if (binding) {
        failWith(bindError(detail));
        return;
    }
    // The errors Qt's own connect would have reported for the same errno.
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    switch (error) {
    case ECONNREFUSED: socketError = QAbstractSocket::ConnectionRefusedError; break;
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ENETDOWN: socketError = QAbstractSocket::NetworkError; break;
    case ETIMEDOUT: socketError = QAbstractSocket::SocketTimeoutError; break;
    case EADDRINUSE:
    case EADDRNOTAVAIL: socketError = QAbstractSocket::AddressInUseError; break;
    default: break;
    }
    failWith(describeSocketError(socketError).value_or(genericError(socketError, detail)));
}

void StreamTransport::send(const QByteArray &message)
{
    if (!m_socket || !m_ready || m_failed)
        return;
    // Written now rather than from the event loop (QTcpSocket buffers), so that the
    // send time is the moment of the send call; errors arrive through errorOccurred.
    // With a stamped connection, the kernel's transmit stamp of the last byte, which
    // loopback and most drivers take inside the call; else the application clock.
    const WireTime before = WireTime::now();
    if (m_stamps)
        m_stamps->beforeSend();
    m_socket->write(message);
    m_socket->flush();
    const auto kernel = m_stamps ? m_stamps->takeTransmitted() : std::nullopt;
    setLastSendTime(kernel ? WireTime{*kernel, WireTime::Clock::Kernel} : before);
    // At the time the RTT counts from. TLS: what Qt encrypts is not ours to see; the
    // capture gets the SIP message itself.
    tapPacket(m_options, isTls() ? WirePacket::Kind::Message : WirePacket::Kind::StreamData, true, message,
              lastSendTime());
}

bool StreamTransport::sendKeepAlivePing()
{
    if (!m_socket || !m_ready || m_failed)
        return false;
    // RFC 5626 §3.5.1: the ping is CRLFCRLF, sent between messages like one.
    send("\r\n\r\n"_ba);
    return true;
}

void StreamTransport::close()
{
    if (m_socket && m_tcpConnected && !m_tapClosed && !isTls()) {
        m_tapClosed = true;
        tapPacket(m_options, WirePacket::Kind::StreamClosed, true, {}, WireTime::now());
    }
    ++m_generation;
    m_connectTimer.stop();
    m_ready = false;
    // Before the socket: while a duplicate descriptor is open, the kernel would keep
    // the connection up.
    releaseWatch();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // We may be inside one of the socket's signals (closed from a slot connected to
    // messageReceived), so it is deleted later.
    m_socket.release()->deleteLater();
}

QHostAddress StreamTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 StreamTransport::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QString StreamTransport::peerText() const
{
    const QString endpoint = m_remote.toString();
    if (m_remote.hostName.isEmpty() || QHostAddress(m_remote.hostName) == m_remote.address)
        return endpoint;
    return m_remote.hostName + u" ("_s + endpoint + u')';
}

void StreamTransport::becomeReady()
{
    if (m_failed || m_ready)
        return;
    m_connectTimer.stop();
    m_ready = true;
    Q_EMIT ready();
}

void StreamTransport::failWith(const SipError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_ready = false;
    m_connectTimer.stop();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation, error] {
        if (generation == m_generation)
            Q_EMIT failed(error);
    }, Qt::QueuedConnection);
}

void StreamTransport::onSocketConnected(const WireTime &startedAt, const WireTime &at)
{
    m_tcpConnected = true;
    watchConnection();
    if (!isTls())
        tapPacket(m_options, WirePacket::Kind::StreamOpened, true, {}, at);
    Q_EMIT transportEvent({TransportEvent::Type::Connected,
                  tr("TCP connection from %1 to %2 established")
                      .arg(TransportEndpoint{localAddress(), localPort(), {}}.toString(), m_remote.toString()),
                  at, startedAt});
    onConnected();
}

void StreamTransport::onReadyRead()
{
    if (!m_socket || m_failed)
        return;
    // The kernel's stamp of the segment that brought the bytes (for TLS the one that
    // completed the record, decrypted by Qt before this signal), when our notifier ran
    // before Qt's read; else the moment the bytes were noticed, before the parse.
    const WireTime noticed = WireTime::now();
    const auto kernel = m_stamps ? m_stamps->takeReceived() : std::nullopt;
    setLastReceiveTime(kernel ? WireTime{*kernel, WireTime::Clock::Kernel} : noticed);
    const QByteArray data = m_socket->readAll();
    m_received = m_received || !data.isEmpty();
    if (!isTls() && !data.isEmpty())
        tapPacket(m_options, WirePacket::Kind::StreamData, false, data, lastReceiveTime());
    m_parser.feed(data);
    m_unparsed.append(data);
    const quint64 generation = m_generation;
    // A slot may close() us while we emit; the generation tells.
    while (generation == m_generation && !m_failed) {
        const qsizetype before = m_parser.bufferedBytes();
        const std::optional<SipParseResult> result = m_parser.next();
        const qsizetype used = before - m_parser.bufferedBytes();
        if (!result) {
            const int pongs = leadingPongs(QByteArrayView(m_unparsed).first(std::min(used, m_unparsed.size())));
            m_unparsed.remove(0, used);   // keep-alive CRLFs the parser dropped
            for (int i = 0; i < pongs && generation == m_generation; ++i)
                Q_EMIT keepAlivePong();
            break;
        }
        if (result->isValid()) {
            const int pongs = leadingPongs(QByteArrayView(m_unparsed).first(std::min(used, m_unparsed.size())));
            for (int i = 0; i < pongs && generation == m_generation; ++i)
                Q_EMIT keepAlivePong();
            if (generation != m_generation)
                break;
            const QByteArray raw = withoutLeadingLineEnds(m_unparsed.left(used));
            m_unparsed.remove(0, used);
            if (isTls())
                tapPacket(m_options, WirePacket::Kind::Message, false, raw, lastReceiveTime());
            Q_EMIT messageReceived(*result->message, raw);
            continue;
        }
        // RFC 3261 §18.3: without a valid Content-Length the stream cannot be framed
        // any further; the connection is useless from here on.
        const QByteArray raw = m_unparsed;
        m_unparsed.clear();
        Q_EMIT garbageReceived(raw, result->error, result->errorMessage);
        if (generation != m_generation)
            break;
        // The request went out and the server answered: what it sent is the failure.
        failWith({ErrorKind::MalformedAnswer,
                  tr("%1 answered with bytes that are not a SIP message (%2); the connection cannot be read any further.")
                      .arg(peerText(), result->errorMessage),
                  parseErrorToken(result->error), u"framing"_s});
    }
}

void StreamTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_failed)
        return;
    // A read with nothing pending; not a failure.
    if (error == QAbstractSocket::TemporaryError)
        return;
    SipError sipError = describeSocketError(error).value_or(genericError(error));
    if (m_tcpConnected && !m_tapClosed && !isTls()) {
        m_tapClosed = true;
        tapPacket(m_options, WirePacket::Kind::StreamClosed, false, {}, WireTime::now());
    }
    releaseWatch();
    // A message cut off by the end of the connection is recorded, not silently dropped.
    if (!m_unparsed.isEmpty() && m_tcpConnected) {
        const QByteArray raw = m_unparsed;
        m_unparsed.clear();
        const bool headComplete = raw.contains("\r\n\r\n") || raw.contains("\n\n");
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation, raw, headComplete] {
            if (generation == m_generation) {
                Q_EMIT garbageReceived(raw, headComplete ? SipParseError::TruncatedBody : SipParseError::IncompleteHeaders,
                                       tr("the connection ended in the middle of a message (%n byte(s) received)",
                                          nullptr, int(raw.size())));
            }
        }, Qt::QueuedConnection);
    }
    failWith(sipError);
}

void StreamTransport::onConnectTimeout()
{
    if (!m_socket || m_failed || m_ready)
        return;
    const SipError error = connectTimeoutError();
    releaseWatch();
    m_socket->disconnect(this);
    m_socket->abort();
    failWith(error);
}

std::optional<SipError> StreamTransport::describeSocketError(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error);
    return std::nullopt;
}

SipError StreamTransport::connectTimeoutError() const
{
    const QString seconds = QString::number(double(m_options.connectTimeoutMs) / 1000.0, 'g', 4);
    return {ErrorKind::Timeout,
            tr("%1 did not accept the TCP connection within %2 s: a firewall may drop the packets, or the host is down.")
                .arg(peerText(), seconds),
            {}, u"connect_timeout"_s};
}

SipError StreamTransport::genericError(QAbstractSocket::SocketError error) const
{
    return genericError(error, m_socket ? m_socket->errorString() : QString());
}

SipError StreamTransport::genericError(QAbstractSocket::SocketError error, const QString &detail) const
{
    const QString where = peerText();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {ErrorKind::Refused, tr("Nothing listens on %1: the connection was refused.").arg(where), detail};
    case QAbstractSocket::RemoteHostClosedError:
        if (peerReset()) {
            return {ErrorKind::Transport, tr("%1 reset the connection before a final response arrived.").arg(where),
                    detail, u"connection_reset"_s};
        }
        return {ErrorKind::Transport, tr("%1 closed the connection before a final response arrived.").arg(where),
                detail, u"connection_closed"_s};
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        if (m_tcpConnected) {
            return {ErrorKind::Transport, tr("The connection to %1 failed: %2").arg(where, detail), detail,
                    peerReset() ? u"connection_reset"_s : QString()};
        }
        // Qt reports ICMP host/network unreachable and "no route" as NetworkError.
        return {ErrorKind::Unreachable, tr("%1 cannot be reached: %2").arg(where, detail), detail};
    case QAbstractSocket::SocketTimeoutError:
        return connectTimeoutError();
    case QAbstractSocket::AddressInUseError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        return {ErrorKind::Transport, tr("Cannot use the local address: %1").arg(detail), detail};
    default:
        return {ErrorKind::Transport, tr("Network error with %1: %2").arg(where, detail), detail};
    }
}

void StreamTransport::watchConnection()
{
#if defined(Q_OS_LINUX)
    if (m_watchDescriptor >= 0)
        ::close(m_watchDescriptor);
    m_watchDescriptor = -1;
    // A stamped connection has its duplicate already; one is enough (a monitor holds
    // many connections).
    if (m_stamps && m_stamps->watchDescriptor() >= 0)
        return;
    if (m_socket && m_socket->socketDescriptor() >= 0)
        m_watchDescriptor = ::dup(int(m_socket->socketDescriptor()));
#endif
}

bool StreamTransport::peerReset() const
{
#if defined(Q_OS_LINUX)
    const int watch = m_watchDescriptor >= 0 ? m_watchDescriptor : m_stamps ? m_stamps->watchDescriptor() : -1;
    if (watch < 0)
        return false;
    // Our duplicate keeps the socket alive after Qt closed its descriptor: a FIN from
    // the peer leaves it in CLOSE_WAIT, a reset in CLOSE.
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(watch, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    return info.tcpi_state == TCP_CLOSE;
#else
    return false;
#endif
}

void StreamTransport::releaseWatch()
{
    // May run inside one of the connection's signals.
    if (m_stamps) {
        m_stamps->disconnect(this);
        m_stamps->closeDescriptors();
        m_stamps.release()->deleteLater();
    }
#if defined(Q_OS_LINUX)
    if (m_watchDescriptor >= 0)
        ::close(m_watchDescriptor);
#endif
    m_watchDescriptor = -1;
}

} // namespace SipScope
