#include "nagiosverdict.h"

#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// Perfdata numbers use a dot and no grouping whatever the locale (guidelines §2.6).
QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString threshold(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

// One line: the guidelines allow more lines, but monitoring UIs show the first.
QString oneLine(const QString &text)
{
    return text.simplified().replace(u'|', u'/');
}

} // namespace

std::optional<double> NagiosOptions::parseThreshold(const QString &text, QString *error)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0) {
        if (error)
            *error = tr("\"%1\" is not a time in milliseconds greater than 0.").arg(text);
        return std::nullopt;
    }
    return value;
}

bool NagiosOptions::parseExpect(const QString &text, QString *error)
{
    QList<int> codes;
    QList<int> classes;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toLower();
        bool ok = false;
        if (part.size() == 3 && part.endsWith(u"xx"_s)) {
            const int codeClass = part.left(1).toInt(&ok);
            if (ok && codeClass >= 1 && codeClass <= 6) {
                classes.append(codeClass);
                continue;
            }
        } else {
            const int code = part.toInt(&ok);
            if (ok && code >= 100 && code <= 699) {
                codes.append(code);
                continue;
            }
        }
        if (error)
            *error = tr("\"%1\" is not a response code (100 to 699) or a class such as 2xx.").arg(raw.trimmed());
        return false;
    }
    if (codes.isEmpty() && classes.isEmpty()) {
        if (error)
            *error = tr("--expect needs at least one code, e.g. --expect 200,404.");
        return false;
    }
    expectedCodes = codes;
    expectedClasses = classes;
    return true;
}

QString NagiosOptions::validate() const
{
    if (warningMs && criticalMs && *warningMs > *criticalMs) {
        return tr("The warning threshold (%1 ms) is above the critical one (%2 ms).")
            .arg(threshold(warningMs), threshold(criticalMs));
    }
    return {};
}

QString NagiosOptions::expectationText() const
{
    if (expectedCodes.isEmpty() && expectedClasses.isEmpty())
        return u"2xx"_s;
    QStringList parts;
    for (int codeClass : expectedClasses)
        parts << QString::number(codeClass) + u"xx"_s;
    for (int code : expectedCodes)
        parts << QString::number(code);
    return parts.join(u", "_s);
}

bool NagiosOptions::accepts(int statusCode) const
{
    if (expectedCodes.isEmpty() && expectedClasses.isEmpty())
        return statusCode >= 200 && statusCode < 300;
    return expectedCodes.contains(statusCode) || expectedClasses.contains(statusCode / 100);
}

QString NagiosVerdict::stateToken(State state)
{
    switch (state) {
    case State::Ok: return u"OK"_s;
    case State::Warning: return u"WARNING"_s;
    case State::Critical: return u"CRITICAL"_s;
    case State::Unknown: return u"UNKNOWN"_s;
    }
    return {};
}

NagiosVerdict NagiosVerdict::unknown(const QString &message)
{
    NagiosVerdict verdict;
    verdict.m_state = State::Unknown;
    verdict.m_statusLine = u"SIP UNKNOWN - "_s + oneLine(message);
    return verdict;
}

NagiosVerdict NagiosVerdict::evaluate(const ProbeResult &result, const NagiosOptions &options)
{
    if (const QString problem = options.validate(); !problem.isEmpty())
        return unknown(problem);
    if (result.error.kind == ErrorKind::InvalidTarget || result.error.kind == ErrorKind::Cancelled
        || (result.origin == ProbeResult::Origin::None && !result.error.isError())) {
        return unknown(result.error.isError() ? result.error.message : tr("The probe did not run."));
    }

    NagiosVerdict verdict;
    QString text;
    const double rttMs = result.rttUs >= 0 ? double(result.rttUs) / 1000.0 : -1.0;
    if (!result.hasFinalResponse()) {
        verdict.m_state = State::Critical;
        text = errorKindTitle(result.error.kind) + u": "_s + result.error.message;
    } else {
        text = tr("%1 %2 in %3 ms").arg(result.statusCode).arg(result.reasonPhrase, number(rttMs, 1));
        if (options.alive || options.accepts(result.statusCode)) {
            verdict.m_state = State::Ok;
            if (options.criticalMs && rttMs > *options.criticalMs) {
                verdict.m_state = State::Critical;
                text += u' ' + tr("(over the critical threshold of %1 ms)").arg(threshold(options.criticalMs));
            } else if (options.warningMs && rttMs > *options.warningMs) {
                verdict.m_state = State::Warning;
                text += u' ' + tr("(over the warning threshold of %1 ms)").arg(threshold(options.warningMs));
            }
        } else {
            verdict.m_state = State::Critical;
            text += u' ' + tr("(expected %1)").arg(options.expectationText());
        }
        for (const HeaderExpectation &header : options.expectedHeaders) {
            const ExpectationCheck check = Expectation::checkHeader(header, result);
            if (!check.passed && verdict.m_state != State::Critical) {
                verdict.m_state = State::Critical;
                text += u" ("_s + check.reason + u')';
            }
        }
    }

    // Guidelines §2.6: 'label'=value[UOM];[warn];[crit];[min];[max]. RTT only when
    // measured: a missing value is better than a made-up one.
    QStringList perfdata;
    if (rttMs >= 0) {
        perfdata << u"rtt="_s + number(rttMs, 3) + u"ms;"_s + threshold(options.warningMs) + u';'
                + threshold(options.criticalMs) + u";0"_s;
    }
    perfdata << u"retransmissions="_s + QString::number(result.retransmissions) + u";;;0"_s;
    verdict.m_statusLine = u"SIP "_s + stateToken(verdict.m_state) + u" - "_s + oneLine(text) + u" | "_s
        + perfdata.join(u' ');
    return verdict;
}

} // namespace SipScope
