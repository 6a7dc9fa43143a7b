#include "codesearch.h"

#include "codesearchindex.h"
#include "textnormalizer.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <vector>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// How well a query word matched an indexed word, in percent of the field weight.
constexpr int ExactQuality = 100;
constexpr int StemQuality = 90;
constexpr int SynonymQuality = 75;
constexpr int OneTypoQuality = 65;
constexpr int TwoTyposQuality = 50;

// Bonus when the whole query (two words or more) appears as a phrase.
constexpr int TitleEqualsBonus = 300;
constexpr int TitleContainsBonus = 150;
constexpr int KeywordEqualsBonus = 250;
constexpr int KeywordContainsBonus = 120;
constexpr int CauseNameEqualsBonus = 200;
constexpr int CauseNameContainsBonus = 100;
constexpr int SentenceContainsBonus = 60;

constexpr int ClassScore = 300;
constexpr int NumberPrefixScore = 400;

// Help-desk words that the catalog may phrase differently. Only single words; each
// alternative ranks a little below a literal match.
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table = {
        {u"nobody"_s, {u"answer"_s, u"unanswered"_s}},
        {u"noone"_s, {u"answer"_s, u"unanswered"_s}},
        {u"password"_s, {u"credentials"_s, u"authentication"_s, u"unauthorized"_s}},
        {u"pwd"_s, {u"password"_s, u"credentials"_s}},
        {u"login"_s, {u"authentication"_s, u"credentials"_s, u"register"_s}},
        {u"wrong"_s, {u"invalid"_s, u"incorrect"_s, u"bad"_s}},
        {u"down"_s, {u"unavailable"_s, u"offline"_s, u"outage"_s, u"overloaded"_s}},
        {u"offline"_s, {u"unavailable"_s, u"unreachable"_s}},
        {u"unreachable"_s, {u"unavailable"_s}},
        {u"blocked"_s, {u"barred"_s, u"rejected"_s, u"forbidden"_s, u"blacklisted"_s}},
        {u"block"_s, {u"barred"_s, u"reject"_s, u"forbidden"_s, u"blacklist"_s}},
        {u"spam"_s, {u"unwanted"_s, u"robocall"_s, u"nuisance"_s}},
        {u"robocall"_s, {u"unwanted"_s, u"spam"_s}},
        {u"codec"_s, {u"media"_s, u"sdp"_s}},
        {u"mismatch"_s, {u"incompatible"_s, u"acceptable"_s, u"unsupported"_s}},
        {u"exist"_s, {u"unallocated"_s, u"unassigned"_s, u"found"_s}},
        {u"engaged"_s, {u"busy"_s}},
        {u"occupied"_s, {u"busy"_s}},
        {u"credit"_s, {u"payment"_s, u"balance"_s}},
        {u"money"_s, {u"payment"_s, u"credit"_s}},
        {u"dnd"_s, {u"disturb"_s}},
        {u"timeout"_s, {u"expired"_s, u"timer"_s}},
    };
    return table;
}

struct ParsedQuery
{
    QStringList terms;       // normalized, filler words removed
    bool lastIsPrefix = false;
    QString phrase;          // normalized words of the query, numbers left out
};

