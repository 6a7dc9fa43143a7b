// What a script or the monitor expects of an answer: `--expect 200,404` / `2xx`
// (the codes that count as success) and `--expect-header 'Name: regex'` (a header of
// the final response that must be present and match). A pure evaluation of a
// ProbeResult with a reason for every check, so that the exit code, the monitor
// state and the monitoring-plugin line can all say why an answer did not pass.
#pragma once

#include "expectedcodes.h"
#include "proberesult.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace SipScope {

struct HeaderExpectation
{
    QString name;                 // as typed; matched case-insensitively, compact forms too
    QString pattern;              // the regular expression as typed
    QRegularExpression regex;     // unanchored search (anchor with ^ and $ when needed)
};

// The outcome of one check.
struct ExpectationCheck
{
    enum class Kind { Status, Header };
    Kind kind = Kind::Status;
    bool passed = false;
    QString subject;   // "status" or the header name, for JSON
    QString expected;  // "200, 404", "2xx", the pattern
    QString actual;    // the status, the header value(s); empty when absent
    QString reason;    // translated, one line
};

struct ExpectationVerdict
{
    bool passed = false;
    QList<ExpectationCheck> checks;   // in the order the expectations were given
    // The reasons of the failed checks (translated), in order.
    QStringList failureReasons() const;
};

class Expectation final
{
    Q_DECLARE_TR_FUNCTIONS(Expectation)
public:
    // Without any expectation, a 2xx passes (what the exit code says without options).
    bool isDefault() const { return m_status.isDefault() && m_headers.isEmpty(); }
    bool hasStatusExpectation() const { return !m_status.isDefault(); }

    // ExpectedCodes::parse's syntax; false with *error (translated) for anything else.
    // Replaces the status expectation.
    bool parseCodes(const QString &text, QString *error);
    void setCodes(const ExpectedCodes &codes) { m_status = codes; }
    const ExpectedCodes &expectedCodes() const { return m_status; }
    QList<int> codes() const { return m_status.codes(); }
    QList<int> classes() const { return m_status.classes(); }

    // "Server: ^Kamailio", "X-Load:[0-4]" → one header expectation; false with *error
    // for a missing colon, an invalid header name or an invalid regular expression.
    bool addHeaderExpectation(const QString &text, QString *error);
    static std::optional<HeaderExpectation> parseHeaderExpectation(const QString &text, QString *error);
    const QList<HeaderExpectation> &headerExpectations() const { return m_headers; }

    // "2xx", "200, 404", "2xx, 404"; "2xx" by default.
    QString statusText() const { return m_status.text(); }
    bool acceptsStatus(int statusCode) const { return m_status.accepts(statusCode); }

    // No final response fails every check ("no final response: timeout").
    ExpectationVerdict evaluate(const ProbeResult &result) const;
    // One header expectation against a result (the monitoring-plugin mode and the
    // monitor check headers on top of their own code rules).
    static ExpectationCheck checkHeader(const HeaderExpectation &expectation, const ProbeResult &result);

private:
    ExpectedCodes m_status;
    QList<HeaderExpectation> m_headers;
};

} // namespace SipScope
