// SipParser: datagrams and streams, valid, compact, folded, and every malformed
// shape we could think of. Each row is bytes in, a typed result out.
#include "sip/sipparser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

const QByteArray okResponse =
    "SIP/2.0 200 OK\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:40000;branch=z9hG4bKabc;rport=40000;received=127.0.0.1\r\n"
    "From: <sip:sipscope@127.0.0.1>;tag=f1\r\n"
    "To: <sip:127.0.0.1>;tag=t1\r\n"
    "Call-ID: c1\r\n"
    "CSeq: 1 OPTIONS\r\n"
    "Allow: INVITE, ACK\r\n"
    "Allow: OPTIONS\r\n"
    "Content-Length: 0\r\n"
    "\r\n";

QByteArray withBody(const QByteArray &body, const QByteArray &length)
{
    return "SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\nContent-Type: application/sdp\r\nContent-Length: "
        + length + "\r\n\r\n" + body;
}

} // namespace

class tst_SipParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datagramValid_data();
    void datagramValid();
    void datagramInvalid_data();
    void datagramInvalid();
    void headersInOrderWithFolding();
    void compactHeaders();
    void reasonPhraseWithInvalidUtf8();
    void limits_data();
    void limits();
    void streamFraming();
    void streamByteByByte();
    void streamErrors_data();
    void streamErrors();
    void streamKeepAlivesDoNotGrowTheBuffer();
    void streamTrickledOneByteAtATime_data();
    void streamTrickledOneByteAtATime();
    void everyPrefixAndMutationTerminates();
};

void tst_SipParser::datagramValid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isResponse");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("200 ok") << okResponse << true << 200 << u"OK"_s << QByteArray();
    QTest::newRow("reason with spaces") << QByteArray("SIP/2.0 486 Busy Here\r\nCSeq: 1 OPTIONS\r\n\r\n")
                                        << true << 486 << u"Busy Here"_s << QByteArray();
    QTest::newRow("empty reason") << QByteArray("SIP/2.0 200 \r\n\r\n") << true << 200 << QString() << QByteArray();
    QTest::newRow("no reason no space") << QByteArray("SIP/2.0 200\r\n\r\n") << true << 200 << QString() << QByteArray();
    QTest::newRow("lowercase version") << QByteArray("sip/2.0 100 Trying\r\n\r\n") << true << 100 << u"Trying"_s << QByteArray();
    QTest::newRow("unknown code 499") << QByteArray("SIP/2.0 499 Whatever\r\n\r\n") << true << 499 << u"Whatever"_s << QByteArray();
    QTest::newRow("699") << QByteArray("SIP/2.0 699 Max\r\n\r\n") << true << 699 << u"Max"_s << QByteArray();
    QTest::newRow("utf8 reason") << QByteArray("SIP/2.0 200 D\xc3\xa9j\xc3\xa0 vu\r\n\r\n") << true << 200 << u"Déjà vu"_s << QByteArray();
    QTest::newRow("bare LF line ends") << QByteArray("SIP/2.0 200 OK\nCSeq: 1 OPTIONS\nContent-Length: 0\n\n") << true << 200 << u"OK"_s << QByteArray();
    QTest::newRow("leading CRLFs ignored") << ("\r\n\r\n" + okResponse) << true << 200 << u"OK"_s << QByteArray();
    QTest::newRow("body with length") << withBody("v=0\r\n", "5") << true << 200 << u"OK"_s << QByteArray("v=0\r\n");
    QTest::newRow("extra bytes after length ignored") << withBody("v=0\r\nXYZ", "5") << true << 200 << u"OK"_s << QByteArray("v=0\r\n");
    QTest::newRow("no content-length takes the rest") << QByteArray("SIP/2.0 200 OK\r\n\r\nhello") << true << 200 << u"OK"_s << QByteArray("hello");
    QTest::newRow("repeated equal content-length") << QByteArray("SIP/2.0 200 OK\r\nl: 2\r\nContent-Length: 2\r\n\r\nab") << true << 200 << u"OK"_s << QByteArray("ab");
    QTest::newRow("request line") << QByteArray("OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n") << false << 0 << QString() << QByteArray();
    QTest::newRow("extension method") << QByteArray("FOO-BAR sip:x SIP/2.0\r\n\r\n") << false << 0 << QString() << QByteArray();
    QTest::newRow("header without value") << QByteArray("SIP/2.0 200 OK\r\nSubject:\r\n\r\n") << true << 200 << u"OK"_s << QByteArray();
    QTest::newRow("space before colon") << QByteArray("SIP/2.0 200 OK\r\nCSeq   : 1 OPTIONS\r\n\r\n") << true << 200 << u"OK"_s << QByteArray();
}

