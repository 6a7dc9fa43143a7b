// OptionsRequest: the OPTIONS we put on the wire (RFC 3261 §8.1.1, §11, RFC 3581).
#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include "sipscope_version.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

class tst_OptionsRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultRequest();
    void serialisationIsExact();
    void ipv6LocalAddress();
    void options();
    void transportInViaAndContact_data();
    void transportInViaAndContact();
    void randomValuesAreUnique();
    void headerArgument_data();
    void headerArgument();
};

namespace {

OptionsRequestParams baseParams()
{
    OptionsRequestParams p;
    p.target = *SipUri::parse(u"sip:127.0.0.1:5070"_s).uri;
    p.localAddress = QHostAddress(u"127.0.0.1"_s);
    p.localPort = 40312;
    return p;
}

} // namespace

void tst_OptionsRequest::defaultRequest()
{
    const SipMessage m = OptionsRequest::build(baseParams());
    QVERIFY(m.isRequest());
    QCOMPARE(m.method(), u"OPTIONS"_s);
    QCOMPARE(m.requestUri(), u"sip:127.0.0.1:5070"_s);

    const auto via = m.topVia();
    QVERIFY(via);
    QCOMPARE(via->transport, u"UDP"_s);
    QCOMPARE(via->sentBy(), u"127.0.0.1:40312"_s);
    QVERIFY(via->branch().startsWith(u"z9hG4bK"_s));                  // §8.1.1.7 magic cookie
    QVERIFY(via->branch().size() > 7 + 16);
    QCOMPARE(via->parameter(u"rport"_s), std::optional<QString>(QString())); // RFC 3581: empty rport

    QCOMPARE(m.header(u"Max-Forwards"_s), std::optional<QString>(u"70"_s));
    QCOMPARE(m.header(u"To"_s), std::optional<QString>(u"<sip:127.0.0.1:5070>"_s));
    QVERIFY(m.toTag().isEmpty());
    QVERIFY(m.header(u"From"_s)->startsWith(u"<sip:sipscope@127.0.0.1>;tag="_s));
    QVERIFY(m.fromTag().size() >= 8);
    QVERIFY(m.callId().size() >= 16);
    QCOMPARE(m.cseq()->number, 1u);
    QCOMPARE(m.cseq()->method, u"OPTIONS"_s);
    QCOMPARE(m.header(u"Contact"_s), std::optional<QString>(u"<sip:sipscope@127.0.0.1:40312>"_s));
    QCOMPARE(m.header(u"Accept"_s), std::optional<QString>(u"application/sdp"_s));
    QCOMPARE(m.header(u"User-Agent"_s), std::optional<QString>(u"SipScope/"_s + QStringLiteral(SIPSCOPE_VERSION)));
    QCOMPARE(m.headers().constLast(), (SipHeader{u"Content-Length"_s, u"0"_s}));
    QVERIFY(m.body().isEmpty());
}

void tst_OptionsRequest::serialisationIsExact()
{
    OptionsRequestParams p = baseParams();
    p.branch = u"z9hG4bKfixed"_s;
    p.callId = u"cid"_s;
    p.fromTag = u"ftag"_s;
    p.cseq = 3;
    const QByteArray bytes = OptionsRequest::build(p).toBytes();
    const QByteArray expected = "OPTIONS sip:127.0.0.1:5070 SIP/2.0\r\n"
                                "Via: SIP/2.0/UDP 127.0.0.1:40312;branch=z9hG4bKfixed;rport\r\n"
                                "Max-Forwards: 70\r\n"
                                "To: <sip:127.0.0.1:5070>\r\n"
                                "From: <sip:sipscope@127.0.0.1>;tag=ftag\r\n"
                                "Call-ID: cid\r\n"
                                "CSeq: 3 OPTIONS\r\n"
                                "Contact: <sip:sipscope@127.0.0.1:40312>\r\n"
                                "Accept: application/sdp\r\n"
                                "User-Agent: SipScope/" SIPSCOPE_VERSION "\r\n"
                                "Content-Length: 0\r\n"
                                "\r\n";
    QCOMPARE(bytes, expected);
    // What we send, we can parse back.
    const SipParseResult parsed = SipParser::parseDatagram(bytes);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.message->headers(), OptionsRequest::build(p).headers());
}

void tst_OptionsRequest::ipv6LocalAddress()
{
    OptionsRequestParams p = baseParams();
    p.target = *SipUri::parse(u"[::1]:5070"_s).uri;
    p.localAddress = QHostAddress(u"::1"_s);
    const SipMessage m = OptionsRequest::build(p);
    QCOMPARE(m.requestUri(), u"sip:[::1]:5070"_s);
    QCOMPARE(m.topVia()->sentBy(), u"[::1]:40312"_s);
    QCOMPARE(m.header(u"Contact"_s), std::optional<QString>(u"<sip:sipscope@[::1]:40312>"_s));
    QVERIFY(m.header(u"From"_s)->startsWith(u"<sip:sipscope@[::1]>"_s));
}

