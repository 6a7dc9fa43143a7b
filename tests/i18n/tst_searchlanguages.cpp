// Search in the active language and in English (issue #6): a German help-desk person
// finds 486 with "besetzt" and with "busy", a French one with "occupé", a Spanish one
// with "ocupado", against the real embedded translations.
#include "codes/codesearch.h"
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
private slots:
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
