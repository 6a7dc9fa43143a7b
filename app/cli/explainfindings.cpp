#include "explainfindings.h"

#include "jsonoutput.h"
#include "textwriter.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject findingJson(const ExplainFinding &f)
{
    QJsonObject object{
        {u"kind"_s, explainKindToken(f.kind)},
        {u"kind_label"_s, explainKindLabel(f.kind)},
        {u"text"_s, f.text},
        {u"offset"_s, qint64(f.offset)},
        {u"length"_s, qint64(f.length)},
        {u"line"_s, f.line},
        {u"column"_s, f.column},
        {u"title"_s, f.title},
        {u"explanation"_s, f.explanation},
        {u"notes"_s, QJsonArray::fromStringList(f.notes)},
    };
    switch (f.kind) {
    case ExplainKind::StatusLine:
    case ExplainKind::SipReason:
    case ExplainKind::BareCode:
        object.insert(u"code"_s, f.code);
        object.insert(u"phrase"_s, orNull(f.phrase));
        object.insert(u"phrase_match"_s, phraseMatchToken(f.phraseMatch));
        break;
    case ExplainKind::Q850Reason:
    case ExplainKind::Q850Cause: {
        QJsonArray codes;
        for (const int code : f.mappedCodes)
            codes.append(code);
        object.insert(u"cause"_s, f.cause);
        object.insert(u"cause_name"_s, orNull(f.causeName));
        object.insert(u"cause_token"_s, orNull(f.causeToken));
        object.insert(u"sip_codes"_s, codes);
        if (f.kind == ExplainKind::Q850Reason)
            object.insert(u"reason_text"_s, orNull(f.phrase));
        break;
    }
    case ExplainKind::Warning:
        object.insert(u"code"_s, f.code);
        object.insert(u"agent"_s, f.warnAgent);
        object.insert(u"warn_text"_s, f.phrase);
        object.insert(u"warning"_s, f.warning ? QJsonValue(JsonOutput::warning(*f.warning))
                                              : QJsonValue(QJsonValue::Null));
        break;
    case ExplainKind::RetryAfter:
        object.insert(u"seconds"_s, f.retryAfterSeconds);
        object.insert(u"duration"_s, f.retryDuration >= 0 ? QJsonValue(f.retryDuration)
                                                          : QJsonValue(QJsonValue::Null));
        object.insert(u"comment"_s, orNull(f.retryComment));
        break;
    }
    if (f.kind != ExplainKind::Warning && f.kind != ExplainKind::RetryAfter) {
        // For a Q.850 cause: the SIP code RFC 3398 turns it into.
        object.insert(u"response"_s, f.response ? QJsonValue(JsonOutput::code(*f.response))
                                                : QJsonValue(QJsonValue::Null));
    }
    return object;
}

// Pasted text may hold terminal control sequences; they are shown, not obeyed.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

void printFinding(TextWriter &writer, const ExplainFinding &f)
{
    writer.heading(QCoreApplication::translate("Cli", "Line %1, column %2: %3")
                       .arg(QString::number(f.line), QString::number(f.column), explainKindLabel(f.kind)));
    writer.paragraph(u"> "_s + printable(f.text));
    writer.paragraph(printable(f.title));
    writer.paragraph(f.explanation);
    QStringList notes;
    for (const QString &note : f.notes)
        notes.append(printable(note));
    writer.bullets(notes);
}

} // namespace SipScope::Cli
