// TcpTransport on loopback against the shared fake server: the real local address,
// stream framing (a response in 1-byte pieces, two in one read, keep-alives, a body
// longer or shorter than Content-Length), and every way a connection fails, each
// with its own kind and cause: refused, closed, reset, framing lost, connect timeout.
#include "sip/optionsrequest.h"
#include "sip/tcptransport.h"

#include "fakesipserver.h"
#include "kernelreceivestamps.h"
#include "loopbackports.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <chrono>

#if defined(Q_OS_UNIX)
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using SipScope::Test::closedTcpPort;

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

// A connected transport to `server`, or nullptr after a failed check.
struct Client
{
    TcpTransport transport;
    QSignalSpy ready{&transport, &Transport::ready};
    QSignalSpy failed{&transport, &Transport::failed};
    QSignalSpy messages{&transport, &Transport::messageReceived};
    QSignalSpy garbage{&transport, &Transport::garbageReceived};
    QSignalSpy events{&transport, &Transport::transportEvent};

    SipError error() const { return failed.isEmpty() ? SipError() : failed.constFirst().constFirst().value<SipError>(); }
    SipMessage message(int i) const { return messages.at(i).at(0).value<SipMessage>(); }
    QByteArray raw(int i) const { return messages.at(i).at(1).toByteArray(); }
};

QByteArray optionsRequest(const Transport &transport, quint16 port)
{
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sip:probe@127.0.0.1:%1;transport=tcp"_s.arg(port)).uri;
    params.transport = TransportProtocol::Tcp;
    params.localAddress = transport.localAddress();
    params.localPort = transport.localPort();
    return OptionsRequest::build(params).toBytes();
}

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class tst_TcpTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exchangesOverTcp_data();
    void exchangesOverTcp();
    void framing_data();
    void framing();
    void refusedWhenNothingListens();
    void closedBeforeAnswering();
    void resetBeforeAnswering();
    void cutOffInTheMiddleOfAMessage_data();
    void cutOffInTheMiddleOfAMessage();
    void notSipLosesTheFraming();
    void connectTimeout();
    void bindToAddressAndPort();
    void closeIsQuiet();
    void sendAndReceiveTimes();

private:
    // Connects `client` to `server` and sends one OPTIONS; returns the request as the
    // server saw it through `request`.
    bool exchange(FakeSipServer &server, Client &client, FakeSipServer::Request *request);
};

bool tst_TcpTransport::exchange(FakeSipServer &server, Client &client, FakeSipServer::Request *request)
{
    client.transport.open({server.address(), server.port(), {}}, {});
    if (!QTest::qWaitFor([&] { return !client.ready.isEmpty() || !client.failed.isEmpty(); }, 5000)
        || client.ready.isEmpty())
        return false;
    client.transport.send(optionsRequest(client.transport, server.port()));
    if (!QTest::qWaitFor([&] { return server.requestCount() > 0; }, 5000))
        return false;
    *request = server.requests().constFirst();
    return true;
}

void tst_TcpTransport::exchangesOverTcp_data()
{
    QTest::addColumn<QHostAddress>("loopback");
    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost);
    if (hasIpv6Loopback())
        QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_TcpTransport::exchangesOverTcp()
{
    QFETCH(QHostAddress, loopback);
    FakeSipServer server;
    QVERIFY2(server.listen(loopback, FakeSipServer::Transport::Tcp), qPrintable(server.errorString()));
    QByteArray answer;
    server.setHandler([&answer](FakeSipServer &s, const FakeSipServer::Request &r) {
        answer = FakeSipServer::makeResponse(r.message, 200, u"OK"_s).toBytes();
        s.sendTo(r, answer);
    });
    Client client;
    QVERIFY(client.transport.isReliable());
    QCOMPARE(client.transport.protocol(), TransportProtocol::Tcp);
    client.transport.open({loopback, server.port(), {}}, {});
    QCOMPARE(client.ready.size(), 0);   // never synchronously
    QTRY_COMPARE(client.ready.size(), 1);
    QCOMPARE(client.failed.size(), 0);
    QCOMPARE(client.transport.localAddress(), loopback);
    QVERIFY(client.transport.localPort() != 0);
    QCOMPARE(client.events.size(), 1);
    QCOMPARE(client.events.constFirst().constFirst().value<TransportEvent>().type, TransportEvent::Type::Connected);

    const QByteArray request = optionsRequest(client.transport, server.port());
    client.transport.send(request);
    QTRY_COMPARE(server.requestCount(), 1);
    const FakeSipServer::Request &got = server.requests().constFirst();
    QCOMPARE(got.raw, request);
    QCOMPARE(got.peerPort, client.transport.localPort());
    QCOMPARE(got.message.topVia()->transport, u"TCP"_s);   // RFC 3261 §18.1.1: Via says TCP
    QTRY_COMPARE(client.messages.size(), 1);
    QCOMPARE(client.message(0).statusCode(), 200);
    QCOMPARE(client.raw(0), answer);   // the exact bytes, for the raw view
}

