// The catalog of SIP response codes: every IANA-registered code, the non-standard
// codes seen in the field (flagged by kind), the six class explanations, the RFC 3398
// Q.850 mappings, and the phrase variants. Read-only, built from compiled-in tables.
#pragma once

#include "responsecode.h"

#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct CodeClassInfo
{
    int codeClass = 0;   // 1..6
    QString label;       // "4xx"
    QString name;        // "Client Failure" (translated)
    QString summary;
    QString meaning;
    QString technical;
    QStringList actions;
    QStringList keywords;
};

// Why a lookup failed, so callers can print a specific message.
enum class LookupError {
    Empty,          // ""
    NotANumber,     // "4a6", "abc"
    OutOfRange,     // "99", "700" when not a known non-standard code, "-1"
};

struct LookupResult
{
    std::optional<ResponseCode> code;
    std::optional<LookupError> error;
    QString errorMessage; // translated, one line, names what is wrong
};

class ResponseCodeCatalog final
{
public:
    // The shared instance. Texts are translated when they are read, so a
    // language change takes effect on the next call.
    static const ResponseCodeCatalog &instance();

    // All codes in ascending order. includeNonStandard adds the non-registered ones.
    QList<ResponseCode> codes(bool includeNonStandard = false) const;
    QList<int> codeNumbers(bool includeNonStandard = false) const;

    // Exact lookup of a catalog entry (registered or non-standard).
    std::optional<ResponseCode> find(int code) const;

    // What a receiver makes of `code`: the entry if the catalog has one; for an unknown
    // code in 100..699 the class explanation per RFC 3261 §8.1.3.2 / §21 (kind
    // ClassFallback, treatedAs = x00, or 183 for an unknown 1xx); nullopt otherwise.
    std::optional<ResponseCode> explain(int code) const;

    // Parses user text ("486", " 486 ", "499") and explains it; invalid text
    // ("", "99", "700", "4a6") gives a typed error with a message.
    LookupResult lookup(const QString &text) const;

    CodeClassInfo classInfo(int codeClass) const; // 1..6; invalid → codeClass 0

    // RFC 3398 tables.
    QList<Q850Cause> q850CausesFor(int sipCode) const;          // §7.2.4.1, cause → code
    std::optional<int> sipCodeForQ850(int cause) const;         // first mapping of a cause
    QList<int> sipCodesForQ850(int cause) const;                // all (cause 22 has two)
    std::optional<Q850Cause> q850ForSipCode(int sipCode) const; // §8.2.6.1, code → cause
    QString q850CauseName(int cause) const;                     // empty if unknown
    QList<int> q850Causes() const;                              // every cause we know of

    // Registered phrase for a code if registered, else empty.
    QString registeredPhrase(int code) const;

private:
    ResponseCodeCatalog();
    ResponseCode build(const CodeEntry &entry) const;
    QList<const CodeEntry *> m_entries; // sorted by code
};

} // namespace SipScope
