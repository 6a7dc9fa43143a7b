#include "codesearchindex.h"

#include "catalogdata.h"
#include "q850.h"
#include "responsecodecatalog.h"
#include "searchvocabulary.h"
#include "textnormalizer.h"

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr MatchField indexedFields[] = {
    MatchField::Reason,  MatchField::PhraseVariant, MatchField::Keyword,   MatchField::Summary,
    MatchField::Meaning, MatchField::Causes,        MatchField::Actions,   MatchField::Technical,
    MatchField::Q850,    MatchField::Reference,     MatchField::ClassName, MatchField::Source,
    MatchField::Vocabulary,
};

// A word found in several fields ranks by its best field, plus an eighth of the rest,
// so that a code that is *about* the word beats one that merely mentions it.
int combinedWeight(MatchFields fields)
{
    int best = 0;
    int sum = 0;
    for (const MatchField field : indexedFields) {
        if (!fields.testFlag(field))
            continue;
        const int weight = CodeSearchIndex::fieldWeight(field);
        best = std::max(best, weight);
        sum += weight;
    }
    return best + (sum - best) / 8;
}

bool isNumber(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

QString english(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QStringList englishKeywords(const char *text)
{
    QStringList out;
    const QStringList parts = english(text).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out.append(part.trimmed());
    return out;
}

QHash<int, const CodeEntry *> englishEntries()
{
    QHash<int, const CodeEntry *> out;
    using namespace CatalogData;
    for (auto table : {provisional(), success(), redirection(), clientFailureLow(),
                       clientFailureHigh(), serverFailure(), globalFailure(), nonStandard()}) {
        for (const CodeEntry &entry : table)
            out.insert(entry.code, &entry);
    }
    return out;
}

QString englishClassName(int codeClass)
{
    for (const ClassEntry &entry : CatalogData::classes()) {
        if (entry.codeClass == codeClass)
            return english(entry.name);
    }
    return {};
}

QString englishCauseName(int cause)
{
    for (const auto &row : Q850::causeNames()) {
        if (row.cause == cause)
            return english(row.name);
    }
    return {};
}

} // namespace

int CodeSearchIndex::fieldWeight(MatchField field)
{
    switch (field) {
    case MatchField::Code: return 1000;
    case MatchField::TreatedAs: return 400;
    case MatchField::Reason: return 100;
    case MatchField::PhraseVariant: return 90;
    case MatchField::Recognized: return 1000;
    case MatchField::Vocabulary: return 90;
    case MatchField::Keyword: return 85;
    case MatchField::Summary: return 45;
    case MatchField::Q850: return 35;
    case MatchField::Meaning: return 30;
    case MatchField::Causes: return 30;
    case MatchField::Reference: return 25;
    case MatchField::Source: return 25;
    case MatchField::Actions: return 20;
    case MatchField::ClassName: return 15;
    case MatchField::Technical: return 12;
    case MatchField::OppositeMeaning: return 0; // a mark on a hit, never an indexed field
    }
    return 0;
}

quint64 CodeSearchIndex::letterMask(QStringView word)
{
    quint64 mask = 0;
    for (const QChar c : word)
        mask |= quint64(1) << (c.unicode() % 64);
    return mask;
}

CodeSearchIndex::CodeSearchIndex() : m_language(SearchVocabulary::activeLanguage())
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    const QHash<int, const CodeEntry *> entries = englishEntries();
    for (const ResponseCode &code : catalog.codes(true))
        addDocument(entries.value(code.code), code);
    // The hash is complete from here on, so pointers into it stay valid.
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const Word word{it.key(), &it.value(), letterMask(it.key())};
        m_sortedWords.append(word);
        if (m_wordsByLength.size() <= word.text.size())
            m_wordsByLength.resize(word.text.size() + 1);
        m_wordsByLength[word.text.size()].append(word);
    }
    auto byText = [](const Word &a, const Word &b) { return a.text < b.text; };
    std::sort(m_sortedWords.begin(), m_sortedWords.end(), byText);
    for (QList<Word> &words : m_wordsByLength)
        std::sort(words.begin(), words.end(), byText);
}

