// The recognition half of the Explainer: finds status lines, Reason, Warning and
// Retry-After headers, and codes and Q.850 causes in clear context, with their parsed
// values. The Explainer then adds the catalog's explanations.
#pragma once

#include "explainer.h"

#include <QList>
#include <QString>

#include <map>

namespace SipScope {

class ExplainScanner final
{
public:
    explicit ExplainScanner(const QString &text);

    // Findings in order of appearance, with kind, matched text, offset and parsed
    // values; line, column and explanations are left to the caller.
    QList<ExplainFinding> scan();

private:
    bool overlaps(qsizetype start, qsizetype end) const;
    // Records a finding unless its text overlaps one already made; nullptr then.
    ExplainFinding *add(ExplainKind kind, qsizetype start, qsizetype end);
    qsizetype closeValue(qsizetype end, const QString &opener) const;

    void scanStatusLines();
    void scanReasons();
    void scanWarnings();
    void scanRetryAfter();
    void scanCauseTokens();
    void scanCauseContexts();
    void scanCodeContexts();
    void scanPhrasedCodes();
    void scanStateCodes();
    void scanVendorCodes();
    void mergeSameLine();

    const QString &m_text;
    QList<ExplainFinding> m_findings;
    std::map<qsizetype, qsizetype> m_covered; // start → end of every finding's text
};

} // namespace SipScope
