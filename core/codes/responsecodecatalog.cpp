#include "responsecodecatalog.h"

#include "catalogdata.h"
#include "q850.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    if (!text || !*text)
        return {};
    return QCoreApplication::translate(CatalogContext, text);
}

QString trQ850(const char *text)
{
    return text ? QCoreApplication::translate("Q850", text) : QString();
}

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines;
}

QStringList splitKeywords(const QString &text)
{
    QStringList words = text.split(u',', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.trimmed();
    words.removeAll(QString());
    return words;
}

QList<RfcRef> parseRefs(const char *refs)
{
    QList<RfcRef> out;
    if (!refs)
        return out;
    const QStringList parts = QString::fromLatin1(refs).split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype hash = part.indexOf(u'#');
        if (hash < 0)
            out.append({part, {}});
        else
            out.append({part.left(hash), part.mid(hash + 1)});
    }
    return out;
}

QList<int> parseCodes(const char *codes)
{
    QList<int> out;
    if (!codes)
        return out;
    const QStringList parts = QString::fromLatin1(codes).split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (ok)
            out.append(value);
    }
    return out;
}

} // namespace

const ResponseCodeCatalog &ResponseCodeCatalog::instance()
{
    static const ResponseCodeCatalog catalog;
    return catalog;
}

ResponseCodeCatalog::ResponseCodeCatalog()
{
    using namespace CatalogData;
    for (auto table : {provisional(), success(), redirection(), clientFailureLow(),
                       clientFailureHigh(), serverFailure(), globalFailure(), nonStandard()}) {
        for (const CodeEntry &entry : table)
            m_entries.append(&entry);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const CodeEntry *a, const CodeEntry *b) { return a->code < b->code; });
}

ResponseCode ResponseCodeCatalog::build(const CodeEntry &entry) const
{
    ResponseCode code;
    code.code = entry.code;
    code.reason = QString::fromUtf8(entry.reason);
    code.kind = entry.kind;
    code.refs = parseRefs(entry.refs);
    code.source = tr(entry.source);
    code.summary = tr(entry.summary);
    code.meaning = tr(entry.meaning);
    code.technical = tr(entry.technical);
    code.causes = splitLines(tr(entry.causes));
    code.actions = splitLines(tr(entry.actions));
    code.keywords = splitKeywords(tr(entry.keywords));
    code.related = parseCodes(entry.related);
    // RFC 3261 §8.1.3.2 applies to a non-standard code on the wire as to any unknown one.
    if (entry.kind != CodeKind::Registered && entry.code >= 100 && entry.code <= 699)
        code.treatedAs = entry.code < 200 ? 183 : entry.code / 100 * 100;
    code.q850 = q850CausesFor(entry.code);
    if (auto out = q850ForSipCode(entry.code))
        code.q850Out.append(*out);
    for (const auto &variant : CatalogData::phraseVariants()) {
        if (variant.code == entry.code)
            code.phraseVariants.append(QString::fromUtf8(variant.phrase));
    }
    return code;
}

QList<ResponseCode> ResponseCodeCatalog::codes(bool includeNonStandard) const
{
    QList<ResponseCode> out;
    out.reserve(m_entries.size());
    for (const CodeEntry *entry : m_entries) {
        if (includeNonStandard || entry->kind == CodeKind::Registered)
            out.append(build(*entry));
    }
    return out;
}

QList<int> ResponseCodeCatalog::codeNumbers(bool includeNonStandard) const
{
    QList<int> out;
    for (const CodeEntry *entry : m_entries) {
        if (includeNonStandard || entry->kind == CodeKind::Registered)
            out.append(entry->code);
    }
    return out;
}

std::optional<ResponseCode> ResponseCodeCatalog::find(int code) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), code,
                                     [](const CodeEntry *e, int c) { return e->code < c; });
    if (it == m_entries.cend() || (*it)->code != code)
        return std::nullopt;
    return build(**it);
}

