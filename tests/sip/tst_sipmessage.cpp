// SipMessage: header lookups (case, compact forms, repeated lines, comma lists), Via
// and CSeq parsing, tags, and serialisation.
#include "sip/sipmessage.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

class tst_SipMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compactForms_data();
    void compactForms();
    void lookupsIgnoreCaseAndCompactForm();
    void commaListsAcrossLines();
    void splitHeaderList_data();
    void splitHeaderList();
    void setAndRemoveHeader();
    void via_data();
    void via();
    void cseq_data();
    void cseq();
    void tags_data();
    void tags();
    void serialisesRequestAndResponse();
    void invalidUtf8ReasonIsVisible();
};

void tst_SipMessage::compactForms_data()
{
    QTest::addColumn<QString>("compact");
    QTest::addColumn<QString>("full");
    // RFC 3261 §7.3.3 and the compact forms the issue lists.
    QTest::newRow("v") << u"v"_s << u"Via"_s;
    QTest::newRow("i") << u"i"_s << u"Call-ID"_s;
    QTest::newRow("f") << u"f"_s << u"From"_s;
    QTest::newRow("t") << u"t"_s << u"To"_s;
    QTest::newRow("l") << u"l"_s << u"Content-Length"_s;
    QTest::newRow("m") << u"m"_s << u"Contact"_s;
    QTest::newRow("c") << u"c"_s << u"Content-Type"_s;
    QTest::newRow("k") << u"k"_s << u"Supported"_s;
    QTest::newRow("s") << u"s"_s << u"Subject"_s;
    QTest::newRow("e") << u"e"_s << u"Content-Encoding"_s;
    QTest::newRow("o") << u"o"_s << u"Event"_s;
    QTest::newRow("u") << u"u"_s << u"Allow-Events"_s;
    QTest::newRow("r") << u"r"_s << u"Refer-To"_s;
    QTest::newRow("b") << u"b"_s << u"Referred-By"_s;
    QTest::newRow("uppercase V") << u"V"_s << u"Via"_s;
    QTest::newRow("not compact") << u"Allow"_s << u"Allow"_s;
    QTest::newRow("unknown letter") << u"z"_s << u"z"_s;
}

void tst_SipMessage::compactForms()
{
    QFETCH(QString, compact);
    QFETCH(QString, full);
    QCOMPARE(expandCompactHeaderName(compact), full);
    QVERIFY(sameHeaderName(compact, full.toUpper()));
    QVERIFY(sameHeaderName(full.toLower(), compact.toUpper()));
    // One letter never names two headers, and a long name is not its first letter.
    if (compact != full) {
        QVERIFY(!sameHeaderName(compact, compact == u"z"_s ? u"y"_s : u"z"_s));
        QVERIFY(!sameHeaderName(full, full.left(full.size() - 1) + u'x'));
    }
}

void tst_SipMessage::lookupsIgnoreCaseAndCompactForm()
{
    SipMessage m = SipMessage::response(200, u"OK"_s);
    m.addHeader(u"v"_s, u"SIP/2.0/UDP a.example;branch=z9hG4bK1"_s);
    m.addHeader(u"VIA"_s, u"SIP/2.0/UDP b.example;branch=z9hG4bK2"_s);
    m.addHeader(u"i"_s, u"abc@host"_s);
    m.addHeader(u"content-length"_s, u"0"_s);

    QVERIFY(m.hasHeader(u"Via"_s));
    QVERIFY(m.hasHeader(u"l"_s));
    QVERIFY(!m.hasHeader(u"Allow"_s));
    QCOMPARE(m.header(u"call-id"_s), std::optional<QString>(u"abc@host"_s));
    QCOMPARE(m.headerLines(u"Via"_s).size(), 2);
    QCOMPARE(m.topVia()->host, u"a.example"_s);
    QCOMPARE(m.callId(), u"abc@host"_s);
    // The original spelling is kept for display.
    QCOMPARE(m.headers().at(0).name, u"v"_s);

    // The top Via is the first element of the first Via line that has one.
    SipMessage lists = SipMessage::response(200, u"OK"_s);
    lists.addHeader(u"Via"_s, u" , "_s);
    lists.addHeader(u"v"_s, u", SIP/2.0/UDP first.example;branch=z9hG4bK1, SIP/2.0/UDP second.example"_s);
    QCOMPARE(lists.topVia()->host, u"first.example"_s);
    QCOMPARE(lists.topVia()->branch(), u"z9hG4bK1"_s);
}

