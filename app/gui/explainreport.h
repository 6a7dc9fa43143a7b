// The findings of "paste and explain" (core/codes/explainer.h) as the rich text the
// Explain dialog shows: per finding its title, where it was found, the explanation,
// the notes, and in-app links ("sipscope-code:486") to the codes it is about.
#pragma once

#include "codes/explainer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPalette;

namespace SipScope {

class ExplainReport final
{
    Q_DECLARE_TR_FUNCTIONS(ExplainReport)
public:
    // `input` is the text the findings come from: blank input gives a short how-to,
    // input without findings says plainly that nothing was recognised. The palette
    // picks readable class colours for the headings.
    static QString html(const QString &input, const QList<ExplainFinding> &findings,
                        const QPalette &palette);
    // The SIP codes a finding can be opened as in the Codes view, without duplicates.
    static QList<int> linkedCodes(const ExplainFinding &finding);
};

} // namespace SipScope
