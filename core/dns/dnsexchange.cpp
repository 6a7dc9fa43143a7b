#include "dnsexchange.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QUrl>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUdpSocket>

namespace SipScope::Dns {

using namespace Qt::Literals::StringLiterals;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("SipScope::Dns", text);
}

// A datagram from ::ffff:192.0.2.1 is one from 192.0.2.1.
bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

Exchange::Exchange(ExchangeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Exchange::sendNextTry);
}

Exchange::~Exchange()
{
    m_finished = true;
}

void Exchange::start(const QString &name, quint16 type, Callback done)
{
    m_name = name;
    m_type = type;
    m_done = std::move(done);
    // RFC 5452 §9.2: an unpredictable ID makes a blind spoofed answer less likely to match.
    m_id = quint16(QRandomGenerator::system()->bounded(65536));
    QString error;
    m_query = buildQuery(m_id, name, type, &error);
    if (m_options.servers.isEmpty())
        error = QCoreApplication::translate("SipScope::Dns", "No DNS server to ask.");
    for (const NameserverAddress &server : std::as_const(m_options.servers)) {
        if (!server.isValid())
            error = QCoreApplication::translate("SipScope::Dns",
                                                "The DNS server is not an IP address with a port, e.g. 127.0.0.1:5353.");
    }
    if (!error.isEmpty()) {
        QTimer::singleShot(0, this, [this, error] {
            ExchangeResult result;
            result.outcome = ExchangeResult::Outcome::Invalid;
            result.errorText = error;
            finish(result);
        });
        return;
    }
    QTimer::singleShot(0, this, &Exchange::sendNextTry);
}

void Exchange::sendNextTry()
{
    if (m_finished || m_tcp)
        return;
    const int servers = int(m_options.servers.size());
    if (m_try >= servers * m_options.rounds || m_refused >= servers * m_options.rounds) {
        ExchangeResult result;
        result.server = m_options.servers.at((m_try - 1 + servers) % servers);
        result.errorText = silenceText();
        finish(result);
        return;
    }
    const int round = m_try / servers;
    const NameserverAddress server = m_options.servers.at(m_try % servers);
    ++m_try;
    // A connected socket per try: the kernel then hands over only datagrams from that
    // server's address and port, and an ICMP "port unreachable" ends the try at once.
    auto *socket = new QUdpSocket(this);
    m_sockets.append(socket);
    connect(socket, &QUdpSocket::readyRead, this, [this, socket, server] { onDatagrams(socket, server); });
    connect(socket, &QUdpSocket::errorOccurred, this, [this, socket] { onSocketError(socket); });
    socket->connectToHost(server.address, server.port);
    socket->write(m_query);
    m_timer.start(m_options.firstTimeout * (1 << std::min(round, 10)));
}

void Exchange::onSocketError(QUdpSocket *socket)
{
    if (m_finished)
        return;
    if (socket->error() == QAbstractSocket::ConnectionRefusedError) {
        ++m_refused;
        m_lastProblem = translate(QT_TRANSLATE_NOOP("SipScope::Dns", "the server's port is closed (ICMP port unreachable)"));
    } else {
        m_lastProblem = socket->errorString();
    }
    // Only the newest try moves on early; an old socket's error changes nothing.
    if (!m_sockets.isEmpty() && m_sockets.last() == socket && !m_tcp) {
        m_timer.stop();
        QTimer::singleShot(0, this, &Exchange::sendNextTry);
    }
}

void Exchange::onDatagrams(QUdpSocket *socket, const NameserverAddress &server)
{
    while (!m_finished && socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(65536);
        if (!sameAddress(datagram.senderAddress(), server.address) || datagram.senderPort() != server.port) {
            ++m_ignored;
            m_lastProblem = translate(QT_TRANSLATE_NOOP("SipScope::Dns", "an answer came from an address that was not asked"));
            continue;
        }
        const QByteArray bytes = datagram.data();
        const ParseResult head = parseHeaderAndQuestion(bytes);
        if (!head.message || !matches(*head.message)) {
            ++m_ignored;
            m_lastProblem = head.message
                                ? translate(QT_TRANSLATE_NOOP("SipScope::Dns", "an answer did not match the query's ID and question"))
                                : head.error;
            continue;
        }
        const ParseResult full = parseMessage(bytes);
        if (!full.message) {
            ++m_ignored;
            m_lastProblem = full.error;
            continue;
        }
        if (full.message->truncated && !m_tcp) {
            askOverTcp(server, *full.message);
            return;
        }
        if (m_tcp)
            continue; // already asking over TCP for the whole answer
        ExchangeResult result;
        result.outcome = ExchangeResult::Outcome::Answered;
        result.message = full.message;
        result.server = server;
        finish(result);
        return;
    }
}

