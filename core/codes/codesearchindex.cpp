#include "codesearchindex.h"

#include "catalogdata.h"
#include "q850.h"
#include "responsecodecatalog.h"
#include "textnormalizer.h"

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr MatchField indexedFields[] = {
    MatchField::Reason,  MatchField::PhraseVariant, MatchField::Keyword,   MatchField::Summary,
    MatchField::Meaning, MatchField::Causes,        MatchField::Actions,   MatchField::Technical,
    MatchField::Q850,    MatchField::Reference,     MatchField::ClassName, MatchField::Source,
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

// Appends the normalized form of every text not yet in `list`, padded with a space on
// either side so that phrase matching can look for whole words without allocating.
void appendNormalized(QStringList &list, const QStringList &texts)
{
    for (const QString &text : texts) {
        const QString normalized = TextNormalizer::normalize(text);
        const QString padded = u' ' + normalized + u' ';
        if (!normalized.isEmpty() && !list.contains(padded))
            list.append(padded);
    }
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

CodeSearchIndex::CodeSearchIndex()
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

const CodeSearchIndex::Postings *CodeSearchIndex::exact(const QString &word) const
{
    const auto it = m_words.constFind(word);
    return it == m_words.cend() ? nullptr : &it.value();
}

const CodeSearchIndex::Postings *CodeSearchIndex::stemmed(const QString &stem) const
{
    const auto it = m_stems.constFind(stem);
    return it == m_stems.cend() ? nullptr : &it.value();
}

void CodeSearchIndex::addText(FieldMasks &words, MatchField field, const QString &text)
{
    if (text.isEmpty())
        return;
    const bool keepNumbers = field == MatchField::Reference;
    for (const QString &word : TextNormalizer::words(text)) {
        // Filler words are never searched for, so they need no postings.
        if ((keepNumbers || !isNumber(word)) && !TextNormalizer::isStopword(word))
            words[word] |= field;
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
        words[joined] |= field;
    }
}

void CodeSearchIndex::addDocument(const CodeEntry *entry, const ResponseCode &code)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    Document document;
    document.code = code.code;
    document.codeClass = code.codeClass();
    document.registered = code.isRegistered();
    document.number = QString::number(code.code);

    FieldMasks words;
    auto add = [&](MatchField field, const QString &translated, const QString &source) {
        addText(words, field, translated);
        if (source != translated)
            addText(words, field, source);
    };
    auto addList = [&](MatchField field, const QStringList &translated, const QStringList &source) {
        add(field, translated.join(u'\n'), source.join(u'\n'));
    };

    add(MatchField::Reason, code.reason, code.reason);
    addList(MatchField::PhraseVariant, code.phraseVariants, code.phraseVariants);
    const QStringList sourceKeywords = entry ? englishKeywords(entry->keywords) : QStringList();
    addList(MatchField::Keyword, code.keywords, sourceKeywords);
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
    for (const Q850Cause &cause : causes) {
        add(MatchField::Q850, cause.name, englishCauseName(cause.cause));
        appendNormalized(document.causeNames, {cause.name, englishCauseName(cause.cause)});
    }

    for (const RfcRef &ref : code.refs) {
        QString text = ref.document;
        if (ref.document.startsWith(u"RFC"_s))
            text += u" RFC "_s + ref.document.mid(3);
        add(MatchField::Reference, text, text);
    }

    appendNormalized(document.titles, QStringList{code.reason} + code.phraseVariants);
    appendNormalized(document.keywords, code.keywords + sourceKeywords);
    appendNormalized(document.sentences, {code.summary, entry ? english(entry->summary) : QString()});

    const int index = int(m_documents.size());
    m_documents.append(document);
    m_documentOfCode.insert(code.code, index);

    addPostings(index, words, m_words);
    FieldMasks stems;
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        stems[TextNormalizer::stem(it.key())] |= it.value();
    addPostings(index, stems, m_stems);
}

void CodeSearchIndex::addPostings(int document, const FieldMasks &words,
                                  QHash<QString, Postings> &table)
{
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        table[it.key()].append({document, combinedWeight(it.value()), it.value()});
}

} // namespace SipScope
