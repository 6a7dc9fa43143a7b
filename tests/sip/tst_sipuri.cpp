// SipUri::parse: full URIs, the shortcuts people type, and every way to get it wrong.
#include "sip/sipuri.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

class tst_SipUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void accessors();
    void transportParameter_data();
    void transportParameter();
    void normalisedFormReparses_data();
    void normalisedFormReparses();
    void hostileInputNeverCrashes();
};

void tst_SipUri::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("hostType");
    QTest::addColumn<int>("port");   // -1: none

    const int name = int(SipUri::HostType::DomainName);
    const int v4 = int(SipUri::HostType::IPv4);
    const int v6 = int(SipUri::HostType::IPv6);

    QTest::newRow("bare host") << u"example.com"_s << u"sip:example.com"_s << name << -1;
    QTest::newRow("host with port") << u"example.com:5070"_s << u"sip:example.com:5070"_s << name << 5070;
    QTest::newRow("user at host") << u"alice@example.com"_s << u"sip:alice@example.com"_s << name << -1;
    QTest::newRow("user at host port") << u"alice@example.com:5080"_s << u"sip:alice@example.com:5080"_s << name << 5080;
    QTest::newRow("bare ipv4") << u"1.2.3.4"_s << u"sip:1.2.3.4"_s << v4 << -1;
    QTest::newRow("ipv4 with port") << u"127.0.0.1:5060"_s << u"sip:127.0.0.1:5060"_s << v4 << 5060;
    QTest::newRow("bracketed ipv6 with port") << u"[::1]:5070"_s << u"sip:[::1]:5070"_s << v6 << 5070;
    QTest::newRow("bracketed ipv6") << u"[2001:db8::1]"_s << u"sip:[2001:db8::1]"_s << v6 << -1;
    QTest::newRow("bare ipv6") << u"2001:db8::1"_s << u"sip:[2001:db8::1]"_s << v6 << -1;
    QTest::newRow("ipv6 canonicalised") << u"[2001:0db8:0000:0000:0000:0000:0000:0001]"_s << u"sip:[2001:db8::1]"_s << v6 << -1;
    QTest::newRow("ipv4-mapped ipv6") << u"[::ffff:192.0.2.1]:5060"_s << u"sip:[::ffff:192.0.2.1]:5060"_s << v6 << 5060;
    QTest::newRow("sip uri") << u"sip:example.com"_s << u"sip:example.com"_s << name << -1;
    QTest::newRow("sips uri") << u"sips:example.com"_s << u"sips:example.com"_s << name << -1;
    QTest::newRow("uppercase scheme") << u"SIP:Example.COM"_s << u"sip:example.com"_s << name << -1;
    QTest::newRow("mixed case sips") << u"SiPs:alice@example.com"_s << u"sips:alice@example.com"_s << name << -1;
    QTest::newRow("sip user host port") << u"sip:alice@192.0.2.10:5062"_s << u"sip:alice@192.0.2.10:5062"_s << v4 << 5062;
    QTest::newRow("sip ipv6 port") << u"sip:[::1]:5060"_s << u"sip:[::1]:5060"_s << v6 << 5060;
    QTest::newRow("sip user ipv6") << u"sip:bob@[2001:db8::5]"_s << u"sip:bob@[2001:db8::5]"_s << v6 << -1;
    QTest::newRow("transport tcp") << u"sip:example.com;transport=tcp"_s << u"sip:example.com;transport=tcp"_s << name << -1;
    QTest::newRow("transport uppercase value") << u"sip:example.com;transport=UDP"_s << u"sip:example.com;transport=udp"_s << name << -1;
    QTest::newRow("transport param name uppercase") << u"sip:example.com;TRANSPORT=tls"_s << u"sip:example.com;transport=tls"_s << name << -1;
    QTest::newRow("flag parameter") << u"sip:proxy.example.com;lr"_s << u"sip:proxy.example.com;lr"_s << name << -1;
    QTest::newRow("two parameters") << u"sip:a@example.com:5060;transport=udp;user=phone"_s << u"sip:a@example.com:5060;transport=udp;user=phone"_s << name << 5060;
    QTest::newRow("shortcut with parameter") << u"example.com;transport=tcp"_s << u"sip:example.com;transport=tcp"_s << name << -1;
    QTest::newRow("surrounding blanks") << u"  example.com  "_s << u"sip:example.com"_s << name << -1;
    QTest::newRow("trailing dot") << u"example.com."_s << u"sip:example.com"_s << name << -1;
    QTest::newRow("single label") << u"localhost"_s << u"sip:localhost"_s << name << -1;
    QTest::newRow("hyphenated host") << u"sip-gw-1.example.net"_s << u"sip:sip-gw-1.example.net"_s << name << -1;
    QTest::newRow("numeric user") << u"sip:+4930123456@example.com"_s << u"sip:+4930123456@example.com"_s << name << -1;
    QTest::newRow("escaped user") << u"sip:al%20ice@example.com"_s << u"sip:al%20ice@example.com"_s << name << -1;
    QTest::newRow("user with ampersand") << u"sip:a&b=c@example.com"_s << u"sip:a&b=c@example.com"_s << name << -1;
    QTest::newRow("port 1") << u"example.com:1"_s << u"sip:example.com:1"_s << name << 1;
    QTest::newRow("port 65535") << u"example.com:65535"_s << u"sip:example.com:65535"_s << name << 65535;
    QTest::newRow("sips with tls transport") << u"sips:example.com;transport=tls"_s << u"sips:example.com;transport=tls"_s << name << -1;
    QTest::newRow("digit-leading label") << u"3com.example.org"_s << u"sip:3com.example.org"_s << name << -1;
}

