#include "codeexplanation.h"

#include "classcolors.h"
#include "codes/q850.h"
#include "codes/responsecodecatalog.h"

#include <QPalette>
#include <QStringList>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString codeScheme = u"sipscope-code"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString chip(int codeClass, const QString &text)
{
    return u"<span style=\"background-color:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>"_s
        .arg(ClassColors::hex(ClassColors::chipColor(codeClass)),
             ClassColors::hex(ClassColors::chipTextColor(codeClass)), esc(text));
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return u"<h3>%1</h3>%2"_s.arg(esc(title), body);
}

QString paragraph(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Catalog texts may contain line breaks between paragraphs.
    QString out;
    const QStringList parts = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out += u"<p>"_s + esc(part.trimmed()) + u"</p>"_s;
    return out;
}

QString list(const QStringList &items, bool ordered)
{
    if (items.isEmpty())
        return {};
    QString out = ordered ? u"<ol>"_s : u"<ul>"_s;
    for (const QString &item : items)
        out += u"<li>"_s + esc(item) + u"</li>"_s;
    out += ordered ? u"</ol>"_s : u"</ul>"_s;
    return out;
}

QString codeLink(int code)
{
    const auto entry = ResponseCodeCatalog::instance().explain(code);
    const QString reason = entry ? CodeExplanation::displayReason(*entry) : QString();
    return u"%1 <a href=\"%2\">%3</a> %4"_s.arg(chip(code / 100, QString::number(code / 100) + u"xx"_s),
                                               CodeExplanation::codeUrl(code).toString(),
                                               QString::number(code), esc(reason));
}

QString q850Html(const ResponseCode &code)
{
    QString out;
    if (!code.q850.isEmpty()) {
        QStringList causes;
        for (const Q850Cause &cause : code.q850)
            causes.append(CodeExplanation::tr("cause %1 (%2)").arg(cause.cause).arg(esc(cause.name)));
        out += u"<p>"_s
            + CodeExplanation::tr("A gateway sends %1 for the ISDN/Q.850 %2 (RFC 3398 §7.2.4.1).")
                  .arg(code.code)
                  .arg(causes.join(u", "_s))
            + u"</p>"_s;
    }
    for (const Q850Cause &cause : code.q850Out) {
        out += u"<p>"_s
            + CodeExplanation::tr("A gateway maps %1 to Q.850 cause %2 (%3) towards the telephone network (RFC 3398 §8.2.6.1).")
                  .arg(code.code)
                  .arg(cause.cause)
                  .arg(esc(cause.name))
            + u"</p>"_s;
    }
    for (const QString &note : Q850::responseFootnotes(code.code))
        out += u"<p>"_s + esc(note) + u"</p>"_s;
    return out;
}

QString referencesHtml(const ResponseCode &code)
{
    QStringList links;
    for (const RfcRef &ref : code.refs) {
        const QUrl url = ref.url();
        if (url.isValid())
            links.append(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded), esc(ref.label())));
        else
            links.append(esc(ref.label()));
    }
    return links.isEmpty() ? QString() : u"<p>"_s + links.join(u" · "_s) + u"</p>"_s;
}

} // namespace

QUrl CodeExplanation::codeUrl(int code)
{
    QUrl url;
    url.setScheme(codeScheme);
    url.setPath(QString::number(code));
    return url;
}

std::optional<int> CodeExplanation::codeFromUrl(const QUrl &url)
{
    if (url.scheme() != codeScheme)
        return std::nullopt;
    bool ok = false;
    const int code = url.path().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return code;
}

QString CodeExplanation::displayReason(const ResponseCode &code)
{
    if (!code.reason.isEmpty())
        return code.reason;
    if (code.kind == CodeKind::ClassFallback)
        return tr("(not a registered code)");
    return {};
}