const QList<CodeSearchIndex::Word> &CodeSearchIndex::wordsOfLength(qsizetype length) const
{
    static const QList<Word> none;
    if (length < 0 || length >= m_wordsByLength.size())
        return none;
    return m_wordsByLength.at(length);
}

const CodeSearchIndex::Postings *CodeSearchIndex::find(const QHash<QString, Postings> &table,
                                                         const QString &key)
{
    const auto it = table.constFind(key);
    return it == table.cend() ? nullptr : &it.value();
}

QList<CodeSearchIndex::Token> CodeSearchIndex::tokens(const QString &text, bool keepNumbers)
{
    QList<Token> out;
    bool negate = false;
    QString negator;
    for (const QString &word : TextNormalizer::words(text)) {
        if (TextNormalizer::isNegator(word)) {
            // "not found": the negation belongs to the next meaningful word. Two in a
            // row ("ne ... pas", "personne ne") are one negation.
            negate = true;
            negator = word;
            continue;
        }
        // "n'arrive pas à joindre": the negation is about reaching.
        if (negate && TextNormalizer::isModal(word))
            continue;
        if (TextNormalizer::isStopword(word) && !(negate && TextNormalizer::takesNegation(word)))
            continue;
        if (!keepNumbers && isNumber(word)) {
            negate = false;
            continue;
        }
        const QString mark = negate ? u"~"_s : QString();
        out.append({mark + word, mark + TextNormalizer::root(word), negate});
        negate = false;
    }
    // A negation with nothing after it ("not" while typing) is a word of its own.
    if (negate)
        out.append({negator, negator, false});
    return out;
}

QStringList CodeSearchIndex::compoundParts(const QString &word, bool *bothKnown) const
{
    *bothKnown = false;
    constexpr qsizetype MinPart = 4;
    if (word.size() < 2 * MinPart || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return !c.isLetter(); }))
        return {};
    auto known = [&](const QString &part) {
        return part.size() >= MinPart && (m_words.contains(part) || m_roots.contains(TextNormalizer::root(part)));
    };
    static const QLatin1StringView links[] = {QLatin1StringView("s"), QLatin1StringView("es"), QLatin1StringView("n"),
                                              QLatin1StringView("en"), QLatin1StringView("e")};
    QStringList best;
    qsizetype bestLength = 0;
    for (qsizetype cut = MinPart; cut + MinPart <= word.size(); ++cut) {
        QString head = word.left(cut);
        const QString tail = word.mid(cut);
        bool headKnown = known(head);
        for (qsizetype i = 0; !headKnown && i < qsizetype(std::size(links)); ++i) {
            if (head.endsWith(links[i]) && known(head.chopped(links[i].size()))) {
                head.chop(links[i].size());
                headKnown = true;
            }
        }
        const bool tailKnown = known(tail);
        const qsizetype length = (headKnown ? head.size() : 0) + (tailKnown ? tail.size() : 0);
        if (length > bestLength) {
            best = QStringList{head, tail};
            bestLength = length;
            *bothKnown = headKnown && tailKnown;
        }
    }
    return best;
}

QString CodeSearchIndex::phraseKey(const QList<Token> &tokens)
{
    QStringList roots;
    for (const Token &token : tokens)
        roots.append(token.root);
    return roots.join(u' ');
}

void CodeSearchIndex::addText(DocumentKeys &keys, MatchField field, const QString &text)
{
    if (text.isEmpty())
        return;
    const bool keepNumbers = field == MatchField::Reference;
    const QList<Token> found = tokens(text, keepNumbers);
    for (qsizetype i = 0; i < found.size(); ++i) {
        keys.words[found.at(i).word] |= field;
        if (i > 0)
            keys.pairs[found.at(i - 1).root + u' ' + found.at(i).root] |= field;
    }
    // Negations are words too: "not" alone still finds the codes that say it.
    for (const QString &word : TextNormalizer::words(text)) {
        if (TextNormalizer::isNegator(word))
            keys.words[word] |= field;
    }
    // "Time-out", "Retry-After", "re-INVITE" are also typed as one word.
    if (!text.contains(u'-'))
        return;
    const QStringList chunks = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &chunk : chunks) {
        if (!chunk.contains(u'-'))
            continue;
        QString joined = TextNormalizer::normalize(chunk);
        if (!joined.contains(u' '))
            continue;
        joined.remove(u' ');
        keys.words[joined] |= field;
    }
}