void tst_SipMessage::commaListsAcrossLines()
{
    SipMessage m = SipMessage::response(200, u"OK"_s);
    m.addHeader(u"Allow"_s, u"INVITE, ACK"_s);
    m.addHeader(u"allow"_s, u"OPTIONS,BYE"_s);
    m.addHeader(u"Supported"_s, u"path"_s);
    QCOMPARE(m.headerValues(u"Allow"_s), QStringList({u"INVITE"_s, u"ACK"_s, u"OPTIONS"_s, u"BYE"_s}));
    QCOMPARE(m.headerValues(u"k"_s), QStringList({u"path"_s}));
    QCOMPARE(m.headerValues(u"Accept"_s), QStringList());
}

void tst_SipMessage::splitHeaderList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("simple") << u"a, b ,c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("quoted comma") << u"\"Doe, John\" <sip:j@x>, <sip:k@y>"_s
                                  << QStringList{u"\"Doe, John\" <sip:j@x>"_s, u"<sip:k@y>"_s};
    QTest::newRow("comma in angle brackets") << u"<sip:a@x;foo=a,b>, <sip:c@y>"_s
                                             << QStringList{u"<sip:a@x;foo=a,b>"_s, u"<sip:c@y>"_s};
    QTest::newRow("escaped quote") << u"\"a\\\",b\" <sip:x>, y"_s
                                   << QStringList{u"\"a\\\",b\" <sip:x>"_s, u"y"_s};
    QTest::newRow("empty elements dropped") << u"a,,b,"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void tst_SipMessage::splitHeaderList()
{
    QFETCH(QString, value);
    QFETCH(QStringList, parts);
    QCOMPARE(SipScope::splitHeaderList(value), parts);
}

void tst_SipMessage::setAndRemoveHeader()
{
    SipMessage m = SipMessage::request(u"OPTIONS"_s, u"sip:x"_s);
    m.addHeader(u"A"_s, u"1"_s);
    m.addHeader(u"User-Agent"_s, u"old"_s);
    m.addHeader(u"B"_s, u"2"_s);
    m.addHeader(u"user-agent"_s, u"older"_s);
    m.setHeader(u"User-Agent"_s, u"new"_s);
    QCOMPARE(m.headers().size(), 3);
    QCOMPARE(m.headers().at(1), (SipHeader{u"User-Agent"_s, u"new"_s}));
    m.removeHeader(u"a"_s);
    QCOMPARE(m.headers().constFirst().value, u"new"_s);
    m.setHeader(u"C"_s, u"3"_s);
    QCOMPARE(m.headers().constLast(), (SipHeader{u"C"_s, u"3"_s}));
}

void tst_SipMessage::via_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("sentBy");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("received");

    QTest::newRow("plain") << u"SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKabc"_s << true
                           << u"UDP"_s << u"192.0.2.1:5060"_s << u"z9hG4bKabc"_s << QString();
    QTest::newRow("rport and received") << u"SIP/2.0/UDP 10.0.0.2:40000;branch=z9hG4bKx;rport=1234;received=203.0.113.9"_s << true
                                        << u"UDP"_s << u"10.0.0.2:40000"_s << u"z9hG4bKx"_s << u"203.0.113.9"_s;
    QTest::newRow("spaces around slashes") << u"SIP / 2.0 / tcp host.example ; branch = z9hG4bKy"_s << true
                                           << u"TCP"_s << u"host.example"_s << u"z9hG4bKy"_s << QString();
    QTest::newRow("ipv6 sent-by") << u"SIP/2.0/UDP [2001:db8::9]:5070;branch=z9hG4bKv6"_s << true
                                  << u"UDP"_s << u"[2001:db8::9]:5070"_s << u"z9hG4bKv6"_s << QString();
    QTest::newRow("quoted param") << u"SIP/2.0/UDP h;branch=z9hG4bKq;x=\"a;b\""_s << true
                                  << u"UDP"_s << u"h"_s << u"z9hG4bKq"_s << QString();
    QTest::newRow("case of protocol, host and names") << u"sip/2.0/ws Host.Example:443;BRANCH=z9hG4bKc;Received=192.0.2.7"_s << true
                                                      << u"WS"_s << u"host.example:443"_s << u"z9hG4bKc"_s << u"192.0.2.7"_s;
    QTest::newRow("tab before sent-by") << u"SIP/2.0/TLS\th.example:5061;branch=z9hG4bKt"_s << true
                                        << u"TLS"_s << u"h.example:5061"_s << u"z9hG4bKt"_s << QString();
    QTest::newRow("four protocol parts") << u"SIP/2.0/UDP/x host"_s << false << QString() << QString() << QString() << QString();
    QTest::newRow("sent-by of two words") << u"SIP/2.0/UDP a b"_s << false << QString() << QString() << QString() << QString();
    QTest::newRow("no sent-by") << u"SIP/2.0/UDP"_s << false << QString() << QString() << QString() << QString();
    QTest::newRow("bad protocol") << u"SIP/UDP host"_s << false << QString() << QString() << QString() << QString();
    QTest::newRow("bad port") << u"SIP/2.0/UDP host:99999"_s << false << QString() << QString() << QString() << QString();
    QTest::newRow("unclosed bracket") << u"SIP/2.0/UDP [::1:5060"_s << false << QString() << QString() << QString() << QString();
}