void tst_SipParser::datagramValid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isResponse);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QByteArray, body);

    const SipParseResult result = SipParser::parseDatagram(bytes);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    QCOMPARE(result.error, SipParseError::None);
    QCOMPARE(result.message->isResponse(), isResponse);
    QCOMPARE(result.message->statusCode(), status);
    QCOMPARE(result.message->reasonPhrase(), reason);
    QCOMPARE(result.message->body(), body);
    QCOMPARE(result.consumed, bytes.size());
}

void tst_SipParser::datagramInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SipParseError>("error");

    QTest::newRow("empty") << QByteArray() << SipParseError::Empty;
    QTest::newRow("keep-alive only") << QByteArray("\r\n\r\n") << SipParseError::Empty;
    QTest::newRow("garbage text") << QByteArray("hello world\r\n\r\n") << SipParseError::InvalidStartLine;
    QTest::newRow("binary garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << SipParseError::NulByte;
    QTest::newRow("http response") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << SipParseError::UnsupportedVersion;
    QTest::newRow("http request") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << SipParseError::UnsupportedVersion;
    QTest::newRow("sip 3.0") << QByteArray("SIP/3.0 200 OK\r\n\r\n") << SipParseError::UnsupportedVersion;
    QTest::newRow("request sip 1.0") << QByteArray("OPTIONS sip:x SIP/1.0\r\n\r\n") << SipParseError::UnsupportedVersion;
    QTest::newRow("status two digits") << QByteArray("SIP/2.0 20 OK\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("status four digits") << QByteArray("SIP/2.0 2000 OK\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("status 099") << QByteArray("SIP/2.0 099 Low\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("status 700") << QByteArray("SIP/2.0 700 High\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("rfc 4475 huge status") << QByteArray("SIP/2.0 4294967301 better not break the receiver\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("status not numeric") << QByteArray("SIP/2.0 2x0 OK\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("status missing") << QByteArray("SIP/2.0\r\n\r\n") << SipParseError::InvalidStatusCode;
    QTest::newRow("request missing version") << QByteArray("OPTIONS sip:x\r\n\r\n") << SipParseError::InvalidStartLine;
    QTest::newRow("request double space") << QByteArray("OPTIONS  sip:x SIP/2.0\r\n\r\n") << SipParseError::InvalidStartLine;
    QTest::newRow("method with bad char") << QByteArray("OPT<IONS sip:x SIP/2.0\r\n\r\n") << SipParseError::InvalidStartLine;
    QTest::newRow("header without colon") << QByteArray("SIP/2.0 200 OK\r\nthis is not a header\r\n\r\n") << SipParseError::InvalidHeaderLine;
    QTest::newRow("header empty name") << QByteArray("SIP/2.0 200 OK\r\n: value\r\n\r\n") << SipParseError::InvalidHeaderLine;
    QTest::newRow("header name with space") << QByteArray("SIP/2.0 200 OK\r\nCall ID: x\r\n\r\n") << SipParseError::InvalidHeaderLine;
    QTest::newRow("fold before any header") << QByteArray("SIP/2.0 200 OK\r\n  continued\r\n\r\n") << SipParseError::InvalidFoldedLine;
    QTest::newRow("content-length not a number") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: abc\r\n\r\n") << SipParseError::InvalidContentLength;
    QTest::newRow("content-length negative") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: -1\r\n\r\n") << SipParseError::InvalidContentLength;
    QTest::newRow("content-length huge") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n") << SipParseError::InvalidContentLength;
    QTest::newRow("content-length conflicting") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: 1\r\nl: 2\r\n\r\nab") << SipParseError::InvalidContentLength;
    QTest::newRow("body shorter than length") << withBody("v=0", "10") << SipParseError::TruncatedBody;
    QTest::newRow("no empty line") << QByteArray("SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n") << SipParseError::IncompleteHeaders;
    QTest::newRow("status line only") << QByteArray("SIP/2.0 200 OK") << SipParseError::IncompleteHeaders;
    QTest::newRow("nul in header") << (QByteArray("SIP/2.0 200 OK\r\nX: a") + '\0' + "b\r\n\r\n") << SipParseError::NulByte;
}

void tst_SipParser::datagramInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SipParseError, error);
    const SipParseResult result = SipParser::parseDatagram(bytes);
    QCOMPARE(result.error, error);
    QVERIFY(!result.isValid());
    QVERIFY(!result.message.has_value());
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(!parseErrorToken(error).isEmpty());
}

void tst_SipParser::headersInOrderWithFolding()
{
    const QByteArray bytes = "SIP/2.0 200 OK\r\n"
                             "Subject: first\r\n"
                             "  part\r\n"
                             "\tand more\r\n"
                             "Allow: INVITE,\r\n"
                             " ACK\r\n"
                             "X-Empty:\r\n"
                             "Server: test\r\n"
                             "\r\n";
    const SipParseResult result = SipParser::parseDatagram(bytes);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    const QList<SipHeader> expected = {{u"Subject"_s, u"first part and more"_s},
                                       {u"Allow"_s, u"INVITE, ACK"_s},
                                       {u"X-Empty"_s, QString()},
                                       {u"Server"_s, u"test"_s}};
    QCOMPARE(result.message->headers(), expected);
    QCOMPARE(result.message->headerValues(u"Allow"_s), QStringList({u"INVITE"_s, u"ACK"_s}));
}

void tst_SipParser::compactHeaders()
{
    const QByteArray bytes = "SIP/2.0 200 OK\r\n"
                             "v: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bKc\r\n"
                             "f: <sip:a@b>;tag=1\r\n"
                             "t: <sip:c@d>;tag=2\r\n"
                             "i: compact@host\r\n"
                             "CSeq: 7 OPTIONS\r\n"
                             "m: <sip:x@y>\r\n"
                             "k: timer\r\n"
                             "c: text/plain\r\n"
                             "l: 4\r\n"
                             "\r\n"
                             "body";
    const SipParseResult result = SipParser::parseDatagram(bytes);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    const SipMessage &m = *result.message;
    QCOMPARE(m.topVia()->branch(), u"z9hG4bKc"_s);
    QCOMPARE(m.fromTag(), u"1"_s);
    QCOMPARE(m.toTag(), u"2"_s);
    QCOMPARE(m.callId(), u"compact@host"_s);
    QCOMPARE(m.cseq()->number, 7u);
    QCOMPARE(m.header(u"Contact"_s).value_or(QString()), u"<sip:x@y>"_s);
    QCOMPARE(m.header(u"Supported"_s).value_or(QString()), u"timer"_s);
    QCOMPARE(m.header(u"Content-Type"_s).value_or(QString()), u"text/plain"_s);
    QCOMPARE(m.body(), QByteArray("body"));
}

void tst_SipParser::reasonPhraseWithInvalidUtf8()
{
    const SipParseResult result = SipParser::parseDatagram("SIP/2.0 404 Not \xff\xfe Found\r\n\r\n");
    QVERIFY(result.isValid());
    QCOMPARE(result.message->rawReasonPhrase(), QByteArray("Not \xff\xfe Found"));
    QVERIFY(result.message->reasonPhrase().contains(QChar::ReplacementCharacter));
    QVERIFY(result.message->reasonPhrase().startsWith(u"Not "_s));
    QVERIFY(result.message->reasonPhrase().endsWith(u" Found"_s));
}

void tst_SipParser::limits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SipParseError>("error");

    QTest::newRow("over 128 KiB") << ("SIP/2.0 200 OK\r\nContent-Length: 131072\r\n\r\n" + QByteArray(128 * 1024, 'x')) << SipParseError::MessageTooLarge;
    QTest::newRow("line too long") << ("SIP/2.0 200 OK\r\nX-Long: " + QByteArray(65 * 1024, 'a') + "\r\n\r\n") << SipParseError::LineTooLong;
    QByteArray many = "SIP/2.0 200 OK\r\n";
    for (int i = 0; i < 300; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    many += "\r\n";
    QTest::newRow("too many headers") << many << SipParseError::TooManyHeaders;
    QTest::newRow("start line too long") << ("SIP/2.0 200 " + QByteArray(65 * 1024, 'O') + "\r\n\r\n") << SipParseError::LineTooLong;
}

void tst_SipParser::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SipParseError, error);
    QCOMPARE(SipParser::parseDatagram(bytes).error, error);
    // The stream framer enforces the same limits.
    const auto streamed = SipParser::parseStream(bytes);
    QVERIFY(streamed.has_value());
    QCOMPARE(streamed->error, error);

    // And a generous limit accepts what the default refuses.
    SipParseLimits generous;
    generous.maxMessageSize = 1 << 20;
    generous.maxLineLength = 1 << 20;
    generous.maxHeaderCount = 1000;
    QVERIFY(SipParser::parseDatagram(bytes, generous).isValid());
}

