// Paste and explain: what the recognizer finds in real-looking log text, what it must
// not find, and how each finding is explained with the catalog.
#include "codes/explainer.h"
#include "codes/responsecodecatalog.h"
#include "codes/warningcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

QString readCorpus(const QString &name)
{
    QFile file(QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/explain/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return u"<unreadable %1>"_s.arg(name);
    return QString::fromUtf8(file.readAll());
}

// "kind:value@line": the value is the cause for Q.850 kinds, the seconds for
// Retry-After, the code otherwise.
QString brief(const ExplainFinding &f)
{
    qint64 value = f.code;
    if (f.kind == ExplainKind::Q850Reason || f.kind == ExplainKind::Q850Cause)
        value = f.cause;
    else if (f.kind == ExplainKind::RetryAfter)
        value = f.retryAfterSeconds;
    return u"%1:%2@%3"_s.arg(explainKindToken(f.kind)).arg(value).arg(f.line);
}

QStringList briefs(const QList<ExplainFinding> &findings)
{
    QStringList out;
    for (const ExplainFinding &f : findings)
        out.append(brief(f));
    return out;
}

// Translates the two contexts the explainer uses by prefixing "[xx] ", to tell a
// translated text from the source text.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ctx(context);
        if (ctx == "SipScope::Explainer" || ctx == "Catalog" || ctx == "Q850")
            return u"[xx] "_s + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_Explainer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void snippets_data();
    void snippets();
    void vendorCodeNotes();
    void noFalsePositives_data();
    void noFalsePositives();
    void matchedText_data();
    void matchedText();
    void statusLineExplainedByCatalog();
    void phraseMatch_data();
    void phraseMatch();
    void classFallback();
    void invalidCodeInReason();
    void q850FollowsRfc3398_data();
    void q850FollowsRfc3398();
    void q850TokenWithoutCatalogName();
    void warningExplained_data();
    void warningExplained();
    void retryAfter();
    void formatDuration_data();
    void formatDuration();
    void lineAndColumn();
    void emptyInput();
    void randomMegabyte();
    void activeLanguage();
};

