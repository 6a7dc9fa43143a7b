#include "queryrecognizer.h"

#include "explainer.h"
#include "explainscanner.h"
#include "q850.h"
#include "responsecodecatalog.h"
#include "warningcodes.h"

#include <QRegularExpression>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

void blank(QString &text, qsizetype start, qsizetype length)
{
    for (qsizetype i = start; i < start + length && i < text.size(); ++i)
        text[i] = u' ';
}

// What the cause becomes comes from Q850 alone (the table's rows, and causeNote for what
// the rows do not say: 16 ends with BYE or CANCEL, an unlisted cause becomes 500), so the
// search, Explain and the CLI say the same.
QueryRecognition cause(int value)
{
    QueryRecognition r{QueryRecognition::Kind::Q850Cause, value, Q850::causeResponses(value), {}};
    const QString name = ResponseCodeCatalog::instance().q850CauseName(value);
    const QString named = name.isEmpty() ? QueryRecognizer::tr("Q.850 cause %1").arg(value)
                                         : QueryRecognizer::tr("Q.850 cause %1 (%2)").arg(QString::number(value), name);
    QStringList says;
    for (const QString &sentence : {Q850::causeMapping(value), Q850::causeNote(value)}) {
        if (!sentence.isEmpty())
            says.append(sentence);
    }
    r.note = QueryRecognizer::tr("%1: %2").arg(named, says.join(u' '));
    return r;
}

QueryRecognition warning(int value)
{
    QueryRecognition r{QueryRecognition::Kind::Warning, value, {}, {}};
    if (const auto w = WarningCodes::find(value))
        r.note = QueryRecognizer::tr("Warning %1 (%2): %3").arg(QString::number(value), w->text, w->explanation);
    else
        r.note = QueryRecognizer::tr("Warning %1 is not a registered warn-code (RFC 3261 §20.43 lists 300 to 399).")
                     .arg(value);
    return r;
}

// The short forms a help desk types, in the four languages: "cause 17", "Ursache 17",
// "causa Q.850 34", "q850 34", "warning 399". Explain needs more context than that in a
// log, so these live here and not in ExplainScanner.
void recognizeShortForms(QString &rest, QList<QueryRecognition> &out)
{
    static const QRegularExpression causeRe(
        u"(?<![\\w.])(?:(?:q\\.?\\h?850|isdn)[\\h_-]*)?(?:cause|ursache|causa)(?:[\\h_-]*(?:code|value|q\\.?\\h?850))?"
        "\\h*[:=#]?\\h*(\\d{1,3})(?!\\d)|(?<![\\w.])q\\.?\\h?850\\h*[:=#]?\\h*(\\d{1,3})(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression warningRe(
        u"(?<![\\w-])(?:warning|warnung|avertissement|advertencia|aviso)\\h*[:=#]?\\h*(\\d{3})(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = causeRe.globalMatch(rest); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int value = m.captured(m.hasCaptured(1) ? 1 : 2).toInt();
        if (value < 1 || value > 127)
            continue;
        out.append(cause(value));
        blank(rest, m.capturedStart(), m.capturedLength());
    }
    for (auto it = warningRe.globalMatch(rest); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(warning(m.captured(1).toInt()));
        blank(rest, m.capturedStart(), m.capturedLength());
    }
}

} // namespace

RecognizedQuery QueryRecognizer::recognize(const QString &query)
{
    RecognizedQuery result{{}, query};
    // Every form has a digit or an upper-case cause name; a query of words is left
    // alone without running a regular expression.
    if (!std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit() || c == u'_'; }))
        return result;
    recognizeShortForms(result.rest, result.recognitions);
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    for (const ExplainFinding &f : ExplainScanner(result.rest).scan()) {
        switch (f.kind) {
        case ExplainKind::StatusLine:
        case ExplainKind::SipReason:
        case ExplainKind::BareCode: {
            if (!catalog.find(f.code))
                continue;
            QueryRecognition r{QueryRecognition::Kind::Code, f.code, {f.code}, {}};
            if (f.vendorCode)
                r.note = VendorCodes::note(*f.vendorCode);
            result.recognitions.append(r);
            break;
        }
        case ExplainKind::Q850Reason:
        case ExplainKind::Q850Cause:
            if (f.cause < 1 || f.cause > 127)
                continue;
            result.recognitions.append(cause(f.cause));
            break;
        case ExplainKind::Warning:
            result.recognitions.append(warning(f.code));
            break;
        case ExplainKind::RetryAfter:
            break;
        }
        blank(result.rest, f.offset, f.length);
    }
    // The same fact written twice ("cause 17 USER_BUSY") is said once.
    QList<QueryRecognition> unique;
    for (const QueryRecognition &r : std::as_const(result.recognitions)) {
        if (!unique.contains(r))
            unique.append(r);
    }
    result.recognitions = unique;
    return result;
}

} // namespace SipScope
