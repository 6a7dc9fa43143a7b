// One authentication challenge from a WWW-Authenticate or Proxy-Authenticate header
// value, scheme-neutral (RFC 7235 §2.1 / RFC 3261 §25.1 grammar).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace SipScope {

struct AuthParam
{
    QString name;    // lowercased: parameter names are case-insensitive (RFC 7235 §2.1)
    QString value;   // unquoted, backslash escapes removed
    bool quoted = false;
};

struct AuthChallengeList;

struct AuthChallenge
{
    QString scheme;          // as sent, e.g. "Digest"
    QString token68;         // for schemes like "Basic QWxh..." style; usually empty
    QList<AuthParam> params; // in the order sent

    bool hasScheme(QStringView name) const;
    // The first parameter of that name (case-insensitive); a repeated name is ignored,
    // since RFC 7235 §2.1 allows each name only once per challenge.
    std::optional<QString> param(QStringView name) const;

    // Parses one header field value. A value may hold several challenges separated by
    // commas ("Digest realm=..., Basic realm=..."). Lenient where servers are sloppy:
    // any whitespace, missing commas between parameters, unquoted values, any case.
    static AuthChallengeList parse(QStringView headerValue);
    // Parses every value of a repeated header, challenges in order of appearance.
    static AuthChallengeList parse(const QStringList &headerValues);
};

struct AuthChallengeList
{
    // Every challenge parsed completely; a challenge cut short by an error is dropped.
    QList<AuthChallenge> challenges;
    // Empty when the whole input parsed; else a plain, untranslated parser message
    // naming the offset, e.g. "unterminated quoted string at offset 14".
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace SipScope
