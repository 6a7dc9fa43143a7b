#include "codephrases.h"

#include "responsecodecatalog.h"

#include <QHash>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Every phrase that names a code on the wire: the registered one, the part before a
// parenthesis ("Accepted (Deprecated)" is sent as "Accepted"), and the variants seen in
// real equipment. Phrases are protocol text, so this does not depend on the language.
struct Phrases
{
    QString registered;
    QStringList variants;
};

const QHash<int, Phrases> &phraseTable()
{
    static const QHash<int, Phrases> table = [] {
        QHash<int, Phrases> out;
        for (const ResponseCode &code : ResponseCodeCatalog::instance().codes(true)) {
            Phrases phrases{code.reason, code.phraseVariants};
            const qsizetype paren = code.reason.indexOf(u" ("_s);
            if (paren > 0)
                phrases.variants.append(code.reason.left(paren));
            out.insert(code.code, phrases);
        }
        return out;
    }();
    return table;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool startsWithAt(const QString &text, qsizetype pos, const QString &phrase)
{
    if (phrase.isEmpty() || pos < 0 || pos + phrase.size() > text.size())
        return false;
    if (QStringView(text).mid(pos, phrase.size()).compare(phrase, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = pos + phrase.size();
    return end == text.size() || !isWordChar(text.at(end));
}

qsizetype skipSpaces(const QString &text, qsizetype pos)
{
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;
    return pos;
}

} // namespace

CodePhrases::Hit CodePhrases::at(const QString &text, qsizetype pos, int code)
{
    const auto it = phraseTable().constFind(code);
    if (it == phraseTable().cend())
        return {};
    if (startsWithAt(text, pos, it->registered))
        return {pos, pos + it->registered.size(), pos + it->registered.size(), PhraseMatch::Registered};
    for (const QString &variant : it->variants) {
        if (startsWithAt(text, pos, variant))
            return {pos, pos + variant.size(), pos + variant.size(), PhraseMatch::Variant};
    }
    return {};
}

CodePhrases::Hit CodePhrases::after(const QString &text, qsizetype pos, int code)
{
    qsizetype p = skipSpaces(text, pos);
    QChar closer;
    if (p < text.size() && (text.at(p) == u'"' || text.at(p) == u'\'' || text.at(p) == u'(')) {
        closer = text.at(p) == u'(' ? u')' : text.at(p);
        ++p;
    } else if (p > pos && p + 1 < text.size() && (text.at(p) == u'-' || text.at(p) == u':')
               && text.at(p + 1) == u' ') {
        p = skipSpaces(text, p + 1);
    } else if (p == pos) {
        return {}; // "486Busy" is not a code with a phrase
    }
    Hit hit = at(text, p, code);
    if (hit.found() && !closer.isNull() && hit.end < text.size() && text.at(hit.end) == closer)
        ++hit.end;
    return hit;
}

CodePhrases::Hit CodePhrases::before(const QString &text, qsizetype numStart, qsizetype numEnd, int code)
{
    if (numStart < 2 || numEnd >= text.size())
        return {};
    const QChar open = text.at(numStart - 1);
    const QChar close = text.at(numEnd);
    if (!((open == u'(' && close == u')') || (open == u'[' && close == u']')))
        return {};
    qsizetype end = numStart - 1;
    while (end > 0 && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        --end;
    const auto it = phraseTable().constFind(code);
    if (it == phraseTable().cend())
        return {};
    auto test = [&](const QString &phrase, PhraseMatch match) -> Hit {
        const qsizetype start = end - phrase.size();
        if (phrase.isEmpty() || start < 0 || (start > 0 && isWordChar(text.at(start - 1))))
            return {};
        if (QStringView(text).mid(start, phrase.size()).compare(phrase, Qt::CaseInsensitive) != 0)
            return {};
        return {start, end, numEnd + 1, match};
    };
    if (Hit hit = test(it->registered, PhraseMatch::Registered); hit.found())
        return hit;
    for (const QString &variant : it->variants) {
        if (Hit hit = test(variant, PhraseMatch::Variant); hit.found())
            return hit;
    }
    return {};
}

bool CodePhrases::has(int code)
{
    return phraseTable().contains(code);
}

} // namespace SipScope