void tst_SipParser::streamFraming()
{
    const QByteArray second = withBody("abc", "3");
    SipParser parser;
    parser.feed("\r\n" + okResponse + second + "SIP/2.0 100 Try");
    auto first = parser.next();
    QVERIFY(first && first->isValid());
    QCOMPARE(first->message->statusCode(), 200);
    auto next = parser.next();
    QVERIFY(next && next->isValid());
    QCOMPARE(next->message->body(), QByteArray("abc"));
    QVERIFY(!parser.next().has_value());          // partial third message
    parser.feed("ing\r\nContent-Length: 0\r\n\r\n");
    auto third = parser.next();
    QVERIFY(third && third->isValid());
    QCOMPARE(third->message->reasonPhrase(), u"Trying"_s);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_SipParser::streamByteByByte()
{
    const QByteArray bytes = okResponse + withBody("v=0\r\n", "5");
    SipParser parser;
    QList<SipMessage> messages;
    for (char c : bytes) {
        parser.feed(QByteArrayView(&c, 1));
        while (auto result = parser.next()) {
            QVERIFY2(result->isValid(), qPrintable(result->errorMessage));
            messages << *result->message;
        }
    }
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).headerValues(u"Allow"_s).size(), 3);
    QCOMPARE(messages.at(1).body(), QByteArray("v=0\r\n"));
}

