// The JSON shapes sipscope-cli prints. Keys are stable: scripts depend on them.
#pragma once

#include "codes/responsecode.h"
#include "codes/warningcodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

class QTextStream;

namespace SipScope::Cli {

class JsonOutput final
{
public:
    // The full explanation of a code: code, reason, class, class_name, registered,
    // kind, kind_label, rfc, refs, summary, meaning, technical, causes, actions,
    // keywords, related, q850, q850_names, q850_out, q850_note, phrase_variants, source,
    // treated_as, treated_as_reason.
    static QJsonObject code(const ResponseCode &code);
    // ["RFC3261", "RFC3262"]: each defining document once, in order.
    static QJsonArray rfcList(const QList<RfcRef> &refs);
    // [{document, section, label, url}]
    static QJsonArray refs(const QList<RfcRef> &refs);
    static QJsonObject warning(const WarningCode &warning);

    // Prints one JSON document, indented, UTF-8, ending with a newline.
    static void print(QTextStream &out, const QJsonObject &object);
    static void print(QTextStream &out, const QJsonArray &array);
};

} // namespace SipScope::Cli
