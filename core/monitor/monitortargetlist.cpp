#include "monitortargetlist.h"

#include "sip/probetarget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

const QString formatName = u"sipscope-monitor-targets"_s;
constexpr int maxIntervalS = 24 * 3600;

// Splits a line into words; "double quotes" keep spaces inside a word (key="a b").
QStringList words(const QString &line)
{
    QStringList result;
    QString current;
    bool quoted = false;
    bool inWord = false;
    for (QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if (c.isSpace() && !quoted) {
            if (inWord)
                result << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        result << current;
    return result;
}

// "verdict_profile: sbc base=cube down=503 maintenance=retry-after failures=3".
QString defineProfile(const QStringList &parts, VerdictProfiles &profiles)
{
    VerdictProfile::Definition definition;
    definition.name = parts.value(1);
    for (qsizetype w = 2; w < parts.size(); ++w) {
        const QString &word = parts.at(w);
        const qsizetype eq = word.indexOf(u'=');
        const QString key = eq > 0 ? word.left(eq).toLower() : QString();
        const QString value = eq > 0 ? word.mid(eq + 1) : QString();
        if (key == u"base"_s) {
            definition.base = value;
        } else if (key == u"up"_s) {
            definition.up = value;
        } else if (key == u"down"_s) {
            definition.down = value;
        } else if (key == u"maintenance"_s && (value == u"retry-after"_s || value == u"none"_s)) {
            definition.maintenanceOnRetryAfter = value == u"retry-after"_s;
        } else if (key == u"failures"_s) {
            bool ok = false;
            definition.failuresBeforeDown = value.toInt(&ok);
            if (!ok)
                definition.failuresBeforeDown = 0;
        } else {
            return MonitorTargetList::tr("\"%1\" is not a profile setting (base=, up=, down=, "
                                         "maintenance=retry-after|none, failures=)").arg(word);
        }
    }
    QString error;
    const auto profile = VerdictProfile::define(definition, &error);
    if (profile)
        profiles.add(*profile, &error);
    return error;
}

// A target's verdict_profile must name a built-in profile or one defined above it.
QString checkProfileName(const MonitorTarget &target, const VerdictProfiles &profiles)
{
    QString error;
    if (!target.verdictProfile.isEmpty())
        profiles.find(target.verdictProfile, &error);
    return error;
}

// family=ipv4|ipv6|both; false for anything else. `both` is left Any with *both set.
bool parseFamily(const QString &text, MonitorTarget &target, bool *both)
{
    const QString value = text.trimmed().toLower();
    *both = value == u"both"_s;
    if (value == u"ipv4"_s)
        target.family = ResolveRequest::Family::IPv4Only;
    else if (value == u"ipv6"_s)
        target.family = ResolveRequest::Family::IPv6Only;
    return *both || value == u"ipv4"_s || value == u"ipv6"_s;
}

QString familyError(const QString &text)
{
    return MonitorTargetList::tr("family \"%1\" is not ipv4, ipv6 or both").arg(text);
}

// family=both: the target once over IPv4 and once over IPv6, each with a state of its own.
void appendTarget(QList<MonitorTarget> &targets, const MonitorTarget &target, bool both)
{
    if (!both) {
        targets.append(target);
        return;
    }
    for (const auto family : {ResolveRequest::Family::IPv4Only, ResolveRequest::Family::IPv6Only}) {
        MonitorTarget one = target;
        one.family = family;
        one.label = target.displayName() + (family == ResolveRequest::Family::IPv4Only ? u" (IPv4)"_s : u" (IPv6)"_s);
        targets.append(one);
    }
}

bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    return lower == u"password"_s || lower == u"secret"_s || lower == u"pass"_s;
}

} // namespace

MonitorTargetList::Loaded MonitorTargetList::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Loaded loaded;
        loaded.errors << tr("Cannot read %1: %2").arg(path, file.errorString());
        return loaded;
    }
    // A target list is a few hundred lines; a huge file is a mistake, not a list.
    return parse(file.read(8 * 1024 * 1024));
}

MonitorTargetList::Loaded MonitorTargetList::parse(const QByteArray &data)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return parseJson(data);
    return parseText(QString::fromUtf8(data));
}

