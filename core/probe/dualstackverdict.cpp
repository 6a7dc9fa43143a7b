#include "dualstackverdict.h"

#include "sip/resolveresult.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

DualStackVerdict::FamilyState DualStackVerdict::stateOf(const ProbeResult &result, bool passed)
{
    // The resolver's no_addresses within one family: the name exists and has addresses,
    // only none of this family (or none at all). Any other DNS failure (no answer, no such
    // name) is a failure of this family's probe, not a statement of what is published.
    if (result.error.kind == ErrorKind::Dns && result.error.cause == resolveErrorKindToken(ResolveErrorKind::NoAddresses))
        return FamilyState::NotPublished;
    return passed ? FamilyState::Fine : FamilyState::Broken;
}

DualStackVerdict DualStackVerdict::combine(FamilyState ipv4, FamilyState ipv6)
{
    DualStackVerdict verdict;
    verdict.m_ipv4 = ipv4;
    verdict.m_ipv6 = ipv6;
    using S = FamilyState;
    if (ipv4 == S::NotPublished && ipv6 == S::NotPublished)
        verdict.m_kind = Kind::NoAddresses;
    else if (ipv6 == S::NotPublished)
        verdict.m_kind = ipv4 == S::Fine ? Kind::OnlyIpv4Fine : Kind::OnlyIpv4Broken;
    else if (ipv4 == S::NotPublished)
        verdict.m_kind = ipv6 == S::Fine ? Kind::OnlyIpv6Fine : Kind::OnlyIpv6Broken;
    else if (ipv4 == S::Fine)
        verdict.m_kind = ipv6 == S::Fine ? Kind::BothFine : Kind::Ipv6Broken;
    else
        verdict.m_kind = ipv6 == S::Fine ? Kind::Ipv4Broken : Kind::BothBroken;
    return verdict;
}

DualStackVerdict::Severity DualStackVerdict::severity() const
{
    switch (m_kind) {
    case Kind::BothFine:
    case Kind::OnlyIpv4Fine:
    case Kind::OnlyIpv6Fine:
        return Severity::Fine;
    case Kind::Ipv6Broken:
    case Kind::Ipv4Broken:
        return Severity::Degraded;
    case Kind::BothBroken:
    case Kind::OnlyIpv4Broken:
    case Kind::OnlyIpv6Broken:
    case Kind::NoAddresses:
        return Severity::Failed;
    }
    return Severity::Failed;
}

QString DualStackVerdict::text() const
{
    switch (m_kind) {
    case Kind::BothFine: return tr("IPv4 and IPv6 both fine");
    case Kind::Ipv6Broken: return tr("IPv6 broken, IPv4 fine");
    case Kind::Ipv4Broken: return tr("IPv4 broken, IPv6 fine");
    case Kind::BothBroken: return tr("IPv4 and IPv6 both broken");
    case Kind::OnlyIpv4Fine: return tr("IPv4 fine; no AAAA record, so no IPv6 to test");
    case Kind::OnlyIpv6Fine: return tr("IPv6 fine; no A record, so no IPv4 to test");
    case Kind::OnlyIpv4Broken: return tr("IPv4 broken; no AAAA record, so no IPv6 to test");
    case Kind::OnlyIpv6Broken: return tr("IPv6 broken; no A record, so no IPv4 to test");
    case Kind::NoAddresses: return tr("neither an A nor an AAAA record: nothing to test");
    }
    return {};
}

QString DualStackVerdict::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::BothFine: return u"both_fine"_s;
    case Kind::Ipv6Broken: return u"ipv6_broken"_s;
    case Kind::Ipv4Broken: return u"ipv4_broken"_s;
    case Kind::BothBroken: return u"both_broken"_s;
    case Kind::OnlyIpv4Fine: return u"only_ipv4_fine"_s;
    case Kind::OnlyIpv6Fine: return u"only_ipv6_fine"_s;
    case Kind::OnlyIpv4Broken: return u"only_ipv4_broken"_s;
    case Kind::OnlyIpv6Broken: return u"only_ipv6_broken"_s;
    case Kind::NoAddresses: return u"no_addresses"_s;
    }
    return {};
}

QString DualStackVerdict::familyStateToken(FamilyState state)
{
    switch (state) {
    case FamilyState::Fine: return u"fine"_s;
    case FamilyState::Broken: return u"broken"_s;
    case FamilyState::NotPublished: return u"not_published"_s;
    }
    return {};
}

QString DualStackVerdict::familyToken(Family family)
{
    return family == Family::IPv4 ? u"ipv4"_s : u"ipv6"_s;
}

QString DualStackVerdict::notPublishedText(Family family)
{
    return family == Family::IPv4 ? tr("no IPv4 address to test: the name has no A record")
                                  : tr("no IPv6 address to test: the name has no AAAA record");
}

QString DualStackVerdict::familyName(Family family)
{
    return family == Family::IPv4 ? u"IPv4"_s : u"IPv6"_s;
}

} // namespace SipScope