void tst_OptionsRequest::options()
{
    OptionsRequestParams p = baseParams();
    p.fromUser = u"monitor"_s;
    p.maxForwards = 0;
    p.extraHeaders = {{u"X-Probe"_s, u"one"_s}, {u"User-Agent"_s, u"Custom/1"_s}, {u"X-Probe"_s, u"two"_s}};
    SipMessage m = OptionsRequest::build(p);
    QVERIFY(m.header(u"From"_s)->startsWith(u"<sip:monitor@127.0.0.1>;tag="_s));
    QCOMPARE(m.header(u"Max-Forwards"_s), std::optional<QString>(u"0"_s));
    QCOMPARE(m.headerLines(u"X-Probe"_s), QStringList({u"one"_s, u"two"_s}));
    QCOMPARE(m.headerLines(u"User-Agent"_s), QStringList({u"Custom/1"_s}));  // replaced, not added
    QCOMPARE(m.headers().constLast().name, u"Content-Length"_s);

    p.fromUri = *SipUri::parse(u"sip:noc@example.com"_s).uri;
    m = OptionsRequest::build(p);
    QVERIFY(m.header(u"From"_s)->startsWith(u"<sip:noc@example.com>;tag="_s));
}

void tst_OptionsRequest::transportInViaAndContact_data()
{
    QTest::addColumn<TransportProtocol>("transport");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("contact");
    QTest::newRow("udp") << TransportProtocol::Udp << u"UDP"_s << u"<sip:sipscope@127.0.0.1:40312>"_s;
    QTest::newRow("tcp") << TransportProtocol::Tcp << u"TCP"_s << u"<sip:sipscope@127.0.0.1:40312;transport=tcp>"_s;
    QTest::newRow("tls") << TransportProtocol::Tls << u"TLS"_s << u"<sip:sipscope@127.0.0.1:40312;transport=tls>"_s;
}

void tst_OptionsRequest::transportInViaAndContact()
{
    QFETCH(TransportProtocol, transport);
    QFETCH(QString, via);
    QFETCH(QString, contact);
    OptionsRequestParams p = baseParams();
    p.transport = transport;
    const SipMessage m = OptionsRequest::build(p);
    QCOMPARE(m.topVia()->transport, via);
    QCOMPARE(m.header(u"Contact"_s), std::optional<QString>(contact));
}

void tst_OptionsRequest::randomValuesAreUnique()
{
    QSet<QString> branches, tags, callIds;
    const QRegularExpression token(u"^[0-9a-f]+$"_s);
    for (int i = 0; i < 500; ++i) {
        const SipMessage m = OptionsRequest::build(baseParams());
        branches.insert(m.topVia()->branch());
        tags.insert(m.fromTag());
        callIds.insert(m.callId());
        QVERIFY(token.match(m.fromTag()).hasMatch());
        QVERIFY(token.match(m.callId()).hasMatch());
    }
    QCOMPARE(branches.size(), 500);
    QCOMPARE(tags.size(), 500);
    QCOMPARE(callIds.size(), 500);
}

void tst_OptionsRequest::headerArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("simple") << u"X-Test: hello"_s << true << u"X-Test"_s << u"hello"_s;
    QTest::newRow("no space") << u"Subject:hi there"_s << true << u"Subject"_s << u"hi there"_s;
    QTest::newRow("empty value") << u"X-Empty:"_s << true << u"X-Empty"_s << QString();
    QTest::newRow("colon in value") << u"X-Url: sip:a@b:5060"_s << true << u"X-Url"_s << u"sip:a@b:5060"_s;
    QTest::newRow("user agent replaces") << u"User-Agent: Mine"_s << true << u"User-Agent"_s << u"Mine"_s;
    QTest::newRow("no colon") << u"X-Test hello"_s << false << QString() << QString();
    QTest::newRow("empty name") << u": hello"_s << false << QString() << QString();
    QTest::newRow("space in name") << u"X Test: hello"_s << false << QString() << QString();
    QTest::newRow("crlf injection") << u"X-Test: a\r\nVia: evil"_s << false << QString() << QString();
    QTest::newRow("lf injection") << u"X-Test: a\nb"_s << false << QString() << QString();
    QTest::newRow("via reserved") << u"Via: SIP/2.0/UDP x"_s << false << QString() << QString();
    QTest::newRow("compact call-id reserved") << u"i: x"_s << false << QString() << QString();
    QTest::newRow("cseq reserved") << u"cseq: 9 OPTIONS"_s << false << QString() << QString();
    QTest::newRow("content-length reserved") << u"Content-Length: 5"_s << false << QString() << QString();
    QTest::newRow("max-forwards reserved") << u"Max-Forwards: 1"_s << false << QString() << QString();
}

void tst_OptionsRequest::headerArgument()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto result = OptionsRequest::parseHeaderArgument(text);
    QCOMPARE(result.header.has_value(), ok);
    QCOMPARE(result.errorMessage.isEmpty(), ok);
    if (!ok)
        return;
    QFETCH(QString, name);
    QFETCH(QString, value);
    QCOMPARE(result.header->name, name);
    QCOMPARE(result.header->value, value);
}

QTEST_GUILESS_MAIN(tst_OptionsRequest)
#include "tst_optionsrequest.moc"
