// A SIP or SIPS URI (RFC 3261 §19.1) as a probe target, and the shortcuts people
// type instead of a full URI: "host", "host:port", "user@host", "[::1]:5070", "1.2.3.4".
#pragma once

#include "transportprotocol.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace SipScope {

struct SipUriParseResult;

// What is wrong with a target text; each value has its own translated message.
enum class SipUriError {
    None,
    Empty,                 // "" or only blanks
    TooLong,               // over 1024 characters (Kamailio's MAX_URI_SIZE, and plenty)
    ContainsWhitespace,    // "sip:a b"
    UnsupportedScheme,     // "http://x", "tel:+123"
    MissingHost,           // "sip:", "sip:alice@"
    InvalidUser,           // characters not allowed in the user part
    InvalidHost,           // bad host name or IPv4 address
    UnbalancedBracket,     // "[::1", "::1]"
    InvalidIpv6,           // "[::g]"
    InvalidPort,           // "host:", "host:0", "host:70000", "host:5x"
    InvalidParameter,      // ";=x", ";a;;b"
    InvalidTransport,      // ";transport=carrier-pigeon"
    UnsupportedHeaders,    // "sip:a@b?subject=x": URI headers make no sense for a probe
};


class SipUri final
{
public:
    enum class Scheme { Sip, Sips };
    enum class HostType { DomainName, IPv4, IPv6 };

    SipUri() = default;

    // Accepts full URIs ("sip:", "sips:", case-insensitive scheme) and the shortcuts
    // above (which become "sip:"). Never throws, never crashes on any input.
    static SipUriParseResult parse(const QString &text);

    // Translated message for an error kind; `part` is the offending text, if any.
    static QString errorMessage(SipUriError error, const QString &part = {});

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme) { m_scheme = scheme; }
    bool isSips() const { return m_scheme == Scheme::Sips; }

    QString user() const { return m_user; }   // kept as typed (escapes are not decoded)
    void setUser(const QString &user) { m_user = user; }

    // Host without brackets; IPv6 in its canonical compressed form, names lowercased.
    QString host() const { return m_host; }
    void setHost(const QString &host, HostType type) { m_host = host; m_hostType = type; }
    HostType hostType() const { return m_hostType; }
    bool isNumericHost() const { return m_hostType != HostType::DomainName; }

    std::optional<quint16> port() const { return m_port; }
    void setPort(std::optional<quint16> port) { m_port = port; }

    // URI parameters in order, names lowercased (RFC 3261 §19.1.4 compares them
    // case-insensitively); a parameter without value has an empty value.
    QList<std::pair<QString, QString>> parameters() const { return m_parameters; }
    std::optional<QString> parameter(const QString &name) const;
    void setParameter(const QString &name, const QString &value);

    // The ;transport= parameter when present and known.
    std::optional<TransportProtocol> transportParameter() const;

    // "host", "1.2.3.4", "[2001:db8::1]", with ":port" when a port is set.
    QString hostPort() const;
    // The host as it appears in a URI or Via: IPv6 in brackets.
    QString hostForUri() const;

    // Normalised form shown to the user and used as Request-URI:
    // "sip:alice@example.com:5070;transport=tcp".
    QString toString() const;

    bool isValid() const { return !m_host.isEmpty(); }
    bool operator==(const SipUri &) const = default;

private:
    Scheme m_scheme = Scheme::Sip;
    QString m_user;
    QString m_host;
    HostType m_hostType = HostType::DomainName;
    std::optional<quint16> m_port;
    QList<std::pair<QString, QString>> m_parameters;
};

struct SipUriParseResult
{
    std::optional<SipUri> uri;    // set on success
    SipUriError error = SipUriError::None;
    QString errorMessage;         // translated, names the offending part

    bool isValid() const { return error == SipUriError::None; }
};

} // namespace SipScope
