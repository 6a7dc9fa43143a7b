// Ranked full-text search over the response code catalog, shared by the GUI's code
// list and `sipscope-cli search`.
//
// The query is read first for what names a code in its own way (QueryRecognizer: a
// status line, "cause 17", "Reason: Q.850;cause=21", "warning 399", Teams "560486");
// those codes come first. The rest is split into words, and a code ranks by how many
// of them it matches and how well (no word must match: one unknown or ordinary word
// never empties the list, and codes matching every word come before the others):
//   - numbers: "486" exact, "48" the codes starting with 48, "4" or "4xx" the class;
//     an unknown "499"/"650" finds the code a receiver treats it as (RFC 3261 §8.1.3.2);
//   - words: reason phrase, phrase variants seen on the wire, keywords, summary,
//     meaning, causes, actions, technical text, Q.850 cause names, defining RFCs;
//     case-, accent- and inflection-insensitive in the four languages ("Blocked" =
//     "block", "besetzte" = "besetzt"), with typo tolerance for words of four letters
//     or more, synonyms, negation ("not found" is not "found"), and
//     the last word matched as a prefix so results follow the user's typing;
//   - words a rare code shares with few others weigh more than common ones ("call").
// Reason-phrase, keyword and help-desk vocabulary hits rank above body text; how often
// a code is met in practice breaks near-ties ("busy": 486 before 600). The index
// covers the current language and English (catalog texts, help-desk vocabulary and
// synonyms alike), never a third language. docs/search.md has the details and the
// measured quality.
#pragma once

#include "queryrecognizer.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <memory>

namespace SipScope {

// Where a query matched a code (a bit set; several fields may match).
enum class MatchField : quint32 {
    Code          = 0x0001, // the number itself, a prefix of it, or its class
    Reason        = 0x0002, // registered reason phrase
    PhraseVariant = 0x0004, // a phrase seen on the wire instead of the registered one
    Keyword       = 0x0008,
    Summary       = 0x0010,
    Meaning       = 0x0020,
    Causes        = 0x0040,
    Actions       = 0x0080,
    Technical     = 0x0100,
    Q850          = 0x0200, // an RFC 3398 Q.850 cause name mapped to the code
    Reference     = 0x0400, // a defining document, e.g. "RFC 3261"
    ClassName     = 0x0800, // the class name, e.g. "Client Failure"
    Source        = 0x1000, // where a non-standard code comes from ("Kamailio")
    TreatedAs     = 0x2000, // the query was an unknown code read as this one
    Vocabulary    = 0x4000, // help-desk vocabulary (data/vocabulary_*.cpp)
    Recognized    = 0x8000, // named by a recognised form: status line, Q.850 cause, vendor code
    // Only words of the opposite polarity matched ("ringing" for "does not ring"): the
    // hit is listed, low, but no field is claimed, since each says the opposite.
    OppositeMeaning = 0x10000,
};
Q_DECLARE_FLAGS(MatchFields, MatchField)
Q_DECLARE_OPERATORS_FOR_FLAGS(MatchFields)

struct SearchOptions
{
    bool includeNonStandard = false; // also return codes that are not IANA-registered
    int codeClass = 0;               // 0: every class; 1..6: only that class
    int limit = 0;                   // 0: no limit
};

struct SearchHit
{
    int code = 0;
    int score = 0;                   // higher is better; only comparable within one query
    MatchFields matchedFields;
    // Among the strong matches, not merely related: the GUI draws its divider after
    // the last strong hit. The strong hits always come first.
    bool strong = true;
    bool operator==(const SearchHit &) const = default;
};

struct SearchResult
{
    QList<SearchHit> hits;
    // What the query named in its own way (Q.850 causes, Warning and vendor codes),
    // each with a translated note for the user.
    QList<QueryRecognition> recognitions;
};

class CodeSearchIndex;

class CodeSearch final
{
public:
    // Indexes ResponseCodeCatalog in the language current at the first search.
    CodeSearch();
    ~CodeSearch();
    CodeSearch(const CodeSearch &) = delete;
    CodeSearch &operator=(const CodeSearch &) = delete;
    CodeSearch(CodeSearch &&) noexcept;
    CodeSearch &operator=(CodeSearch &&) noexcept;

    // Re-reads the catalog (at the next search); call it after the application
    // language changed.
    void rebuild();

    // Best first. Ties are broken deterministically: registered before non-standard,
    // then by ascending code. A blank query, or one made only of filler words,
    // returns nothing.
    QList<SearchHit> search(const QString &query, const SearchOptions &options = {}) const;
    // The same hits, with what the query was recognised as.
    SearchResult find(const QString &query, const SearchOptions &options = {}) const;

    // True if the query has nothing to search for (blank or only filler words).
    static bool isBlank(const QString &query);

private:
    // Built by the first search that needs it, not by the constructor: building it was
    // 44 % of the GUI's work before its first paint (docs/benchmarks.md), and
    // the Codes view shows the whole list until the user types. Not for concurrent use
    // from several threads (the first search writes it), which nothing does.
    mutable std::unique_ptr<CodeSearchIndex> m_index;
};

} // namespace SipScope
