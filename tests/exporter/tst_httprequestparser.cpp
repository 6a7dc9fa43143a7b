// The exporter's HTTP/1.1 request parser: requests as Prometheus and curl send them, in
// any fragmentation, and hostile ones that must end in the right status, bounded.
#include "exporter/httprequestparser.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

HttpRequestParser::State feedAll(HttpRequestParser &parser, QByteArray bytes)
{
    return parser.feed(bytes);
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prometheusScrape()
    {
        HttpRequestParser parser;
        QByteArray input = "GET /probe?target=sip%3A127.0.0.1%3A5060&module=sip_udp HTTP/1.1\r\n"
                           "Host: 127.0.0.1:9688\r\n"
                           "User-Agent: Prometheus/2.42.0\r\n"
                           "Accept: application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5\r\n"
                           "X-Prometheus-Scrape-Timeout-Seconds: 10\r\n\r\n"_ba;
        QCOMPARE(parser.feed(input), HttpRequestParser::State::Complete);
        QVERIFY(input.isEmpty());
        const HttpRequest &request = parser.request();
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.path, u"/probe"_s);
        QCOMPARE(request.query.queryItemValue(u"target"_s, QUrl::FullyDecoded), u"sip:127.0.0.1:5060"_s);
        QCOMPARE(request.query.queryItemValue(u"module"_s), u"sip_udp"_s);
        QCOMPARE(request.header("x-prometheus-scrape-timeout-seconds"), "10"_ba);
        QVERIFY(request.keepAlive);
    }

    void byteByByte()
    {
        const QByteArray whole = "POST /-/reload HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"_ba;
        HttpRequestParser parser;
        QByteArray input;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            input += whole.at(i);
            const auto state = parser.feed(input);
            QCOMPARE(state, i + 1 == whole.size() ? HttpRequestParser::State::Complete : HttpRequestParser::State::NeedMore);
        }
        QCOMPARE(parser.request().body, "hello"_ba);
        QCOMPARE(parser.request().method, "POST"_ba);
    }

    void pipelinedRequestStays()
    {
        QByteArray input = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
        HttpRequestParser first;
        QCOMPARE(first.feed(input), HttpRequestParser::State::Complete);
        QCOMPARE(first.request().path, u"/a"_s);
        HttpRequestParser second;
        QCOMPARE(second.feed(input), HttpRequestParser::State::Complete);
        QCOMPARE(second.request().path, u"/b"_s);
    }

    void connectionHandling_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << "GET / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << true;
        QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba << false;
        QTest::newRow("1.0 default") << "GET / HTTP/1.0\r\n\r\n"_ba << false;
        QTest::newRow("1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"_ba << true;
        QTest::newRow("bare LF") << "GET / HTTP/1.1\nHost: x\n\n"_ba << true;
    }
    void connectionHandling()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, keepAlive);
        HttpRequestParser parser;
        QCOMPARE(feedAll(parser, request), HttpRequestParser::State::Complete);
        QCOMPARE(parser.request().keepAlive, keepAlive);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("huge request line") << ("GET /" + QByteArray(100000, 'a')) << 414;
        QTest::newRow("huge request line, complete") << ("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n") << 414;
        QTest::newRow("huge header") << ("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'b')) << 431;
        QByteArray many = "GET / HTTP/1.1\r\n"_ba;
        for (int i = 0; i < 150; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << many << 431;
        QTest::newRow("body too large") << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n"_ba << 413;
        QTest::newRow("chunked") << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 501;
        QTest::newRow("HTTP/2") << "GET / HTTP/2.0\r\n\r\n"_ba << 505;
        QTest::newRow("HTTP/0.9 style") << "GET /\r\n\r\n"_ba << 400;
        QTest::newRow("no version") << "GET / FOO/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("method not a token") << "G(T / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("absolute form") << "GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("NUL in line") << QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 20) << 400;
        QTest::newRow("no Host in 1.1") << "GET / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
        QTest::newRow("folded header") << "GET / HTTP/1.1\r\nHost: x\r\n continued\r\n\r\n"_ba << 400;
        QTest::newRow("no colon") << "GET / HTTP/1.1\r\nHost x\r\n\r\n"_ba << 400;
        QTest::newRow("conflicting lengths") << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"_ba << 400;
        QTest::newRow("negative length") << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"_ba << 400;
        QTest::newRow("length overflow") << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba << 400;
        QTest::newRow("control in value") << "GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n"_ba << 400;
    }
    void hostile()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpRequestParser parser;
        QByteArray input = request;
        QCOMPARE(parser.feed(input), HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorMessage().isEmpty());
        // Stays failed, whatever comes next.
        QByteArray more = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
        QCOMPARE(parser.feed(more), HttpRequestParser::State::Failed);
    }

    void slowHeadersStayBounded()
    {
        // A slowloris client's endless header lines: refused once they pass the limit.
        HttpRequestParser parser;
        QByteArray input = "GET / HTTP/1.1\r\n"_ba;
        QCOMPARE(parser.feed(input), HttpRequestParser::State::NeedMore);
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        for (int i = 0; i < 10000 && state == HttpRequestParser::State::NeedMore; ++i) {
            input += "X-a: b\r\n";
            state = parser.feed(input);
        }
        QCOMPARE(state, HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), 431);
    }

    void plusIsASpaceInTheQuery()
    {
        HttpRequestParser parser;
        QByteArray input = "GET /probe?target=a+b&x=%2B HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
        QCOMPARE(parser.feed(input), HttpRequestParser::State::Complete);
        QCOMPARE(parser.request().query.queryItemValue(u"target"_s, QUrl::FullyDecoded), u"a b"_s);
        QCOMPARE(parser.request().query.queryItemValue(u"x"_s, QUrl::FullyDecoded), u"+"_s);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
