// Search in the active language and in English, never in a third one: a German help-desk
// person finds 486 with "besetzt" and with "busy", a French one with "occupé", a Spanish
// one with "ocupado", against the real embedded translations; "besetzt" finds nothing of
// the kind while English or French is active.
#include "codes/codesearch.h"
#include "codes/explainer.h"
#include "i18n/translations.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<int> topCodes(const CodeSearch &search, const QString &query, int count)
{
    QList<int> codes;
    const QList<SearchHit> hits = search.search(query, SearchOptions{true, 0, count});
    for (const SearchHit &hit : hits)
        codes.append(hit.code);
    return codes;
}

} // namespace

class TestSearchLanguages final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsBusy_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::newRow("de besetzt") << u"de"_s << u"besetzt"_s;
        QTest::newRow("de Besetzt capitalised") << u"de"_s << u"Besetzt"_s;
        QTest::newRow("de busy in English") << u"de"_s << u"busy"_s;
        QTest::newRow("fr occupé") << u"fr"_s << u"occupé"_s;
        QTest::newRow("fr occupe without accent") << u"fr"_s << u"occupe"_s;
        QTest::newRow("fr busy in English") << u"fr"_s << u"busy"_s;
        QTest::newRow("es ocupado") << u"es"_s << u"ocupado"_s;
        QTest::newRow("es busy in English") << u"es"_s << u"busy"_s;
        QTest::newRow("en busy") << u"en"_s << u"busy"_s;
    }
    void findsBusy()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        // The index is built from the catalog in the language active now.
        const CodeSearch search;
        const QList<int> top = topCodes(search, query, 3);
        QVERIFY2(top.contains(486), qPrintable(u"top 3 for “%1”: %2"_s.arg(query, QDebug::toString(top))));
    }

    // The other direction: a word of the active language only, gone once English is
    // active again; proves the hits above came from the translation.
    void foreignWordNeedsItsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::newRow("besetzt") << u"de"_s << u"besetzt"_s;
        QTest::newRow("occupé") << u"fr"_s << u"occupé"_s;
        QTest::newRow("ocupado") << u"es"_s << u"ocupado"_s;
    }
    // Sentences of each language, with its function words and negations, answered
    // while that language is active.
    void sentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<int>("within");
        QTest::newRow("de sentence") << u"de"_s << u"der Teilnehmer ist besetzt"_s << QList<int>{486} << 1;
        QTest::newRow("de negation") << u"de"_s << u"nicht gefunden"_s << QList<int>{404} << 1;
        QTest::newRow("fr sentence") << u"fr"_s << u"le numéro n'existe pas"_s << QList<int>{404, 604} << 2;
        QTest::newRow("fr negation apart") << u"fr"_s << u"n'existe pas"_s << QList<int>{404} << 3;
        QTest::newRow("es sentence") << u"es"_s << u"el número no existe"_s << QList<int>{404, 604} << 2;
        QTest::newRow("es negation") << u"es"_s << u"no encontrado"_s << QList<int>{404} << 3;
    }
    void sentences()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        QFETCH(int, within);
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        const CodeSearch search;
        const QList<int> top = topCodes(search, query, within);
        for (const int code : expected)
            QVERIFY2(top.contains(code), qPrintable(u"top %1 for “%2”: %3"_s.arg(within).arg(query, QDebug::toString(top))));
    }

    // A word of one language finds nothing while another one (not English) is active:
    // neither the other language's vocabulary nor its synonyms are searched.
    void thirdLanguageIsNotSearched_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::newRow("besetzt in French") << u"fr"_s << u"besetzt"_s;
        QTest::newRow("ocupado in German") << u"de"_s << u"ocupado"_s;
        QTest::newRow("belegt in French") << u"fr"_s << u"belegt"_s;
        QTest::newRow("comunicando in German") << u"de"_s << u"comunicando"_s;
        QTest::newRow("besetzt in Spanish") << u"es"_s << u"besetzt"_s;
    }
    void thirdLanguageIsNotSearched()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        const CodeSearch search;
        const QList<int> top = topCodes(search, query, 3);
        QVERIFY2(!top.contains(486), qPrintable(QDebug::toString(top)));
    }

    // What a query was recognised as is told in the active language.
    void recognitionNotesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("noteContains");
        QTest::newRow("de cause") << u"de"_s << u"cause 17"_s << u"Q.850-Cause 17"_s;
        QTest::newRow("fr cause") << u"fr"_s << u"cause 17"_s << u"Cause Q.850 17"_s;
        QTest::newRow("es cause") << u"es"_s << u"causa 17"_s << u"Causa Q.850 17"_s;
        QTest::newRow("de Teams") << u"de"_s << u"560486"_s << u"Ziffern"_s;
        QTest::newRow("fr Zoom") << u"fr"_s << u"Zoom: Call failed (code: 10488)"_s << u"chiffres"_s;
        QTest::newRow("es warning") << u"es"_s << u"warning 377"_s << u"no es un warn-code"_s;
    }
    void recognitionNotesAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, noteContains);
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        const SearchResult result = CodeSearch().find(query);
        QCOMPARE(result.recognitions.size(), 1);
        const QString note = result.recognitions.constFirst().note;
        QVERIFY2(note.contains(noteContains), qPrintable(note));
    }

    // Explain's texts, which share the recognisers, are told in the active language too.
    void explainTextsAreTranslated()
    {
        Translations translations;
        QVERIFY(translations.setLanguage(u"de"_s));
        const QList<ExplainFinding> findings = Explainer::explain(u"SIP/2.0 499 Weird"_s);
        QVERIFY(!findings.isEmpty());
        const QString notes = findings.constFirst().notes.join(u' ');
        QVERIFY2(notes.contains(u"steht nicht in der IANA-Registry"_s),
                 qPrintable(notes));
        QVERIFY2(!notes.contains(u"is not in the IANA registry"_s), qPrintable(notes));
    }

    void foreignWordNeedsItsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        Translations translations;
        QVERIFY(translations.setLanguage(u"en"_s));
        CodeSearch search;
        QVERIFY(!topCodes(search, query, 3).contains(486));
        QVERIFY(translations.setLanguage(language));
        search.rebuild();
        QVERIFY(topCodes(search, query, 3).contains(486));
    }
};

QTEST_GUILESS_MAIN(TestSearchLanguages)
#include "tst_searchlanguages.moc"