void tst_Explainer::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("asterisk chan_sip dial busy") << u"asterisk_chan_sip.txt"_s
        << QStringList{u"bare_code:486@3"_s, u"q850_cause:17@7"_s};
    QTest::newRow("asterisk pjsip registration") << u"asterisk_pjsip_registration.txt"_s
        << QStringList{u"bare_code:403@1"_s, u"bare_code:503@2"_s};
    QTest::newRow("asterisk pjsip history") << u"asterisk_pjsip_history.txt"_s
        << QStringList{u"status_line:404@2"_s, u"q850_reason:1@9"_s};
    QTest::newRow("asterisk CEL hangupcause") << u"asterisk_cel.txt"_s
        << QStringList{u"q850_cause:17@1"_s};
    QTest::newRow("asterisk DIALSTATUS/HANGUPCAUSE") << u"asterisk_dialstatus.txt"_s
        << QStringList{u"q850_cause:34@1"_s};
    QTest::newRow("asterisk auth failure: nothing") << u"asterisk_auth_failure.txt"_s << QStringList{};
    QTest::newRow("freeswitch hangup") << u"freeswitch_hangup.txt"_s
        << QStringList{u"bare_code:486@3"_s, u"q850_cause:17@4"_s, u"q850_cause:17@5"_s};
    QTest::newRow("freeswitch channel variables") << u"freeswitch_channel_vars.txt"_s
        << QStringList{u"bare_code:486@1"_s, u"q850_cause:17@2"_s, u"bare_code:486@3"_s,
                       u"q850_cause:17@4"_s, u"q850_cause:17@5"_s};
    QTest::newRow("freeswitch siptrace") << u"freeswitch_siptrace.txt"_s
        << QStringList{u"status_line:603@3"_s, u"q850_reason:21@9"_s};
    QTest::newRow("kamailio syslog") << u"kamailio_syslog.txt"_s
        << QStringList{u"bare_code:408@2"_s, u"bare_code:477@4"_s, u"bare_code:503@5"_s};
    QTest::newRow("kamailio acc") << u"kamailio_acc.txt"_s
        << QStringList{u"bare_code:486@1"_s, u"bare_code:404@2"_s};
    QTest::newRow("kamailio xlog reply") << u"kamailio_xlog_reply.txt"_s
        << QStringList{u"bare_code:486@1"_s, u"bare_code:487@2"_s};
    QTest::newRow("opensips dialog") << u"opensips_dialog.txt"_s << QStringList{u"bare_code:487@1"_s};
    QTest::newRow("full 486 response, CRLF") << u"sip_response_busy.txt"_s
        << QStringList{u"status_line:486@1"_s, u"q850_reason:17@7"_s};
    QTest::newRow("full 503 response with Retry-After") << u"sip_response_503_retry.txt"_s
        << QStringList{u"status_line:503@1"_s, u"retry_after:120@7"_s, u"warning:399@8"_s,
                       u"sip_reason:503@9"_s};
    QTest::newRow("full 488 response, two warnings") << u"sip_response_488_warning.txt"_s
        << QStringList{u"status_line:488@1"_s, u"warning:305@7"_s, u"warning:370@7"_s};
    QTest::newRow("CANCEL with two reasons") << u"cancel_reason.txt"_s
        << QStringList{u"sip_reason:200@8"_s, u"q850_reason:16@8"_s};
    QTest::newRow("ngrep dump") << u"ngrep_480.txt"_s
        << QStringList{u"status_line:480@2"_s, u"q850_reason:19@4"_s};
    QTest::newRow("provider call log") << u"provider_call_log.txt"_s
        << QStringList{u"bare_code:486@1"_s, u"bare_code:503@2"_s, u"q850_cause:17@3"_s,
                       u"q850_cause:34@4"_s, u"status_line:503@5"_s};
    QTest::newRow("homer json") << u"homer_json.txt"_s << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("twilio json") << u"twilio_json.txt"_s << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("telnyx webhook") << u"telnyx_webhook.txt"_s << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("teams direct routing") << u"teams_direct_routing.txt"_s
        << QStringList{u"bare_code:480@1"_s};
    QTest::newRow("cisco isdn q931") << u"cisco_isdn_q931.txt"_s << QStringList{u"q850_cause:17@2"_s};
    QTest::newRow("cisco call history hex cause") << u"cisco_call_history.txt"_s
        << QStringList{u"q850_cause:17@1"_s};
    QTest::newRow("cisco cube ccsip") << u"cisco_cube_ccsip.txt"_s
        << QStringList{u"status_line:486@3"_s};
    QTest::newRow("yealink phone") << u"yealink_phone.txt"_s
        << QStringList{u"bare_code:403@1"_s, u"bare_code:408@2"_s};
    QTest::newRow("grandstream phone") << u"grandstream_phone.txt"_s
        << QStringList{u"bare_code:401@1"_s};
    QTest::newRow("3cx call log") << u"threecx_calllog.txt"_s
        << QStringList{u"bare_code:503@1"_s, u"bare_code:487@2"_s};
    QTest::newRow("numbers that are not codes") << u"false_positive_numbers.txt"_s << QStringList{};
    QTest::newRow("http log") << u"http_log.txt"_s << QStringList{};
    QTest::newRow("garbage") << u"garbage.txt"_s << QStringList{};
    QTest::newRow("binary") << u"binary.txt"_s << QStringList{};
    QTest::newRow("empty file") << u"empty.txt"_s << QStringList{};
}

void tst_Explainer::corpus()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QString text = readCorpus(file);
    QVERIFY2(!text.startsWith(u"<unreadable"_s), qPrintable(text));
    const QList<ExplainFinding> findings = Explainer::explain(text);
    QCOMPARE(briefs(findings), expected);
    for (const ExplainFinding &f : findings) {
        QCOMPARE(f.text, text.mid(f.offset, f.length));
        QVERIFY2(!f.title.isEmpty() && !f.explanation.isEmpty(), qPrintable(f.text));
    }
}

