#include "verdictprofile.h"

#include "sip/sipmessage.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

bool hasRetryAfter(const ProbeResult &result)
{
    return std::any_of(result.headers.cbegin(), result.headers.cend(),
                       [](const SipHeader &header) { return sameHeaderName(header.name, u"Retry-After"_s); });
}

} // namespace

VerdictProfile VerdictProfile::strict()
{
    return VerdictProfile();
}

VerdictProfile VerdictProfile::alive()
{
    VerdictProfile profile;
    profile.m_name = u"alive"_s;
    profile.m_listed = Listed::Down;   // nothing listed: every answer is up
    return profile;
}

VerdictProfile VerdictProfile::cube()
{
    VerdictProfile profile = alive();
    profile.m_name = u"cube"_s;
    profile.m_codes = ExpectedCodes({503, 505}, {});
    return profile;
}

VerdictProfile VerdictProfile::teams()
{
    VerdictProfile profile = alive();
    profile.m_name = u"teams"_s;
    profile.m_codes = ExpectedCodes({408, 503, 504}, {});
    return profile;
}

VerdictProfile VerdictProfile::fromExpected(const ExpectedCodes &codes)
{
    VerdictProfile profile;
    profile.m_name = codes.isDefault() ? u"strict"_s : u"expect"_s;
    profile.m_codes = codes;
    return profile;
}

QStringList VerdictProfile::builtInNames()
{
    return {u"strict"_s, u"alive"_s, u"cube"_s, u"teams"_s};
}

std::optional<VerdictProfile> VerdictProfile::builtIn(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"strict"_s)
        return strict();
    if (key == u"alive"_s)
        return alive();
    if (key == u"cube"_s)
        return cube();
    if (key == u"teams"_s)
        return teams();
    return std::nullopt;
}

std::optional<VerdictProfile> VerdictProfile::define(const Definition &definition, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"_s);
    if (!namePattern.match(definition.name).hasMatch())
        return fail(tr("\"%1\" is not a profile name: use letters, digits, '-', '_' or '.', starting with a letter.").arg(definition.name));
    std::optional<VerdictProfile> profile = definition.base.isEmpty() ? strict() : builtIn(definition.base);
    if (!profile) {
        return fail(tr("Profile %1: unknown base profile \"%2\" (choose %3).")
                        .arg(definition.name, definition.base, builtInNames().join(u", "_s)));
    }
    if (definition.up && definition.down)
        return fail(tr("Profile %1: give the codes that are up or those that are down, not both.").arg(definition.name));
    for (const auto &[listed, text] : {std::pair{Listed::Up, definition.up}, std::pair{Listed::Down, definition.down}}) {
        if (!text)
            continue;
        QString problem;
        const auto codes = ExpectedCodes::parse(*text, &problem);
        if (!codes)
            return fail(tr("Profile %1: %2").arg(definition.name, problem));
        profile->m_listed = listed;
        profile->m_codes = *codes;
    }
    if (definition.maintenanceOnRetryAfter)
        profile->m_maintenanceOnRetryAfter = *definition.maintenanceOnRetryAfter;
    if (definition.failuresBeforeDown) {
        const int failures = *definition.failuresBeforeDown;
        if (failures < 1 || failures > maxFailuresBeforeDown) {
            return fail(tr("Profile %1: failures before down must be from 1 to %2, not %3.")
                            .arg(definition.name).arg(maxFailuresBeforeDown).arg(failures));
        }
        profile->m_failuresBeforeDown = failures;
    }
    profile->m_name = definition.name;
    return profile;
}

VerdictProfile::Outcome VerdictProfile::classify(int statusCode, bool retryAfter) const
{
    bool up = false;
    if (m_listed == Listed::Up)
        up = m_codes.accepts(statusCode);
    else
        up = m_codes.isDefault() || !m_codes.accepts(statusCode);
    if (up)
        return Outcome::Up;
    if (m_maintenanceOnRetryAfter && statusCode == 503 && retryAfter)
        return Outcome::Maintenance;
    return Outcome::Down;
}

VerdictProfile::Outcome VerdictProfile::classify(const ProbeResult &result) const
{
    if (!result.hasFinalResponse())
        return Outcome::Down;
    return classify(result.statusCode, hasRetryAfter(result));
}

QString VerdictProfile::describe() const
{
    QString text;
    if (m_listed == Listed::Up)
        text = tr("up: %1").arg(m_codes.text());
    else if (m_codes.isDefault())
        text = tr("up: any answer");
    else
        text = tr("down: %1 or no answer").arg(m_codes.text());
    if (m_maintenanceOnRetryAfter)
        text += u"; "_s + tr("503 with Retry-After: maintenance");
    if (m_failuresBeforeDown > 1)
        text += u"; "_s + tr("%n failures in a row before down", nullptr, m_failuresBeforeDown);
    return text;
}

QString VerdictProfile::outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Up: return u"up"_s;
    case Outcome::Down: return u"down"_s;
    case Outcome::Maintenance: return u"maintenance"_s;
    }
    return {};
}

bool VerdictProfiles::add(const VerdictProfile &profile, QString *error)
{
    if (VerdictProfile::builtIn(profile.name()) || m_defined.contains(profile.name())) {
        if (error)
            *error = tr("The verdict profile %1 is defined twice (or is a built-in one).").arg(profile.name());
        return false;
    }
    m_defined.insert(profile.name(), profile);
    return true;
}

bool VerdictProfiles::contains(const QString &name) const
{
    return m_defined.contains(name) || VerdictProfile::builtIn(name).has_value();
}

std::optional<VerdictProfile> VerdictProfiles::find(const QString &name, QString *error) const
{
    if (const auto it = m_defined.constFind(name); it != m_defined.cend())
        return *it;
    if (auto profile = VerdictProfile::builtIn(name))
        return profile;
    if (error) {
        QStringList names = VerdictProfile::builtInNames();
        names << m_defined.keys();
        *error = tr("Unknown verdict profile \"%1\" (choose %2).").arg(name, names.join(u", "_s));
    }
    return std::nullopt;
}

} // namespace SipScope
