// Paste and explain: finds the SIP and ISDN status information in free text (a log
// line, a whole SIP response, a header, a provider's call record) and explains each
// piece with the catalog. A pure function of the text; the texts it returns are in the
// active language. docs/explain.md lists what is recognised and what deliberately is not.
#pragma once

#include "responsecode.h"
#include "vendorcodes.h"
#include "warningcodes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

enum class ExplainKind {
    StatusLine,  // "SIP/2.0 486 Busy Here" (RFC 3261 §7.2)
    SipReason,   // "Reason: SIP;cause=480;text=..." (RFC 3326)
    Q850Reason,  // "Reason: Q.850;cause=17" (RFC 3326; in responses RFC 6432)
    Warning,     // "Warning: 399 host "text"" (RFC 3261 §20.43), one finding per warn-value
    RetryAfter,  // "Retry-After: 120 (comment);duration=600" (RFC 3261 §20.33)
    BareCode,    // a code in clear context: "486 Busy Here", "code=486", "Busy Here (486)"
    Q850Cause,   // a Q.850 cause outside a Reason header: "hangup cause 17", "USER_BUSY"
};

// JSON token of a kind: "status_line", "sip_reason", "q850_reason", "warning",
// "retry_after", "bare_code", "q850_cause".
QString explainKindToken(ExplainKind kind);
// Translated label of a kind, e.g. "Q.850 Reason header".
QString explainKindLabel(ExplainKind kind);

// How the phrase written next to a code compares with the catalog (RFC 3261 §21: the
// code is normative, the phrase only advice).
enum class PhraseMatch {
    None,        // no phrase written
    Registered,  // the registered phrase (any letter case)
    Variant,     // a variant seen in real equipment
    Different,   // something else
};

QString phraseMatchToken(PhraseMatch match); // "none", "registered", "variant", "different"

struct ExplainFinding
{
    ExplainKind kind = ExplainKind::BareCode;

    // Where: the exact matched text, its offset and length in UTF-16 code units of the
    // input, and its 1-based line and column.
    QString text;
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 0;
    int column = 0;

    // Parsed values (0 / empty when the kind has none).
    int code = 0;               // SIP response code, or the warn-code of a Warning
    QString phrase;             // reason phrase, Reason text=, or warn-text, as written
    PhraseMatch phraseMatch = PhraseMatch::None;
    QString warnAgent;          // Warning: the warn-agent
    int cause = 0;              // Q.850 cause value
    QString causeToken;         // the symbolic name as written, e.g. "USER_BUSY"
    qint64 retryAfterSeconds = -1;
    qint64 retryDuration = -1;  // Retry-After ;duration= parameter, seconds
    QString retryComment;
    // A vendor number the code was read from (Teams "560486", Zoom), if any.
    std::optional<VendorCode> vendorCode;

    // Explanation, translated.
    // The catalog entry of `code`; for a Q.850 cause, of the SIP code RFC 3398 §7.2.4.1
    // maps it to. ClassFallback for an unregistered code in 100..699.
    std::optional<ResponseCode> response;
    QString causeName;          // Q.850 cause name; empty when the catalog has none
    QList<int> mappedCodes;     // RFC 3398 §7.2.4.1 (cause 22 has two, cause 16 none)
    std::optional<WarningCode> warning; // registered warn-code, if it is one
    QString title;              // one line, e.g. "486 Busy Here" or "Q.850 cause 17: User busy"
    QString explanation;        // one or two plain sentences
    QStringList notes;          // remarks: phrase differs, unregistered code, ...
};

class Explainer final
{
    Q_DECLARE_TR_FUNCTIONS(SipScope::Explainer)
public:
    // Every finding in `text`, in order of appearance. Never fails: text with nothing
    // recognisable (garbage, binary, empty) gives an empty list.
    static QList<ExplainFinding> explain(const QString &text);

    // "2 minutes", "1 hour 30 minutes", "45 seconds" (translated).
    static QString formatDuration(qint64 seconds);
};

} // namespace SipScope