void tst_TcpTransport::framing_data()
{
    // How the server writes its answer(s); the client must see exactly the messages.
    QTest::addColumn<QString>("script");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("one byte at a time") << u"pieces-1"_s << QList<int>{200} << QByteArray();
    QTest::newRow("seven bytes at a time") << u"pieces-7"_s << QList<int>{200} << QByteArray();
    QTest::newRow("two responses in one write") << u"two-in-one"_s << QList<int>{100, 200} << QByteArray();
    QTest::newRow("keep-alive CRLFs before and between") << u"keep-alives"_s << QList<int>{100, 200} << QByteArray();
    QTest::newRow("body framed by Content-Length") << u"body"_s << QList<int>{200} << QByteArray("v=0\r\n");
    QTest::newRow("body longer than Content-Length: the rest is the next message")
        << u"body-longer"_s << QList<int>{200, 200} << QByteArray("v=0\r\n");
}

void tst_TcpTransport::framing()
{
    QFETCH(QString, script);
    QFETCH(QList<int>, statuses);
    QFETCH(QByteArray, body);
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([script](FakeSipServer &s, const FakeSipServer::Request &r) {
        const QByteArray trying = FakeSipServer::makeResponse(r.message, 100, u"Trying"_s).toBytes();
        const QByteArray ok = FakeSipServer::makeResponse(r.message, 200, u"OK"_s).toBytes();
        SipMessage withBody = FakeSipServer::makeResponse(r.message, 200, u"OK"_s);
        withBody.setHeader(u"Content-Type"_s, u"application/sdp"_s);
        withBody.setHeader(u"Content-Length"_s, u"5"_s);
        const QByteArray bodyBytes = withBody.toBytes() + "v=0\r\n";
        if (script == u"pieces-1"_s)
            s.sendInPieces(r, ok, 1, 0);
        else if (script == u"pieces-7"_s)
            s.sendInPieces(r, ok, 7, 2);
        else if (script == u"two-in-one"_s)
            s.sendTo(r, trying + ok);
        else if (script == u"keep-alives"_s)
            s.sendTo(r, "\r\n\r\n" + trying + "\r\n" + ok);
        else if (script == u"body"_s)
            s.sendTo(r, bodyBytes);
        else if (script == u"body-longer"_s)
            s.sendTo(r, bodyBytes + ok);   // a body of 5 then a whole second message
    });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    QTRY_COMPARE(client.messages.size(), statuses.size());
    for (int i = 0; i < statuses.size(); ++i) {
        QCOMPARE(client.message(i).statusCode(), statuses.at(i));
        QVERIFY2(client.raw(i).startsWith("SIP/2.0 "), client.raw(i).constData());   // keep-alives are not part of it
    }
    QCOMPARE(client.message(0).body(), body);
    QCOMPARE(client.garbage.size(), 0);
    QCOMPARE(client.failed.size(), 0);
}

