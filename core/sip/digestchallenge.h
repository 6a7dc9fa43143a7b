// A Digest challenge read from an AuthChallenge (RFC 3261 §22.4, RFC 7616 §3.3,
// RFC 8760 for SHA-256 in SIP), and the choice among several.
#pragma once

#include "authchallenge.h"
#include "credentials.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

// The algorithms SipScope can answer. SHA-512-256 (RFC 7616) is not among them:
// QCryptographicHash has no SHA-512/256, so such challenges are skipped.
enum class DigestAlgorithm {
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
};

// "MD5", "MD5-sess", "SHA-256", "SHA-256-sess" (the spelling of RFC 7616 §6.1).
QString digestAlgorithmToken(DigestAlgorithm algorithm);
// Case-insensitive; nullopt for anything SipScope cannot compute.
std::optional<DigestAlgorithm> digestAlgorithmFromToken(QStringView token);
bool isSessionAlgorithm(DigestAlgorithm algorithm);
// Higher is stronger: SHA-256 family 2, MD5 family 1. A -sess variant ranks as its hash.
int digestAlgorithmStrength(DigestAlgorithm algorithm);

enum class DigestQop {
    None,     // no qop in the challenge: RFC 2069 compatible answer
    Auth,
    AuthInt,  // covers the body as well (RFC 7616 §3.4.3)
};

// "", "auth", "auth-int"
QString digestQopToken(DigestQop qop);

// Which header carried the challenge; it decides the header of the answer.
enum class ChallengeOrigin {
    WwwAuthenticate,   // 401: answer in Authorization
    ProxyAuthenticate, // 407: answer in Proxy-Authorization
};

QString challengeHeaderName(ChallengeOrigin origin);
QString answerHeaderName(ChallengeOrigin origin);

struct DigestChallenge
{
    ChallengeOrigin origin = ChallengeOrigin::WwwAuthenticate;
    QString realm;
    QString nonce;
    std::optional<QString> opaque;
    QString algorithmToken;           // as sent; empty when absent (then MD5)
    std::optional<DigestAlgorithm> algorithm; // nullopt: a token we cannot compute
    QStringList qopOptions;           // lowercased tokens as offered, may be empty
    bool stale = false;
    QStringList domain;               // URIs of the protection space, may be empty
    bool userhash = false;            // RFC 7616 §3.4.4
    QString charset;                  // RFC 7616 §3.3: only "UTF-8" is defined

    bool offersQop(DigestQop qop) const;
    // Algorithm known, and either no qop or at least one qop SipScope speaks.
    bool isSupported() const;

    struct Parsed;
    // Reads the Digest parameters of a challenge; an error when it is not Digest or
    // lacks realm or nonce (required by RFC 3261 §25.1 / RFC 7616 §3.3).
    static Parsed fromChallenge(const AuthChallenge &challenge, ChallengeOrigin origin);
};

struct DigestChallenge::Parsed
{
    std::optional<DigestChallenge> challenge;
    QString error; // translated, one sentence
};

struct DigestChallengeChoice
{
    std::optional<DigestChallenge> challenge;
    // Why nothing was chosen (translated), or empty.
    QString error;
    // One translated line per challenge passed over and why, for the timeline.
    QStringList skipped;
};

// Picks the strongest supported Digest challenge whose realm the credentials accept.
// RFC 8760 §2.4 says to take the topmost supported one "unless a local policy dictates
// otherwise"; ranking by strength is that policy, because challenges are not integrity
// protected and an on-path attacker could reorder them to put MD5 first (RFC 8760 §3).
// Among equally strong ones the topmost wins, so the server's preference still counts.
DigestChallengeChoice selectDigestChallenge(const QList<AuthChallenge> &challenges,
                                            ChallengeOrigin origin,
                                            const Credentials &credentials);

} // namespace SipScope
