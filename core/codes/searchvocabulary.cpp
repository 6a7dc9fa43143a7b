#include "searchvocabulary.h"

#include "responsecodecatalog.h"
#include "textnormalizer.h"

#include <QCoreApplication>

#include <array>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr const char *languages[] = {"en", "de", "fr", "es"};

int languageIndex(const QString &language)
{
    for (int i = 0; i < 4; ++i) {
        if (language == QLatin1StringView(languages[i]))
            return i;
    }
    return 0;
}

std::span<const SearchData::CodeVocabulary> vocabularyOf(int language)
{
    using namespace SearchData;
    switch (language) {
    case 1: return vocabularyGerman();
    case 2: return vocabularyFrench();
    case 3: return vocabularySpanish();
    default: return vocabularyEnglish();
    }
}

QStringList members(const char *column)
{
    QStringList out;
    for (const QString &member : QString::fromUtf8(column).split(u'|', Qt::SkipEmptyParts))
        out.append(TextNormalizer::normalize(member));
    return out;
}

// Per language, the synonyms of each one-word member: in its own language and in English.
// A multi-word member ("mot de passe") is found, never searched for: the words of a
// phrase are searched one by one.
using SynonymTable = QHash<QString, QStringList>;

SynonymTable synonymTable(int language)
{
    SynonymTable out;
    for (const SearchData::SynonymGroup &group : SearchData::synonymGroups()) {
        const char *columns[] = {group.english, group.german, group.french, group.spanish};
        QStringList words = members(columns[0]);
        if (language != 0)
            words.append(members(columns[language]));
        words.removeDuplicates();
        for (const QString &word : std::as_const(words)) {
            if (word.contains(u' '))
                continue;
            QStringList &others = out[word];
            for (const QString &other : std::as_const(words)) {
                if (other != word && !others.contains(other))
                    others.append(other);
            }
        }
    }
    return out;
}

} // namespace

QString SearchVocabulary::activeLanguage()
{
    const QString language = QCoreApplication::translate(
        "CodeSearch", "en",
        "The two-letter code of the language of this translation (de, fr, es): the search "
        "matches the help-desk words of this language and of English");
    return languageIndex(language) == 0 ? u"en"_s : language;
}

QStringList SearchVocabulary::phrases(int code, const QString &language)
{
    static const auto tables = [] {
        std::array<QHash<int, QStringList>, 4> out;
        for (int i = 0; i < 4; ++i) {
            for (const SearchData::CodeVocabulary &entry : vocabularyOf(i))
                out[i][entry.code].append(QString::fromUtf8(entry.phrases).split(u'|', Qt::SkipEmptyParts));
        }
        return out;
    }();
    const int index = languageIndex(language);
    QStringList out = tables[0].value(code);
    if (index != 0)
        out.append(tables[index].value(code));
    return out;
}

QStringList SearchVocabulary::synonymsOf(const QString &word, const QString &language)
{
    static const auto tables = [] {
        std::array<SynonymTable, 4> out;
        for (int i = 0; i < 4; ++i)
            out[i] = synonymTable(i);
        return out;
    }();
    return tables[languageIndex(language)].value(word);
}

int SearchVocabulary::frequencyTier(int code)
{
    static const QHash<int, int> table = [] {
        QHash<int, int> out;
        for (const SearchData::CodeFrequency &entry : SearchData::codeFrequencies())
            out.insert(entry.code, entry.tier);
        return out;
    }();
    if (const auto it = table.constFind(code); it != table.cend())
        return it.value();
    const auto rc = ResponseCodeCatalog::instance().find(code);
    return rc && rc->isRegistered() ? 2 : 1;
}

} // namespace SipScope
