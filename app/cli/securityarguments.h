// The options that reach TLS servers and answer digest challenges, for the commands
// that send requests: --ca-file, --insecure, --cert, --key (TLS) and --user,
// --auth-user, --password-file, --password and the SIPSCOPE_PASSWORD environment
// variable (digest authentication). The password is read here and goes nowhere but
// into ProbeOptions::credentials: it is never printed.
#pragma once

#include "commandparser.h"

#include "probe/optionsprobe.h"

#include <QCommandLineOption>

#include <optional>

namespace SipScope::Cli {

class SecurityArguments final
{
public:
    SecurityArguments();

    void addTo(CommandParser &parser) const;
    // Fills options.credentials and options.transportOptions.tls; a usage error message
    // when the options do not fit together or a file cannot be used.
    std::optional<QString> apply(const CommandParser &parser, ProbeOptions &options) const;

    // "SIPSCOPE_PASSWORD"
    static const char *passwordVariable();

private:
    QCommandLineOption m_caFile;
    QCommandLineOption m_insecure;
    QCommandLineOption m_certificate;
    QCommandLineOption m_key;
    QCommandLineOption m_user;
    QCommandLineOption m_authUser;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_password;
};

} // namespace SipScope::Cli