bool isDigits(const QString &word)
{
    return !word.isEmpty()
        && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// "4xx" names a class.
int classOfPattern(const QString &word)
{
    if (word.size() == 3 && word.at(0) >= u'1' && word.at(0) <= u'6' && word.at(1) == u'x'
        && word.at(2) == u'x')
        return word.at(0).digitValue();
    return 0;
}

ParsedQuery parse(const QString &query)
{
    ParsedQuery parsed;
    const QStringList words = TextNormalizer::words(query);
    if (words.isEmpty())
        return parsed;
    // While the user is still typing the last word, it is a prefix of what they mean.
    const bool typing = !query.back().isSpace();
    QStringList phraseWords;
    for (const QString &word : words) {
        if (!isDigits(word) && !classOfPattern(word))
            phraseWords.append(word);
        if (!TextNormalizer::isStopword(word))
            parsed.terms.append(word);
    }
    if (parsed.terms.isEmpty() && typing)
        parsed.terms.append(words.last()); // "a" on its way to "accepted"
    parsed.lastIsPrefix = typing && !parsed.terms.isEmpty() && parsed.terms.last() == words.last()
        && !isDigits(words.last());
    parsed.phrase = phraseWords.join(u' ');
    return parsed;
}

// Scores of one query term, per document.
struct TermScores
{
    explicit TermScores(qsizetype documents) : best(documents, 0), fields(documents) { }
    std::vector<int> best;
    std::vector<MatchFields> fields;
    bool exactCode = false; // the term named one code precisely ("486")

    void add(int document, int score, MatchFields matched)
    {
        best[document] = std::max(best[document], score);
        fields[document] |= matched;
    }
    bool addPostings(const CodeSearchIndex::Postings *postings, int quality)
    {
        if (!postings || postings->isEmpty())
            return false;
        for (const auto &posting : *postings)
            add(posting.document, posting.weight * quality / 100, posting.fields);
        return true;
    }
};

void scoreNumber(const CodeSearchIndex &index, const QString &number, TermScores &scores)
{
    const auto &documents = index.documents();
    if (const int codeClass = classOfPattern(number)) {
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (documents.at(i).codeClass == codeClass)
                scores.add(int(i), ClassScore, MatchField::Code);
        }
        return;
    }
    if (number.size() < 3) {
        // "4" is the class, "48" the codes 480..489.
        const int score = number.size() == 1 ? ClassScore : NumberPrefixScore;
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (documents.at(i).number.startsWith(number))
                scores.add(int(i), score, MatchField::Code);
        }
        return;
    }
    const int code = number.toInt();
    const int exact = number.size() == 3 ? index.documentOf(code) : -1;
    if (exact >= 0) {
        scores.add(exact, CodeSearchIndex::fieldWeight(MatchField::Code), MatchField::Code);
        scores.exactCode = true;
    }
    // RFC 3261 §8.1.3.2: a receiver reads an unknown final code as the x00 of its
    // class and an unknown provisional one as 183, so "499" also finds 400.
    if (number.size() == 3 && code >= 100 && code <= 699
        && (exact < 0 || !documents.at(exact).registered)) {
        const int treatedAs = code < 200 ? 183 : code / 100 * 100;
        const int document = index.documentOf(treatedAs);
        if (document >= 0 && treatedAs != code)
            scores.add(document, CodeSearchIndex::fieldWeight(MatchField::TreatedAs), MatchField::TreatedAs);
    }
    if (number.size() > 3) // "3261" names a document, not a code
        scores.addPostings(index.exact(number), ExactQuality);
}

void scoreWord(const CodeSearchIndex &index, const QString &word, bool prefix, TermScores &scores)
{
    bool found = scores.addPostings(index.exact(word), ExactQuality);
    found |= scores.addPostings(index.stemmed(TextNormalizer::stem(word)), StemQuality);
    for (const QString &alternative : synonyms().value(word)) {
        scores.addPostings(index.exact(alternative), SynonymQuality);
        scores.addPostings(index.stemmed(TextNormalizer::stem(alternative)), SynonymQuality - 5);
    }
    if (prefix) {
        const auto &words = index.sortedWords();
        auto it = std::lower_bound(words.cbegin(), words.cend(), word,
                                   [](const CodeSearchIndex::Word &w, const QString &text) {
                                       return w.text < text;
                                   });
        for (; it != words.cend() && it->text.startsWith(word); ++it) {
            if (it->text.size() == word.size())
                continue;
            // The more of the word is typed, the closer to a full match.
            const int quality = 50 + int(40 * word.size() / it->text.size());
            found |= scores.addPostings(it->postings, quality);
        }
    }
    if (found)
        return;
    const int allowed = TextNormalizer::allowedTypos(word.size());
    if (allowed == 0)
        return;
    const quint64 letters = CodeSearchIndex::letterMask(word);
    for (int length = int(word.size()) - allowed; length <= word.size() + allowed; ++length) {
        for (const auto &candidate : index.wordsOfLength(length)) {
            if (std::popcount(letters & ~candidate.letters) > allowed
                || std::popcount(candidate.letters & ~letters) > allowed)
                continue;
            const int distance = TextNormalizer::editDistance(word, candidate.text, allowed);
            if (distance <= allowed)
                scores.addPostings(candidate.postings, distance <= 1 ? OneTypoQuality : TwoTyposQuality);
        }
    }
}