void Exchange::askOverTcp(const NameserverAddress &server, const Message &truncated)
{
    m_timer.stop();
    m_truncated = truncated;
    m_tcpServer = server;
    m_tcp = new QTcpSocket(this);
    connect(m_tcp, &QTcpSocket::connected, this, [this] {
        // RFC 1035 §4.2.2: over TCP a message is preceded by its length.
        QByteArray framed;
        framed.append(char(m_query.size() >> 8));
        framed.append(char(m_query.size() & 0xff));
        framed.append(m_query);
        m_tcp->write(framed);
    });
    connect(m_tcp, &QTcpSocket::readyRead, this, &Exchange::onTcpData);
    const auto partial = [this](const QString &why) {
        if (m_finished)
            return;
        // The truncated answer is still an answer: what it holds is complete records.
        ExchangeResult result;
        result.outcome = ExchangeResult::Outcome::Answered;
        result.message = m_truncated;
        result.server = m_tcpServer;
        result.errorText = QCoreApplication::translate(
                               "SipScope::Dns", "the answer was truncated and TCP failed (%1); using its complete records")
                               .arg(why);
        finish(result);
    };
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [this, partial] { partial(m_tcp->errorString()); });
    connect(&m_timer, &QTimer::timeout, m_tcp, [partial] {
        partial(translate(QT_TRANSLATE_NOOP("SipScope::Dns", "no answer over TCP in time")));
    });
    m_timer.start(m_options.tcpTimeout);
    m_tcp->connectToHost(server.address, server.port);
}

void Exchange::onTcpData()
{
    m_tcpBuffer += m_tcp->readAll();
    if (m_tcpBuffer.size() < 2)
        return;
    const qsizetype length = (qsizetype(quint8(m_tcpBuffer.at(0))) << 8) | quint8(m_tcpBuffer.at(1));
    if (m_tcpBuffer.size() < 2 + length)
        return; // the rest is on its way
    const QByteArray bytes = m_tcpBuffer.mid(2, length);
    const ParseResult full = parseMessage(bytes);
    ExchangeResult result;
    result.server = m_tcpServer;
    result.overTcp = true;
    if (!full.message || !matches(*full.message)) {
        result.outcome = ExchangeResult::Outcome::Answered;
        result.message = m_truncated;
        result.errorText = QCoreApplication::translate(
                               "SipScope::Dns", "the answer was truncated and the one over TCP was unusable (%1); "
                                                "using the truncated one's complete records")
                               .arg(full.message ? translate(QT_TRANSLATE_NOOP("SipScope::Dns", "it did not match the query"))
                                                 : full.error);
        result.overTcp = false;
        finish(result);
        return;
    }
    result.outcome = ExchangeResult::Outcome::Answered;
    result.message = full.message;
    finish(result);
}

bool Exchange::matches(const Message &message) const
{
    if (message.id != m_id || !message.response || message.opcode != 0)
        return false;
    // A server may leave the question out of an error answer (FORMERR, NOTIMP).
    if (message.questions.isEmpty())
        return message.rcode != Rcode::NoError;
    if (message.questions.size() != 1)
        return false;
    const Question &q = message.questions.first();
    return q.type == m_type && q.questionClass == ClassIn && sameName(q.name, QString::fromLatin1(QUrl::toAce(m_name)));
}

QString Exchange::silenceText() const
{
    QStringList servers;
    for (const NameserverAddress &server : m_options.servers)
        servers << server.toString();
    QString text = QCoreApplication::translate("SipScope::Dns", "no answer from %1 after %n try(s)", nullptr, m_try)
                       .arg(servers.join(u", "));
    if (!m_lastProblem.isEmpty())
        text += u"; "_s + m_lastProblem;
    if (m_ignored > 0)
        text += u"; "_s
                + QCoreApplication::translate("SipScope::Dns", "%n datagram(s) ignored", nullptr, m_ignored);
    return text;
}

void Exchange::finish(ExchangeResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    result.ignored = m_ignored;
    for (QUdpSocket *socket : std::as_const(m_sockets))
        socket->abort();
    if (m_tcp)
        m_tcp->abort();
    // The callback may destroy this exchange (its owner's context): call it last.
    const Callback done = std::move(m_done);
    if (done)
        done(result);
}

} // namespace SipScope::Dns