void tst_Explainer::snippets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("status line alone") << u"SIP/2.0 503 Service Unavailable"_s
        << QStringList{u"status_line:503@1"_s};
    QTest::newRow("lower-case version") << u"sip/2.0 404 not found"_s << QStringList{u"status_line:404@1"_s};
    QTest::newRow("Q.850 reason header") << u"Reason: Q.850;cause=17"_s << QStringList{u"q850_reason:17@1"_s};
    QTest::newRow("SIP reason with text") << u"Reason: SIP;cause=480;text=\"Temporarily Unavailable\""_s
        << QStringList{u"sip_reason:480@1"_s};
    QTest::newRow("reason with spaces around ;") << u"Reason: Q.850 ; cause = 41"_s
        << QStringList{u"q850_reason:41@1"_s};
    QTest::newRow("reason value without header name") << u"bye received, reason=Q.850;cause=31"_s
        << QStringList{u"q850_reason:31@1"_s};
    QTest::newRow("warning header") << u"Warning: 399 gw1.example.net \"Number blocked\""_s
        << QStringList{u"warning:399@1"_s};
    QTest::newRow("retry-after") << u"Retry-After: 120"_s << QStringList{u"retry_after:120@1"_s};
    QTest::newRow("call failed with phrase") << u"Call failed: 486 Busy Here"_s
        << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("phrase then code in brackets") << u"Call failed: Busy Here (486)"_s
        << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("hangup cause token with number") << u"hangup cause USER_BUSY (17)"_s
        << QStringList{u"q850_cause:17@1"_s};
    QTest::newRow("disconnect cause") << u"disconnect cause 34"_s << QStringList{u"q850_cause:34@1"_s};
    QTest::newRow("Q.850 cause words") << u"ISUP release with Q.850 cause 16"_s
        << QStringList{u"q850_cause:16@1"_s};
    QTest::newRow("asterisk cause constant") << u"ast_hangup: cause AST_CAUSE_CONGESTION"_s
        << QStringList{u"q850_cause:34@1"_s};
    QTest::newRow("freeswitch enum name") << u"switch_channel_hangup(SWITCH_CAUSE_NO_ANSWER)"_s
        << QStringList{u"q850_cause:19@1"_s};
    QTest::newRow("code=") << u"code=404"_s << QStringList{u"bare_code:404@1"_s};
    QTest::newRow("status:") << u"status: 200 OK"_s << QStringList{u"bare_code:200@1"_s};
    QTest::newRow("sip term status") << u"sip_term_status=487"_s << QStringList{u"bare_code:487@1"_s};
    QTest::newRow("unregistered code in context") << u"final response code 450"_s
        << QStringList{u"bare_code:450@1"_s};
    QTest::newRow("non-standard phrase") << u"got 409 Conflict from the registrar"_s
        << QStringList{u"bare_code:409@1"_s};
    QTest::newRow("variant phrase") << u"upstream said 500 Internal Server Error"_s
        << QStringList{u"bare_code:500@1"_s};
    QTest::newRow("cause in quotes") << u"hangup_cause='41'"_s << QStringList{u"q850_cause:41@1"_s};
    QTest::newRow("sentence ends after cause") << u"The call ended with disconnect cause 34."_s
        << QStringList{u"q850_cause:34@1"_s};
    QTest::newRow("cause over 127 with phrase is a code") << u"Cause: 503 Service Unavailable"_s
        << QStringList{u"bare_code:503@1"_s};
    QTest::newRow("two findings on two lines")
        << u"SIP/2.0 480 Temporarily Unavailable\nRetry-After: 300;duration=1800"_s
        << QStringList{u"status_line:480@1"_s, u"retry_after:300@2"_s};
    QTest::newRow("freeswitch entering state") << u"Channel sofia/external/1000@192.0.2.7 entering state [completed][480]"_s
        << QStringList{u"bare_code:480@1"_s};
    QTest::newRow("freeswitch state without a status") << u"entering state [calling][0]"_s << QStringList{};
    QTest::newRow("teams sub-code alone") << u"CallEndSubReason 560488"_s << QStringList{u"bare_code:488@1"_s};
    QTest::newRow("teams sub-code beside its code") << u"Final SIP code: 403; Final Microsoft subcode: 560403"_s
        << QStringList{u"bare_code:403@1"_s};
    QTest::newRow("six digits not a teams code") << u"order 560999 shipped, ticket 510486"_s << QStringList{};
    QTest::newRow("zoom code on a zoom line") << u"Zoom Phone: Call failed (code: 10486)"_s
        << QStringList{u"bare_code:486@1"_s};
    QTest::newRow("zoom-like number elsewhere") << u"Call failed (code: 10486)"_s << QStringList{};
    QTest::newRow("one cause twice on a line") << u"hangup USER_BUSY hangup_cause_q850=17"_s
        << QStringList{u"q850_cause:17@1"_s};
    QTest::newRow("one cause on two lines") << u"USER_BUSY\nhangup_cause_q850=17"_s
        << QStringList{u"q850_cause:17@1"_s, u"q850_cause:17@2"_s};
    QTest::newRow("mac line ends are one line") << u"SIP/2.0 486 Busy Here\rReason: Q.850;cause=17"_s
        << QStringList{u"status_line:486@1"_s, u"q850_reason:17@1"_s};
}