void tst_SipUri::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(int, hostType);
    QFETCH(int, port);

    const SipUriParseResult result = SipUri::parse(input);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    QVERIFY(result.uri.has_value());
    QVERIFY(result.errorMessage.isEmpty());
    QCOMPARE(result.uri->toString(), normalised);
    QCOMPARE(int(result.uri->hostType()), hostType);
    QCOMPARE(result.uri->port().has_value() ? int(*result.uri->port()) : -1, port);
}

void tst_SipUri::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<SipUriError>("error");
    QTest::addColumn<QString>("mentioned");   // a fragment the message must name

    QTest::newRow("empty") << QString() << SipUriError::Empty << QString();
    QTest::newRow("blanks only") << u"   "_s << SipUriError::Empty << QString();
    QTest::newRow("space inside") << u"sip:exa mple.com"_s << SipUriError::ContainsWhitespace << QString();
    QTest::newRow("tab inside") << u"example.com\t:5060"_s << SipUriError::ContainsWhitespace << QString();
    QTest::newRow("control character") << u"exam\x01ple.com"_s << SipUriError::ContainsWhitespace << QString();
    QTest::newRow("http url") << u"http://example.com"_s << SipUriError::UnsupportedScheme << u"http"_s;
    QTest::newRow("https url") << u"https://example.com/sip"_s << SipUriError::UnsupportedScheme << u"https"_s;
    QTest::newRow("tel uri") << u"tel:+4930123456"_s << SipUriError::UnsupportedScheme << u"tel"_s;
    QTest::newRow("mailto") << u"mailto:alice@example.com"_s << SipUriError::UnsupportedScheme << u"mailto"_s;
    QTest::newRow("sip scheme with slashes") << u"sip://example.com"_s << SipUriError::UnsupportedScheme << u"sip"_s;
    QTest::newRow("scheme only") << u"sip:"_s << SipUriError::MissingHost << QString();
    QTest::newRow("user without host") << u"sip:alice@"_s << SipUriError::MissingHost << QString();
    QTest::newRow("empty user") << u"@example.com"_s << SipUriError::InvalidUser << QString();
    QTest::newRow("password in user") << u"sip:alice:secret@example.com"_s << SipUriError::InvalidUser << QString();
    QTest::newRow("bad user character") << u"sip:al<ice@example.com"_s << SipUriError::InvalidUser << u"al<ice"_s;
    QTest::newRow("user starting with two slashes") << u"//alice@example.com"_s << SipUriError::InvalidUser << u"//alice"_s;
    QTest::newRow("bad escape in user") << u"sip:al%2@example.com"_s << SipUriError::InvalidUser << u"al%2"_s;
    QTest::newRow("underscore host") << u"my_host.example.com"_s << SipUriError::InvalidHost << u"my_host.example.com"_s;
    QTest::newRow("double dot") << u"example..com"_s << SipUriError::InvalidHost << u"example..com"_s;
    QTest::newRow("leading hyphen label") << u"-bad.example.com"_s << SipUriError::InvalidHost << u"-bad.example.com"_s;
    QTest::newRow("numeric top label") << u"host.123"_s << SipUriError::InvalidHost << u"host.123"_s;
    QTest::newRow("ipv4 octet too big") << u"1.2.3.256"_s << SipUriError::InvalidHost << u"1.2.3.256"_s;
    QTest::newRow("ipv4 three octets") << u"10.0.1"_s << SipUriError::InvalidHost << u"10.0.1"_s;
    QTest::newRow("ipv4 leading zero") << u"010.0.0.1"_s << SipUriError::InvalidHost << u"010.0.0.1"_s;
    QTest::newRow("non-ascii host") << u"exämple.com"_s << SipUriError::InvalidHost << u"exämple.com"_s;
    QTest::newRow("open bracket only") << u"[::1"_s << SipUriError::UnbalancedBracket << u"[::1"_s;
    QTest::newRow("close bracket only") << u"::1]:5060"_s << SipUriError::UnbalancedBracket << QString();
    QTest::newRow("bracket after port") << u"[::1]:5060]"_s << SipUriError::InvalidPort << QString();
    QTest::newRow("bad ipv6") << u"[::g]"_s << SipUriError::InvalidIpv6 << u"::g"_s;
    QTest::newRow("ipv4 in brackets") << u"[127.0.0.1]"_s << SipUriError::InvalidIpv6 << u"127.0.0.1"_s;
    QTest::newRow("bare ipv6 too many groups") << u"1:2:3:4:5:6:7:8:9"_s << SipUriError::InvalidIpv6 << QString();
    QTest::newRow("ipv6 zone id") << u"[fe80::1%eth0]"_s << SipUriError::InvalidIpv6 << QString();
    QTest::newRow("garbage after bracket") << u"[::1]x"_s << SipUriError::InvalidHost << QString();
    QTest::newRow("empty port") << u"example.com:"_s << SipUriError::InvalidPort << QString();
    QTest::newRow("port zero") << u"example.com:0"_s << SipUriError::InvalidPort << u"0"_s;
    QTest::newRow("port too big") << u"example.com:70000"_s << SipUriError::InvalidPort << u"70000"_s;
    QTest::newRow("port not a number") << u"example.com:5x60"_s << SipUriError::InvalidPort << u"5x60"_s;
    QTest::newRow("negative port") << u"sip:example.com:-5"_s << SipUriError::InvalidPort << u"-5"_s;
    QTest::newRow("two ports") << u"1.2.3.4:50:60"_s << SipUriError::InvalidPort << QString();
    QTest::newRow("empty parameter") << u"sip:example.com;;lr"_s << SipUriError::InvalidParameter << QString();
    QTest::newRow("parameter without name") << u"sip:example.com;=x"_s << SipUriError::InvalidParameter << u"=x"_s;
    QTest::newRow("parameter with empty value") << u"sip:example.com;maddr="_s << SipUriError::InvalidParameter << u"maddr="_s;
    QTest::newRow("repeated parameter") << u"sip:example.com;lr;lr"_s << SipUriError::InvalidParameter << u"lr"_s;
    QTest::newRow("unknown transport") << u"sip:example.com;transport=pigeon"_s << SipUriError::InvalidTransport << u"pigeon"_s;
    QTest::newRow("sctp transport") << u"sip:example.com;transport=sctp"_s << SipUriError::InvalidTransport << u"sctp"_s;
    QTest::newRow("sips over udp") << u"sips:example.com;transport=udp"_s << SipUriError::InvalidTransport << u"udp"_s;
    QTest::newRow("uri headers") << u"sip:alice@example.com?subject=hi"_s << SipUriError::UnsupportedHeaders << u"?subject=hi"_s;
    QTest::newRow("too long") << (u"a"_s.repeated(1100) + u".com"_s) << SipUriError::TooLong << QString();
}

