#include "pastedtext.h"

#include "codes/explainscanner.h"
#include "sip/sipuri.h"

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Shorter than this, a text with a code in it reads as a query ("code 486"); a log line
// is longer ("Call failed: SIP/2.0 486 Busy Here").
constexpr qsizetype LogLineLength = 40;

bool isMessageForm(ExplainKind kind)
{
    switch (kind) {
    case ExplainKind::StatusLine:
    case ExplainKind::SipReason:
    case ExplainKind::Q850Reason:
    case ExplainKind::Warning:
    case ExplainKind::RetryAfter:
        return true;
    case ExplainKind::BareCode:
    case ExplainKind::Q850Cause:
        return false;
    }
    return false;
}

} // namespace

PastedText::Kind PastedText::classify(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::Words;
    const bool oneWord = std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); });
    if (oneWord && (trimmed.startsWith(u"sip:"_s, Qt::CaseInsensitive) || trimmed.startsWith(u"sips:"_s, Qt::CaseInsensitive))
        && SipUri::parse(trimmed).isValid())
        return Kind::SipTarget;
    const QList<ExplainFinding> findings = ExplainScanner(trimmed).scan();
    if (findings.isEmpty())
        return Kind::Words;
    // A status line or a header is a message however short; a code in context counts
    // when the text is as long as a log line or has several lines.
    const bool messageForm = std::any_of(findings.cbegin(), findings.cend(),
                                         [](const ExplainFinding &f) { return isMessageForm(f.kind); });
    const bool logLike = trimmed.size() >= LogLineLength || trimmed.contains(u'\n');
    return messageForm || logLike ? Kind::Message : Kind::Words;
}

} // namespace SipScope
