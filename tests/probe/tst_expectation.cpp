// Expectation: --expect CODES and --expect-header 'Name: regex', parsed and evaluated
// against results row by row, with the reason of every check.
#include "probe/expectation.h"
#include "probe/expectedcodes.h"
#include "monitor/monitortargetstate.h"
#include "monitor/nagiosverdict.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

ProbeResult answered(int code, const QString &reason, const QList<SipHeader> &headers = {})
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = code;
    result.reasonPhrase = reason;
    result.headers = headers;
    result.rttUs = 1500;
    return result;
}

ProbeResult timedOut()
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Local;
    result.localStatus = 408;
    result.error = {ErrorKind::Timeout, u"No final response."_s, {}};
    return result;
}

} // namespace

class tst_Expectation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseCodes_data();
    void parseCodes();
    void parseHeader_data();
    void parseHeader();
    void evaluate_data();
    void evaluate();
    void checksExplainThemselves();
    void everyConsumerReadsTheSameCodes_data();
    void everyConsumerReadsTheSameCodes();
};

void tst_Expectation::parseCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("statusText");

    QTest::newRow("one-code") << u"200"_s << true << u"200"_s;
    QTest::newRow("two-codes") << u"200,404"_s << true << u"200, 404"_s;
    QTest::newRow("class-and-code-with-spaces") << u" 2XX , 486 "_s << true << u"2xx, 486"_s;
    QTest::newRow("duplicates-collapse") << u"200,200,2xx,2xx"_s << true << u"2xx, 200"_s;
    QTest::newRow("trailing-comma") << u"404,"_s << true << u"404"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("only-commas") << u",,"_s << false << QString();
    QTest::newRow("below-range") << u"99"_s << false << QString();
    QTest::newRow("above-range") << u"700"_s << false << QString();
    QTest::newRow("class-seven") << u"7xx"_s << false << QString();
    QTest::newRow("word") << u"ok"_s << false << QString();
    QTest::newRow("leading-zero") << u"0200"_s << false << QString();
    QTest::newRow("range-syntax") << u"200-299"_s << false << QString();
}

void tst_Expectation::parseCodes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, statusText);

    Expectation expectation;
    QString error;
    QCOMPARE(expectation.parseCodes(text, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok)
        QCOMPARE(expectation.statusText(), statusText);
    else
        QCOMPARE(expectation.statusText(), u"2xx"_s);   // unchanged default
}

void tst_Expectation::parseHeader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("simple") << u"Server: Kamailio"_s << true << u"Server"_s << u"Kamailio"_s;
    QTest::newRow("no-space") << u"X-Load:[0-4]"_s << true << u"X-Load"_s << u"[0-4]"_s;
    QTest::newRow("colon-in-pattern") << u"Contact: sip:.*:5060"_s << true << u"Contact"_s << u"sip:.*:5060"_s;
    QTest::newRow("anchored") << u"Allow: ^INVITE\\b"_s << true << u"Allow"_s << u"^INVITE\\b"_s;
    QTest::newRow("empty-pattern-means-present") << u"Supported:"_s << true << u"Supported"_s << QString();
    QTest::newRow("no-colon") << u"Server Kamailio"_s << false << QString() << QString();
    QTest::newRow("empty-name") << u": x"_s << false << QString() << QString();
    QTest::newRow("space-in-name") << u"My Header: x"_s << false << QString() << QString();
    QTest::newRow("invalid-regex") << u"Server: (unclosed"_s << false << QString() << QString();
}

void tst_Expectation::parseHeader()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(QString, pattern);

    QString error;
    const auto parsed = Expectation::parseHeaderExpectation(text, &error);
    QCOMPARE(parsed.has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(parsed->name, name);
        QCOMPARE(parsed->pattern, pattern);
        QVERIFY(parsed->regex.isValid());
    }
}