void tst_SipParser::streamErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SipParseError>("error");
    QTest::newRow("missing content-length") << QByteArray("SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n\r\n") << SipParseError::MissingContentLength;
    QTest::newRow("garbage fails before the empty line") << QByteArray("GARBAGE GARBAGE\r\nmore") << SipParseError::InvalidStartLine;
    QTest::newRow("endless line") << QByteArray(65 * 1024, 'A') << SipParseError::LineTooLong;
    QTest::newRow("announced body too large") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: 140000\r\n\r\n") << SipParseError::MessageTooLarge;
}

void tst_SipParser::streamErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SipParseError, error);
    SipParser parser;
    parser.feed(bytes);
    const auto result = parser.next();
    QVERIFY(result.has_value());
    QCOMPARE(result->error, error);
    QVERIFY(parser.hasFailed());
    // Framing is lost: the parser refuses to continue until reset.
    parser.feed(okResponse);
    QVERIFY(!parser.next().has_value());
    parser.reset();
    parser.feed(okResponse);
    QVERIFY(parser.next()->isValid());
}

void tst_SipParser::streamKeepAlivesDoNotGrowTheBuffer()
{
    SipParser parser;
    for (int i = 0; i < 10000; ++i) {
        parser.feed("\r\n\r\n");
        QVERIFY(!parser.next().has_value());
    }
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.hasFailed());
}