void tst_Explainer::snippets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(briefs(Explainer::explain(text)), expected);
}

void tst_Explainer::vendorCodeNotes()
{
    const QList<ExplainFinding> teams = Explainer::explain(u"Final SIP code: 480; Final Microsoft subcode: 560480"_s);
    QCOMPARE(teams.size(), 1);
    QVERIFY(teams.constFirst().vendorCode);
    QCOMPARE(teams.constFirst().vendorCode->number, 560480);
    QVERIFY(teams.constFirst().notes.join(u' ').contains(u"Microsoft Teams Direct Routing sub-code 560480"_s));
    const QList<ExplainFinding> alone = Explainer::explain(u"subcode 560488"_s);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.constFirst().code, 488);
    QVERIFY(alone.constFirst().notes.join(u' ').contains(u"SBC"_s));
}

void tst_Explainer::noFalsePositives_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("timestamp") << u"12:48:60"_s;
    QTest::newRow("timestamp with fraction") << u"2024-03-12 12:48:59.486"_s;
    QTest::newRow("ip address") << u"192.0.2.180"_s;
    QTest::newRow("ip address before a phrase") << u"from 192.0.2.180 Ringing"_s;
    QTest::newRow("port") << u"listening on :5060"_s;
    QTest::newRow("host and port") << u"sip:192.0.2.180:5060"_s;
    QTest::newRow("year") << u"2024"_s;
    QTest::newRow("year after status") << u"status 2024"_s;
    QTest::newRow("bare number") << u"486"_s;
    QTest::newRow("number with other phrase") << u"486 Not Found"_s;
    QTest::newRow("number glued to phrase") << u"486Busy Here"_s;
    QTest::newRow("sip uri with numeric user") << u"sip:486@example.com"_s;
    QTest::newRow("version number") << u"status 4.86.503"_s;
    QTest::newRow("code out of range") << u"code 700"_s;
    QTest::newRow("cause out of range") << u"cause=480"_s;
    QTest::newRow("cause zero") << u"hangup cause 0"_s;
    QTest::newRow("because is not cause") << u"because 17 users called"_s;
    QTest::newRow("log level WARNING") << u"WARNING: 300 retries left"_s;
    QTest::newRow("warning without agent") << u"Warning: 399 \"text\""_s;
    QTest::newRow("reason without cause") << u"Reason: SIP;text=\"none\""_s;
    QTest::newRow("reason of another protocol") << u"Reason: preemption;cause=1"_s;
    QTest::newRow("via is not a status line") << u"Via: SIP/2.0/UDP 192.0.2.1:5060"_s;
    QTest::newRow("request line") << u"INVITE sip:486@example.com SIP/2.0"_s;
    QTest::newRow("http status line") << u"HTTP/1.1 404 Not Found"_s;
    QTest::newRow("lower-case token") << u"hangup: user_busy"_s;
    QTest::newRow("bare asterisk alias") << u"the line is BUSY"_s;
    QTest::newRow("retry-after without number") << u"Retry-After: later"_s;
    QTest::newRow("negative error code") << u"E_SEND=-477"_s;
    QTest::newRow("nul bytes") << QString(QChar(0)) + u"SIP/2.0"_s + QString(QChar(0));
}

void tst_Explainer::noFalsePositives()
{
    QFETCH(QString, text);
    QCOMPARE(briefs(Explainer::explain(text)), QStringList{});
}

