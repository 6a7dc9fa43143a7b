// UdpTransport on loopback: the real local address, messages and garbage coming
// back, ICMP port unreachable as a typed "refused", and --bind.
#include "sip/udptransport.h"

#include "kernelreceivestamps.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

class tst_UdpTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readyWithRealLocalAddress_data();
    void readyWithRealLocalAddress();
    void receivesMessagesAndGarbage();
    void sendAndReceiveTimes();
    void refusedWhenNothingListens();
    void bindToAddressAndPort();
    void bindConflictIsATransportError();
    void closeIsQuiet();
    void socketErrorsAreTyped_data();
    void socketErrorsAreTyped();
};

namespace {

bool hasIpv6Loopback()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

void tst_UdpTransport::readyWithRealLocalAddress_data()
{
    QTest::addColumn<QHostAddress>("loopback");
    QTest::newRow("ipv4") << QHostAddress(QHostAddress::LocalHost);
    if (hasIpv6Loopback())
        QTest::newRow("ipv6") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_UdpTransport::readyWithRealLocalAddress()
{
    QFETCH(QHostAddress, loopback);
    QUdpSocket server;
    QVERIFY(server.bind(loopback, 0));

    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open({loopback, server.localPort(), {}}, {});
    QCOMPARE(ready.size(), 0);   // never synchronously
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(transport.localAddress(), loopback);
    QVERIFY(transport.localPort() != 0);
    QVERIFY(!transport.isReliable());

    transport.send("OPTIONS sip:x SIP/2.0\r\n\r\n");
    QTRY_VERIFY(server.hasPendingDatagrams());
    const QNetworkDatagram datagram = server.receiveDatagram();
    QCOMPARE(datagram.data(), QByteArray("OPTIONS sip:x SIP/2.0\r\n\r\n"));
    QCOMPARE(datagram.senderPort(), int(transport.localPort()));
}

void tst_UdpTransport::receivesMessagesAndGarbage()
{
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy messages(&transport, &Transport::messageReceived);
    QSignalSpy garbage(&transport, &Transport::garbageReceived);
    transport.open({QHostAddress::LocalHost, server.localPort(), {}}, {});
    QTRY_COMPARE(ready.size(), 1);

    const QByteArray response = "SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    server.writeDatagram(response, QHostAddress::LocalHost, transport.localPort());
    server.writeDatagram("\x01\x02 not sip", QHostAddress::LocalHost, transport.localPort());
    QTRY_COMPARE(messages.size(), 1);
    QTRY_COMPARE(garbage.size(), 1);
    QCOMPARE(messages.at(0).at(1).toByteArray(), response);
    QCOMPARE(messages.at(0).at(0).value<SipMessage>().statusCode(), 200);
    QCOMPARE(garbage.at(0).at(0).toByteArray(), QByteArray("\x01\x02 not sip"));
    QCOMPARE(garbage.at(0).at(1).value<SipParseError>(), SipParseError::InvalidStartLine);
}

void tst_UdpTransport::sendAndReceiveTimes()
{
#ifdef Q_OS_LINUX
    Test::KernelReceiveStamps stamps;
    QVERIFY(stamps.waitUntilOn());
#endif
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QVERIFY(!transport.lastSendTime().isValid());
    transport.open({QHostAddress::LocalHost, server.localPort(), {}}, {});
    QTRY_COMPARE(ready.size(), 1);

    const auto beforeSend = std::chrono::steady_clock::now();
    transport.send("OPTIONS sip:x SIP/2.0\r\nContent-Length: 0\r\n\r\n");
    const auto afterSend = std::chrono::steady_clock::now();
    const WireTime sent = transport.lastSendTime();
    QVERIFY(server.waitForReadyRead(15000));
    server.receiveDatagram();

    // The receive time is the one of the message being delivered, read in the slot.
    WireTime received;
    std::chrono::steady_clock::time_point delivered;
    connect(&transport, &Transport::messageReceived, this, [&] {
        received = transport.lastReceiveTime();
        delivered = std::chrono::steady_clock::now();
    });
    const auto beforeAnswer = std::chrono::steady_clock::now();
    server.writeDatagram("SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n",
                         QHostAddress::LocalHost, transport.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(received.isValid(), 15000);
#ifdef Q_OS_LINUX
    QCOMPARE(sent.clock, WireTime::Clock::Kernel);
    QCOMPARE(received.clock, WireTime::Clock::Kernel);
#else
    QCOMPARE(sent.clock, WireTime::Clock::Application);
#endif
    // Converted from the wall clock onto the steady one: a millisecond of slack for the
    // conversion, none needed for the order of events.
    using namespace std::chrono_literals;
    QVERIFY(sent.at >= beforeSend - 1ms && sent.at <= afterSend + 1ms);
    QVERIFY(received.at >= beforeAnswer - 1ms && received.at <= delivered + 1ms);
}

void tst_UdpTransport::refusedWhenNothingListens()
{
    // A port that was free a moment ago: the kernel answers with ICMP port
    // unreachable, which a connected UDP socket reports as ECONNREFUSED.
    quint16 port = 0;
    {
        QUdpSocket placeholder;
        QVERIFY(placeholder.bind(QHostAddress::LocalHost, 0));
        port = placeholder.localPort();
    }
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open({QHostAddress::LocalHost, port, {}}, {});
    QTRY_COMPARE(ready.size(), 1);
    transport.send("OPTIONS sip:x SIP/2.0\r\n\r\n");
    QTRY_COMPARE(failed.size(), 1);
    const SipError error = failed.at(0).at(0).value<SipError>();
    QCOMPARE(error.kind, ErrorKind::Refused);
    QVERIFY2(error.message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(error.message));
    // Further sends do nothing and report nothing more.
    transport.send("again");
    QTest::qWait(50);
    QCOMPARE(failed.size(), 1);
}

void tst_UdpTransport::bindToAddressAndPort()
{
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    quint16 wanted = 0;
    {
        QUdpSocket placeholder;
        QVERIFY(placeholder.bind(QHostAddress::LocalHost, 0));
        wanted = placeholder.localPort();
    }
    TransportOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.bindPort = wanted;
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    transport.open({QHostAddress::LocalHost, server.localPort(), {}}, options);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(transport.localPort(), wanted);
    QCOMPARE(transport.localAddress(), QHostAddress(QHostAddress::LocalHost));
}

void tst_UdpTransport::bindConflictIsATransportError()
{
    QUdpSocket taken;
    QVERIFY(taken.bind(QHostAddress::LocalHost, 0));
    TransportOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.bindPort = taken.localPort();
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy failed(&transport, &Transport::failed);
    transport.open({QHostAddress::LocalHost, 9, {}}, options);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(ready.size(), 0);
    const SipError error = failed.at(0).at(0).value<SipError>();
    QCOMPARE(error.kind, ErrorKind::Transport);
    QVERIFY(error.message.contains(QString::number(taken.localPort())));
    QVERIFY(!error.detail.isEmpty());
}

void tst_UdpTransport::closeIsQuiet()
{
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    UdpTransport transport;
    QSignalSpy ready(&transport, &Transport::ready);
    QSignalSpy messages(&transport, &Transport::messageReceived);
    transport.open({QHostAddress::LocalHost, server.localPort(), {}}, {});
    QTRY_COMPARE(ready.size(), 1);
    const quint16 port = transport.localPort();
    transport.close();
    transport.close();
    server.writeDatagram("SIP/2.0 200 OK\r\n\r\n", QHostAddress::LocalHost, port);
    QTest::qWait(50);
    QCOMPARE(messages.size(), 0);
}

void tst_UdpTransport::socketErrorsAreTyped_data()
{
    // ICMP host/network unreachable cannot be provoked on loopback, so the mapping is
    // checked on its own: each failure its kind, a message naming the address, the OS's
    // words as detail.
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<int>("kind"); // -1: not a failure
    QTest::newRow("ICMP port unreachable") << QAbstractSocket::ConnectionRefusedError << int(ErrorKind::Refused);
    QTest::newRow("host or network unreachable") << QAbstractSocket::NetworkError << int(ErrorKind::Unreachable);
    QTest::newRow("no route to the host") << QAbstractSocket::HostNotFoundError << int(ErrorKind::Unreachable);
    QTest::newRow("permission denied") << QAbstractSocket::SocketAccessError << int(ErrorKind::Transport);
    QTest::newRow("datagram too large") << QAbstractSocket::DatagramTooLargeError << int(ErrorKind::Transport);
    QTest::newRow("nothing pending") << QAbstractSocket::TemporaryError << -1;
    QTest::newRow("unknown") << QAbstractSocket::UnknownSocketError << -1;
}

void tst_UdpTransport::socketErrorsAreTyped()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(int, kind);
    const QString where = u"192.0.2.7:5060"_s;   // text only: nothing is sent
    const QString detail = u"No route to host"_s;
    const std::optional<SipError> result = UdpTransport::errorFor(error, where, detail);
    if (kind < 0) {
        QVERIFY(!result);
        return;
    }
    QVERIFY(result);
    QCOMPARE(int(result->kind), kind);
    QVERIFY2(result->message.contains(where), qPrintable(result->message));
    QCOMPARE(result->detail, detail);
    QVERIFY(result->isError());
}

QTEST_GUILESS_MAIN(tst_UdpTransport)
#include "tst_udptransport.moc"