MonitorTargetList::Loaded MonitorTargetList::parseText(const QString &text)
{
    Loaded loaded;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = tr("line %1").arg(i + 1);
        if (loaded.targets.size() >= maxTargets) {
            loaded.errors << tr("%1: more than %2 targets; the rest is ignored.").arg(where).arg(maxTargets);
            break;
        }
        const QStringList parts = words(line);
        if (parts.value(0).toLower() == u"verdict_profile:"_s) {
            if (const QString error = defineProfile(parts, loaded.profiles); !error.isEmpty())
                loaded.errors << where + u": "_s + error;
            continue;
        }
        MonitorTarget target;
        target.target = parts.value(0);
        QStringList labelWords;
        QString error;
        bool bothFamilies = false;
        for (qsizetype w = 1; w < parts.size() && error.isEmpty(); ++w) {
            const QString &word = parts.at(w);
            const qsizetype eq = word.indexOf(u'=');
            const QString key = eq > 0 ? word.left(eq).toLower() : QString();
            const QString value = eq > 0 ? word.mid(eq + 1) : QString();
            if (key == u"label"_s) {
                target.label = value;
            } else if (key == u"transport"_s) {
                target.transport = transportFromToken(value);
                if (!target.transport)
                    error = tr("unknown transport \"%1\"").arg(value);
            } else if (key == u"credentials"_s) {
                target.credentialsRef = value;
            } else if (key == u"verdict_profile"_s) {
                target.verdictProfile = value;
                error = checkProfileName(target, loaded.profiles);
            } else if (key == u"family"_s) {
                if (!parseFamily(value, target, &bothFamilies))
                    error = familyError(value);
            } else if (key == u"interval"_s) {
                bool ok = false;
                target.intervalS = value.toInt(&ok);
                if (!ok || target.intervalS < 1 || target.intervalS > maxIntervalS)
                    error = tr("interval \"%1\" is not a number of seconds from 1 to %2").arg(value).arg(maxIntervalS);
            } else if (key == u"cert_warn"_s || key == u"cert_crit"_s) {
                const auto days = CertificateThresholds::parseDays(value, &error);
                (key == u"cert_warn"_s ? target.certificate.warnDays : target.certificate.critDays) = days;
                if (days)
                    error = target.certificate.validate();
            } else if (isSecretKey(key)) {
                loaded.warnings << tr("%1: a password does not belong in a target list and was ignored; "
                                      "use credentials=NAME.").arg(where);
            } else {
                labelWords << word;
            }
        }
        if (target.label.isEmpty())
            target.label = labelWords.join(u' ');
        if (error.isEmpty()) {
            if (const ProbeTarget parsed = ProbeTarget::parse(target.target); !parsed.isValid())
                error = parsed.errorMessage();
        }
        if (!error.isEmpty()) {
            loaded.errors << where + u": "_s + error;
            continue;
        }
        appendTarget(loaded.targets, target, bothFamilies);
    }
    return loaded;
}