void tst_Explainer::matchedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<int>("offset");

    QTest::newRow("phrase after code") << u"Call failed: 486 Busy Here"_s << u"486 Busy Here"_s << 13;
    QTest::newRow("phrase before code") << u"Call failed: Service Unavailable (503)"_s
        << u"Service Unavailable (503)"_s << 13;
    QTest::newRow("keyword with quoted phrase") << u"Got SIP response 486 \"Busy Here\" back"_s
        << u"SIP response 486 \"Busy Here\""_s << 4;
    QTest::newRow("status line stops at quote") << u"sent \"SIP/2.0 200 OK\" to 192.0.2.1"_s
        << u"SIP/2.0 200 OK"_s << 6;
    QTest::newRow("status line with own phrase") << u"SIP/2.0 486 User Busy   (from gw)"_s
        << u"SIP/2.0 486 User Busy"_s << 0;
    QTest::newRow("reason header whole") << u"x Reason: Q.850;cause=16;text=\"Normal\", y"_s
        << u"Reason: Q.850;cause=16;text=\"Normal\""_s << 2;
    QTest::newRow("retry-after with params") << u"Retry-After: 18000;duration=3600 more"_s
        << u"Retry-After: 18000;duration=3600"_s << 0;
    QTest::newRow("token with number") << u"cause USER_BUSY (17) now"_s << u"USER_BUSY (17)"_s << 6;
    QTest::newRow("token with other number") << u"USER_BUSY (16)"_s << u"USER_BUSY"_s << 0;
    QTest::newRow("bracketed value") << u"variable_sip_term_status: [486]"_s
        << u"sip_term_status: [486]"_s << 9;
    QTest::newRow("cisco hex") << u"  Cause i = 0x8290 - Normal call clearing"_s
        << u"Cause i = 0x8290"_s << 2;
}

void tst_Explainer::matchedText()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(int, offset);
    const QList<ExplainFinding> findings = Explainer::explain(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().text, matched);
    QCOMPARE(findings.first().offset, qsizetype(offset));
    QCOMPARE(findings.first().length, matched.size());
}

void tst_Explainer::statusLineExplainedByCatalog()
{
    const auto catalog = ResponseCodeCatalog::instance().find(486);
    QVERIFY(catalog);
    const QList<ExplainFinding> findings = Explainer::explain(u"SIP/2.0 486 Busy Here"_s);
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QCOMPARE(f.kind, ExplainKind::StatusLine);
    QCOMPARE(f.code, 486);
    QCOMPARE(f.phrase, u"Busy Here"_s);
    QCOMPARE(f.phraseMatch, PhraseMatch::Registered);
    QVERIFY(f.response);
    QCOMPARE(f.response->code, 486);
    QCOMPARE(f.response->reason, catalog->reason);
    QCOMPARE(f.response->kind, CodeKind::Registered);
    QCOMPARE(f.title, u"486 "_s + catalog->reason);
    QCOMPARE(f.explanation, catalog->summary);
    QVERIFY(f.notes.isEmpty());
    // The Q.850 side of 486 (RFC 3398 §8.2.6.1) travels with the catalog entry.
    QCOMPARE(f.response->q850Out.size(), 1);
    QCOMPARE(f.response->q850Out.first().cause, 17);
}

void tst_Explainer::phraseMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PhraseMatch>("match");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("hasNote");

    QTest::newRow("registered") << u"SIP/2.0 603 Decline"_s << PhraseMatch::Registered << u"Decline"_s << false;
    QTest::newRow("registered, other case") << u"SIP/2.0 486 BUSY HERE"_s << PhraseMatch::Registered
        << u"BUSY HERE"_s << false;
    QTest::newRow("variant") << u"SIP/2.0 500 Internal Server Error"_s << PhraseMatch::Variant
        << u"Internal Server Error"_s << true;
    QTest::newRow("variant, declined") << u"SIP/2.0 603 Declined"_s << PhraseMatch::Variant
        << u"Declined"_s << true;
    QTest::newRow("different") << u"SIP/2.0 486 User Busy"_s << PhraseMatch::Different << u"User Busy"_s << true;
    QTest::newRow("none") << u"SIP/2.0 486"_s << PhraseMatch::None << QString() << false;
}

void tst_Explainer::phraseMatch()
{
    QFETCH(QString, text);
    QFETCH(PhraseMatch, match);
    QFETCH(QString, phrase);
    QFETCH(bool, hasNote);
    const QList<ExplainFinding> findings = Explainer::explain(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().phraseMatch, match);
    QCOMPARE(findings.first().phrase, phrase);
    QCOMPARE(!findings.first().notes.isEmpty(), hasNote);
}

