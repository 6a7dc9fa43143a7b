// Turns a catalog entry into what the Codes view shows and copies: the rich-text
// explanation panel and the plain-text summary for a ticket.
//
// Links inside the HTML use the scheme "sipscope-code" ("sipscope-code:600") for
// codes, which the panel navigates in-app, and https for RFC references, which open
// in the browser.
#pragma once

#include "codes/responsecode.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QPalette;

namespace SipScope {

class CodeExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(CodeExplanation)
public:
    // The panel's HTML for a code (registered, non-standard or class fallback).
    static QString html(const ResponseCode &code, const QPalette &palette, int basePointSize);
    // A message in place of an explanation ("700 is not a SIP response code ...").
    static QString messageHtml(const QString &title, const QString &text);
    // Plain text for a ticket: code and reason, class, summary, what to check, reference.
    static QString ticketText(const ResponseCode &code);

    // "sipscope-code:486"
    static QUrl codeUrl(int code);
    // The code of an in-app link, nullopt for any other URL.
    static std::optional<int> codeFromUrl(const QUrl &url);
    // The heading of a code: its reason, or a description when it has none.
    static QString displayReason(const ResponseCode &code);
};

} // namespace SipScope
