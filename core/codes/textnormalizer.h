// Turns catalog texts and user queries into comparable search words: case-folded,
// accents removed, punctuation dropped, light English stemming, and a bounded
// edit distance for typo tolerance.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SipScope {

class TextNormalizer final
{
public:
    // "Ça n'a PAS marché!" → "ca na pas marche": NFKD with combining marks dropped,
    // case-folded, apostrophes joined ("doesn't" → "doesnt"), every other character
    // that is neither a letter nor a digit turned into a single space.
    static QString normalize(QStringView text);

    // The words of normalize(text).
    static QStringList words(QStringView text);

    // A conservative suffix stripper so that "blocked", "blocking" and "blocks" meet
    // "block", and "declined" meets "decline". Only for comparing stems with stems.
    static QString stem(const QString &word);

    // Filler words a query may contain that carry no meaning for the search
    // ("the", "my", "does"). Negations ("not", "no") are deliberately not filler:
    // "not found" and "found" are different questions.
    static bool isStopword(QStringView word);

    // How many edits a typo of a word this long may have: 0 below five letters,
    // 1 for five to seven, 2 from eight.
    static int allowedTypos(qsizetype length);

    // Optimal-string-alignment Damerau-Levenshtein distance (one transposition counts
    // as one edit), or maxDistance + 1 as soon as it is certain to exceed maxDistance.
    static int editDistance(QStringView a, QStringView b, int maxDistance);
};

} // namespace SipScope