void tst_Explainer::classFallback()
{
    const QList<ExplainFinding> findings = Explainer::explain(u"SIP/2.0 452 Whatever Happened"_s);
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QVERIFY(f.response);
    QCOMPARE(f.response->kind, CodeKind::ClassFallback);
    QCOMPARE(f.response->treatedAs, 400);
    QCOMPARE(f.explanation, ResponseCodeCatalog::instance().classInfo(4).summary);
    QCOMPARE(f.title, u"452 Whatever Happened"_s);
    QVERIFY(f.notes.join(u' ').contains(u"400"_s));
}

void tst_Explainer::invalidCodeInReason()
{
    // A Reason header is recognised by its shape even when the cause is nonsense; the
    // explanation then says so instead of inventing a meaning.
    const QList<ExplainFinding> findings = Explainer::explain(u"Reason: SIP;cause=42"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, 42);
    QVERIFY(!findings.first().response);
    QVERIFY(!findings.first().explanation.isEmpty());
}

void tst_Explainer::q850FollowsRfc3398_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QList<int>>("codes");

    // The reference table RFC 3398 §7.2.4.1, not a copy of the program's table.
    QFile file(QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/q850-sip-mapping.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QMap<int, QList<int>> table;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const int cause = line.section(u',', 0, 0).toInt();
        bool ok = false;
        const int code = line.section(u',', -1).trimmed().toInt(&ok);
        table[cause];
        if (ok)
            table[cause].append(code);
    }
    QVERIFY(table.size() > 30);
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        QTest::addRow("cause %d", it.key()) << it.key() << it.value();
}

void tst_Explainer::q850FollowsRfc3398()
{
    QFETCH(int, cause);
    QFETCH(QList<int>, codes);
    const QList<ExplainFinding> findings = Explainer::explain(u"Reason: Q.850;cause=%1"_s.arg(cause));
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QCOMPARE(f.kind, ExplainKind::Q850Reason);
    QCOMPARE(f.cause, cause);
    QCOMPARE(f.mappedCodes, codes);
    QVERIFY(!f.causeName.isEmpty());
    QVERIFY(f.title.contains(f.causeName));
    QCOMPARE(f.response.has_value(), !codes.isEmpty());
    if (f.response)
        QCOMPARE(f.response->code, codes.first());
    // Cause 22's second row is a note; so is cause 21's user-location rule.
    QCOMPARE(f.notes.size(), (codes.size() > 1 ? codes.size() - 1 : 0) + (cause == 21 ? 1 : 0));
}

void tst_Explainer::q850TokenWithoutCatalogName()
{
    // Cause 44 has no RFC 3398 mapping and no catalog name: the title falls back to the
    // name as written, and nothing is invented.
    const QList<ExplainFinding> findings = Explainer::explain(u"[REQUESTED_CHAN_UNAVAIL]"_s);
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QCOMPARE(f.cause, 44);
    QCOMPARE(f.causeToken, u"REQUESTED_CHAN_UNAVAIL"_s);
    QVERIFY(f.causeName.isEmpty());
    QVERIFY(f.mappedCodes.isEmpty());
    QVERIFY(!f.response);
    QVERIFY(f.title.contains(u"REQUESTED_CHAN_UNAVAIL"_s));
}

void tst_Explainer::warningExplained_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("registered");

    for (const WarningCode &w : WarningCodes::all())
        QTest::addRow("warn-code %d", w.code) << w.code << true;
    QTest::newRow("unregistered 3xx") << 350 << false;
    QTest::newRow("not a SIP warn-code") << 199 << false;
}

void tst_Explainer::warningExplained()
{
    QFETCH(int, code);
    QFETCH(bool, registered);
    const QString text = u"Warning: %1 [2001:db8::1]:5060 \"say \\\"why\\\"\""_s.arg(code);
    const QList<ExplainFinding> findings = Explainer::explain(text);
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QCOMPARE(f.kind, ExplainKind::Warning);
    QCOMPARE(f.code, code);
    QCOMPARE(f.warnAgent, u"[2001:db8::1]:5060"_s);
    QCOMPARE(f.phrase, u"say \"why\""_s);
    QCOMPARE(f.warning.has_value(), registered);
    if (registered)
        QCOMPARE(f.explanation, WarningCodes::find(code)->explanation);
    QVERIFY(!f.explanation.isEmpty());
}