void tst_TcpTransport::refusedWhenNothingListens()
{
    const quint16 port = closedTcpPort();
    Client client;
    client.transport.open({QHostAddress::LocalHost, port, {}}, {});
    QTRY_COMPARE(client.failed.size(), 1);
    QCOMPARE(client.ready.size(), 0);
    QCOMPARE(client.error().kind, ErrorKind::Refused);
    QVERIFY2(client.error().message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(client.error().message));
}

void tst_TcpTransport::closedBeforeAnswering()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) { s.closeConnection(r); });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    QTRY_COMPARE(client.failed.size(), 1);
    QCOMPARE(client.error().kind, ErrorKind::Transport);
    QCOMPARE(client.error().cause, u"connection_closed"_s);
    QVERIFY2(client.error().message.contains(u"closed the connection"_s), qPrintable(client.error().message));
    QCOMPARE(client.garbage.size(), 0);
}

void tst_TcpTransport::resetBeforeAnswering()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Telling a reset from a close needs TCP_INFO (Linux); elsewhere both read as closed.");
#endif
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) { s.resetConnection(r); });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    QTRY_COMPARE(client.failed.size(), 1);
    QCOMPARE(client.error().kind, ErrorKind::Transport);
    QCOMPARE(client.error().cause, u"connection_reset"_s);
    QVERIFY2(client.error().message.contains(u"reset the connection"_s), qPrintable(client.error().message));
}

void tst_TcpTransport::cutOffInTheMiddleOfAMessage_data()
{
    QTest::addColumn<bool>("inTheBody");
    QTest::addColumn<SipParseError>("error");
    QTest::newRow("in the headers") << false << SipParseError::IncompleteHeaders;
    QTest::newRow("body shorter than Content-Length") << true << SipParseError::TruncatedBody;
}

void tst_TcpTransport::cutOffInTheMiddleOfAMessage()
{
    QFETCH(bool, inTheBody);
    QFETCH(SipParseError, error);
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([inTheBody](FakeSipServer &s, const FakeSipServer::Request &r) {
        SipMessage response = FakeSipServer::makeResponse(r.message, 200, u"OK"_s);
        response.setHeader(u"Content-Length"_s, u"100"_s);
        const QByteArray bytes = response.toBytes();
        s.sendTo(r, inTheBody ? bytes + "only ten b" : bytes.left(40));
        s.closeConnection(r, 50);
    });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    QTRY_COMPARE(client.failed.size(), 1);
    QCOMPARE(client.messages.size(), 0);
    // The partial message is reported, then the close.
    QCOMPARE(client.garbage.size(), 1);
    QCOMPARE(client.garbage.at(0).at(1).value<SipParseError>(), error);
    QVERIFY(client.garbage.at(0).at(0).toByteArray().startsWith("SIP/2.0 200 OK"));
    QCOMPARE(client.error().cause, u"connection_closed"_s);
}

void tst_TcpTransport::notSipLosesTheFraming()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        s.sendTo(r, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    QTRY_COMPARE(client.failed.size(), 1);
    QCOMPARE(client.garbage.size(), 1);
    QVERIFY(client.garbage.at(0).at(0).toByteArray().startsWith("HTTP/1.1 400"));
    QCOMPARE(client.garbage.at(0).at(1).value<SipParseError>(), SipParseError::UnsupportedVersion);
    QCOMPARE(client.error().kind, ErrorKind::MalformedAnswer);
    QCOMPARE(client.error().cause, u"framing"_s);
}

