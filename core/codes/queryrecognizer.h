// Finds in a search query what names a code in its own way, with the same rules as
// Explain (ExplainScanner) plus the short forms a help desk types: Q.850 causes
// ("cause 17", "q850 34", "Ursache 21", "Reason: Q.850;cause=21"), Warning codes
// ("warning 399"), pasted status lines ("SIP/2.0 404 Not Found"), codes in context
// ("code=486", FreeSWITCH "[completed][480]") and vendor numbers (Teams "560486").
// CodeSearch ranks the codes found first and searches the rest of the query as words.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SipScope {

struct QueryRecognition
{
    enum class Kind {
        Code,       // a SIP code written in a form of its own (status line, code=, vendor)
        Q850Cause,  // a Q.850 cause; `codes` are what RFC 3398 §7.2.4.1 maps it to
        Warning,    // a Warning header code (RFC 3261 §20.43); `codes` is empty
    };
    Kind kind = Kind::Code;
    int value = 0;     // the code, cause or warn-code
    QList<int> codes;  // the SIP codes to list first, best first
    QString note;      // one translated sentence for the user; may be empty for a Code
    bool operator==(const QueryRecognition &) const = default;
};

struct RecognizedQuery
{
    QList<QueryRecognition> recognitions;
    QString rest; // the query with the recognised parts blanked out
};

class QueryRecognizer final
{
    Q_DECLARE_TR_FUNCTIONS(SipScope::QueryRecognizer)
public:
    static RecognizedQuery recognize(const QString &query);
};

} // namespace SipScope
