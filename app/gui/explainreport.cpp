#include "explainreport.h"

#include "classcolors.h"
#include "codeexplanation.h"
#include "codes/responsecodecatalog.h"

#include <QPalette>
#include <QStringList>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// A pasted line can be a whole log record; the matched text is shown, not the line.
constexpr qsizetype maxQuotedLength = 160;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > maxQuotedLength)
        shown = shown.left(maxQuotedLength - 1) + u'…';
    return u"<code>"_s + esc(shown) + u"</code>"_s;
}

QString codeLink(int code)
{
    const auto entry = ResponseCodeCatalog::instance().explain(code);
    const QString reason = entry ? CodeExplanation::displayReason(*entry) : QString();
    const QString label = reason.isEmpty() ? QString::number(code) : QString::number(code) + u' ' + reason;
    return u"<a href=\"%1\">%2</a>"_s.arg(CodeExplanation::codeUrl(code).toString(), esc(label));
}

QString findingHtml(const ExplainFinding &finding, const QPalette &palette)
{
    QString out;
    const QList<int> codes = ExplainReport::linkedCodes(finding);
    QString heading = esc(finding.title);
    if (finding.response) {
        const int codeClass = finding.response->codeClass();
        heading = u"<span style=\"color:%1;\">%2</span>"_s.arg(
            ClassColors::hex(ClassColors::textColor(codeClass, palette)), heading);
    }
    out += u"<h3>"_s + heading + u"</h3>"_s;
    out += u"<p><small>"_s
        + esc(ExplainReport::tr("Line %1, column %2 · %3").arg(finding.line).arg(finding.column)
                  .arg(explainKindLabel(finding.kind)))
        + u"<br/>"_s + quoted(finding.text) + u"</small></p>"_s;
    if (!finding.explanation.isEmpty())
        out += u"<p>"_s + esc(finding.explanation) + u"</p>"_s;
    if (!finding.notes.isEmpty()) {
        out += u"<ul>"_s;
        for (const QString &note : finding.notes)
            out += u"<li>"_s + esc(note) + u"</li>"_s;
        out += u"</ul>"_s;
    }
    if (!codes.isEmpty()) {
        QStringList links;
        for (int code : codes)
            links.append(codeLink(code));
        out += u"<p>"_s + esc(ExplainReport::tr("Open in the Codes view:")) + u" "_s + links.join(u", "_s)
            + u"</p>"_s;
    }
    return out;
}

} // namespace

QList<int> ExplainReport::linkedCodes(const ExplainFinding &finding)
{
    QList<int> codes;
    if (finding.response)
        codes.append(finding.response->code);
    for (int code : finding.mappedCodes) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString ExplainReport::html(const QString &input, const QList<ExplainFinding> &findings,
                            const QPalette &palette)
{
    if (input.trimmed().isEmpty()) {
        return CodeExplanation::messageHtml(
            tr("Paste text to explain"),
            tr("Paste a line from a log, a whole SIP response, a Reason or Warning header, or a "
               "provider's call record. Every status line, Reason, Warning and Retry-After in it, and "
               "every code or Q.850 cause named as such, is explained here."));
    }
    if (findings.isEmpty()) {
        return CodeExplanation::messageHtml(
            tr("Nothing recognised"),
            tr("The text holds no SIP status line, no Reason, Warning or Retry-After header, and no "
               "response code or Q.850 cause in a clear context such as “code=486” or “486 Busy "
               "Here”. A number on its own is not taken for a code."));
    }
    QString out = u"<h2>"_s + esc(tr("Findings: %1").arg(findings.size())) + u"</h2>"_s;
    for (const ExplainFinding &finding : findings)
        out += findingHtml(finding, palette);
    return out;
}

} // namespace SipScope
