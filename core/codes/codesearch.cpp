#include "codesearch.h"

#include "codesearchindex.h"
#include "searchvocabulary.h"
#include "textnormalizer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <vector>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// How well a query word matched an indexed key, in percent of the field weight.
constexpr int ExactQuality = 100;
constexpr int StemQuality = 90;
constexpr int RootQuality = 78;
constexpr int LooseRootQuality = 55;
constexpr int SynonymQuality = 72;
constexpr int SynonymRootQuality = 62;
constexpr int OneTypoQuality = 65;
constexpr int TwoTyposQuality = 50;
// The word with the opposite polarity: "found" where the text says "not found". Still
// a match (texts phrase negation in many ways), but well below the right polarity.
constexpr int OppositeQuality = 40;

// Two neighbouring query words that are neighbours in a field too ("busy here", "kein
// Anschluss"): this share of the field weight is added.
constexpr int PairQuality = 60;
// The query's meaningful words are a whole reason phrase, keyword, vocabulary phrase or
// cause name of the code: in percent of the field weight.
constexpr int PhraseEqualsQuality = 250;
constexpr int OneWordPhraseQuality = 120;
// Two to five neighbouring query words that are a whole phrase of the code, inside a
// longer question ("calls to mobiles fail with *service unavailable*"): this share of
// the field weight, times the weight of the words of the run.
constexpr int SubPhraseQuality = 200;
constexpr qsizetype LongestSubPhrase = 5;

// A word naming a party of the call or what it hears ("caller", "abonné", "hört";
// TextNormalizer::isWeakWord)
// weighs this share of what its rarity alone would give.
constexpr double WeakWordShare = 0.35;

// A term scoring this much (a vocabulary word, exactly) counts fully in the coverage.
constexpr int FullCoverageScore = 90;

constexpr int ClassScore = 300;
constexpr int NumberPrefixScore = 400;
// A code named by a recognised form (status line, Q.850 cause, vendor code) ranks
// above anything matched by words; a second mapped code just below the first.
constexpr int RecognizedScore = 5000;
constexpr int RecognizedStep = 100;

// The frequency prior: a tier (1..5) adds this many percent per step above 1. Small on
// purpose: it orders near-ties, it does not outweigh a better match.
constexpr int PriorPercentPerTier = 6;

// A hit is strong when it reaches this share of the best score; the rest is "related".
constexpr double StrongShare = 0.4;

struct Term
{
    QString word;     // normalized, '~' in front when negated
    QString root;     // TextNormalizer::root, '~' in front when negated
    bool negated = false;
    bool number = false;
    bool prefix = false;
    // Written with a letter English does not use ("occupé", "Störung"): while the
    // interface is English, such a word is another language's and matches only as
    // written, never through English stems, roots, synonyms or typos ("occupé" is
    // not "occupied").
    bool accented = false;
    bool weak = false;  // TextNormalizer::isWeakWord
};

struct ParsedQuery
{
    QList<Term> terms;
    QString phraseKey;          // the meaningful words as roots, for whole-phrase matches
    QString strongPhraseKey;    // the same without weak words, when the query has some
    QList<QueryRecognition> recognitions;
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

QString unmarked(const QString &key)
{
    return key.startsWith(u'~') ? key.mid(1) : key;
}

// The normalized words of the query's words that carry a letter outside ASCII.
QStringList accentedWords(const QString &text)
{
    QStringList out;
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return out;
    qsizetype start = -1;
    bool accented = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
        if (letter) {
            if (start < 0)
                start = i;
            accented |= text.at(i).unicode() >= 0x80;
            continue;
        }
        if (start >= 0 && accented)
            out.append(TextNormalizer::words(QStringView(text).mid(start, i - start)));
        start = -1;
        accented = false;
    }
    return out;
}

