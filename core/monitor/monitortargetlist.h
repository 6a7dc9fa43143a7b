// Target lists of the monitor, as files: JSON (what the GUI saves) and the plain text
// form of `sipscope-cli monitor --targets FILE`, one target a line:
//
//   # comment
//   sip:pbx.example.com                      Main PBX
//   10.0.0.5:5070 label="Trunk A" transport=tcp credentials=trunk-a interval=10
//   sips:sbc.example.com  Teams SBC cert_warn=30 cert_crit=7
//
// The first word is the target; key=value words set transport, credentials (a
// reference), interval (seconds), verdict_profile (a name), family (ipv4, ipv6, or both:
// the target twice, once a family, labelled "… (IPv4)" and "… (IPv6)", like
// blackbox_exporter's one-family probes) and label; other words form the label. A password is never read from or written to a list. A line starting with
// "verdict_profile:" defines a profile the targets below it can name:
//
//   verdict_profile: sbc base=cube maintenance=retry-after failures=3
//   verdict_profile: lab up=2xx,404
//
// (JSON: "verdict_profiles": {"sbc": {"base": "cube", "maintenance_on_retry_after":
// true, "failures_before_down": 3}}.)
#pragma once

#include "monitortarget.h"

#include "probe/verdictprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SipScope {

class MonitorTargetList final
{
    Q_DECLARE_TR_FUNCTIONS(MonitorTargetList)
public:
    struct Loaded
    {
        QList<MonitorTarget> targets;
        QStringList errors;     // translated, "line 3: ..."; targets with errors are skipped
        QStringList warnings;   // translated, e.g. a password field that was ignored
        VerdictProfiles profiles;   // the profiles the list defines
    };

    static constexpr int maxTargets = 5000;

    // Reads a file in either form (JSON when it starts with '{' or '[').
    static Loaded load(const QString &path);
    static Loaded parse(const QByteArray &data);
    static Loaded parseText(const QString &text);
    static Loaded parseJson(const QByteArray &json);

    // {"format": "sipscope-monitor-targets", "version": 1, "targets": [{target,
    // label, transport, credentials, interval_s, verdict_profile, family, cert_warn_days,
    // cert_crit_days}]}; absent fields are left out.
    static QByteArray toJson(const QList<MonitorTarget> &targets);
    // Writes atomically; an empty string on success, else a translated error.
    static QString save(const QString &path, const QList<MonitorTarget> &targets);
};

} // namespace SipScope