QString CodeExplanation::html(const ResponseCode &code, const QPalette &palette, int basePointSize)
{
    const int codeClass = code.codeClass();
    const CodeClassInfo info = ResponseCodeCatalog::instance().classInfo(codeClass);
    const QString accent = ClassColors::hex(ClassColors::textColor(codeClass, palette));
    const int big = std::max(basePointSize, 6) * 3;
    const int large = std::max(basePointSize, 6) * 3 / 2;

    QString out;
    out += u"<table cellspacing=\"0\" cellpadding=\"0\"><tr>"_s
           u"<td style=\"vertical-align:middle; padding-right:12px;\">"_s
           u"<span style=\"font-size:%1pt; font-weight:700; color:%2;\">%3</span></td>"_s
           u"<td style=\"vertical-align:middle;\"><span style=\"font-size:%4pt; font-weight:600;\">%5</span></td>"_s
           u"</tr></table>"_s.arg(QString::number(big), accent, QString::number(code.code),
                                  QString::number(large), esc(displayReason(code)));

    QString classLine = chip(codeClass, code.classLabel()) + u" "_s + esc(info.name);
    if (!code.isRegistered())
        classLine += u" · <i>"_s + esc(codeKindLabel(code.kind)) + u"</i>"_s;
    out += u"<p>"_s + classLine + u"</p>"_s;

    if (code.kind == CodeKind::ClassFallback) {
        const auto treated = ResponseCodeCatalog::instance().find(code.treatedAs);
        const QString treatedText = treated
            ? u"<a href=\"%1\">%2 %3</a>"_s.arg(codeUrl(code.treatedAs).toString(),
                                               QString::number(code.treatedAs), esc(treated->reason))
            : QString::number(code.treatedAs);
        out += u"<p><b>"_s
            + tr("%1 is not a registered code. A receiver treats it like %2 (RFC 3261 §8.1.3.2); "
                 "what follows is the explanation of the %3 class.")
                  .arg(code.code)
                  .arg(treatedText, code.classLabel())
            + u"</b></p>"_s;
    } else if (!code.isRegistered() && !code.source.isEmpty()) {
        out += u"<p><i>"_s + tr("Where it comes from: %1").arg(esc(code.source)) + u"</i></p>"_s;
    }

    if (!code.summary.isEmpty())
        out += u"<p style=\"font-size:%1pt;\"><b>%2</b></p>"_s.arg(QString::number(basePointSize + 2),
                                                                   esc(code.summary));
    out += section(tr("Meaning"), paragraph(code.meaning));
    out += section(tr("What to check"), list(code.actions, true));
    out += section(tr("Typical causes"), list(code.causes, false));
    out += section(tr("Technical detail"), paragraph(code.technical));
    out += section(tr("Q.850 mapping"), q850Html(code));

    QStringList related;
    for (int other : code.related)
        related.append(codeLink(other));
    if (!related.isEmpty())
        out += section(tr("Related codes"), u"<p>"_s + related.join(u"<br/>"_s) + u"</p>"_s);

    if (!code.phraseVariants.isEmpty()) {
        QStringList quoted;
        for (const QString &phrase : code.phraseVariants)
            quoted.append(u"“"_s + esc(phrase) + u"”"_s);
        out += section(tr("Also seen on the wire as"), u"<p>"_s + quoted.join(u", "_s) + u"</p>"_s);
    }
    out += section(tr("Reference"), referencesHtml(code));
    return out;
}

QString CodeExplanation::messageHtml(const QString &title, const QString &text)
{
    return u"<h2>%1</h2><p>%2</p>"_s.arg(esc(title), esc(text));
}

QString CodeExplanation::ticketText(const ResponseCode &code)
{
    const CodeClassInfo info = ResponseCodeCatalog::instance().classInfo(code.codeClass());
    QStringList lines;
    QString head = u"SIP %1 %2"_s.arg(code.code).arg(displayReason(code));
    if (!info.name.isEmpty())
        head += u" (%1 %2)"_s.arg(code.classLabel(), info.name);
    lines.append(head.trimmed());
    if (!code.isRegistered())
        lines.append(codeKindLabel(code.kind));
    if (code.kind == CodeKind::ClassFallback)
        lines.append(tr("Treated as %1 (RFC 3261 §8.1.3.2).").arg(code.treatedAs));
    if (!code.summary.isEmpty())
        lines.append(tr("Summary: %1").arg(code.summary));
    if (!code.actions.isEmpty()) {
        lines.append(tr("What to check:"));
        for (qsizetype i = 0; i < code.actions.size(); ++i)
            lines.append(u"  %1. %2"_s.arg(i + 1).arg(code.actions.at(i)));
    }
    QStringList refs;
    for (const RfcRef &ref : code.refs)
        refs.append(ref.label());
    if (!refs.isEmpty())
        lines.append(tr("Reference: %1").arg(refs.join(u", "_s)));
    return lines.join(u'\n') + u'\n';
}

} // namespace SipScope