void tst_SipMessage::via()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const auto via = SipVia::parse(value);
    QCOMPARE(via.has_value(), ok);
    if (!ok)
        return;
    QFETCH(QString, transport);
    QFETCH(QString, sentBy);
    QFETCH(QString, branch);
    QFETCH(QString, received);
    QCOMPARE(via->protocol, u"SIP/2.0"_s);
    QCOMPARE(via->transport, transport);
    QCOMPARE(via->sentBy(), sentBy);
    QCOMPARE(via->branch(), branch);
    QCOMPARE(via->parameter(u"received"_s).value_or(QString()), received);
}

void tst_SipMessage::cseq_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<uint>("number");
    QTest::addColumn<QString>("method");
    QTest::newRow("plain") << u"1 OPTIONS"_s << true << 1u << u"OPTIONS"_s;
    QTest::newRow("extra blanks") << u"  42   INVITE "_s << true << 42u << u"INVITE"_s;
    QTest::newRow("largest") << u"2147483647 OPTIONS"_s << true << 2147483647u << u"OPTIONS"_s;
    QTest::newRow("too large") << u"2147483648 OPTIONS"_s << false << 0u << QString();
    QTest::newRow("no method") << u"1"_s << false << 0u << QString();
    QTest::newRow("not a number") << u"x OPTIONS"_s << false << 0u << QString();
    QTest::newRow("three parts") << u"1 OPTIONS extra"_s << false << 0u << QString();
    QTest::newRow("tab between") << u"7\tREGISTER"_s << true << 7u << u"REGISTER"_s;
    QTest::newRow("sign") << u"+1 OPTIONS"_s << false << 0u << QString();
}

void tst_SipMessage::cseq()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const auto cseq = SipCSeq::parse(value);
    QCOMPARE(cseq.has_value(), ok);
    if (!ok)
        return;
    QFETCH(uint, number);
    QFETCH(QString, method);
    QCOMPARE(cseq->number, number);
    QCOMPARE(cseq->method, method);
}

void tst_SipMessage::tags_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("tag");
    QTest::newRow("name-addr") << u"\"Alice\" <sip:alice@x>;tag=abc"_s << u"abc"_s;
    QTest::newRow("uri parameter is not the tag") << u"<sip:alice@x;tag=wrong>;tag=right"_s << u"right"_s;
    QTest::newRow("addr-spec") << u"sip:alice@x;tag=t1"_s << u"t1"_s;
    QTest::newRow("quoted semicolon in name") << u"\"a;tag=no\" <sip:a@x>;tag=yes"_s << u"yes"_s;
    QTest::newRow("uppercase parameter") << u"<sip:a@x>;TAG=up"_s << u"up"_s;
    QTest::newRow("no tag") << u"<sip:alice@x>"_s << QString();
}

void tst_SipMessage::tags()
{
    QFETCH(QString, from);
    QFETCH(QString, tag);
    SipMessage m = SipMessage::response(200, u"OK"_s);
    m.addHeader(u"f"_s, from);
    m.addHeader(u"To"_s, from);
    QCOMPARE(m.fromTag(), tag);
    QCOMPARE(m.toTag(), tag);
}

void tst_SipMessage::serialisesRequestAndResponse()
{
    SipMessage request = SipMessage::request(u"OPTIONS"_s, u"sip:a@b"_s);
    request.addHeader(u"CSeq"_s, u"1 OPTIONS"_s);
    request.addHeader(u"Content-Length"_s, u"0"_s);
    QCOMPARE(request.toBytes(), QByteArray("OPTIONS sip:a@b SIP/2.0\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"));

    SipMessage response = SipMessage::response(486, u"Busy Here"_s);
    response.setBody("x");
    QCOMPARE(response.toBytes(), QByteArray("SIP/2.0 486 Busy Here\r\n\r\nx"));
    QVERIFY(response.isFinal());
    QVERIFY(!response.isProvisional());
    QVERIFY(SipMessage::response(180, u"Ringing"_s).isProvisional());
}

void tst_SipMessage::invalidUtf8ReasonIsVisible()
{
    SipMessage m = SipMessage::response(200, QString());
    m.setRawReasonPhrase(QByteArray("O\xff" "K"));
    QCOMPARE(m.reasonPhrase(), u"O\uFFFDK"_s);
    QCOMPARE(m.rawReasonPhrase(), QByteArray("O\xff" "K"));
}

QTEST_GUILESS_MAIN(tst_SipMessage)
#include "tst_sipmessage.moc"
