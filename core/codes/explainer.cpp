#include "explainer.h"

#include "explainscanner.h"
#include "q850.h"
#include "responsecodecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

void describeCode(ExplainFinding &f)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    f.response = catalog.explain(f.code);
    if (!f.response) {
        f.title = Explainer::tr("%1: not a SIP response code").arg(f.code);
        f.explanation = Explainer::tr("SIP response codes run from 100 to 699; a receiver rejects anything else "
                           "as a malformed message (RFC 3261 §7.2).");
        return;
    }
    const ResponseCode &rc = *f.response;
    const QString shown = !rc.reason.isEmpty() ? rc.reason : f.phrase;
    f.title = shown.isEmpty() ? QString::number(f.code) : QString::number(f.code) + u' ' + shown;
    f.explanation = rc.summary;
    if (rc.kind == CodeKind::ClassFallback) {
        f.notes.append(Explainer::tr("%1 is not a registered code: a receiver treats it as %2 %3 (RFC 3261 §8.1.3.2).")
                           .arg(QString::number(f.code), QString::number(rc.treatedAs),
                                catalog.registeredPhrase(rc.treatedAs)));
    } else if (!rc.isRegistered()) {
        f.notes.append(Explainer::tr("%1 is not in the IANA registry: %2.").arg(QString::number(f.code), codeKindLabel(rc.kind)));
    }
    if (f.vendorCode)
        f.notes.append(VendorCodes::note(*f.vendorCode));
    if (f.phraseMatch == PhraseMatch::Variant) {
        f.notes.append(Explainer::tr("\"%1\" is a phrase some equipment sends for %2; the registered phrase is \"%3\".")
                           .arg(f.phrase, QString::number(f.code), rc.reason));
    } else if (f.phraseMatch == PhraseMatch::Different && !rc.reason.isEmpty()) {
        f.notes.append(Explainer::tr("The phrase \"%1\" differs from the registered \"%2\": only the code counts "
                          "(RFC 3261 §21).").arg(f.phrase, rc.reason));
    }
    if (f.kind == ExplainKind::SipReason) {
        f.notes.append(Explainer::tr("A Reason header tells why a request or call ended (RFC 3326); it is not the "
                          "status of the message that carries it."));
        if (f.code == 200) {
            f.notes.append(Explainer::tr("SIP cause 200 usually comes in a CANCEL: the call was answered on "
                              "another device, so this one stopped ringing (\"Call completed elsewhere\")."));
        }
    }
}

void describeCause(ExplainFinding &f)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    f.causeName = catalog.q850CauseName(f.cause);
    f.mappedCodes = catalog.sipCodesForQ850(f.cause);
    const QString name = !f.causeName.isEmpty() ? f.causeName : f.causeToken;
    f.title = name.isEmpty() ? Explainer::tr("Q.850 cause %1").arg(f.cause)
                             : Explainer::tr("Q.850 cause %1: %2").arg(QString::number(f.cause), name);
    if (f.cause < 1 || f.cause > 127) {
        f.explanation = Explainer::tr("Q.850 cause values run from 1 to 127; this one is not a valid cause.");
        return;
    }
    if (f.cause == 16) {
        f.explanation = Explainer::tr("Normal call clearing: one side hung up and the call ended normally. "
                           "It is not an error; RFC 3398 maps it to no response code (the call "
                           "ends with BYE or CANCEL).");
        return;
    }
    if (f.mappedCodes.isEmpty()) {
        f.explanation = Q850::causeNote(f.cause);
        if (f.causeName.isEmpty())
            f.notes.append(Explainer::tr("SipScope has no description of this cause."));
        return;
    }
    f.response = catalog.explain(f.mappedCodes.first());
    const ResponseCode &rc = *f.response;
    f.explanation = Explainer::tr("A gateway turns it into SIP %1 %2 (RFC 3398 §7.2.4.1): %3")
                        .arg(QString::number(rc.code), rc.reason, rc.summary);
    if (const QString note = Q850::causeNote(f.cause); !note.isEmpty())
        f.notes.append(note);
    for (qsizetype i = 1; i < f.mappedCodes.size(); ++i) {
        const int other = f.mappedCodes.at(i);
        f.notes.append(Explainer::tr("RFC 3398 maps it to %1 %2 instead when the release message carries "
                          "a diagnostic (the new number).")
                           .arg(QString::number(other), catalog.registeredPhrase(other)));
    }
}

