#include "exporterconfigreader.h"

#include "probe/probefrom.h"
#include "sip/optionsrequest.h"
#include "sip/transport.h"

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int maxModules = 1000;
constexpr int maxAllowEntries = 10000;

QString where(const YAML::Mark &mark)
{
    if (mark.is_null())
        return ExporterConfigReader::tr("in the file");
    return ExporterConfigReader::tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

class Reader
{
public:
    QStringList errors;
    VerdictProfiles profiles;   // read before the modules that name them

    void error(const YAML::Node &node, const QString &message)
    {
        errors << ExporterConfigReader::tr("%1: %2").arg(where(node.Mark()), message);
    }

    static QString key(const YAML::Node &node) { return QString::fromStdString(node.Scalar()); }

    std::optional<QString> scalar(const YAML::Node &node, const QString &name)
    {
        if (!node.IsScalar()) {
            error(node, ExporterConfigReader::tr("%1 must be a single value").arg(name));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar());
    }

    std::optional<QStringList> stringList(const YAML::Node &node, const QString &name, int limit)
    {
        if (node.IsScalar())
            return QStringList{QString::fromStdString(node.Scalar())};
        if (!node.IsSequence()) {
            error(node, ExporterConfigReader::tr("%1 must be a value or a list of values").arg(name));
            return std::nullopt;
        }
        if (node.size() > std::size_t(limit)) {
            error(node, ExporterConfigReader::tr("%1 has more than %2 entries").arg(name).arg(limit));
            return std::nullopt;
        }
        QStringList values;
        for (const YAML::Node &item : node) {
            const auto value = scalar(item, name);
            if (!value)
                return std::nullopt;
            values << *value;
        }
        return values;
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &name)
    {
        const auto text = scalar(node, name);
        if (!text)
            return std::nullopt;
        const QString value = text->trimmed().toLower();
        if (value == u"true"_s || value == u"yes"_s)
            return true;
        if (value == u"false"_s || value == u"no"_s)
            return false;
        error(node, ExporterConfigReader::tr("%1 must be true or false, not \"%2\"").arg(name, *text));
        return std::nullopt;
    }

    // A mapping; false (reported) when it is none. Keys not among `known` are reported,
    // and the known ones are still read, so that one pass names every problem.
    bool mapping(const YAML::Node &node, const QString &name, const QStringList &known)
    {
        if (!node.IsMap()) {
            error(node, ExporterConfigReader::tr("%1 must be a mapping of keys to values").arg(name));
            return false;
        }
        for (const auto &entry : node) {
            if (!entry.first.IsScalar() || !known.contains(key(entry.first))) {
                error(entry.first, ExporterConfigReader::tr("unknown key \"%1\" in %2 (known: %3)")
                                       .arg(entry.first.IsScalar() ? key(entry.first) : u"?"_s, name, known.join(u", "_s)));
            }
        }
        return true;
    }

    void readAuth(const YAML::Node &node, ExporterModule &module)
    {
        const QString name = ExporterConfigReader::tr("auth of module %1").arg(module.name);
        if (!mapping(node, name, {u"user"_s, u"auth_user"_s, u"realm"_s, u"password_file"_s, u"password_env"_s}))
            return;
        Credentials &credentials = module.probe.credentials;
        if (node["user"])
            credentials.user = scalar(node["user"], u"user"_s).value_or(QString());
        if (node["auth_user"])
            credentials.authUser = scalar(node["auth_user"], u"auth_user"_s).value_or(QString());
        if (node["realm"])
            credentials.realm = scalar(node["realm"], u"realm"_s).value_or(QString());
        if (credentials.user.isEmpty() && credentials.authUser.isEmpty())
            error(node, ExporterConfigReader::tr("%1 needs a user").arg(name));
        if (node["password_file"] && node["password_env"]) {
            error(node, ExporterConfigReader::tr("%1: give password_file or password_env, not both").arg(name));
            return;
        }
        if (const YAML::Node file = node["password_file"]) {
            const auto path = scalar(file, u"password_file"_s);
            if (!path)
                return;
            QFile input(*path);
            if (!input.open(QIODevice::ReadOnly)) {
                error(file, ExporterConfigReader::tr("cannot read the password file %1: %2").arg(*path, input.errorString()));
                return;
            }
            QByteArray password = input.read(4096);
            // The file's first line; a final newline is not part of the password.
            password = password.left(password.indexOf('\n') >= 0 ? password.indexOf('\n') : password.size());
            if (password.endsWith('\r'))
                password.chop(1);
            credentials.password = QString::fromUtf8(password);
            module.passwordSource = ExporterConfigReader::tr("file %1").arg(*path);
        } else if (const YAML::Node variable = node["password_env"]) {
            const auto name = scalar(variable, u"password_env"_s);
            if (!name)
                return;
            if (!qEnvironmentVariableIsSet(name->toLocal8Bit().constData())) {
                error(variable, ExporterConfigReader::tr("the environment variable %1 is not set").arg(*name));
                return;
            }
            credentials.password = qEnvironmentVariable(name->toLocal8Bit().constData());
            module.passwordSource = ExporterConfigReader::tr("environment variable %1").arg(*name);
        }
        if (credentials.password.isEmpty())
            error(node, ExporterConfigReader::tr("%1: the password is empty; give password_file or password_env").arg(name));
    }

    void readTls(const YAML::Node &node, ExporterModule &module)
    {
        const QString name = ExporterConfigReader::tr("tls of module %1").arg(module.name);
        if (!mapping(node, name, {u"ca_file"_s, u"cert_file"_s, u"key_file"_s, u"insecure"_s}))
            return;
        TlsClientOptions &tls = module.probe.transportOptions.tls;
        const auto readable = [&](const YAML::Node &fileNode, const QString &path) {
            if (!QFile::exists(path))
                error(fileNode, ExporterConfigReader::tr("the file %1 does not exist").arg(path));
        };
        if (node["ca_file"]) {
            tls.caFiles = stringList(node["ca_file"], u"ca_file"_s, 100).value_or(QStringList());
            for (const QString &path : std::as_const(tls.caFiles))
                readable(node["ca_file"], path);
        }
        if (node["cert_file"]) {
            tls.certificateFile = scalar(node["cert_file"], u"cert_file"_s).value_or(QString());
            readable(node["cert_file"], tls.certificateFile);
        }
        if (node["key_file"]) {
            tls.keyFile = scalar(node["key_file"], u"key_file"_s).value_or(QString());
            readable(node["key_file"], tls.keyFile);
        }
        if (tls.certificateFile.isEmpty() != tls.keyFile.isEmpty())
            error(node, ExporterConfigReader::tr("%1: cert_file and key_file go together").arg(name));
        if (node["insecure"])
            tls.insecure = boolean(node["insecure"], u"insecure"_s).value_or(false);
    }

    std::optional<ExporterModule> readModule(const QString &moduleName, const YAML::Node &node)
    {
        ExporterModule module;
        module.name = moduleName;
        const int before = int(errors.size());
        static const QRegularExpression validName(u"^[A-Za-z0-9_.-]{1,64}$"_s);
        if (!validName.match(moduleName).hasMatch())
            errors << ExporterConfigReader::tr("%1: a module name is 1 to 64 letters, digits, \"_\", \".\" or \"-\", not \"%2\"")
                          .arg(where(node.Mark()), moduleName);
        if (node.IsNull())
            return module;   // a module with every default
        const QString name = ExporterConfigReader::tr("module %1").arg(moduleName);
        if (!mapping(node, name, {u"transport"_s, u"timeout"_s, u"expect"_s, u"from"_s, u"max_forwards"_s, u"headers"_s,
                                  u"preferred_ip_protocol"_s, u"dns_server"_s, u"auth"_s, u"tls"_s, u"verdict_profile"_s}))
            return std::nullopt;
        if (const YAML::Node value = node["transport"]) {
            if (const auto text = scalar(value, u"transport"_s)) {
                const auto protocol = transportFromToken(text->trimmed().toLower());
                if (!protocol || !createTransport(*protocol))
                    error(value, ExporterConfigReader::tr("transport must be udp, tcp, tls, ws or wss, not \"%1\"").arg(*text));
                else
                    module.probe.transport = protocol;
            }
        }
        if (const YAML::Node value = node["timeout"]) {
            if (const auto text = scalar(value, u"timeout"_s)) {
                const auto duration = ExporterConfigReader::parseDuration(*text);
                if (!duration || duration->count() <= 0 || *duration > std::chrono::minutes(60))
                    error(value, ExporterConfigReader::tr("timeout must be a duration from 1ms to 60m such as 3s or 500ms, not \"%1\"").arg(*text));
                else
                    module.timeout = *duration;
            }
        }
        if (const YAML::Node value = node["expect"]) {
            if (const auto list = stringList(value, u"expect"_s, 100)) {
                QString problem;
                const auto expected = ExpectedCodes::parse(list->join(u','), &problem);
                if (!expected)
                    error(value, ExporterConfigReader::tr("expect: %1").arg(problem));
                else
                    module.expected = *expected;
            }
        }
        if (const YAML::Node value = node["verdict_profile"]) {
            if (const auto text = scalar(value, u"verdict_profile"_s)) {
                QString problem;
                if (node["expect"])
                    error(value, ExporterConfigReader::tr("verdict_profile replaces expect: give only one of them"));
                else if (!(module.profile = profiles.find(text->trimmed(), &problem)))
                    error(value, ExporterConfigReader::tr("verdict_profile: %1").arg(problem));
            }
        }
        if (const YAML::Node value = node["from"]) {
            if (const auto text = scalar(value, u"from"_s)) {
                if (const auto problem = ProbeFrom::apply(*text, module.probe))
                    error(value, ExporterConfigReader::tr("from: %1").arg(*problem));
            }
        }
        if (const YAML::Node value = node["max_forwards"]) {
            if (const auto text = scalar(value, u"max_forwards"_s)) {
                bool ok = false;
                const int number = text->trimmed().toInt(&ok);
                if (!ok || number < 0 || number > 255)
                    error(value, ExporterConfigReader::tr("max_forwards must be a number from 0 to 255, not \"%1\"").arg(*text));
                else
                    module.probe.maxForwards = number;
            }
        }
        if (const YAML::Node value = node["headers"]) {
            if (const auto list = stringList(value, u"headers"_s, 50)) {
                for (const QString &text : *list) {
                    const auto header = OptionsRequest::parseHeaderArgument(text);
                    if (!header.header)
                        error(value, ExporterConfigReader::tr("headers: %1").arg(header.errorMessage));
                    else
                        module.probe.extraHeaders << *header.header;
                }
            }
        }
        if (const YAML::Node value = node["preferred_ip_protocol"]) {
            if (const auto text = scalar(value, u"preferred_ip_protocol"_s)) {
                const QString token = text->trimmed().toLower();
                if (token == u"ip4"_s)
                    module.probe.family = ResolveRequest::Family::IPv4Only;
                else if (token == u"ip6"_s)
                    module.probe.family = ResolveRequest::Family::IPv6Only;
                else
                    error(value, ExporterConfigReader::tr("preferred_ip_protocol must be ip4 or ip6, not \"%1\"").arg(*text));
            }
        }
        if (const YAML::Node value = node["dns_server"]) {
            if (const auto text = scalar(value, u"dns_server"_s)) {
                QString problem;
                const Dns::NameserverAddress server = Dns::NameserverAddress::parse(*text, &problem);
                if (server.isValid())
                    module.probe.dnsServer = server;
                else
                    error(value, ExporterConfigReader::tr("dns_server: %1").arg(problem));
            }
        }
        if (const YAML::Node value = node["auth"])
            readAuth(value, module);
        if (const YAML::Node value = node["tls"])
            readTls(value, module);
        if (errors.size() != before)
            return std::nullopt;
        return module;
    }

    // verdict_profiles: {name: {base, up, down, maintenance_on_retry_after, failures_before_down}}
    void readProfiles(const YAML::Node &node)
    {
        if (!node.IsMap()) {
            error(node, ExporterConfigReader::tr("verdict_profiles must map profile names to their settings"));
            return;
        }
        for (const auto &entry : node) {
            VerdictProfile::Definition definition;
            definition.name = key(entry.first);
            const YAML::Node &settings = entry.second;
            if (!mapping(settings, ExporterConfigReader::tr("verdict profile %1").arg(definition.name),
                         {u"base"_s, u"up"_s, u"down"_s, u"maintenance_on_retry_after"_s, u"failures_before_down"_s}))
                continue;
            if (settings["base"])
                definition.base = scalar(settings["base"], u"base"_s).value_or(QString());
            if (settings["up"])
                definition.up = stringList(settings["up"], u"up"_s, 100).value_or(QStringList()).join(u',');
            if (settings["down"])
                definition.down = stringList(settings["down"], u"down"_s, 100).value_or(QStringList()).join(u',');
            if (settings["maintenance_on_retry_after"])
                definition.maintenanceOnRetryAfter = boolean(settings["maintenance_on_retry_after"], u"maintenance_on_retry_after"_s);
            if (settings["failures_before_down"])
                definition.failuresBeforeDown = scalar(settings["failures_before_down"], u"failures_before_down"_s).value_or(QString()).toInt();
            QString problem;
            const auto profile = VerdictProfile::define(definition, &problem);
            if (!profile || !profiles.add(*profile, &problem))
                error(settings, problem);
        }
    }

    std::optional<ExporterConfig> readRoot(const YAML::Node &root)
    {
        ExporterConfig config;
        if (root.IsNull()) {
            errors << ExporterConfigReader::tr("the file is empty; it needs modules and allow");
            return std::nullopt;
        }
        if (!mapping(root, ExporterConfigReader::tr("the configuration"), {u"modules"_s, u"allow"_s, u"limits"_s, u"verdict_profiles"_s}))
            return std::nullopt;
        if (const YAML::Node value = root["verdict_profiles"])
            readProfiles(value);
        config.profiles = profiles;
        const YAML::Node modules = root["modules"];
        if (!modules || !modules.IsMap() || modules.size() == 0) {
            error(modules ? modules : root, ExporterConfigReader::tr("modules must map at least one module name to its settings"));
        } else if (modules.size() > std::size_t(maxModules)) {
            error(modules, ExporterConfigReader::tr("more than %1 modules").arg(maxModules));
        } else {
            for (const auto &entry : modules) {
                if (!entry.first.IsScalar()) {
                    error(entry.first, ExporterConfigReader::tr("a module name must be a single value"));
                    continue;
                }
                if (auto module = readModule(key(entry.first), entry.second))
                    config.modules.insert(module->name, *module);
            }
        }
        const YAML::Node allow = root["allow"];
        if (!allow) {
            error(root, ExporterConfigReader::tr("allow is missing: list the hosts, networks and domain suffixes the exporter may probe"));
        } else if (const auto entries = stringList(allow, u"allow"_s, maxAllowEntries)) {
            for (const QString &entry : *entries) {
                if (const auto problem = config.allow.add(entry))
                    error(allow, ExporterConfigReader::tr("allow: %1").arg(*problem));
            }
        }
        if (const YAML::Node limits = root["limits"]) {
            if (mapping(limits, u"limits"_s, {u"max_concurrent_probes"_s, u"min_interval"_s})) {
                if (const YAML::Node value = limits["max_concurrent_probes"]) {
                    const QString text = scalar(value, u"max_concurrent_probes"_s).value_or(QString());
                    bool ok = false;
                    const int number = text.trimmed().toInt(&ok);
                    if (!ok || number < 1 || number > 10000)
                        error(value, ExporterConfigReader::tr("max_concurrent_probes must be a number from 1 to 10000, not \"%1\"").arg(text));
                    else
                        config.limits.maxConcurrentProbes = number;
                }
                if (const YAML::Node value = limits["min_interval"]) {
                    const QString text = scalar(value, u"min_interval"_s).value_or(QString());
                    const auto duration = ExporterConfigReader::parseDuration(text);
                    if (!duration || *duration > std::chrono::hours(1))
                        error(value, ExporterConfigReader::tr("min_interval must be a duration from 0s to 60m such as 1s, not \"%1\"").arg(text));
                    else
                        config.limits.minInterval = *duration;
                }
            }
        }
        if (!errors.isEmpty())
            return std::nullopt;
        return config;
    }
};

} // namespace

std::optional<std::chrono::milliseconds> ExporterConfigReader::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double ms = unit == u"ms"_s ? number : unit == u"s"_s ? number * 1000 : number * 60000;
    if (!std::isfinite(ms) || ms > 1e12)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(ms));
}

ExporterConfigRead ExporterConfigReader::read(const QByteArray &yaml)
{
    ExporterConfigRead result;
    if (yaml.size() > maxFileSize) {
        result.errors << tr("the configuration is larger than %1 bytes").arg(maxFileSize);
        return result;
    }
    Reader reader;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        result.config = reader.readRoot(root);
        result.errors = reader.errors;
    } catch (const YAML::Exception &exception) {
        // Syntax errors, and yaml-cpp's nesting limit (DeepRecursion).
        result.config.reset();
        result.errors = reader.errors;
        result.errors << tr("%1: %2").arg(where(exception.mark), QString::fromStdString(exception.msg));
    }
    return result;
}

ExporterConfigRead ExporterConfigReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {tr("cannot read %1: %2").arg(path, file.errorString())}};
    ExporterConfigRead result = read(file.read(maxFileSize + 1));
    for (QString &error : result.errors)
        error = tr("%1: %2").arg(path, error);
    return result;
}

} // namespace SipScope
