// The inverted index behind CodeSearch: every search word of every catalog code, in
// the current language and in English, plus the help-desk vocabulary of those two
// languages, with the fields it occurs in. Internal to core/codes; CodeSearch is the
// public face. docs/search.md describes the keys and why they exist.
#pragma once

#include "codesearch.h"
#include "responsecode.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SipScope {

class CodeSearchIndex final
{
public:
    struct Document
    {
        int code = 0;
        int codeClass = 0;
        bool registered = true;
        int frequencyTier = 1;   // SearchVocabulary::frequencyTier
        QString number;          // "486"
    };

    // One key occurring in one document.
    struct Posting
    {
        int document = 0;
        int weight = 0;          // best field weight, plus a little for the others
        MatchFields fields;
    };
    using Postings = QList<Posting>;

    CodeSearchIndex();

    const QList<Document> &documents() const { return m_documents; }
    // SearchVocabulary::activeLanguage() when the index was built: the query's synonyms
    // come from this language and English, as the indexed texts do.
    const QString &language() const { return m_language; }
    int documentOf(int code) const { return m_documentOfCode.value(code, -1); }

    // Keys are built by key(): a word, its stem or its root, with a leading '~' when
    // a negation comes before it ("not found" → "~found").
    const Postings *exact(const QString &key) const { return find(m_words, key); }
    const Postings *stemmed(const QString &key) const { return find(m_stems, key); }
    const Postings *rooted(const QString &key) const { return find(m_roots, key); }
    const Postings *looselyRooted(const QString &key) const { return find(m_looseRoots, key); }
    // Two neighbouring meaningful words as roots, "busi here", "~exist anywher".
    const Postings *pair(const QString &key) const { return find(m_pairs, key); }
    // A whole reason phrase, keyword, vocabulary phrase or Q.850 cause name as roots.
    const Postings *phrase(const QString &key) const { return find(m_phrases, key); }

    // A compound no indexed word matches, cut in two where at least one side is an
    // indexed word (or has an indexed root) of four letters or more, German linking
    // "s", "es", "n", "en", "e" dropped from the first part: "weiterleitungsschleife" →
    // "weiterleitung", "schleife"; "besetztzeichen" → "besetzt", "zeichen". Empty when no
    // cut has a known side. The split whose known sides are longest wins; *bothKnown
    // says whether both sides are.
    QStringList compoundParts(const QString &word, bool *bothKnown) const;

    struct Word
    {
        QString text;
        const Postings *postings = nullptr;
        quint64 letters = 0; // letterMask(text)
    };
    // Every indexed word, sorted, for prefix scans.
    const QList<Word> &sortedWords() const { return m_sortedWords; }
    // The indexed words of one length, for typo scans; empty beyond the longest word.
    const QList<Word> &wordsOfLength(qsizetype length) const;

    static int fieldWeight(MatchField field);
    // One bit a character (folded into 64 buckets). An edit adds or removes at most
    // one character, so words whose masks differ in more than n bits each way are
    // more than n edits apart: a cheap filter before the edit distance.
    static quint64 letterMask(QStringView word);

    // The meaningful words of a text as (negation-marked) words and roots, shared by
    // the index and the query so that both sides read text the same way.
    struct Token
    {
        QString word;    // normalized, "~" in front when negated
        QString root;    // TextNormalizer::root, "~" in front when negated
        bool negated = false;
    };
    static QList<Token> tokens(const QString &text, bool keepNumbers);
    static QString phraseKey(const QList<Token> &tokens);

private:
    using FieldMasks = QHash<QString, MatchFields>;
    struct DocumentKeys
    {
        FieldMasks words, pairs, phrases;
    };
    static const Postings *find(const QHash<QString, Postings> &table, const QString &key);
    void addText(DocumentKeys &keys, MatchField field, const QString &text);
    void addPhrases(DocumentKeys &keys, MatchField field, const QStringList &phrases);
    void addDocument(const CodeEntry *english, const ResponseCode &code);
    void addPostings(int document, const FieldMasks &words, QHash<QString, Postings> &table);

    QString m_language;
    QList<Document> m_documents;
    QHash<int, int> m_documentOfCode;
    QHash<QString, Postings> m_words;
    QHash<QString, Postings> m_stems;
    QHash<QString, Postings> m_roots;
    QHash<QString, Postings> m_looseRoots;
    QHash<QString, Postings> m_pairs;
    QHash<QString, Postings> m_phrases;
    QList<Word> m_sortedWords;
    QList<QList<Word>> m_wordsByLength;
};

} // namespace SipScope