void tst_SipUri::invalid()
{
    QFETCH(QString, input);
    QFETCH(SipUriError, error);
    QFETCH(QString, mentioned);

    const SipUriParseResult result = SipUri::parse(input);
    QVERIFY(!result.isValid());
    QVERIFY(!result.uri.has_value());
    QCOMPARE(result.error, error);
    QVERIFY(!result.errorMessage.isEmpty());
    if (!mentioned.isEmpty())
        QVERIFY2(result.errorMessage.contains(mentioned), qPrintable(result.errorMessage));
}

void tst_SipUri::accessors()
{
    const SipUriParseResult result = SipUri::parse(u"SIPS:Bob@[2001:DB8::7]:5071;transport=TLS;lr"_s);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    const SipUri &uri = *result.uri;
    QCOMPARE(uri.scheme(), SipUri::Scheme::Sips);
    QVERIFY(uri.isSips());
    QCOMPARE(uri.user(), u"Bob"_s);
    QCOMPARE(uri.host(), u"2001:db8::7"_s);
    QCOMPARE(uri.hostForUri(), u"[2001:db8::7]"_s);
    QCOMPARE(uri.hostPort(), u"[2001:db8::7]:5071"_s);
    QVERIFY(uri.isNumericHost());
    QCOMPARE(uri.parameter(u"LR"_s), std::optional<QString>(QString()));
    QCOMPARE(uri.parameter(u"maddr"_s), std::nullopt);
    QCOMPARE(uri.parameters().size(), 2);
    QCOMPARE(uri.transportParameter(), std::optional(TransportProtocol::Tls));

    SipUri copy = uri;
    copy.setParameter(u"transport"_s, u"tcp"_s);
    QCOMPARE(copy.toString(), u"sips:Bob@[2001:db8::7]:5071;transport=tcp;lr"_s);
    QVERIFY(!(copy == uri));
}

