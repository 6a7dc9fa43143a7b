#include "searchvocabulary.h"

#include "responsecodecatalog.h"
#include "textnormalizer.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QStringList SearchVocabulary::phrases(int code)
{
    static const QHash<int, QStringList> table = [] {
        QHash<int, QStringList> out;
        using namespace SearchData;
        for (auto language : {vocabularyEnglish(), vocabularyGerman(), vocabularyFrench(), vocabularySpanish()}) {
            for (const CodeVocabulary &entry : language)
                out[entry.code].append(QString::fromUtf8(entry.phrases).split(u'|', Qt::SkipEmptyParts));
        }
        return out;
    }();
    return table.value(code);
}

const QStringList &SearchVocabulary::synonymsOf(const QString &word)
{
    // Keyed by the normalized word; a multi-word member ("mot de passe") is reached
    // through its first meaningful word only when that word is not itself ambiguous,
    // so only one-word members are keys.
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> out;
        for (const char *group : SearchData::synonymGroups()) {
            QStringList members;
            for (const QString &member : QString::fromUtf8(group).split(u'|', Qt::SkipEmptyParts))
                members.append(TextNormalizer::normalize(member));
            for (const QString &member : members) {
                if (member.contains(u' '))
                    continue;
                QStringList &others = out[member];
                for (const QString &other : members) {
                    if (other != member && !others.contains(other))
                        others.append(other);
                }
            }
        }
        return out;
    }();
    static const QStringList none;
    const auto it = table.constFind(word);
    return it == table.cend() ? none : it.value();
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
