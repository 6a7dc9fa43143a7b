// ProbeVerdict: every final status a probe can meet has a verdict for the server, with
// its health, advice and the RFC 3261 section it rests on; nothing without a received
// status.
#include "diagnosis/probeverdict.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using H = ProbeVerdict::Health;

namespace {

ProbeResult received(int status, const QList<SipHeader> &headers = {})
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = status;
    result.reasonPhrase = u"Reason"_s;
    result.headers = headers;
    return result;
}

} // namespace

class tst_ProbeVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatus_data();
    void everyStatus();
    void textsDifferPerStatus();
    void noVerdictWithoutAReceivedStatus();
    void retryAfterWithComment();
};

void tst_ProbeVerdict::everyStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<SipHeader>>("headers");
    QTest::addColumn<H>("health");
    QTest::addColumn<QString>("reference");
    const QList<SipHeader> none;
    QTest::newRow("200") << 200 << none << H::Healthy << u"RFC 3261 §11.2, §21.2"_s;
    QTest::newRow("202") << 202 << none << H::Healthy << u"RFC 3261 §11.2, §21.2"_s;
    QTest::newRow("302") << 302 << none << H::AliveRefusing << u"RFC 3261 §21.3, §8.1.3.4"_s;
    QTest::newRow("401") << 401 << none << H::AliveRefusing << u"RFC 3261 §21.4.2, §22"_s;
    QTest::newRow("403") << 403 << none << H::AliveRefusing << u"RFC 3261 §21.4.4"_s;
    QTest::newRow("404") << 404 << none << H::AliveRefusing << u"RFC 3261 §21.4.5"_s;
    QTest::newRow("405") << 405 << none << H::AliveRefusing << u"RFC 3261 §21.4.6, §20.5"_s;
    QTest::newRow("407") << 407 << none << H::AliveRefusing << u"RFC 3261 §21.4.8, §22"_s;
    QTest::newRow("420") << 420 << none << H::AliveRefusing << u"RFC 3261 §21.4.15, §8.2.2.3"_s;
    QTest::newRow("481") << 481 << none << H::AliveRefusing << u"RFC 3261 §21.4.19, §12.2.2"_s;
    QTest::newRow("482") << 482 << none << H::AliveRefusing << u"RFC 3261 §21.4.20, §16.3"_s;
    QTest::newRow("483") << 483 << none << H::AliveRefusing << u"RFC 3261 §21.4.21, §16.6"_s;
    QTest::newRow("486 (by class)") << 486 << none << H::AliveRefusing << u"RFC 3261 §21.4"_s;
    QTest::newRow("488") << 488 << none << H::AliveRefusing << u"RFC 3261 §21.4.26, §11.2"_s;
    QTest::newRow("500") << 500 << none << H::AliveFailing << u"RFC 3261 §21.5.1"_s;
    QTest::newRow("501") << 501 << none << H::AliveFailing << u"RFC 3261 §21.5.2, §8.2.1"_s;
    QTest::newRow("503 with Retry-After") << 503 << QList<SipHeader>{{u"Retry-After"_s, u"30"_s}} << H::AliveFailing
                                          << u"RFC 3261 §21.5.4, §20.33"_s;
    QTest::newRow("503 without Retry-After") << 503 << none << H::AliveFailing << u"RFC 3261 §21.5.4"_s;
    QTest::newRow("504") << 504 << none << H::AliveFailing << u"RFC 3261 §21.5.5"_s;
    QTest::newRow("505") << 505 << none << H::AliveFailing << u"RFC 3261 §21.5.6"_s;
    QTest::newRow("580 (by class)") << 580 << none << H::AliveFailing << u"RFC 3261 §21.5"_s;
    QTest::newRow("600") << 600 << none << H::AliveRefusing << u"RFC 3261 §21.6"_s;
    QTest::newRow("603") << 603 << none << H::AliveRefusing << u"RFC 3261 §21.6"_s;
    QTest::newRow("604") << 604 << none << H::AliveRefusing << u"RFC 3261 §21.6"_s;
}

void tst_ProbeVerdict::everyStatus()
{
    QFETCH(int, status);
    QFETCH(QList<SipHeader>, headers);
    QFETCH(H, health);
    QFETCH(QString, reference);
    const auto verdict = ProbeVerdict::of(received(status, headers));
    QVERIFY(verdict.has_value());
    QCOMPARE(verdict->health, health);
    QCOMPARE(verdict->reference, reference);
    QVERIFY(!verdict->meaning.isEmpty());
    QVERIFY(!verdict->advice.isEmpty());
    // Every received answer shows the server speaks SIP; the verdicts say so.
    QVERIFY2(verdict->meaning.contains(u"SIP"_s), qPrintable(verdict->meaning));
    if (status == 503 && !headers.isEmpty())
        QVERIFY2(verdict->meaning.contains(u"30 second(s)"_s), qPrintable(verdict->meaning));
    QVERIFY(!ProbeVerdict::healthToken(verdict->health).isEmpty());
}

void tst_ProbeVerdict::textsDifferPerStatus()
{
    // The named statuses each have their own text, not one shared by the class.
    const QList<QPair<int, QList<SipHeader>>> statuses{
        {403, {}}, {404, {}}, {405, {}}, {420, {}}, {481, {}}, {482, {}}, {483, {}}, {488, {}}, {500, {}},
        {501, {}}, {503, {{u"Retry-After"_s, u"5"_s}}}, {503, {}}, {504, {}}, {505, {}}, {600, {}}, {200, {}}};
    QSet<QString> meanings;
    for (const auto &[status, headers] : statuses)
        meanings.insert(ProbeVerdict::of(received(status, headers))->meaning);
    QCOMPARE(meanings.size(), statuses.size());
}

void tst_ProbeVerdict::noVerdictWithoutAReceivedStatus()
{
    ProbeResult timeout;
    timeout.origin = ProbeResult::Origin::Local;
    timeout.localStatus = 408;
    timeout.error = {ErrorKind::Timeout, u"no answer"_s};
    QVERIFY(!ProbeVerdict::of(timeout));
    ProbeResult malformed;
    malformed.origin = ProbeResult::Origin::Remote;
    malformed.error = {ErrorKind::MalformedAnswer, u"not SIP"_s};
    QVERIFY(!ProbeVerdict::of(malformed));
    QVERIFY(!ProbeVerdict::of(ProbeResult()));
}

void tst_ProbeVerdict::retryAfterWithComment()
{
    // RFC 3261 §20.33: delta-seconds, then an optional comment and parameters.
    const auto verdict = ProbeVerdict::of(received(503, {{u"Retry-After"_s, u"18000 (in maintenance);duration=3600"_s}}));
    QVERIFY(verdict->meaning.contains(u"18000 second(s)"_s));
    QCOMPARE(verdict->reference, u"RFC 3261 §21.5.4, §20.33"_s);
}

QTEST_GUILESS_MAIN(tst_ProbeVerdict)
#include "tst_probeverdict.moc"
