// The inverted index behind CodeSearch: every search word of every catalog code, in
// the current language and in English, with the fields it occurs in. Internal to
// core/codes; CodeSearch is the public face.
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
        QString number;          // "486"
        // For phrase matching, normalized and padded: " busy here ".
        QStringList titles;      // reason phrase and phrase variants
        QStringList keywords;    // keyword phrases
        QStringList sentences;   // summaries
        QStringList causeNames;  // Q.850 cause names, as gateway logs print them
    };

    // One word occurring in one document.
    struct Posting
    {
        int document = 0;
        int weight = 0;          // best field weight, plus a little for the others
        MatchFields fields;
    };
    using Postings = QList<Posting>;

    CodeSearchIndex();

    const QList<Document> &documents() const { return m_documents; }
    int documentOf(int code) const { return m_documentOfCode.value(code, -1); }

    const Postings *exact(const QString &word) const;
    const Postings *stemmed(const QString &stem) const;
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

private:
    using FieldMasks = QHash<QString, MatchFields>;
    void addText(FieldMasks &words, MatchField field, const QString &text);
    void addDocument(const CodeEntry *english, const ResponseCode &code);
    void addPostings(int document, const FieldMasks &words, QHash<QString, Postings> &table);

    QList<Document> m_documents;
    QHash<int, int> m_documentOfCode;
    QHash<QString, Postings> m_words;
    QHash<QString, Postings> m_stems;
    QList<Word> m_sortedWords;
    QList<QList<Word>> m_wordsByLength;
};

} // namespace SipScope
