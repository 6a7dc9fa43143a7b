// The DNS message codec and nameserver addresses, including what a hostile server sends.
#include "dns/dnsmessage.h"
#include "dns/nameserveraddress.h"

#include <QTest>

using namespace SipScope::Dns;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray header(quint16 id, quint16 flags, quint16 qd, quint16 an)
{
    QByteArray h;
    for (const quint16 v : {id, flags, qd, an, quint16(0), quint16(0)}) {
        h.append(char(v >> 8));
        h.append(char(v & 0xff));
    }
    return h;
}

// 0x1234 answer to "NAPTR example.test" with one NAPTR record whose owner is a pointer.
QByteArray naptrAnswer()
{
    QByteArray m = header(0x1234, 0x8180, 1, 1);
    m += QByteArray("\x07" "example" "\x04" "test" "\x00", 14);
    m += QByteArray("\x00\x23\x00\x01", 4);
    m += QByteArray("\xc0\x0c\x00\x23\x00\x01\x00\x00\x0e\x10", 10);
    QByteArray rdata("\x00\x0a\x00\x32" "\x01s" "\x07SIP+D2T" "\x00", 4 + 2 + 8 + 1);
    rdata += QByteArray("\x04_sip\x04_tcp\xc0\x0c", 12);
    m.append(char(0));
    m.append(char(rdata.size()));
    m += rdata;
    return m;
}

} // namespace

class tst_DnsMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryBytes();
    void badNames_data();
    void badNames();
    void naptrWithCompression();
    void hostile_data();
    void hostile();
    void truncatedAnswerKeepsCompleteRecords();
    void nameserverAddress_data();
    void nameserverAddress();
    void resolvConf();
};

void tst_DnsMessage::queryBytes()
{
    QString error;
    const QByteArray q = buildQuery(0xabcd, u"Example.test."_s, Type::Naptr, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The name goes out in its ACE form, which is lower case.
    const QByteArray expected = header(0xabcd, 0x0100, 1, 0) + QByteArray("\x07" "example" "\x04" "test" "\x00", 14)
                                + QByteArray("\x00\x23\x00\x01", 4);
    QCOMPARE(q, expected);
    const ParseResult back = parseMessage(q);
    QVERIFY(back.message);
    QCOMPARE(back.message->questions.size(), 1);
    QVERIFY(sameName(back.message->questions.first().name, u"example.TEST"_s));
}

void tst_DnsMessage::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty label") << u"a..b"_s;
    QTest::newRow("label of 64") << QString(64, u'a') + u".test"_s;
    QTest::newRow("name over 255") << (QString(60, u'a') + u'.').repeated(5) + u"test"_s;
}

void tst_DnsMessage::badNames()
{
    QFETCH(QString, name);
    QString error;
    QVERIFY(buildQuery(1, name, Type::A, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_DnsMessage::naptrWithCompression()
{
    const ParseResult r = parseMessage(naptrAnswer());
    QVERIFY2(r.message, qPrintable(r.error));
    QCOMPARE(r.message->id, 0x1234);
    QVERIFY(r.message->response);
    QCOMPARE(r.message->answers.size(), 1);
    const ResourceRecord &a = r.message->answers.first();
    QCOMPARE(a.name, u"example.test"_s);
    QCOMPARE(a.ttl, 3600u);
    QCOMPARE(a.naptr.order, 10);
    QCOMPARE(a.naptr.preference, 50);
    QCOMPARE(a.naptr.flags, QByteArray("s"));
    QCOMPARE(a.naptr.services, QByteArray("SIP+D2T"));
    QCOMPARE(a.naptr.replacement, u"_sip._tcp.example.test"_s);
}

void tst_DnsMessage::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = naptrAnswer();
    QTest::newRow("short header") << QByteArray("\x12\x34\x81", 3);
    QByteArray selfPointer = header(1, 0x8180, 1, 0) + QByteArray("\xc0\x0c\x00\x01\x00\x01", 6);
    QTest::newRow("pointer to itself") << selfPointer;
    QByteArray forward = header(1, 0x8180, 1, 0) + QByteArray("\xc0\x20\x00\x01\x00\x01", 6);
    QTest::newRow("pointer forward") << forward;
    QByteArray loop = header(1, 0x8180, 1, 1) + QByteArray("\x01" "a" "\x00\x00\x01\x00\x01", 7);
    loop += QByteArray("\x01" "b" "\xc0\x15", 4); // offset 19: "b" then a pointer back to itself
    QTest::newRow("pointer loop via label") << loop;
    QTest::newRow("record cut short") << good.left(good.size() - 3);
    QByteArray longRdata = good;
    longRdata[12 + 18 + 10 + 1] = char(0x7f);
    QTest::newRow("rdlength past end") << longRdata;
    QByteArray badA = header(1, 0x8180, 0, 1) + QByteArray("\x00\x00\x01\x00\x01\x00\x00\x00\x01\x00\x03\x7f\x00\x00", 14);
    QTest::newRow("A with 3 octets") << badA;
    QByteArray reserved = header(1, 0x8180, 1, 0) + QByteArray("\x80" "a" "\x00\x00\x01\x00\x01", 7);
    QTest::newRow("reserved label type") << reserved;
    QByteArray manyAnswers = header(1, 0x8180, 0, 65535);
    QTest::newRow("counts larger than the message") << manyAnswers;
}

void tst_DnsMessage::hostile()
{
    QFETCH(QByteArray, bytes);
    const ParseResult r = parseMessage(bytes);
    QVERIFY(!r.message);
    QVERIFY(r.error.contains(u"offset"_s) || r.error.contains(u"header"_s));
}

void tst_DnsMessage::truncatedAnswerKeepsCompleteRecords()
{
    QByteArray m = naptrAnswer();
    m[2] = char(0x83); // TC
    m[7] = 2;          // claims two answers, carries one
    const ParseResult r = parseMessage(m);
    QVERIFY2(r.message, qPrintable(r.error));
    QVERIFY(r.message->truncated);
    QCOMPARE(r.message->answers.size(), 1);
}

void tst_DnsMessage::nameserverAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("v4") << u"127.0.0.1"_s << u"127.0.0.1:53"_s;
    QTest::newRow("v4 port") << u"127.0.0.1:5353"_s << u"127.0.0.1:5353"_s;
    QTest::newRow("v6 bare") << u"::1"_s << u"[::1]:53"_s;
    QTest::newRow("v6 port") << u"[::1]:5300"_s << u"[::1]:5300"_s;
    QTest::newRow("name") << u"dns.example.test"_s << QString();
    QTest::newRow("port 0") << u"127.0.0.1:0"_s << QString();
    QTest::newRow("port too big") << u"127.0.0.1:70000"_s << QString();
    QTest::newRow("no port after colon") << u"127.0.0.1:"_s << QString();
    QTest::newRow("unclosed bracket") << u"[::1"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_DnsMessage::nameserverAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const NameserverAddress server = NameserverAddress::parse(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!server.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(server.isValid(), qPrintable(error));
        QCOMPARE(server.toString(), expected);
    }
}

void tst_DnsMessage::resolvConf()
{
    const QList<NameserverAddress> servers = parseResolvConf(
        "# comment\nsearch example.test\nnameserver 192.0.2.53\nnameserver   2001:db8::53 # v6\n"
        "nameserver not-an-address\noptions timeout:1\n");
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers.at(0).toString(), u"192.0.2.53:53"_s);
    QCOMPARE(servers.at(1).toString(), u"[2001:db8::53]:53"_s);
}

QTEST_GUILESS_MAIN(tst_DnsMessage)
#include "tst_dnsmessage.moc"