void tst_TcpTransport::connectTimeout()
{
#if !defined(Q_OS_UNIX)
    QSKIP("Needs a listening socket with a full accept queue (POSIX sockets).");
#else
    // A listener that never accepts, with its queue full: the kernel drops further SYNs,
    // so a connection attempt hangs like one to a host behind a dropping firewall,
    // without leaving loopback.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    QCOMPARE(::listen(listener, 0), 0);
    const quint16 port = ntohs(address.sin_port);
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 4; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    // Once one filler is connected the accept queue (backlog 0) is full and the kernel
    // drops every further SYN, ours included.
    QTRY_VERIFY(std::any_of(fillers.cbegin(), fillers.cend(), [](const std::unique_ptr<QTcpSocket> &filler) {
        return filler->state() == QAbstractSocket::ConnectedState;
    }));

    Client client;
    TransportOptions options;
    options.connectTimeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    client.transport.open({QHostAddress::LocalHost, port, {}}, options);
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.size(), 1, 5000);
    QVERIFY(clock.elapsed() >= 390);
    QCOMPARE(client.ready.size(), 0);
    QCOMPARE(client.error().kind, ErrorKind::Timeout);
    QCOMPARE(client.error().cause, u"connect_timeout"_s);
    QVERIFY2(client.error().message.contains(u"0.4 s"_s), qPrintable(client.error().message));
    fillers.clear();
    ::close(listener);
#endif
}

void tst_TcpTransport::bindToAddressAndPort()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    const quint16 localPort = closedTcpPort();
    Client client;
    TransportOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.bindPort = localPort;
    client.transport.open({server.address(), server.port(), {}}, options);
    QTRY_COMPARE(client.ready.size(), 1);
    QCOMPARE(client.transport.localPort(), localPort);
    client.transport.send(optionsRequest(client.transport, server.port()));
    QTRY_COMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().peerPort, localPort);
}

void tst_TcpTransport::closeIsQuiet()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        s.reply(r, 200, u"OK"_s, 100);
        s.closeConnection(r, 150);
    });
    Client client;
    FakeSipServer::Request request;
    QVERIFY(exchange(server, client, &request));
    client.transport.close();
    client.transport.close();   // idempotent
    QTest::qWait(300);
    QCOMPARE(client.messages.size(), 0);
    QCOMPARE(client.failed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_TcpTransport)
void tst_TcpTransport::sendAndReceiveTimes()
{
    // The kernel's stamps where Linux has them: the transport connects the socket itself
    // and reads the stamps before Qt reads the bytes (see stampedconnection.h).
#ifdef Q_OS_LINUX
    Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    FakeSipServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp), qPrintable(server.errorString()));
    std::chrono::steady_clock::time_point beforeAnswer;
    server.setHandler([&beforeAnswer](FakeSipServer &s, const FakeSipServer::Request &r) {
        beforeAnswer = std::chrono::steady_clock::now();
        s.reply(r, 200, u"OK"_s);
    });
    Client client;
    QVERIFY(!client.transport.lastSendTime().isValid());
    client.transport.open({QHostAddress::LocalHost, server.port(), {}}, {});
    QTRY_COMPARE(client.ready.size(), 1);

    // The receive time is the one of the message being delivered, read in the slot.
    WireTime received;
    std::chrono::steady_clock::time_point delivered;
    connect(&client.transport, &Transport::messageReceived, this, [&] {
        received = client.transport.lastReceiveTime();
        delivered = std::chrono::steady_clock::now();
    });
    const auto beforeSend = std::chrono::steady_clock::now();
    client.transport.send(optionsRequest(client.transport, server.port()));
    const auto afterSend = std::chrono::steady_clock::now();
    const WireTime sent = client.transport.lastSendTime();
    QTRY_VERIFY_WITH_TIMEOUT(received.isValid(), 15000);
#ifdef Q_OS_LINUX
    QCOMPARE(sent.clock, WireTime::Clock::Kernel);
    QCOMPARE(received.clock, WireTime::Clock::Kernel);
#else
    QCOMPARE(sent.clock, WireTime::Clock::Application);
    QCOMPARE(received.clock, WireTime::Clock::Application);
#endif
    // Converted from the wall clock onto the steady one: a millisecond of slack for the
    // conversion, none needed for the order of events.
    using namespace std::chrono_literals;
    QVERIFY(sent.at >= beforeSend - 1ms && sent.at <= afterSend + 1ms);
    QVERIFY(received.at >= beforeAnswer - 1ms && received.at <= delivered + 1ms);
    QVERIFY(received.at >= sent.at);
}

#include "tst_tcptransport.moc"
