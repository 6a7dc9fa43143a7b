// The dual-stack verdict: a name probed once over IPv4 and once over IPv6 (each probe
// restricted to one address family, as blackbox_exporter's probes are), and the two
// outcomes combined into one plain sentence: "IPv6 broken, IPv4 fine". A family the
// name publishes no address for (no A or no AAAA record) is said so; it is not broken.
// A pure rule of two family states, so that the CLI, the monitoring-plugin mode, the GUI
// and the monitor say the same thing.
#pragma once

#include "proberesult.h"

#include <QCoreApplication>
#include <QString>

namespace SipScope {

class DualStackVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(DualStackVerdict)
public:
    enum class Family { IPv4, IPv6 };
    // What one family's probe found: it passed (by the caller's rule: --expect, the
    // verdict profile, Nagios' thresholds), it failed, or the name has no address of
    // that family at all.
    enum class FamilyState { Fine, Broken, NotPublished };
    enum class Kind {
        BothFine,
        Ipv6Broken,       // IPv4 fine
        Ipv4Broken,       // IPv6 fine
        BothBroken,
        OnlyIpv4Fine,     // no AAAA record
        OnlyIpv6Fine,     // no A record
        OnlyIpv4Broken,   // no AAAA record, and IPv4 fails
        OnlyIpv6Broken,   // no A record, and IPv6 fails
        NoAddresses,      // neither an A nor an AAAA record
    };
    // Fine: every published family passed. Degraded: one of two failed. Failed: nothing works.
    enum class Severity { Fine, Degraded, Failed };

    // NotPublished when the family's resolution found no address of that family (the
    // resolver's no_addresses); else Fine when `passed`, else Broken.
    static FamilyState stateOf(const ProbeResult &result, bool passed);
    static DualStackVerdict combine(FamilyState ipv4, FamilyState ipv6);

    Kind kind() const { return m_kind; }
    Severity severity() const;
    FamilyState state(Family family) const { return family == Family::IPv4 ? m_ipv4 : m_ipv6; }
    // Translated, plain: "IPv6 broken, IPv4 fine", "IPv4 fine, no AAAA record (IPv6 not published)".
    QString text() const;

    // "both_fine", "ipv6_broken", "ipv4_broken", "both_broken", "only_ipv4_fine",
    // "only_ipv6_fine", "only_ipv4_broken", "only_ipv6_broken", "no_addresses"
    static QString kindToken(Kind kind);
    static QString familyStateToken(FamilyState state);   // "fine", "broken", "not_published"
    static QString familyToken(Family family);            // "ipv4", "ipv6"
    static QString familyName(Family family);             // "IPv4", "IPv6"
    // Translated: why a not-published family was not tested ("no AAAA record …"); the
    // resolver's own message for it is written for a probe that found nothing at all.
    static QString notPublishedText(Family family);

private:
    Kind m_kind = Kind::NoAddresses;
    FamilyState m_ipv4 = FamilyState::NotPublished;
    FamilyState m_ipv6 = FamilyState::NotPublished;
};

} // namespace SipScope
