// The search's own data beside the catalog: help-desk vocabulary per code in English,
// German, French and Spanish (data/vocabulary_*.cpp), synonym groups with their members
// per language (data/searchsynonyms.cpp) and how often each code is met
// (data/codefrequency.cpp). Search data only: never shown, so not marked for
// translation. A search covers English and the active language, never a third one: a
// German word finds nothing while French is active. docs/search.md says why the
// vocabulary is kept apart from the catalog's translated keywords.
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
// One group of words meaning the same, per language; members separated by '|'.
struct SynonymGroup
{
    const char *english;
    const char *german;
    const char *french;
    const char *spanish;
};
std::span<const SynonymGroup> synonymGroups();

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
    // The language the search covers beside English: "de", "fr", "es", or "en" when
    // the interface is English. Read from the installed translation (the translators
    // write their language's code), so it follows a language switch.
    static QString activeLanguage();
    // Every phrase for `code` in English and in `language` ("en", "de", "fr", "es").
    static QStringList phrases(int code, const QString &language);
    // The other words, in English and in `language`, of every synonym group in which
    // `word` (normalized) is an English word or a word of `language`; normalized.
    static QStringList synonymsOf(const QString &word, const QString &language);
    // How often help desks meet `code`, 1..5; 1 for a code the table does not list.
    static int frequencyTier(int code);
};

} // namespace SipScope
