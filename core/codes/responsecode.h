// One SIP response code, with every text already translated into the active language.
#pragma once

#include "codeentry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace SipScope {

// A reference to a defining document, e.g. RFC 3261 §21.4.24.
struct RfcRef
{
    QString document;   // "RFC3261"
    QString section;    // "21.4.24", may be empty

    QString label() const;   // "RFC 3261 §21.4.24"
    QUrl url() const;        // https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24
    bool operator==(const RfcRef &) const = default;
};

// A Q.850 cause value with its name (names translated).
struct Q850Cause
{
    int cause = 0;
    QString name;
};

struct ResponseCode
{
    int code = 0;
    QString reason;            // registered phrase (protocol text, never translated)
    CodeKind kind = CodeKind::Registered;
    QList<RfcRef> refs;
    QString source;            // non-registered codes: where it comes from
    QString summary;
    QString meaning;
    QString technical;
    QStringList causes;
    QStringList actions;
    QStringList keywords;
    QList<int> related;
    QList<Q850Cause> q850;     // causes that RFC 3398 §7.2.4.1 maps to this code
    QList<Q850Cause> q850Out;  // what RFC 3398 §8.2.6.1 maps this code to (0 or 1 entry)
    QStringList phraseVariants;// other phrases seen on the wire for this code
    // For any unregistered code in 100..699 (ClassFallback or non-standard): the code a
    // receiver reads it as (x00, or 183 for 1xx), RFC 3261 §8.1.3.2. 0 otherwise.
    int treatedAs = 0;

    bool isValid() const { return code != 0; }
    bool isRegistered() const { return kind == CodeKind::Registered; }
    bool isFinal() const { return code >= 200; }
    int codeClass() const { return code / 100; }
    QString classLabel() const { return QString::number(codeClass()) + QStringLiteral("xx"); }
};

// Translated name of a CodeKind, e.g. "not registered (local status)".
QString codeKindLabel(CodeKind kind);
// Stable machine token of a CodeKind for JSON: "registered", "unregistered",
// "local_only", "analyser_label", "class_fallback".
QString codeKindToken(CodeKind kind);

} // namespace SipScope