void tst_Explainer::retryAfter()
{
    const QList<ExplainFinding> findings =
        Explainer::explain(u"Retry-After: 5400 (system maintenance);duration=1800"_s);
    QCOMPARE(findings.size(), 1);
    const ExplainFinding &f = findings.first();
    QCOMPARE(f.retryAfterSeconds, qint64(5400));
    QCOMPARE(f.retryDuration, qint64(1800));
    QCOMPARE(f.retryComment, u"system maintenance"_s);
    QVERIFY(f.title.contains(Explainer::formatDuration(5400)));
    QVERIFY(f.explanation.contains(u"5400"_s));
    QCOMPARE(f.notes.size(), 2);
}

void tst_Explainer::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("seconds") << qint64(45) << u"45 s"_s;
    QTest::newRow("minutes") << qint64(120) << u"2 min"_s;
    QTest::newRow("minutes and seconds") << qint64(90) << u"1 min 30 s"_s;
    QTest::newRow("hour") << qint64(3600) << u"1 h"_s;
    QTest::newRow("hours and minutes") << qint64(5400) << u"1 h 30 min"_s;
    QTest::newRow("hours drop seconds") << qint64(3661) << u"1 h 1 min"_s;
    QTest::newRow("days and hours") << qint64(2 * 86400 + 3 * 3600 + 59) << u"2 d 3 h"_s;
    QTest::newRow("days and minutes") << qint64(86400 + 120) << u"1 d 2 min"_s;
    QTest::newRow("absurdly long") << qint64(999999999999) << u"999999999999 s"_s;
    QTest::newRow("negative") << qint64(-1) << QString();
}

void tst_Explainer::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(Explainer::formatDuration(seconds), expected);
}

void tst_Explainer::lineAndColumn()
{
    const QString text = u"first line\r\n  second: SIP/2.0 404 Not Found\r\n\r\nx Reason: Q.850;cause=1"_s;
    const QList<ExplainFinding> findings = Explainer::explain(text);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).line, 2);
    QCOMPARE(findings.at(0).column, 11);
    QCOMPARE(findings.at(1).line, 4);
    QCOMPARE(findings.at(1).column, 3);
}

void tst_Explainer::emptyInput()
{
    QVERIFY(Explainer::explain(QString()).isEmpty());
    QVERIFY(Explainer::explain(u""_s).isEmpty());
    QVERIFY(Explainer::explain(u"\n\n\r\n   \t"_s).isEmpty());
}

void tst_Explainer::randomMegabyte()
{
    // Random bytes, decoded as the CLI decodes a file, plus a random mix of the
    // characters the rules look for: it must finish quickly and never crash.
    QRandomGenerator rng(20240312);
    QByteArray bytes(1024 * 1024, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    const QString binary = QString::fromUtf8(bytes);

    const QString alphabet = u"0123456789 SIPsip/2.0;:=\"'()[]_-,QReasonWarningcauseRetry-After\n"_s;
    QString dense(1024 * 1024, Qt::Uninitialized);
    for (QChar &c : dense)
        c = alphabet.at(rng.bounded(int(alphabet.size())));

    for (const QString &text : {binary, dense}) {
        // Its speed is measured by the benchmarks, not here: ctest's timeout is the
        // bound for a runaway scan.
        const QList<ExplainFinding> findings = Explainer::explain(text);
        for (const ExplainFinding &f : findings)
            QCOMPARE(f.text, text.mid(f.offset, f.length));
    }
}

void tst_Explainer::activeLanguage()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<ExplainFinding> findings =
        Explainer::explain(u"Reason: Q.850;cause=17\nRetry-After: 60"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(findings.size(), 2);
    QVERIFY2(findings.at(0).title.startsWith(u"[xx] "_s), qPrintable(findings.at(0).title));
    QVERIFY2(findings.at(0).causeName.startsWith(u"[xx] "_s), qPrintable(findings.at(0).causeName));
    QVERIFY2(findings.at(0).explanation.startsWith(u"[xx] "_s), qPrintable(findings.at(0).explanation));
    QVERIFY2(findings.at(1).title.startsWith(u"[xx] "_s), qPrintable(findings.at(1).title));
    QCOMPARE(explainKindLabel(ExplainKind::Warning), u"Warning header"_s);
}

QTEST_GUILESS_MAIN(tst_Explainer)
#include "tst_explainer.moc"