void CodeSearchIndex::addPhrases(DocumentKeys &keys, MatchField field, const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        addText(keys, field, phrase);
        const QString key = phraseKey(tokens(phrase, false));
        if (!key.isEmpty())
            keys.phrases[key] |= field;
    }
}

void CodeSearchIndex::addDocument(const CodeEntry *entry, const ResponseCode &code)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    Document document;
    document.code = code.code;
    document.codeClass = code.codeClass();
    document.registered = code.isRegistered();
    document.frequencyTier = SearchVocabulary::frequencyTier(code.code);
    document.number = QString::number(code.code);

    DocumentKeys keys;
    auto add = [&](MatchField field, const QString &translated, const QString &source) {
        addText(keys, field, translated);
        if (source != translated)
            addText(keys, field, source);
    };
    auto addList = [&](MatchField field, const QStringList &translated, const QStringList &source) {
        add(field, translated.join(u'\n'), source.join(u'\n'));
    };

    addPhrases(keys, MatchField::Reason, {code.reason});
    addPhrases(keys, MatchField::PhraseVariant, code.phraseVariants);
    const QStringList sourceKeywords = entry ? englishKeywords(entry->keywords) : QStringList();
    addPhrases(keys, MatchField::Keyword, code.keywords + sourceKeywords);
    // Help-desk vocabulary of the interface language and of English, like the catalog
    // texts: a word of a third language must not match, so that what a list shows
    // always comes from the language the user chose or from English.
    addPhrases(keys, MatchField::Vocabulary, SearchVocabulary::phrases(code.code, m_language));
    add(MatchField::Summary, code.summary, entry ? english(entry->summary) : QString());
    add(MatchField::Meaning, code.meaning, entry ? english(entry->meaning) : QString());
    add(MatchField::Technical, code.technical, entry ? english(entry->technical) : QString());
    addList(MatchField::Causes, code.causes, QStringList{entry ? english(entry->causes) : QString()});
    addList(MatchField::Actions, code.actions, QStringList{entry ? english(entry->actions) : QString()});
    add(MatchField::Source, code.source, entry ? english(entry->source) : QString());
    add(MatchField::ClassName, catalog.classInfo(code.codeClass()).name,
        englishClassName(code.codeClass()));

    QList<Q850Cause> causes = code.q850;
    causes.append(code.q850Out);
    for (const Q850Cause &cause : causes)
        addPhrases(keys, MatchField::Q850, {cause.name, englishCauseName(cause.cause)});

    for (const RfcRef &ref : code.refs) {
        QString text = ref.document;
        if (ref.document.startsWith(u"RFC"_s))
            text += u" RFC "_s + ref.document.mid(3);
        add(MatchField::Reference, text, text);
    }

    const int index = int(m_documents.size());
    m_documents.append(document);
    m_documentOfCode.insert(code.code, index);

    addPostings(index, keys.words, m_words);
    FieldMasks stems;
    FieldMasks roots;
    FieldMasks looseRoots;
    for (auto it = keys.words.cbegin(); it != keys.words.cend(); ++it) {
        const bool negated = it.key().startsWith(u'~');
        const QString word = negated ? it.key().mid(1) : it.key();
        const QString mark = negated ? u"~"_s : QString();
        stems[mark + TextNormalizer::stem(word)] |= it.value();
        roots[mark + TextNormalizer::root(word)] |= it.value();
        looseRoots[mark + TextNormalizer::looseRoot(word)] |= it.value();
    }
    addPostings(index, stems, m_stems);
    addPostings(index, roots, m_roots);
    addPostings(index, looseRoots, m_looseRoots);
    addPostings(index, keys.pairs, m_pairs);
    addPostings(index, keys.phrases, m_phrases);
}

void CodeSearchIndex::addPostings(int document, const FieldMasks &words,
                                  QHash<QString, Postings> &table)
{
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        table[it.key()].append({document, combinedWeight(it.value()), it.value()});
}

} // namespace SipScope
