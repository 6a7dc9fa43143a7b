// The search's own data beside the catalog: help-desk vocabulary per code in English,
// German, French and Spanish (data/vocabulary_*.cpp), cross-language synonym groups
// (data/searchsynonyms.cpp) and how often each code is met (data/codefrequency.cpp).
// Search data only: never shown, so not marked for translation. docs/search.md says
// why it is kept apart from the catalog's translated keywords.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace SipScope {

namespace SearchData {

struct CodeVocabulary
{
    int code;
    const char *phrases; // UTF-8, separated by '|'
};

std::span<const CodeVocabulary> vocabularyEnglish();
std::span<const CodeVocabulary> vocabularyGerman();
std::span<const CodeVocabulary> vocabularyFrench();
std::span<const CodeVocabulary> vocabularySpanish();
std::span<const char *const> synonymGroups();

struct CodeFrequency
{
    int code;
    int tier; // 1 (rarely met) .. 5 (met every day)
};
std::span<const CodeFrequency> codeFrequencies();

} // namespace SearchData

class SearchVocabulary final
{
public:
    // Every phrase for `code`, all four languages.
    static QStringList phrases(int code);
    // The other words of every synonym group `word` (normalized) belongs to, normalized.
    static const QStringList &synonymsOf(const QString &word);
    // How often help desks meet `code`, 1..5; 1 for a code the table does not list.
    static int frequencyTier(int code);
};

} // namespace SipScope