ParsedQuery parse(const QString &query)
{
    ParsedQuery parsed;
    RecognizedQuery recognized = QueryRecognizer::recognize(query);
    parsed.recognitions = recognized.recognitions;
    const QStringList words = TextNormalizer::words(recognized.rest);
    if (words.isEmpty())
        return parsed;
    const QList<CodeSearchIndex::Token> tokens = CodeSearchIndex::tokens(recognized.rest, true);
    QList<CodeSearchIndex::Token> phraseTokens;
    const QStringList accented = accentedWords(recognized.rest);
    for (const CodeSearchIndex::Token &token : tokens) {
        const QString plain = unmarked(token.word);
        Term term{token.word, token.root, token.negated, false, false, accented.contains(plain),
                  TextNormalizer::isWeakWord(plain)};
        if (isDigits(plain) || classOfPattern(plain)) {
            term = Term{plain, plain, false, true, false, false};
        } else {
            phraseTokens.append(token);
        }
        parsed.terms.append(term);
    }
    // While the user is still typing the last word, it is a prefix of what they mean.
    const bool typing = !query.back().isSpace();
    if (parsed.terms.isEmpty() && typing) {
        // "a" on its way to "accepted"
        const QString last = words.last();
        parsed.terms.append({last, TextNormalizer::root(last), false, isDigits(last), false, accented.contains(last),
                             TextNormalizer::isWeakWord(last)});
    }
    if (typing && !parsed.terms.isEmpty()) {
        Term &last = parsed.terms.last();
        last.prefix = !last.number && unmarked(last.word) == words.last();
    }
    // "the remote party does not support this" is the phrase "not supported": words
    // naming a party are not part of the phrase, unless there is nothing else.
    QList<CodeSearchIndex::Token> strongTokens;
    for (const CodeSearchIndex::Token &token : std::as_const(phraseTokens)) {
        if (!TextNormalizer::isWeakWord(unmarked(token.word)))
            strongTokens.append(token);
    }
    parsed.phraseKey = CodeSearchIndex::phraseKey(phraseTokens);
    if (!strongTokens.isEmpty() && strongTokens.size() < phraseTokens.size())
        parsed.strongPhraseKey = CodeSearchIndex::phraseKey(strongTokens);
    return parsed;
}

// Scores of one query term, per document.
struct TermScores
{
    explicit TermScores(qsizetype documents) : best(documents, 0), fields(documents) { }
    std::vector<int> best;
    std::vector<MatchFields> fields;