void tst_Expectation::evaluate_data()
{
    QTest::addColumn<QString>("codes");         // empty: default
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QList<bool>>("checks");   // each check's outcome, status first

    const QList<SipHeader> kamailio{{u"Server"_s, u"kamailio (5.6.3 (x86_64/linux))"_s},
                                    {u"Allow"_s, u"INVITE, ACK"_s},
                                    {u"Allow"_s, u"OPTIONS, BYE"_s}};
    QTest::newRow("default-200") << QString() << QStringList() << answered(200, u"OK"_s) << true << QList<bool>{true};
    QTest::newRow("default-202") << QString() << QStringList() << answered(202, u"Accepted"_s) << true << QList<bool>{true};
    QTest::newRow("default-404-fails") << QString() << QStringList() << answered(404, u"Not Found"_s) << false << QList<bool>{false};
    QTest::newRow("default-timeout-fails") << QString() << QStringList() << timedOut() << false << QList<bool>{false};
    QTest::newRow("expect-404-gets-404") << u"200,404"_s << QStringList() << answered(404, u"Not Found"_s) << true << QList<bool>{true};
    QTest::newRow("expect-404-gets-200") << u"404"_s << QStringList() << answered(200, u"OK"_s) << false << QList<bool>{false};
    QTest::newRow("expect-4xx-gets-486") << u"4xx"_s << QStringList() << answered(486, u"Busy Here"_s) << true << QList<bool>{true};
    QTest::newRow("expect-4xx-gets-503") << u"4xx"_s << QStringList() << answered(503, u"Service Unavailable"_s) << false << QList<bool>{false};
    QTest::newRow("expect-408-timeout-is-not-408") << u"408"_s << QStringList() << timedOut() << false << QList<bool>{false};
    QTest::newRow("header-matches") << QString() << QStringList{u"Server: ^kamailio"_s} << answered(200, u"OK"_s, kamailio)
                                    << true << QList<bool>{true, true};
    QTest::newRow("header-name-case-insensitive") << QString() << QStringList{u"server: 5\\.6"_s} << answered(200, u"OK"_s, kamailio)
                                                  << true << QList<bool>{true, true};
    QTest::newRow("header-regex-is-case-sensitive") << QString() << QStringList{u"Server: ^Kamailio"_s}
                                                    << answered(200, u"OK"_s, kamailio) << false << QList<bool>{true, false};
    QTest::newRow("header-absent") << QString() << QStringList{u"X-Load: .*"_s} << answered(200, u"OK"_s, kamailio)
                                   << false << QList<bool>{true, false};
    QTest::newRow("header-any-line-matches") << QString() << QStringList{u"Allow: OPTIONS"_s} << answered(200, u"OK"_s, kamailio)
                                             << true << QList<bool>{true, true};
    QTest::newRow("header-compact-form") << QString() << QStringList{u"Supported: path"_s}
                                         << answered(200, u"OK"_s, {{u"k"_s, u"path, outbound"_s}}) << true << QList<bool>{true, true};
    QTest::newRow("status-fails-header-passes") << u"404"_s << QStringList{u"Server: kamailio"_s} << answered(200, u"OK"_s, kamailio)
                                                << false << QList<bool>{false, true};
    QTest::newRow("two-headers-one-fails") << QString() << QStringList{u"Server: kamailio"_s, u"Allow: SUBSCRIBE"_s}
                                           << answered(200, u"OK"_s, kamailio) << false << QList<bool>{true, true, false};
    QTest::newRow("header-on-timeout-fails") << QString() << QStringList{u"Server: .*"_s} << timedOut() << false
                                             << QList<bool>{false, false};
}

