// Reads a password for the CLI without showing it: from a terminal with echo off (the
// prompt on stderr, so that stdout stays clean for scripts), else the first line of
// stdin (a pipe, a here-string, a file), line end stripped.
#pragma once

#include <QString>

#include <optional>

namespace SipScope::Cli {

struct PasswordInput
{
    QString password;
    bool fromTerminal = false;
};

// nullopt when stdin ended before a line could be read (no input at all).
std::optional<PasswordInput> readPassword(const QString &prompt);

} // namespace SipScope::Cli