std::optional<ResponseCode> ResponseCodeCatalog::explain(int code) const
{
    if (auto found = find(code))
        return found;
    if (code < 100 || code > 699)
        return std::nullopt;

    // RFC 3261 §8.1.3.2: an unrecognised final response is treated as the x00 of its
    // class; an unrecognised provisional one other than 100 as 183.
    const int codeClass = code / 100;
    const int treatedAs = codeClass == 1 ? 183 : codeClass * 100;
    const CodeClassInfo info = classInfo(codeClass);
    ResponseCode fallback;
    fallback.code = code;
    fallback.kind = CodeKind::ClassFallback;
    fallback.treatedAs = treatedAs;
    fallback.refs = {{u"RFC3261"_s, u"8.1.3.2"_s}, {u"RFC3261"_s, u"21"_s}};
    fallback.summary = info.summary;
    fallback.meaning = info.meaning;
    fallback.technical = info.technical;
    fallback.actions = info.actions;
    fallback.keywords = info.keywords;
    fallback.related = {treatedAs};
    return fallback;
}

LookupResult ResponseCodeCatalog::lookup(const QString &text) const
{
    LookupResult result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = LookupError::Empty;
        result.errorMessage = QCoreApplication::translate(
            "Catalog", "No code given: enter a SIP response code such as 486.");
        return result;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    // "-1" is a number, just not a code: it is reported as out of range.
    const auto digitsFrom = trimmed.startsWith(u'-') ? trimmed.cbegin() + 1 : trimmed.cbegin();
    if (!ok || !std::all_of(digitsFrom, trimmed.cend(), [](QChar c) { return c.isDigit(); })) {
        result.error = LookupError::NotANumber;
        result.errorMessage = QCoreApplication::translate(
            "Catalog", "\"%1\" is not a number: a SIP response code has three digits, such as 486.")
                .arg(trimmed);
        return result;
    }
    if (auto code = explain(value)) {
        result.code = std::move(code);
        return result;
    }
    result.error = LookupError::OutOfRange;
    result.errorMessage = QCoreApplication::translate(
        "Catalog", "%1 is not a SIP response code: SIP codes run from 100 to 699.").arg(trimmed);
    return result;
}

CodeClassInfo ResponseCodeCatalog::classInfo(int codeClass) const
{
    CodeClassInfo info;
    for (const ClassEntry &entry : CatalogData::classes()) {
        if (entry.codeClass != codeClass)
            continue;
        info.codeClass = codeClass;
        info.label = QString::number(codeClass) + u"xx"_s;
        info.name = tr(entry.name);
        info.summary = tr(entry.summary);
        info.meaning = tr(entry.meaning);
        info.technical = tr(entry.technical);
        info.actions = splitLines(tr(entry.actions));
        info.keywords = splitKeywords(tr(entry.keywords));
        break;
    }
    return info;
}

QList<Q850Cause> ResponseCodeCatalog::q850CausesFor(int sipCode) const
{
    QList<Q850Cause> out;
    for (const auto &row : Q850::causeToSip()) {
        if (row.sipCode != sipCode)
            continue;
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&](const Q850Cause &c) { return c.cause == row.cause; });
        if (!seen)
            out.append({row.cause, q850CauseName(row.cause)});
    }
    return out;
}

std::optional<int> ResponseCodeCatalog::sipCodeForQ850(int cause) const
{
    const QList<int> codes = sipCodesForQ850(cause);
    if (codes.isEmpty())
        return std::nullopt;
    return codes.first();
}

QList<int> ResponseCodeCatalog::sipCodesForQ850(int cause) const
{
    QList<int> out;
    for (const auto &row : Q850::causeToSip()) {
        if (row.cause == cause && row.sipCode != 0)
            out.append(row.sipCode);
    }
    return out;
}

std::optional<Q850Cause> ResponseCodeCatalog::q850ForSipCode(int sipCode) const
{
    for (const auto &row : Q850::sipToCause()) {
        if (row.sipCode == sipCode && row.cause != 0)
            return Q850Cause{row.cause, q850CauseName(row.cause)};
    }
    return std::nullopt;
}

QString ResponseCodeCatalog::q850CauseName(int cause) const
{
    for (const auto &row : Q850::causeNames()) {
        if (row.cause == cause)
            return trQ850(row.name);
    }
    return {};
}

QList<int> ResponseCodeCatalog::q850Causes() const
{
    QList<int> out;
    for (const auto &row : Q850::causeNames())
        out.append(row.cause);
    return out;
}

QString ResponseCodeCatalog::registeredPhrase(int code) const
{
    const auto found = find(code);
    if (!found || !found->isRegistered())
        return {};
    return found->reason;
}

} // namespace SipScope