void tst_Expectation::evaluate()
{
    QFETCH(QString, codes);
    QFETCH(QStringList, headers);
    QFETCH(ProbeResult, result);
    QFETCH(bool, passed);
    QFETCH(QList<bool>, checks);

    Expectation expectation;
    QString error;
    if (!codes.isEmpty())
        QVERIFY(expectation.parseCodes(codes, &error));
    for (const QString &header : headers)
        QVERIFY2(expectation.addHeaderExpectation(header, &error), qPrintable(error));
    const ExpectationVerdict verdict = expectation.evaluate(result);
    QCOMPARE(verdict.passed, passed);
    QCOMPARE(verdict.checks.size(), checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        QCOMPARE(verdict.checks.at(i).passed, checks.at(i));
        QVERIFY(!verdict.checks.at(i).reason.isEmpty());
    }
    QCOMPARE(verdict.failureReasons().size(), checks.count(false));
}

void tst_Expectation::checksExplainThemselves()
{
    Expectation expectation;
    QString error;
    QVERIFY(expectation.parseCodes(u"200"_s, &error));
    QVERIFY(expectation.addHeaderExpectation(u"Server: ^Asterisk"_s, &error));
    const ExpectationVerdict verdict = expectation.evaluate(answered(503, u"Service Unavailable"_s, {{u"Server"_s, u"Kamailio"_s}}));
    QCOMPARE(verdict.checks.at(0).subject, u"status"_s);
    QCOMPARE(verdict.checks.at(0).expected, u"200"_s);
    QCOMPARE(verdict.checks.at(0).actual, u"503"_s);
    QVERIFY(verdict.checks.at(0).reason.contains(u"503 Service Unavailable"_s));
    QCOMPARE(verdict.checks.at(1).subject, u"Server"_s);
    QCOMPARE(verdict.checks.at(1).expected, u"^Asterisk"_s);
    QCOMPARE(verdict.checks.at(1).actual, u"Kamailio"_s);
    QVERIFY(verdict.checks.at(1).reason.contains(u"does not match"_s));

    const ExpectationVerdict none = expectation.evaluate(timedOut());
    QVERIFY(none.checks.at(0).reason.contains(u"no final response"_s));
    QVERIFY(none.checks.at(0).actual.isEmpty());
}


// --expect of `options`, the monitoring-plugin verdict and the monitor read one syntax
// (ExpectedCodes): the same texts are accepted or refused by all three, and an accepted
// one passes the same statuses. ("0200" and "+200" once passed the Nagios copy only.)
void tst_Expectation::everyConsumerReadsTheSameCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("code") << u"200"_s << true;
    QTest::newRow("class") << u"2xx"_s << true;
    QTest::newRow("class and codes") << u"3xx,486, 404"_s << true;
    QTest::newRow("6xx class") << u"6XX"_s << true;
    QTest::newRow("leading zero") << u"0200"_s << false;
    QTest::newRow("plus sign") << u"+200"_s << false;
    QTest::newRow("two digits") << u"20"_s << false;
    QTest::newRow("class 7") << u"7xx"_s << false;
    QTest::newRow("class 0") << u"0xx"_s << false;
    QTest::newRow("nothing") << u","_s << false;
}

void tst_Expectation::everyConsumerReadsTheSameCodes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<ExpectedCodes> codes = ExpectedCodes::parse(text, &error);
    QCOMPARE(codes.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    Expectation expectation;
    QCOMPARE(expectation.parseCodes(text, &error), valid);
    NagiosOptions nagios;
    QCOMPARE(nagios.parseExpect(text, &error), valid);
    if (!valid)
        return;
    MonitorTargetState monitor;
    monitor.setExpectedCodes(*codes);
    for (int status = 100; status <= 699; ++status) {
        ProbeResult result;
        result.origin = ProbeResult::Origin::Remote;
        result.statusCode = status;
        const bool passes = codes->accepts(status);
        QCOMPARE(expectation.acceptsStatus(status), passes);
        QCOMPARE(nagios.accepts(status), passes);
        QCOMPARE(monitor.classify(result) == MonitorStatus::Up, passes);
    }
    QCOMPARE(expectation.statusText(), codes->text());
    QCOMPARE(nagios.expectationText(), codes->text());
}

QTEST_GUILESS_MAIN(tst_Expectation)
#include "tst_expectation.moc"