int phraseBonus(const CodeSearchIndex::Document &document, const ParsedQuery &query)
{
    if (!query.phrase.contains(u' '))
        return 0;
    const QString whole = u' ' + query.phrase + u' ';
    // While typing, the phrase may end inside a word.
    const QStringView needle = query.lastIsPrefix ? QStringView(whole).chopped(1) : QStringView(whole);
    auto best = [&](const QStringList &texts, int equals, int contains) {
        int bonus = 0;
        for (const QString &text : texts) {
            if (text == whole)
                return equals;
            if (text.contains(needle))
                bonus = contains;
        }
        return bonus;
    };
    return std::max({best(document.titles, TitleEqualsBonus, TitleContainsBonus),
                     best(document.keywords, KeywordEqualsBonus, KeywordContainsBonus),
                     // "User busy" copied from a gateway log names the Q.850 cause of 486.
                     best(document.causeNames, CauseNameEqualsBonus, CauseNameContainsBonus),
                     best(document.sentences, SentenceContainsBonus, SentenceContainsBonus)});
}

} // namespace

CodeSearch::CodeSearch() = default;
CodeSearch::~CodeSearch() = default;
CodeSearch::CodeSearch(CodeSearch &&) noexcept = default;
CodeSearch &CodeSearch::operator=(CodeSearch &&) noexcept = default;

void CodeSearch::rebuild()
{
    m_index.reset();
}

bool CodeSearch::isBlank(const QString &query)
{
    return parse(query).terms.isEmpty();
}

QList<SearchHit> CodeSearch::search(const QString &query, const SearchOptions &options) const
{
    const ParsedQuery parsed = parse(query);
    if (parsed.terms.isEmpty())
        return {};
    if (!m_index)
        m_index = std::make_unique<CodeSearchIndex>();
    const auto &documents = m_index->documents();
    const qsizetype count = documents.size();

    std::vector<int> total(count, 0);
    std::vector<int> matchedTerms(count, 0);
    std::vector<bool> namedExactly(count, false);
    std::vector<MatchFields> fields(count);
    for (qsizetype t = 0; t < parsed.terms.size(); ++t) {
        const QString &term = parsed.terms.at(t);
        TermScores scores(count);
        if (isDigits(term) || classOfPattern(term))
            scoreNumber(*m_index, term, scores);
        else
            scoreWord(*m_index, term, parsed.lastIsPrefix && t == parsed.terms.size() - 1, scores);
        for (qsizetype d = 0; d < count; ++d) {
            if (scores.best[d] <= 0)
                continue;
            total[d] += scores.best[d];
            ++matchedTerms[d];
            fields[d] |= scores.fields[d];
            if (scores.exactCode && scores.fields[d].testFlag(MatchField::Code))
                namedExactly[d] = true;
        }
    }

    QList<SearchHit> hits;
    const int termCount = int(parsed.terms.size());
    for (qsizetype d = 0; d < count; ++d) {
        const auto &document = documents.at(d);
        // Every word must match, except next to a code named exactly: in "the phone
        // says 486" the other words are context, not a filter.
        if (matchedTerms[d] < termCount && !namedExactly[d])
            continue;
        if (!options.includeNonStandard && !document.registered)
            continue;
        if (options.codeClass != 0 && document.codeClass != options.codeClass)
            continue;
        hits.append({document.code, total[d] + phraseBonus(document, parsed), fields[d]});
    }

    auto registered = [&](int code) { return documents.at(m_index->documentOf(code)).registered; };
    std::sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const bool ra = registered(a.code);
        const bool rb = registered(b.code);
        if (ra != rb)
            return ra;
        return a.code < b.code;
    });
    if (options.limit > 0 && hits.size() > options.limit)
        hits.resize(options.limit);
    return hits;
}

} // namespace SipScope