void tst_SipParser::streamTrickledOneByteAtATime_data()
{
    // A peer that sends one byte per TCP segment. next() skips re-parsing while nothing
    // can have changed (it used to re-parse everything per byte: 18 s of CPU for one
    // 60 KB answer); the result and every limit must be exactly what the whole buffer gives.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SipParseError>("error");   // None: one valid message

    QByteArray large = "SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n";
    for (int i = 0; i < 200; ++i)
        large += "Record-Route: <sip:10.0." + QByteArray::number(i) + ".1;lr>\r\n";
    const QByteArray body(50000, 'b');
    large += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTest::newRow("60 KB answer") << large << SipParseError::None;
    QTest::newRow("endless line") << ("SIP/2.0 200 OK\r\nX: " + QByteArray(65 * 1024, 'a')) << SipParseError::LineTooLong;
    QByteArray endless = "SIP/2.0 200 OK\r\n";
    for (int i = 0; i < 300; ++i)
        endless += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("endless head") << endless << SipParseError::TooManyHeaders;
    QTest::newRow("garbage start line") << QByteArray("GARBAGE GARBAGE\r\nmore") << SipParseError::InvalidStartLine;
    QTest::newRow("bad header after many good ones")
        << (QByteArray("SIP/2.0 200 OK\r\n") + QByteArray("X-A: 1\r\n").repeated(50) + "no colon\r\nX-B: 2")
        << SipParseError::InvalidHeaderLine;
}

void tst_SipParser::streamTrickledOneByteAtATime()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SipParseError, error);
    SipParser parser;
    QList<SipParseResult> results;
    qsizetype fedWhenDone = -1;
    for (qsizetype i = 0; i < bytes.size() && results.isEmpty(); ++i) {
        parser.feed(bytes.sliced(i, 1));
        while (auto result = parser.next()) {
            results << *result;
            fedWhenDone = i + 1;
        }
    }
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error, error);
    if (error == SipParseError::None) {
        QCOMPARE(fedWhenDone, bytes.size());
        QCOMPARE(results.first().message->body().size(), 50000);
        QCOMPARE(parser.bufferedBytes(), 0);
    } else {
        // Detected as early as the whole buffer up to that byte shows it, not later.
        QVERIFY(!SipParser::parseStream(bytes.left(fedWhenDone - 1)).has_value());
        QCOMPARE(SipParser::parseStream(bytes.left(fedWhenDone))->error, error);
    }
}

void tst_SipParser::everyPrefixAndMutationTerminates()
{
    // Not a fuzzer, but the same idea in a loop: every prefix, and every single-byte
    // mutation to a handful of nasty bytes, gives a result without crashing, and an
    // error always comes with a message.
    const QByteArray base = withBody("v=0\r\n", "5");
    const QByteArray nasty("\0\r\n :;,\"<\xff", 10);
    auto check = [](const QByteArray &bytes) {
        const SipParseResult d = SipParser::parseDatagram(bytes);
        QCOMPARE(d.isValid(), d.errorMessage.isEmpty());
        const auto s = SipParser::parseStream(bytes);
        if (s)
            QCOMPARE(s->isValid(), s->errorMessage.isEmpty());
    };
    for (qsizetype n = 0; n <= base.size(); ++n)
        check(base.left(n));
    for (qsizetype i = 0; i < base.size(); ++i) {
        for (char c : nasty) {
            QByteArray mutated = base;
            mutated[i] = c;
            check(mutated);
        }
    }
}

QTEST_GUILESS_MAIN(tst_SipParser)
#include "tst_sipparser.moc"
