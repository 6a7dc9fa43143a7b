#include "securityarguments.h"

#include "sip/sipuri.h"
#include "sip/tlstransport.h"

#include <QCoreApplication>
#include <QFile>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// A user part as RFC 3261 §25.1 allows it (escaped characters included).
bool isValidUser(const QString &user)
{
    const SipUriParseResult parsed = SipUri::parse(u"sip:"_s + user + u"@example.invalid"_s);
    return parsed.isValid() && !user.isEmpty() && parsed.uri->user() == user;
}

} // namespace

const char *SecurityArguments::passwordVariable()
{
    return "SIPSCOPE_PASSWORD";
}

SecurityArguments::SecurityArguments()
    : m_caFile(u"ca-file"_s,
               QCoreApplication::translate("Cli", "TLS: also trust the CA certificate(s) in this PEM file (repeatable)."),
               u"FILE"_s)
    , m_insecure(u"insecure"_s,
                 QCoreApplication::translate("Cli", "TLS: go on when the server's certificate cannot be verified; "
                                                    "the result says it was not verified."))
    , m_certificate(u"cert"_s, QCoreApplication::translate("Cli", "TLS: client certificate (PEM), with --key."), u"FILE"_s)
    , m_key(u"key"_s, QCoreApplication::translate("Cli", "TLS: the client certificate's unencrypted private key (PEM)."),
            u"FILE"_s)
    , m_user(u"user"_s,
             QCoreApplication::translate("Cli", "Answer 401/407 digest challenges as this user (also the From user)."),
             u"USER"_s)
    , m_authUser(u"auth-user"_s,
                 QCoreApplication::translate("Cli", "The digest user name when it differs from --user."), u"USER"_s)
    , m_passwordFile(u"password-file"_s,
                     QCoreApplication::translate("Cli", "Read the password from the first line of FILE "
                                                        "(or set the SIPSCOPE_PASSWORD environment variable)."),
                     u"FILE"_s)
    , m_password(u"password"_s,
                 QCoreApplication::translate("Cli", "The password on the command line. Avoid it: other users can see "
                                                    "it in the process list; use --password-file or SIPSCOPE_PASSWORD."),
                 u"PASSWORD"_s)
{
}

void SecurityArguments::addTo(CommandParser &parser) const
{
    for (const QCommandLineOption &option : {m_caFile, m_insecure, m_certificate, m_key, m_user, m_authUser,
                                             m_passwordFile, m_password})
        parser.addOption(option);
}

std::optional<QString> SecurityArguments::apply(const CommandParser &parser, ProbeOptions &options) const
{
    TlsClientOptions &tls = options.transportOptions.tls;
    tls.caFiles = parser.values(m_caFile);
    tls.insecure = parser.isSet(m_insecure);
    tls.certificateFile = parser.value(m_certificate);
    tls.keyFile = parser.value(m_key);
    if (parser.isSet(m_certificate) != parser.isSet(m_key))
        return QCoreApplication::translate("Cli", "--cert and --key go together: give both or neither.");
    if (const QString problem = TlsTransport::checkOptions(tls); !problem.isEmpty())
        return problem;

    Credentials &credentials = options.credentials;
    credentials.user = parser.value(m_user).trimmed();
    credentials.authUser = parser.value(m_authUser).trimmed();
    if (parser.isSet(m_user) && !isValidUser(credentials.user))
        return QCoreApplication::translate("Cli", "--user: \"%1\" is not a valid SIP user name.").arg(credentials.user);
    if (parser.isSet(m_authUser) && credentials.authUser.isEmpty())
        return QCoreApplication::translate("Cli", "--auth-user needs a user name.");

    if (parser.isSet(m_password) && parser.isSet(m_passwordFile))
        return QCoreApplication::translate("Cli", "Give the password once: --password-file or --password, not both.");
    const bool hasUser = !credentials.effectiveAuthUser().isEmpty();
    if (parser.isSet(m_passwordFile)) {
        QFile file(parser.value(m_passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("Cli", "--password-file: cannot read %1: %2").arg(file.fileName(), file.errorString());
        // The first line, without its line end: editors and `echo` add one.
        QByteArray line = file.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return QCoreApplication::translate("Cli", "--password-file: the first line of %1 is empty.").arg(file.fileName());
        credentials.password = QString::fromUtf8(line);
    } else if (parser.isSet(m_password)) {
        credentials.password = parser.value(m_password);
        if (credentials.password.isEmpty())
            return QCoreApplication::translate("Cli", "--password needs a password.");
    } else if (hasUser) {
        // The environment only counts when a user is given: it may be set for other uses.
        credentials.password = qEnvironmentVariable(passwordVariable());
    }
    if (credentials.hasPassword() && !hasUser)
        return QCoreApplication::translate("Cli", "A password needs --user (or --auth-user).");
    return std::nullopt;
}

} // namespace SipScope::Cli