void tst_SipUri::transportParameter_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("transport");   // -1: none
    QTest::newRow("none") << u"sip:a.example"_s << -1;
    QTest::newRow("udp") << u"sip:a.example;transport=udp"_s << int(TransportProtocol::Udp);
    QTest::newRow("tcp") << u"sip:a.example;transport=tcp"_s << int(TransportProtocol::Tcp);
    QTest::newRow("tls") << u"sip:a.example;transport=tls"_s << int(TransportProtocol::Tls);
    QTest::newRow("ws") << u"sip:a.example;transport=ws"_s << int(TransportProtocol::Ws);
    QTest::newRow("wss") << u"sip:a.example;transport=wss"_s << int(TransportProtocol::Wss);
}

void tst_SipUri::transportParameter()
{
    QFETCH(QString, input);
    QFETCH(int, transport);
    const SipUriParseResult result = SipUri::parse(input);
    QVERIFY(result.isValid());
    const auto protocol = result.uri->transportParameter();
    QCOMPARE(protocol.has_value() ? int(*protocol) : -1, transport);
}

void tst_SipUri::normalisedFormReparses_data()
{
    valid_data();
}

void tst_SipUri::normalisedFormReparses()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const SipUriParseResult again = SipUri::parse(normalised);
    QVERIFY2(again.isValid(), qPrintable(again.errorMessage));
    QCOMPARE(again.uri->toString(), normalised);
    QCOMPARE(*again.uri, *SipUri::parse(input).uri);
}

void tst_SipUri::hostileInputNeverCrashes()
{
    // Every prefix of a few nasty strings: parse must return a value, never crash.
    const QStringList nasty = {u"sips:user;a=b@[::ffff:1.2.3.4]:65535;transport=tls;x?y=z"_s,
                               u"[[[]]]:::@@@;;;==="_s, u"sip:%%%@%"_s, u"sip:\u00e9@\u00e9:\u00e9"_s};
    int valid = 0;
    for (const QString &text : nasty) {
        for (qsizetype n = 0; n <= text.size(); ++n) {
            const SipUriParseResult result = SipUri::parse(text.left(n));
            QCOMPARE(result.isValid(), result.uri.has_value());
            QCOMPARE(result.errorMessage.isEmpty(), result.isValid());
            valid += result.isValid() ? 1 : 0;
        }
    }
    QVERIFY(valid > 0);   // some prefixes ("sips:user;a=b@[::ffff:1.2.3.4]") are fine
}

QTEST_GUILESS_MAIN(tst_SipUri)
#include "tst_sipuri.moc"
