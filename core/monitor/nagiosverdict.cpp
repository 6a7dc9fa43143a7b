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
    const auto codes = ExpectedCodes::parse(text, error);
    if (!codes)
        return false;
    expected = *codes;
    return true;
}

QString NagiosOptions::validate() const
{
    if (profile && (alive || !expected.isDefault()))
        return tr("--verdict-profile replaces --expect and --alive: give only one of them.");
    if (const QString problem = certificate.validate(); !problem.isEmpty())
        return problem;
    if (warningMs && criticalMs && *warningMs > *criticalMs) {
        return tr("The warning threshold (%1 ms) is above the critical one (%2 ms).")
            .arg(threshold(warningMs), threshold(criticalMs));
    }
    return {};
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
    verdict.m_text = oneLine(message);
    verdict.m_statusLine = u"SIP UNKNOWN - "_s + verdict.m_text;
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
        const auto outcome = options.profile ? options.profile->classify(result)
            : options.alive || options.accepts(result.statusCode) ? VerdictProfile::Outcome::Up
                                                                    : VerdictProfile::Outcome::Down;
        if (outcome == VerdictProfile::Outcome::Up) {
            verdict.m_state = State::Ok;
            if (options.criticalMs && rttMs > *options.criticalMs) {
                verdict.m_state = State::Critical;
                text += u' ' + tr("(over the critical threshold of %1 ms)").arg(threshold(options.criticalMs));
            } else if (options.warningMs && rttMs > *options.warningMs) {
                verdict.m_state = State::Warning;
                text += u' ' + tr("(over the warning threshold of %1 ms)").arg(threshold(options.warningMs));
            }
        } else if (outcome == VerdictProfile::Outcome::Maintenance) {
            verdict.m_state = State::Warning;
            text += u' ' + tr("(maintenance: Retry-After %1, verdict profile %2)")
                               .arg(result.headerValue(u"Retry-After"_s), options.profile->name());
        } else if (options.profile) {
            verdict.m_state = State::Critical;
            text += u' ' + tr("(down for verdict profile %1: %2)").arg(options.profile->name(), options.profile->describe());
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
        // --keepalive: a flow that answers OPTIONS but not its pings is half-dead for
        // the calls that ride on it (RFC 5626 §4.4.1: no pong within 10 s = failed).
        if (const auto &keepAlive = result.keepAlive) {
            if (keepAlive->kind == KeepAliveReport::Kind::Unsupported) {
                // Nothing was measured: the state stays the answer's, the line says why.
                text += u" ("_s + tr("no keep-alive over UDP") + u')';
            } else if (keepAlive->pings() > 0 && keepAlive->pongs() == 0) {
                verdict.m_state = State::Critical;
                text += u" ("_s + tr("no keep-alive pong to %n ping(s)", nullptr, keepAlive->pings()) + u')';
            } else if (keepAlive->missing() > 0 || keepAlive->pings() < keepAlive->requested) {
                if (verdict.m_state == State::Ok)
                    verdict.m_state = State::Warning;
                text += u" ("_s + tr("%1 of %2 keep-alive pings answered").arg(keepAlive->pongs()).arg(keepAlive->requested) + u')';
            } else {
                text += u", "_s + tr("%n keep-alive pong(s)", nullptr, keepAlive->pongs());
            }
        }
    }

    const CertificateVerdict certificate = CertificateVerdict::of(result, options.certificate,
                                                                  options.certificateProfile,
                                                                  QDateTime::currentDateTimeUtc());
    if (certificate.level == CertificateThresholds::Level::Critical)
        verdict.m_state = State::Critical;
    else if (certificate.level == CertificateThresholds::Level::Warning && verdict.m_state == State::Ok)
        verdict.m_state = State::Warning;
    if (!certificate.text.isEmpty())
        text += u"; "_s + certificate.text;

    // Guidelines §2.6: 'label'=value[UOM];[warn];[crit];[min];[max]. RTT only when
    // measured: a missing value is better than a made-up one.
    QStringList perfdata;
    if (rttMs >= 0) {
        perfdata << u"rtt="_s + number(rttMs, 3) + u"ms;"_s + threshold(options.warningMs) + u';'
                + threshold(options.criticalMs) + u";0"_s;
    }
    perfdata << u"retransmissions="_s + QString::number(result.retransmissions) + u";;;0"_s;
    if (result.keepAlive && result.keepAlive->kind != KeepAliveReport::Kind::Unsupported) {
        qint64 slowest = -1;
        for (const std::optional<qint64> &rtt : result.keepAlive->pongRttUs)
            slowest = std::max(slowest, rtt.value_or(-1));
        if (slowest >= 0)
            perfdata << u"pong_rtt="_s + number(double(slowest) / 1000.0, 3) + u"ms;;;0"_s;
        perfdata << u"pongs_missing="_s + QString::number(result.keepAlive->requested - result.keepAlive->pongs()) + u";;;0"_s;
    }
    if (const QString days = certificate.perfdata(options.certificate); !days.isEmpty())
        perfdata << days;
    verdict.m_text = oneLine(text);
    verdict.m_statusLine = u"SIP "_s + stateToken(verdict.m_state) + u" - "_s + verdict.m_text + u" | "_s
        + perfdata.join(u' ');
    return verdict;
}

NagiosVerdict NagiosVerdict::evaluate(const DualStackResult &result, const NagiosOptions &options)
{
    using Family = DualStackVerdict::Family;
    if (const QString problem = options.validate(); !problem.isEmpty())
        return unknown(problem);
    const NagiosVerdict ipv4 = evaluate(result.ipv4, options);
    const NagiosVerdict ipv6 = evaluate(result.ipv6, options);
    for (const NagiosVerdict *family : {&ipv4, &ipv6}) {
        if (family->state() == State::Unknown)
            return *family;
    }
    const DualStackVerdict combined
        = DualStackVerdict::combine(DualStackVerdict::stateOf(result.ipv4, ipv4.state() != State::Critical),
                                    DualStackVerdict::stateOf(result.ipv6, ipv6.state() != State::Critical));

    NagiosVerdict verdict;
    switch (combined.severity()) {
    case DualStackVerdict::Severity::Fine: verdict.m_state = State::Ok; break;
    case DualStackVerdict::Severity::Degraded: verdict.m_state = State::Warning; break;
    case DualStackVerdict::Severity::Failed: verdict.m_state = State::Critical; break;
    }
    QStringList parts;
    QStringList perfdata;
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        const NagiosVerdict &one = family == Family::IPv4 ? ipv4 : ipv6;
        const ProbeResult &probe = result.of(family);
        const auto state = combined.state(family);
        if (state == DualStackVerdict::FamilyState::Fine && one.state() == State::Warning && verdict.m_state == State::Ok)
            verdict.m_state = State::Warning;
        if (state != DualStackVerdict::FamilyState::NotPublished)
            parts << DualStackVerdict::familyName(family) + u": "_s + one.text();
        if (probe.rttUs >= 0) {
            perfdata << u"rtt_"_s + DualStackVerdict::familyToken(family) + u'=' + number(double(probe.rttUs) / 1000.0, 3)
                    + u"ms;"_s + threshold(options.warningMs) + u';' + threshold(options.criticalMs) + u";0"_s;
        }
    }
    verdict.m_text = oneLine(combined.text() + u" ("_s + parts.join(u"; "_s) + u')');
    verdict.m_statusLine = u"SIP "_s + stateToken(verdict.m_state) + u" - "_s + verdict.m_text;
    if (!perfdata.isEmpty())
        verdict.m_statusLine += u" | "_s + perfdata.join(u' ');
    return verdict;
}

} // namespace SipScope
