// TextNormalizer: folding, stemming, filler words and the bounded edit distance the
// search is built on.
#include "codes/textnormalizer.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestTextNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void stem_data();
    void stem();
    void stopwords();
    void allowedTypos();
    void editDistance_data();
    void editDistance();
};

void TestTextNormalizer::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << u"Busy Here"_s << u"busy here"_s;
    QTest::newRow("accents") << u"Ça n'a pas marché"_s << u"ca n a pas marche"_s;
    QTest::newRow("french elision splits") << u"l’appel qu'il n'existe"_s << u"l appel qu il n existe"_s;
    QTest::newRow("umlauts") << u"Überlastet"_s << u"uberlastet"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("apostrophe joins") << u"doesn't"_s << u"doesnt"_s;
    QTest::newRow("typographic apostrophe") << u"doesn’t"_s << u"doesnt"_s;
    QTest::newRow("punctuation splits") << u"Call/Transaction Does-Not (Exist)!"_s << u"call transaction does not exist"_s;
    QTest::newRow("spaces collapse") << u"  a \t b\n"_s << u"a b"_s;
    QTest::newRow("digits kept") << u"RFC 3261 §21.4.24"_s << u"rfc 3261 21 4 24"_s;
    QTest::newRow("compatibility form") << u"ﬁle"_s << u"file"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u"?!-"_s << QString();
}

void TestTextNormalizer::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(text), expected);
    QCOMPARE(TextNormalizer::words(text), expected.split(u' ', Qt::SkipEmptyParts));
}

void TestTextNormalizer::stem_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plural") << u"answers"_s << u"answer"_s;
    QTest::newRow("past") << u"answered"_s << u"answer"_s;
    QTest::newRow("gerund") << u"blocking"_s << u"block"_s;
    QTest::newRow("doubled consonant") << u"stopped"_s << u"stop"_s;
    QTest::newRow("double l kept") << u"called"_s << u"call"_s;
    QTest::newRow("e dropped to meet -ed") << u"decline"_s << u"declin"_s;
    QTest::newRow("-ed meets -e") << u"declined"_s << u"declin"_s;
    QTest::newRow("-ies") << u"policies"_s << u"policy"_s;
    QTest::newRow("-sses") << u"addresses"_s << u"address"_s;
    QTest::newRow("-ss kept") << u"address"_s << u"address"_s;
    QTest::newRow("-us kept") << u"status"_s << u"status"_s;
    QTest::newRow("short word kept") << u"busy"_s << u"busy"_s;
    QTest::newRow("note is not not") << u"notes"_s << u"note"_s;
    QTest::newRow("ring kept") << u"ring"_s << u"ring"_s;
    QTest::newRow("digits kept") << u"codes2"_s << u"codes2"_s;
}

void TestTextNormalizer::stem()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(TextNormalizer::stem(word), stem);
}

void TestTextNormalizer::stopwords()
{
    QVERIFY(TextNormalizer::isStopword(u"the"_s));
    QVERIFY(TextNormalizer::isStopword(u"does"_s));
    QVERIFY(TextNormalizer::isStopword(u"der"_s));
    // Words that tell codes apart are kept.
    QVERIFY(!TextNormalizer::isStopword(u"not"_s));
    QVERIFY(!TextNormalizer::isStopword(u"no"_s));
    QVERIFY(!TextNormalizer::isStopword(u"here"_s));
    QVERIFY(!TextNormalizer::isStopword(u"busy"_s));
}

void TestTextNormalizer::allowedTypos()
{
    QCOMPARE(TextNormalizer::allowedTypos(3), 0);
    QCOMPARE(TextNormalizer::allowedTypos(4), 1);
    QCOMPARE(TextNormalizer::allowedTypos(5), 1);
    QCOMPARE(TextNormalizer::allowedTypos(7), 1);
    QCOMPARE(TextNormalizer::allowedTypos(8), 2);
    QCOMPARE(TextNormalizer::allowedTypos(16), 2);
}

void TestTextNormalizer::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << u"busy"_s << u"busy"_s << 2 << 0;
    QTest::newRow("deletion") << u"forbiden"_s << u"forbidden"_s << 2 << 1;
    QTest::newRow("transposition") << u"unavailabel"_s << u"unavailable"_s << 2 << 1;
    QTest::newRow("substitution") << u"pessword"_s << u"password"_s << 2 << 1;
    QTest::newRow("two insertions") << u"authentification"_s << u"authentication"_s << 2 << 2;
    QTest::newRow("beyond the bound") << u"forbidden"_s << u"for"_s << 2 << 3;
    QTest::newRow("different words capped") << u"timeout"_s << u"gateway"_s << 1 << 2;
    QTest::newRow("empty") << QString() << u"ab"_s << 2 << 2;
    QTest::newRow("both empty") << QString() << QString() << 1 << 0;
}

void TestTextNormalizer::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, max);
    QFETCH(int, expected);
    QCOMPARE(TextNormalizer::editDistance(a, b, max), expected);
    QCOMPARE(TextNormalizer::editDistance(b, a, max), expected);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