    void add(int document, int score, MatchFields matched)
    {
        best[document] = std::max(best[document], score);
        fields[document] |= matched;
    }
    // A match through the opposite polarity ("ringing" in "app does not ring") scores,
    // but is not reported as a match in that field (the field says the opposite), only
    // as MatchField::OppositeMeaning.
    bool addPostings(const CodeSearchIndex::Postings *postings, int quality, bool reportFields = true)
    {
        if (!postings || postings->isEmpty())
            return false;
        for (const auto &posting : *postings)
            add(posting.document, posting.weight * quality / 100,
                reportFields ? posting.fields : MatchFields(MatchField::OppositeMeaning));
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
    if (exact >= 0)
        scores.add(exact, CodeSearchIndex::fieldWeight(MatchField::Code), MatchField::Code);
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

void scoreTypos(const CodeSearchIndex &index, const QString &key, int allowed, TermScores &scores)
{
    const quint64 letters = CodeSearchIndex::letterMask(key);
    for (qsizetype length = key.size() - allowed; length <= key.size() + allowed; ++length) {
        for (const auto &candidate : index.wordsOfLength(length)) {
            if (std::popcount(letters & ~candidate.letters) > allowed
                || std::popcount(candidate.letters & ~letters) > allowed)
                continue;
            const int distance = TextNormalizer::editDistance(key, candidate.text, allowed);
            if (distance <= allowed)
                scores.addPostings(candidate.postings, distance <= 1 ? OneTypoQuality : TwoTyposQuality);
        }
    }
}

bool foreignToEnglish(const CodeSearchIndex &index, const Term &term)
{
    return term.accented && index.language() == u"en"_s;
}

// The word itself, its stem or its root is indexed.
bool matchesClosely(const CodeSearchIndex &index, const Term &term)
{
    const QString plain = unmarked(term.word);
    const QString mark = term.negated ? u"~"_s : QString();
    return index.exact(term.word) || index.stemmed(mark + TextNormalizer::stem(plain)) || index.rooted(term.root);
}

void scoreWord(const CodeSearchIndex &index, const Term &term, TermScores &scores)
{
    const QString plain = unmarked(term.word);
    const QString mark = term.negated ? u"~"_s : QString();
    bool found = scores.addPostings(index.exact(term.word), ExactQuality);
    if (foreignToEnglish(index, term))
        return;
    found |= scores.addPostings(index.stemmed(mark + TextNormalizer::stem(plain)), StemQuality);
    found |= scores.addPostings(index.rooted(term.root), RootQuality);
    found |= scores.addPostings(index.looselyRooted(mark + TextNormalizer::looseRoot(plain)), LooseRootQuality);
    for (const QString &synonym : SearchVocabulary::synonymsOf(plain, index.language())) {
        if (synonym.contains(u' '))
            continue;
        found |= scores.addPostings(index.exact(mark + synonym), SynonymQuality);
        found |= scores.addPostings(index.rooted(mark + TextNormalizer::root(synonym)), SynonymRootQuality);
    }
    const QString opposite = term.negated ? plain : u'~' + plain;
    found |= scores.addPostings(index.exact(opposite), OppositeQuality, false);
    found |= scores.addPostings(index.rooted(term.negated ? TextNormalizer::root(plain)
                                                          : u'~' + TextNormalizer::root(plain)),
                                OppositeQuality - 5, false);
    if (term.prefix) {
        const auto &words = index.sortedWords();
        auto it = std::lower_bound(words.cbegin(), words.cend(), term.word,
                                   [](const CodeSearchIndex::Word &w, const QString &text) {
                                       return w.text < text;
                                   });
        for (; it != words.cend() && it->text.startsWith(term.word); ++it) {
            if (it->text.size() == term.word.size())
                continue;
            // Any completion may be the word meant; the more of it is typed, the
            // closer to a full match.
            const int quality = 80 + int(10 * term.word.size() / it->text.size());
            found |= scores.addPostings(it->postings, quality);
        }
    }
    if (found)
        return;
    if (const int allowed = TextNormalizer::allowedTypos(plain.size()))
        scoreTypos(index, term.word, allowed, scores);
}

// The last resort for a word nothing matched: indexed words it starts with or that
// start with it (four letters at least), and one typo more than usual.
void scoreLoosely(const CodeSearchIndex &index, const Term &term, TermScores &scores)
{
    const QString plain = unmarked(term.word);
    if (plain.size() < 4 || foreignToEnglish(index, term))
        return;
    const auto &words = index.sortedWords();
    for (qsizetype length = 4; length < plain.size(); ++length) {
        if (const auto *postings = index.exact(plain.left(length)))
            scores.addPostings(postings, TwoTyposQuality * int(length) / int(plain.size()));
    }
    auto it = std::lower_bound(words.cbegin(), words.cend(), plain,
                               [](const CodeSearchIndex::Word &w, const QString &text) { return w.text < text; });
    for (; it != words.cend() && it->text.startsWith(plain); ++it)
        scores.addPostings(it->postings, TwoTyposQuality);
    scoreTypos(index, plain, TextNormalizer::allowedTypos(plain.size()) + 1, scores);
}

// The weight of a term from how many codes it matches: a word of one code counts 1, a
// word of every code about a sixth (log(2)/log(N+1)); so "call" in a sentence matters
// less than "busy".
double termWeight(qsizetype matching, qsizetype documents)
{
    if (matching <= 0)
        return 0;
    return std::log(1.0 + double(documents) / double(matching)) / std::log(1.0 + double(documents));
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
    const ParsedQuery parsed = parse(query);
    return parsed.terms.isEmpty() && parsed.recognitions.isEmpty();
}

QList<SearchHit> CodeSearch::search(const QString &query, const SearchOptions &options) const
{
    return find(query, options).hits;
}

SearchResult CodeSearch::find(const QString &query, const SearchOptions &options) const
{
    const ParsedQuery parsed = parse(query);
    SearchResult result;
    result.recognitions = parsed.recognitions;
    if (parsed.terms.isEmpty() && parsed.recognitions.isEmpty())
        return result;
    if (!m_index)
        m_index = std::make_unique<CodeSearchIndex>();
    const auto &documents = m_index->documents();
    const qsizetype count = documents.size();

    std::vector<double> raw(count, 0);
    std::vector<double> matched(count, 0);
    std::vector<MatchFields> fields(count);
    std::vector<double> weights;
    double totalWeight = 0;
    // Each word is scored once. A word nothing matches, not even with a typo, may be a
    // compound of known words ("Weiterleitungsschleife"): its parts are scored instead.
    QList<Term> terms;
    std::vector<TermScores> termScores;
    auto anyScore = [](const TermScores &scores) {
        return std::any_of(scores.best.cbegin(), scores.best.cend(), [](int s) { return s > 0; });
    };
    for (qsizetype i = 0; i < parsed.terms.size(); ++i) {
        Term term = parsed.terms.at(i);
        // Two words the index knows as one ("voice mail", "log in", "time out"): the
        // joined word is what was meant.
        if (i + 1 < parsed.terms.size() && !term.number && !parsed.terms.at(i + 1).number
            && !parsed.terms.at(i + 1).negated) {
            const QString joined = term.word + parsed.terms.at(i + 1).word;
            if (m_index->exact(joined)) {
                const QString plain = unmarked(joined);
                term = Term{joined, (term.negated ? u"~"_s : QString()) + TextNormalizer::root(plain), term.negated,
                            false, parsed.terms.at(i + 1).prefix, term.accented || parsed.terms.at(i + 1).accented,
                            TextNormalizer::isWeakWord(plain)};
                ++i;
            }
        }
        TermScores scores(count);
        if (term.number) {
            scoreNumber(*m_index, term.word, scores);
        } else {
            scoreWord(*m_index, term, scores);
            // Split when nothing matched, or only loosely (a loose root or a typo of a
            // longer word) and both parts are known words.
            bool bothKnown = false;
            const QStringList parts = term.prefix || foreignToEnglish(*m_index, term) || matchesClosely(*m_index, term)
                ? QStringList()
                : m_index->compoundParts(unmarked(term.word), &bothKnown);
            if (!parts.isEmpty() && (bothKnown || !anyScore(scores))) {
                const QString mark = term.negated ? u"~"_s : QString();
                for (const QString &part : parts) {
                    Term piece{mark + part, mark + TextNormalizer::root(part), term.negated, false, false,
                               term.accented, TextNormalizer::isWeakWord(part)};
                    TermScores pieceScores(count);
                    scoreWord(*m_index, piece, pieceScores);
                    terms.append(piece);
                    termScores.push_back(std::move(pieceScores));
                }
                continue;
            }
        }
        terms.append(term);
        termScores.push_back(std::move(scores));
    }
    // When no word matches anything, the words are tried once more, loosely: a query
    // with a meaningful word should never come back empty.
    bool nothing = true;
    for (qsizetype t = 0; t < terms.size(); ++t)
        nothing = nothing && (terms.at(t).number || !anyScore(termScores[t]));
    // A query of weak words only ("caller") is searched for them as for any word.
    const bool weakCounts = std::none_of(terms.cbegin(), terms.cend(), [](const Term &t) { return !t.number && !t.weak; });
    for (qsizetype t = 0; t < terms.size(); ++t) {
        const Term &term = terms.at(t);
        const bool weak = term.weak && !weakCounts;
        TermScores &scores = termScores[t];
        if (nothing && !term.number) {
            scores = TermScores(count);
            scoreLoosely(*m_index, term, scores);
        }
        const qsizetype matching = std::count_if(scores.best.cbegin(), scores.best.cend(),
                                                 [](int s) { return s > 0; });
        // A word no code knows is left out of the coverage: it must not empty the list
        // nor lower every code alike.
        const double weight = termWeight(matching, count) * (weak ? WeakWordShare : 1.0);
        weights.push_back(weight);
        // A weak word adds to the codes that hold it but does not count in the
        // coverage: a code that does not mention "the caller" is not a worse answer.
        if (!weak)
            totalWeight += weight;
        for (qsizetype d = 0; d < count; ++d) {
            if (scores.best[d] <= 0)
                continue;
            raw[d] += weight * scores.best[d];
            // A word matched only weakly (in body text, through a loose root or the
            // opposite polarity) covers the query only in part.
            if (!weak)
                matched[d] += weight * std::min(1.0, scores.best[d] / double(FullCoverageScore));
            fields[d] |= scores.fields[d];
        }
    }
    // Neighbouring words that are neighbours in a field, and the whole query as a phrase.
    for (qsizetype t = 1; t < terms.size(); ++t) {
        const Term &a = terms.at(t - 1);
        const Term &b = terms.at(t);
        if (a.number || b.number)
            continue;
        if (const auto *postings = m_index->pair(a.root + u' ' + b.root)) {
            const double weight = (weights.at(t - 1) + weights.at(t)) / 2;
            for (const auto &posting : *postings)
                raw[posting.document] += weight * posting.weight * PairQuality / 100;
        }
        // One word between them ("the number we called doesn't exist": number … exist),
        // at half the bonus.
        if (t < 2 || terms.at(t - 2).number)
            continue;
        const Term &first = terms.at(t - 2);
        if (const auto *postings = m_index->pair(first.root + u' ' + b.root)) {
            const double weight = (weights.at(t - 2) + weights.at(t)) / 2;
            for (const auto &posting : *postings)
                raw[posting.document] += weight * posting.weight * PairQuality / 200;
        }
    }
    // Runs of neighbouring words that are a whole phrase of a code, shorter than the
    // query (the whole query is the phrase key below).
    QList<qsizetype> wordTerms;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        if (!terms.at(t).number)
            wordTerms.append(t);
    }
    for (qsizetype first = 0; first + 1 < wordTerms.size(); ++first) {
        QString key = terms.at(wordTerms.at(first)).root;
        double runWeight = weights.at(wordTerms.at(first));
        for (qsizetype last = first + 1; last < wordTerms.size() && last - first < LongestSubPhrase; ++last) {
            if (first == 0 && last + 1 == wordTerms.size())
                break;
            key += u' ' + terms.at(wordTerms.at(last)).root;
            runWeight += weights.at(wordTerms.at(last));
            if (const auto *postings = m_index->phrase(key)) {
                for (const auto &posting : *postings)
                    raw[posting.document] += runWeight * posting.weight * SubPhraseQuality / 100;
            }
        }
    }
    // The whole query as a phrase of the code, with or without its weak words ("el
    // llamante colgó" is a phrase of 487; "the remote party does not support this" is
    // 501's "not supported"): the better of the two counts.
    std::vector<double> phraseBonus(count, 0);
    for (const QString &key : {parsed.phraseKey, parsed.strongPhraseKey}) {
        if (key.isEmpty())
            continue;
        if (const auto *postings = m_index->phrase(key)) {
            const int quality = key.contains(u' ') ? PhraseEqualsQuality : OneWordPhraseQuality;
            for (const auto &posting : *postings)
                phraseBonus[posting.document] = std::max(phraseBonus[posting.document], double(posting.weight) * quality / 100);
        }
    }
    for (qsizetype d = 0; d < count; ++d)
        raw[d] += phraseBonus[d];

    // Numbers and classes list codes in ascending order; only words are ranked by the
    // prior.
    const bool words = std::any_of(terms.cbegin(), terms.cend(), [](const Term &t) { return !t.number; });
    std::vector<double> score(count, 0);
    for (qsizetype d = 0; d < count; ++d) {
        if (matched[d] <= 0)
            continue;
        // Codes that match every word come before those that match a part.
        const double coverage = totalWeight > 0 ? matched[d] / totalWeight : 1.0;
        const double prior = words ? 1.0 + PriorPercentPerTier * (documents.at(d).frequencyTier - 1) / 100.0 : 1.0;
        score[d] = raw[d] * coverage * coverage * prior;
    }
    std::vector<bool> recognized(count, false);
    for (const QueryRecognition &recognition : parsed.recognitions) {
        for (qsizetype i = 0; i < recognition.codes.size(); ++i) {
            const int d = m_index->documentOf(recognition.codes.at(i));
            if (d < 0)
                continue;
            // The words of the query still order codes named alike ("cause 21 call
            // rejected"), but never lift a code above one named before it.
            const double named = RecognizedScore - RecognizedStep * double(i) + std::min(score[d], RecognizedStep - 1.0);
            score[d] = std::max(recognized[d] ? score[d] : 0.0, named);
            recognized[d] = true;
            fields[d] |= MatchField::Recognized;
            fields[d] |= recognition.kind == QueryRecognition::Kind::Q850Cause ? MatchField::Q850 : MatchField::Code;
        }
    }

    QList<SearchHit> hits;
    for (qsizetype d = 0; d < count; ++d) {
        const auto &document = documents.at(d);
        if (score[d] <= 0 && !recognized[d])
            continue;
        if (!options.includeNonStandard && !document.registered)
            continue;
        if (options.codeClass != 0 && document.codeClass != options.codeClass)
            continue;
        hits.append({document.code, std::max(1, int(std::lround(score[d]))), fields[d], true});
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
    if (!hits.isEmpty()) {
        const double strongFrom = StrongShare * hits.constFirst().score;
        bool strong = true;
        for (SearchHit &hit : hits) {
            // Once a hit falls below the cut every later one is related, so the strong
            // hits are one block at the top.
            strong = strong && (hit.score >= strongFrom || hit.matchedFields.testFlag(MatchField::Recognized));
            hit.strong = strong;
        }
    }
    if (options.limit > 0 && hits.size() > options.limit)
        hits.resize(options.limit);
    result.hits = hits;
    return result;
}

} // namespace SipScope
