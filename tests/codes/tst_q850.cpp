// What the RFC 3398 tables alone do not say (Q850::causeNote, Q850::responseNote): the rows
// below are RFC 3398's own rules, §7.2.4.1 for causes and §8.2.6.1 for responses, not
// copies of the program's table. The explainer (GUI) must show the same text as the CLI.
#include "codes/explainer.h"
#include "codes/q850.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestQ850 final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void causeNote_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QStringList>("mentions"); // empty: the row says it all
        // §7.2.4.1: cause 16 has no response code, the call ends with BYE or CANCEL.
        QTest::newRow("16 normal clearing") << 16 << QStringList{u"BYE"_s, u"CANCEL"_s};
        // §7.2.4.1 (+): cause 21 with location "user" may give 603 rather than 403.
        QTest::newRow("21 from the user") << 21 << QStringList{u"603"_s, u"403"_s};
        // §7.2.4.1: every cause not in the table SHOULD become 500.
        QTest::newRow("25 named, not mapped") << 25 << QStringList{u"500"_s, u"§7.2.4.1"_s};
        QTest::newRow("63 named, not mapped") << 63 << QStringList{u"500"_s, u"§7.2.4.1"_s};
        QTest::newRow("44 not named") << 44 << QStringList{u"500"_s, u"§7.2.4.1"_s};
        QTest::newRow("99 not named") << 99 << QStringList{u"500"_s};
        QTest::newRow("17 mapped to 486") << 17 << QStringList{};
        QTest::newRow("22 two rows") << 22 << QStringList{};
        QTest::newRow("127 mapped to 500") << 127 << QStringList{};
    }
    void causeNote()
    {
        QFETCH(int, cause);
        QFETCH(QStringList, mentions);
        const QString note = Q850::causeNote(cause);
        QCOMPARE(note.isEmpty(), mentions.isEmpty());
        for (const QString &word : mentions)
            QVERIFY2(note.contains(word), qPrintable(note));
        // Only cause 16 ends with BYE or CANCEL (the old text said so for every unmapped cause).
        QCOMPARE(note.contains(u"BYE"_s), cause == 16);
    }

    // §7.2.4.1 read from the cause's side: the responses in the RFC's table (not the
    // program's), 500 for a cause it does not list, none for 16 or outside 1..127.
    void causeResponses_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QString>("mapping"); // what causeMapping must contain; empty: no sentence
        QTest::newRow("17") << 17 << QList<int>{486} << u"486"_s;
        QTest::newRow("1") << 1 << QList<int>{404} << u"404"_s;
        QTest::newRow("29") << 29 << QList<int>{501} << u"501"_s;
        QTest::newRow("22 two rows") << 22 << QList<int>{410, 301} << u"410 (without diagnostic) or 301 (with diagnostic)"_s;
        QTest::newRow("16 BYE or CANCEL") << 16 << QList<int>{} << QString();
        QTest::newRow("25 unlisted") << 25 << QList<int>{500} << QString();
        QTest::newRow("99 unlisted") << 99 << QList<int>{500} << QString();
        QTest::newRow("0 not a cause") << 0 << QList<int>{} << QString();
        QTest::newRow("128 not a cause") << 128 << QList<int>{} << QString();
    }
    void causeResponses()
    {
        QFETCH(int, cause);
        QFETCH(QList<int>, codes);
        QFETCH(QString, mapping);
        QCOMPARE(Q850::causeResponses(cause), codes);
        const QString sentence = Q850::causeMapping(cause);
        QCOMPARE(sentence.isEmpty(), mapping.isEmpty());
        QVERIFY2(sentence.contains(mapping), qPrintable(sentence));
        if (!sentence.isEmpty())
            QVERIFY(sentence.contains(u"§7.2.4.1"_s));
    }

    void responseNote_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("mentions");
        // (*) on 401/407: authenticate first, cause 21 only if that is impossible.
        QTest::newRow("401 authenticate") << 401 << QStringList{u"authenticate"_s, u"21"_s};
        QTest::newRow("407 authenticate") << 407 << QStringList{u"authenticate"_s, u"21"_s};
        // (+): remedy the protocol error and retry first.
        for (const int code : {406, 413, 414, 415, 416, 420, 421, 423, 484, 505, 513})
            QTest::addRow("%d remedy first", code) << code << QStringList{u"remedy"_s, u"retry"_s};
        // 488/606: 65 when the Warning concerns bearer capability, else 31.
        QTest::newRow("488 Warning") << 488 << QStringList{u"Warning"_s, u"65"_s, u"31"_s};
        QTest::newRow("606 Warning") << 606 << QStringList{u"Warning"_s, u"65"_s, u"31"_s};
        // Codes not in the table (later extensions among them) become cause 31.
        for (const int code : {422, 428, 489, 580, 607, 608})
            QTest::addRow("%d unlisted", code) << code << QStringList{u"31"_s, u"§8.2.6.1"_s};
        QTest::newRow("486 plain row") << 486 << QStringList{};
        QTest::newRow("404 plain row") << 404 << QStringList{};
        QTest::newRow("487 no cause at all") << 487 << QStringList{};
        QTest::newRow("180 not a failure") << 180 << QStringList{};
        QTest::newRow("302 not a failure") << 302 << QStringList{};
    }
    void responseNote()
    {
        QFETCH(int, code);
        QFETCH(QStringList, mentions);
        const QString note = Q850::responseNote(code);
        QCOMPARE(note.isEmpty(), mentions.isEmpty());
        for (const QString &word : mentions)
            QVERIFY2(note.contains(word), qPrintable(note));
    }

    // §8.2.6.1: cause location "user" for 6xx, "network" for 4xx and 5xx; none without a cause.
    void responseLocation_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("location");
        QTest::newRow("486 network") << 486 << u"network"_s;
        QTest::newRow("503 network") << 503 << u"network"_s;
        QTest::newRow("600 user") << 600 << u"user"_s;
        QTest::newRow("603 user") << 603 << u"user"_s;
        QTest::newRow("487 no cause") << 487 << QString();
        QTest::newRow("606 from the Warning") << 606 << QString();
        QTest::newRow("607 unlisted") << 607 << QString();
    }
    void responseLocation()
    {
        QFETCH(int, code);
        QFETCH(QString, location);
        const QString note = Q850::responseLocation(code);
        QCOMPARE(note.isEmpty(), location.isEmpty());
        if (!location.isEmpty())
            QVERIFY2(note.contains(u'"' + location + u'"'), qPrintable(note));
    }

    // The GUI's explainer shows the same sentence the CLI prints (one text in core).
    void explainerShowsTheNote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cause");
        QTest::newRow("Reason header, cause 25") << u"Reason: Q.850;cause=25"_s << 25;
        QTest::newRow("Reason header, cause 63") << u"Reason: Q.850;cause=63"_s << 63;
        QTest::newRow("unnamed cause token") << u"[REQUESTED_CHAN_UNAVAIL]"_s << 44;
    }
    void explainerShowsTheNote()
    {
        QFETCH(QString, text);
        QFETCH(int, cause);
        const QList<ExplainFinding> findings = Explainer::explain(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().cause, cause);
        QCOMPARE(findings.first().explanation, Q850::causeNote(cause));
    }
    void explainerNotesCause21()
    {
        const QList<ExplainFinding> findings = Explainer::explain(u"Reason: Q.850;cause=21"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().notes.contains(Q850::causeNote(21)));
    }
};

QTEST_GUILESS_MAIN(TestQ850)
#include "tst_q850.moc"
