// The reason phrases that name a code in text: the registered phrase, the variants
// real equipment sends (catalog phrase variants), and the registered phrase without its
// parenthesised remark ("Accepted (Deprecated)" is sent as "Accepted"). The Explainer
// uses them to accept a bare number as a SIP code only next to its own phrase.
#pragma once

#include "explainer.h"

#include <QString>

namespace SipScope {

class CodePhrases final
{
public:
    struct Hit
    {
        qsizetype start = -1;      // the phrase itself is [start, phraseEnd)
        qsizetype phraseEnd = -1;
        qsizetype end = -1;        // the whole hit, with a closing quote or bracket
        PhraseMatch match = PhraseMatch::None;
        bool found() const { return start >= 0; }
    };

    // Whether the catalog has a phrase for `code`.
    static bool has(int code);
    // A phrase of `code` starting exactly at `pos`, any letter case, ending at a word
    // boundary.
    static Hit at(const QString &text, qsizetype pos, int code);
    // The phrase after a code that ends at `pos`: "486 Busy Here", "486 "Busy Here"",
    // "486 (Busy Here)", "486 - Busy Here"; the closing quote or bracket is in the hit.
    static Hit after(const QString &text, qsizetype pos, int code);
    // The phrase before a bracketed code [numStart, numEnd): "Busy Here (486)",
    // "Busy Here [486]"; the hit ends after the closing bracket.
    static Hit before(const QString &text, qsizetype numStart, qsizetype numEnd, int code);
};

} // namespace SipScope
