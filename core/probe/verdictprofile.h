// A verdict profile: which answers to an OPTIONS ping count as up, down or maintenance.
// Platforms disagree (Cisco CUBE busies a dial-peer out only on 503, 505 or silence; Teams
// Direct Routing fails over on 408, 503 and 504; a strict check wants a 2xx), so "SipScope
// says down but my SBC says up" is explained by naming the rule. One value type for the
// monitor, the monitoring-plugin mode and the exporter; `--expect` and `--alive` are
// profiles too (fromExpected, alive), so there is one classification, not three.
#pragma once

#include "expectedcodes.h"
#include "proberesult.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace SipScope {

class VerdictProfile final
{
    Q_DECLARE_TR_FUNCTIONS(VerdictProfile)
public:
    enum class Outcome { Up, Down, Maintenance };
    // Whether the listed codes are the up ones (every other answer is down) or the down
    // ones (every other answer is up). No final response is down in both.
    enum class Listed { Up, Down };

    VerdictProfile() = default;   // strict: 2xx is up

    static VerdictProfile strict();   // up: 2xx
    static VerdictProfile alive();    // any final response is up
    static VerdictProfile cube();     // down: 503, 505 (Cisco CUBE out-of-dialog OPTIONS ping)
    static VerdictProfile teams();    // down: 408, 503, 504 (Teams Direct Routing failover)
    // `--expect 200,404`: the listed codes are up.
    static VerdictProfile fromExpected(const ExpectedCodes &codes);
    static std::optional<VerdictProfile> builtIn(const QString &name);
    static QStringList builtInNames();   // "strict", "alive", "cube", "teams"

    // A user-defined profile: starts from `base` (a built-in name, "strict" when empty),
    // then `up` or `down` (ExpectedCodes syntax; at most one of them) replaces its list.
    // nullopt with a translated *error for a bad name, base, code list, both lists, or
    // failuresBeforeDown outside 1..100.
    struct Definition
    {
        QString name;
        QString base;
        std::optional<QString> up;
        std::optional<QString> down;
        std::optional<bool> maintenanceOnRetryAfter;
        std::optional<int> failuresBeforeDown;
    };
    static std::optional<VerdictProfile> define(const Definition &definition, QString *error);

    // No final response: Down. A 503 with Retry-After (RFC 3261 §21.5.4, §20.33) is
    // Maintenance when maintenanceOnRetryAfter() and the profile would call it down.
    Outcome classify(const ProbeResult &result) const;
    Outcome classify(int statusCode, bool retryAfter) const;

    const QString &name() const { return m_name; }
    Listed listed() const { return m_listed; }
    const ExpectedCodes &codes() const { return m_codes; }
    bool maintenanceOnRetryAfter() const { return m_maintenanceOnRetryAfter; }
    // The monitor's hysteresis: this many failed probes in a row before an up target
    // leaves up (1: the first failure counts). Single probes (Nagios, exporter) ignore it.
    int failuresBeforeDown() const { return m_failuresBeforeDown; }
    void setFailuresBeforeDown(int failures) { m_failuresBeforeDown = std::clamp(failures, 1, maxFailuresBeforeDown); }

    // Translated, one line: "up: 2xx", "down: 503, 505 or no answer".
    QString describe() const;
    static QString outcomeToken(Outcome outcome);   // "up", "down", "maintenance"

    static constexpr int maxFailuresBeforeDown = 100;

    friend bool operator==(const VerdictProfile &, const VerdictProfile &) = default;

private:
    QString m_name = QStringLiteral("strict");
    Listed m_listed = Listed::Up;
    ExpectedCodes m_codes;   // with Listed::Up, empty means 2xx (ExpectedCodes' default)
    bool m_maintenanceOnRetryAfter = false;
    int m_failuresBeforeDown = 1;
};

// The built-in profiles plus those a configuration defines, looked up by name.
class VerdictProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(VerdictProfiles)
public:
    // false with *error when the name is a built-in's or already defined.
    bool add(const VerdictProfile &profile, QString *error);
    // A user-defined profile first, then a built-in; nullopt with *error naming the choices.
    std::optional<VerdictProfile> find(const QString &name, QString *error) const;
    bool contains(const QString &name) const;
    const QMap<QString, VerdictProfile> &defined() const { return m_defined; }

private:
    QMap<QString, VerdictProfile> m_defined;
};

} // namespace SipScope