MonitorTargetList::Loaded MonitorTargetList::parseJson(const QByteArray &json)
{
    Loaded loaded;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        loaded.errors << tr("Not a JSON target list: %1 at offset %2")
                             .arg(parseError.errorString()).arg(parseError.offset);
        return loaded;
    }
    // A bare array of targets is accepted too (hand-written lists).
    const QJsonArray array = document.isArray() ? document.array()
                                                : document.object().value(u"targets"_s).toArray();
    if (document.isObject() && !document.object().value(u"targets"_s).isArray())
        loaded.errors << tr("The JSON object has no \"targets\" array.");
    const QJsonObject definitions = document.object().value(u"verdict_profiles"_s).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        VerdictProfile::Definition definition;
        definition.name = it.key();
        definition.base = object.value(u"base"_s).toString();
        // "up"/"down": "2xx,404" or ["2xx", 404].
        const auto codes = [&object](const QString &key) -> std::optional<QString> {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull())
                return std::nullopt;
            if (!value.isArray())
                return value.isDouble() ? QString::number(value.toInt()) : value.toString();
            QStringList list;
            for (const QJsonValue item : value.toArray())
                list << (item.isDouble() ? QString::number(item.toInt()) : item.toString());
            return list.join(u',');
        };
        definition.up = codes(u"up"_s);
        definition.down = codes(u"down"_s);
        if (const QJsonValue value = object.value(u"maintenance_on_retry_after"_s); value.isBool())
            definition.maintenanceOnRetryAfter = value.toBool();
        if (const QJsonValue value = object.value(u"failures_before_down"_s); !value.isUndefined())
            definition.failuresBeforeDown = value.toInt(0);
        QString error;
        const auto profile = VerdictProfile::define(definition, &error);
        if (!profile || !loaded.profiles.add(*profile, &error))
            loaded.errors << tr("verdict_profiles: %1").arg(error);
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("target %1").arg(i + 1);
        if (loaded.targets.size() >= maxTargets) {
            loaded.errors << tr("%1: more than %2 targets; the rest is ignored.").arg(where).arg(maxTargets);
            break;
        }
        const QJsonObject object = array.at(i).toObject();
        MonitorTarget target;
        target.target = object.value(u"target"_s).toString().trimmed();
        target.label = object.value(u"label"_s).toString();
        target.credentialsRef = object.value(u"credentials"_s).toString();
        target.intervalS = object.value(u"interval_s"_s).toInt(0);
        target.verdictProfile = object.value(u"verdict_profile"_s).toString();
        QString error;
        for (const QString &key : {u"cert_warn_days"_s, u"cert_crit_days"_s}) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull() || !error.isEmpty())
                continue;
            const auto days = CertificateThresholds::parseDays(
                value.isDouble() ? QString::number(value.toDouble()) : value.toString(), &error);
            (key == u"cert_warn_days"_s ? target.certificate.warnDays : target.certificate.critDays) = days;
        }
        if (error.isEmpty())
            error = target.certificate.validate();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key())) {
                loaded.warnings << tr("%1: a password does not belong in a target list and was ignored.").arg(where);
            }
        }
        if (const QJsonValue transport = object.value(u"transport"_s); transport.isString()) {
            target.transport = transportFromToken(transport.toString());
            if (!target.transport)
                error = tr("unknown transport \"%1\"").arg(transport.toString());
        }
        if (target.intervalS < 0 || target.intervalS > maxIntervalS)
            error = tr("interval_s must be from 1 to %1").arg(maxIntervalS);
        bool bothFamilies = false;
        if (const QJsonValue family = object.value(u"family"_s); !family.isUndefined() && error.isEmpty()) {
            if (!parseFamily(family.toString(), target, &bothFamilies))
                error = familyError(family.toString());
        }
        if (error.isEmpty())
            error = checkProfileName(target, loaded.profiles);
        if (error.isEmpty()) {
            if (const ProbeTarget parsed = ProbeTarget::parse(target.target); !parsed.isValid())
                error = parsed.errorMessage();
        }
        if (!error.isEmpty()) {
            loaded.errors << where + u": "_s + error;
            continue;
        }
        appendTarget(loaded.targets, target, bothFamilies);
    }
    return loaded;
}

QByteArray MonitorTargetList::toJson(const QList<MonitorTarget> &targets)
{
    QJsonArray array;
    for (const MonitorTarget &target : targets) {
        QJsonObject object;
        object.insert(u"target"_s, target.target);
        if (!target.label.isEmpty())
            object.insert(u"label"_s, target.label);
        if (target.transport)
            object.insert(u"transport"_s, transportToken(*target.transport));
        if (!target.credentialsRef.isEmpty())
            object.insert(u"credentials"_s, target.credentialsRef);
        if (target.intervalS > 0)
            object.insert(u"interval_s"_s, target.intervalS);
        if (!target.verdictProfile.isEmpty())
            object.insert(u"verdict_profile"_s, target.verdictProfile);
        if (target.certificate.warnDays)
            object.insert(u"cert_warn_days"_s, *target.certificate.warnDays);
        if (target.certificate.critDays)
            object.insert(u"cert_crit_days"_s, *target.certificate.critDays);
        if (target.family != ResolveRequest::Family::Any)
            object.insert(u"family"_s, target.family == ResolveRequest::Family::IPv4Only ? u"ipv4"_s : u"ipv6"_s);
        array.append(object);
    }
    QJsonObject root;
    root.insert(u"format"_s, formatName);
    root.insert(u"version"_s, 1);
    root.insert(u"targets"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString MonitorTargetList::save(const QString &path, const QList<MonitorTarget> &targets)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(toJson(targets));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace SipScope
