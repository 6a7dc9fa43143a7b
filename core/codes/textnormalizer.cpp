#include "textnormalizer.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isCombiningMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// A doubled final consonant left by "stopped"/"stopping" → "stop"; l, s and z stay
// doubled because "call", "miss" and "buzz" are words in their own right.
void undouble(QString &word)
{
    const qsizetype n = word.size();
    if (n < 3)
        return;
    const QChar last = word.at(n - 1);
    if (last == word.at(n - 2) && last.isLetter() && !isVowel(last) && last != u'l'
        && last != u's' && last != u'z')
        word.chop(1);
}

const QSet<QString> &stopwords()
{
    // English function words, and the few of German, French and Spanish that a
    // query in the translated UI would otherwise have to match. Words that tell codes
    // apart ("not", "no", "here", "anywhere", "everywhere") are not in the list.
    static const QSet<QString> words = {
        u"a"_s, u"an"_s, u"the"_s, u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"be"_s,
        u"been"_s, u"being"_s, u"am"_s, u"do"_s, u"does"_s, u"did"_s, u"doing"_s,
        u"has"_s, u"have"_s, u"had"_s, u"my"_s, u"our"_s, u"your"_s, u"their"_s,
        u"his"_s, u"her"_s, u"its"_s, u"it"_s, u"i"_s, u"me"_s, u"we"_s, u"you"_s,
        u"they"_s, u"he"_s, u"she"_s, u"to"_s, u"of"_s, u"in"_s, u"on"_s, u"at"_s,
        u"by"_s, u"for"_s, u"from"_s, u"with"_s, u"about"_s, u"into"_s, u"and"_s,
        u"or"_s, u"but"_s, u"if"_s, u"then"_s, u"so"_s, u"this"_s, u"that"_s,
        u"these"_s, u"those"_s, u"what"_s, u"why"_s, u"how"_s, u"when"_s,
        u"which"_s, u"can"_s, u"could"_s, u"should"_s, u"would"_s, u"will"_s,
        u"just"_s, u"also"_s, u"please"_s, u"says"_s, u"say"_s, u"shows"_s,
        u"showing"_s, u"gives"_s, u"giving"_s, u"get"_s, u"gets"_s, u"got"_s,
        u"getting"_s, u"keeps"_s, u"sip"_s, u"code"_s, u"codes"_s, u"response"_s,
        u"responses"_s, u"status"_s,
        // German
        u"der"_s, u"die"_s, u"das"_s, u"den"_s, u"dem"_s, u"ein"_s, u"eine"_s,
        u"einen"_s, u"ist"_s, u"sind"_s, u"und"_s, u"oder"_s, u"mein"_s, u"meine"_s,
        // French
        u"le"_s, u"la"_s, u"les"_s, u"un"_s, u"une"_s, u"est"_s, u"et"_s, u"ou"_s,
        u"du"_s, u"des"_s, u"mon"_s, u"ma"_s, u"mes"_s,
        // Spanish
        u"el"_s, u"los"_s, u"las"_s, u"una"_s, u"es"_s, u"y"_s, u"del"_s, u"mi"_s,
    };
    return words;
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (isCombiningMark(c) || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(u' ');
            pendingSpace = false;
            if (c == QChar(0x00DF)) // ß has no single-letter case fold
                out.append(u"ss"_s);
            else
                out.append(c.toCaseFolded());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList TextNormalizer::words(QStringView text)
{
    return normalize(text).split(u' ', Qt::SkipEmptyParts);
}

QString TextNormalizer::stem(const QString &word)
{
    if (word.size() < 4 || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
        return word;
    QString w = word;
    if (w.endsWith(u"ies"_s) && w.size() > 4) {
        w.chop(3);
        w.append(u'y');
    } else if (w.endsWith(u"sses"_s)) {
        w.chop(2);
    } else if (w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s)
               && !w.endsWith(u"is"_s)) {
        w.chop(1);
    }
    if (w.endsWith(u"ing"_s) && w.size() - 3 >= 3) {
        w.chop(3);
        undouble(w);
    } else if (w.endsWith(u"ed"_s) && w.size() - 2 >= 3) {
        w.chop(2);
        undouble(w);
    }
    if (w.endsWith(u'e') && w.size() - 1 >= 4)
        w.chop(1);
    return w;
}

bool TextNormalizer::isStopword(QStringView word)
{
    return stopwords().contains(word.toString());
}

int TextNormalizer::allowedTypos(qsizetype length)
{
    if (length >= 8)
        return 2;
    if (length >= 5)
        return 1;
    return 0;
}

int TextNormalizer::editDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));

    // Three rolling rows of the optimal-string-alignment matrix; words are short, so
    // fixed-size rows avoid an allocation per comparison.
    constexpr qsizetype Max = 64;
    if (m + 1 > Max)
        return maxDistance + 1;
    std::array<std::array<int, Max>, 3> rows{};
    int *twoBack = rows[0].data();
    int *previous = rows[1].data();
    int *current = rows[2].data();
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);

    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > maxDistance)
            return maxDistance + 1;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], maxDistance + 1);
}

} // namespace SipScope
