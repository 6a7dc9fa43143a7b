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
    // "Ça n'a PAS marché!" → "ca n a pas marche": NFKD with combining marks dropped,
    // case-folded, apostrophes joined ("doesn't" → "doesnt") except after a French
    // elided word ("l'appel" → "l appel"), every other character that is neither a
    // letter nor a digit turned into a single space.
    static QString normalize(QStringView text);

    // The words of normalize(text).
    static QStringList words(QStringView text);

    // A conservative suffix stripper so that "blocked", "blocking" and "blocks" meet
    // "block", and "declined" meets "decline". Only for comparing stems with stems.
    static QString stem(const QString &word);

    // A looser key than stem() for the other three languages as well: German, French
    // and Spanish endings stripped, then cut to six letters or all but three
    // ("besetzte" and "besetzt", "indisponible" and "indisponibles",
    // "registrierung" and "registration" meet). Only for comparing
    // roots with roots.
    static QString root(const QString &word);
    // Looser still: the first six letters of root(), which also joins derived words
    // and compounds with their stem ("authentication", "authentifizierung"). Ranked
    // below a root match for that reason.
    static QString looseRoot(const QString &word);

    // Filler words of English, German, French and Spanish a query may contain that
    // carry no meaning for the search ("the", "my", "der", "le", "el"). Negations are
    // deliberately not filler: "not found" and "found" are different questions.
    static bool isStopword(QStringView word);

    // Words that name a party of the call or what it perceives rather than what
    // happened ("caller", "subscriber", "Teilnehmer", "abonné", "hears", "hört"):
    // meaningful, but shared by the texts of many codes, so a query's weight should
    // rest on the words that say what happened ("refused", "Besetztzeichen").
    static bool isWeakWord(QStringView word);

    // Verbs of ability or wanting a negation passes through to the verb after them:
    // "n'arrive pas à joindre" and "no logra comunicarse" are about not reaching, "no
    // quiso atender" about not answering.
    static bool isModal(QStringView word);

    // Stopwords that a negation before them is about ("no response"): kept as a
    // negated word there, dropped anywhere else.
    static bool takesNegation(QStringView word);

    // Words that negate the word after them: "not", "no", "nicht", "kein", "ne",
    // "pas", "sin", "nadie", ...
    static bool isNegator(QStringView word);

    // How many edits a typo of a word this long may have: 0 below four letters,
    // 1 for four to seven, 2 from eight.
    static int allowedTypos(qsizetype length);

    // Optimal-string-alignment Damerau-Levenshtein distance (one transposition counts
    // as one edit), or maxDistance + 1 as soon as it is certain to exceed maxDistance.
    static int editDistance(QStringView a, QStringView b, int maxDistance);
};

} // namespace SipScope
