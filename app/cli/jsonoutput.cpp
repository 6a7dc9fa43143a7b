#include "jsonoutput.h"

#include "codes/q850.h"
#include "codes/responsecodecatalog.h"

#include <QJsonDocument>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray integers(const QList<int> &list)
{
    QJsonArray out;
    for (const int value : list)
        out.append(value);
    return out;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject JsonOutput::code(const ResponseCode &code)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    const bool hasClass = code.code >= 100 && code.code <= 699;
    QJsonObject object;
    object.insert(u"code"_s, code.code);
    object.insert(u"reason"_s, code.reason);
    object.insert(u"class"_s, hasClass ? QJsonValue(code.classLabel()) : QJsonValue(QJsonValue::Null));
    object.insert(u"class_name"_s,
                  hasClass ? stringOrNull(catalog.classInfo(code.codeClass()).name) : QJsonValue());
    object.insert(u"registered"_s, code.isRegistered());
    object.insert(u"kind"_s, codeKindToken(code.kind));
    object.insert(u"kind_label"_s, codeKindLabel(code.kind));
    object.insert(u"rfc"_s, rfcList(code.refs));
    object.insert(u"refs"_s, refs(code.refs));
    object.insert(u"summary"_s, code.summary);
    object.insert(u"meaning"_s, code.meaning);
    object.insert(u"technical"_s, code.technical);
    object.insert(u"causes"_s, strings(code.causes));
    object.insert(u"actions"_s, strings(code.actions));
    object.insert(u"keywords"_s, strings(code.keywords));
    object.insert(u"related"_s, integers(code.related));

    QList<int> q850;
    QStringList q850Names;
    for (const Q850Cause &cause : code.q850) {
        q850.append(cause.cause);
        q850Names.append(cause.name);
    }
    object.insert(u"q850"_s, integers(q850));
    object.insert(u"q850_names"_s, strings(q850Names));
    if (code.q850Out.isEmpty()) {
        object.insert(u"q850_out"_s, QJsonValue::Null);
    } else {
        const Q850Cause &out = code.q850Out.constFirst();
        object.insert(u"q850_out"_s, QJsonObject{{u"cause"_s, out.cause}, {u"name"_s, out.name}});
    }
    object.insert(u"q850_note"_s, stringOrNull(Q850::responseNote(code.code)));
    object.insert(u"phrase_variants"_s, strings(code.phraseVariants));
    object.insert(u"source"_s, stringOrNull(code.source));
    // Set for every unregistered code in 100..699: what a receiver reads it as.
    if (code.treatedAs != 0) {
        object.insert(u"treated_as"_s, code.treatedAs);
        object.insert(u"treated_as_reason"_s, catalog.registeredPhrase(code.treatedAs));
    } else {
        object.insert(u"treated_as"_s, QJsonValue::Null);
        object.insert(u"treated_as_reason"_s, QJsonValue::Null);
    }
    return object;
}

QJsonArray JsonOutput::rfcList(const QList<RfcRef> &refs)
{
    QStringList documents;
    for (const RfcRef &ref : refs) {
        if (!documents.contains(ref.document))
            documents.append(ref.document);
    }
    return strings(documents);
}

QJsonArray JsonOutput::refs(const QList<RfcRef> &refs)
{
    QJsonArray out;
    for (const RfcRef &ref : refs) {
        out.append(QJsonObject{
            {u"document"_s, ref.document},
            {u"section"_s, ref.section},
            {u"label"_s, ref.label()},
            {u"url"_s, ref.url().toString()},
        });
    }
    return out;
}

QJsonObject JsonOutput::warning(const WarningCode &warning)
{
    return {
        {u"code"_s, warning.code},
        {u"text"_s, warning.text},
        {u"rfc"_s, warning.rfc},
        {u"explanation"_s, warning.explanation},
    };
}

void JsonOutput::print(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void JsonOutput::print(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace SipScope::Cli