void describeWarning(ExplainFinding &f)
{
    f.warning = WarningCodes::find(f.code);
    if (f.warning) {
        f.title = Explainer::tr("Warning %1: %2").arg(QString::number(f.code), f.warning->text);
        f.explanation = f.warning->explanation;
    } else {
        f.title = Explainer::tr("Warning %1").arg(f.code);
        f.explanation = f.code >= 300 && f.code <= 399
            ? Explainer::tr("Not a registered warn-code; read the warn-text for what the sender meant.")
            : Explainer::tr("Not a SIP warn-code: SIP uses codes from 300 to 399 (RFC 3261 §20.43).");
    }
    if (!f.phrase.isEmpty())
        f.notes.append(Explainer::tr("Text from %1: \"%2\"").arg(f.warnAgent, f.phrase));
}

void describeRetry(ExplainFinding &f)
{
    const QString wait = Explainer::formatDuration(f.retryAfterSeconds);
    f.title = Explainer::tr("Retry after %1").arg(wait);
    f.explanation = f.retryAfterSeconds == 0
        ? Explainer::tr("The server says the request may be repeated right away.")
        : f.retryAfterSeconds < 60
            ? Explainer::tr("The server asks the client to wait %1 before trying again (RFC 3261 §20.33).").arg(wait)
            : Explainer::tr("The server asks the client to wait %1 (%2 s) before trying again (RFC 3261 §20.33).")
                  .arg(wait, QString::number(f.retryAfterSeconds));
    if (f.retryDuration >= 0) {
        f.notes.append(Explainer::tr("After that, it expects to be available for %1.")
                           .arg(Explainer::formatDuration(f.retryDuration)));
    }
    if (!f.retryComment.isEmpty())
        f.notes.append(Explainer::tr("Comment: %1").arg(f.retryComment));
}

QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            starts.append(i + 1);
    }
    return starts;
}

} // namespace

QString explainKindToken(ExplainKind kind)
{
    switch (kind) {
    case ExplainKind::StatusLine: return u"status_line"_s;
    case ExplainKind::SipReason: return u"sip_reason"_s;
    case ExplainKind::Q850Reason: return u"q850_reason"_s;
    case ExplainKind::Warning: return u"warning"_s;
    case ExplainKind::RetryAfter: return u"retry_after"_s;
    case ExplainKind::BareCode: return u"bare_code"_s;
    case ExplainKind::Q850Cause: return u"q850_cause"_s;
    }
    return {};
}

QString explainKindLabel(ExplainKind kind)
{
    switch (kind) {
    case ExplainKind::StatusLine: return Explainer::tr("status line");
    case ExplainKind::SipReason: return Explainer::tr("SIP Reason header");
    case ExplainKind::Q850Reason: return Explainer::tr("Q.850 Reason header");
    case ExplainKind::Warning: return Explainer::tr("Warning header");
    case ExplainKind::RetryAfter: return Explainer::tr("Retry-After header");
    case ExplainKind::BareCode: return Explainer::tr("response code");
    case ExplainKind::Q850Cause: return Explainer::tr("Q.850 cause");
    }
    return {};
}

QString phraseMatchToken(PhraseMatch match)
{
    switch (match) {
    case PhraseMatch::None: return u"none"_s;
    case PhraseMatch::Registered: return u"registered"_s;
    case PhraseMatch::Variant: return u"variant"_s;
    case PhraseMatch::Different: return u"different"_s;
    }
    return {};
}

QList<ExplainFinding> Explainer::explain(const QString &text)
{
    QList<ExplainFinding> findings = ExplainScanner(text).scan();
    if (findings.isEmpty())
        return findings;
    const QList<qsizetype> starts = lineStarts(text);
    for (ExplainFinding &f : findings) {
        const auto line = std::upper_bound(starts.cbegin(), starts.cend(), f.offset) - 1;
        f.line = int(line - starts.cbegin()) + 1;
        f.column = int(f.offset - *line) + 1;
        switch (f.kind) {
        case ExplainKind::StatusLine:
        case ExplainKind::SipReason:
        case ExplainKind::BareCode:
            describeCode(f);
            break;
        case ExplainKind::Q850Reason:
        case ExplainKind::Q850Cause:
            describeCause(f);
            break;
        case ExplainKind::Warning:
            describeWarning(f);
            break;
        case ExplainKind::RetryAfter:
            describeRetry(f);
            break;
        }
    }
    return findings;
}

QString Explainer::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    // Unit symbols rather than words: they need no plural forms, and two units are
    // precise enough for a person ("1 d 2 h", not the seconds). Beyond a few years the
    // count in seconds says more than a calendar.
    if (seconds < 60 || seconds >= qint64(100000) * 86400)
        return tr("%1 s").arg(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    QStringList parts;
    if (days)
        parts.append(tr("%1 d").arg(days));
    if (hours)
        parts.append(tr("%1 h").arg(hours));
    if (minutes && parts.size() < 2)
        parts.append(tr("%1 min").arg(minutes));
    if (secs && !days && !hours)
        parts.append(tr("%1 s").arg(secs));
    return parts.mid(0, 2).join(u' ');
}

} // namespace SipScope
