#include "digestchallenge.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// stale=TRUE, stale="true": RFC 7616 §3.3 makes the value case-insensitive and
// servers quote it although the grammar says token.
bool isTrue(const std::optional<QString> &value)
{
    return value && value->trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// Control characters other than HTAB cannot appear in a quoted-string, escaped or not
// (RFC 3261 §25.1 qdtext and quoted-pair exclude CR and LF). The answer echoes realm,
// nonce and opaque, so a server sending "realm=\"x\rInjected: 1\"" would otherwise
// make us write a bare CR into our own request (found by the digest_challenge fuzzer).
bool hasControlCharacter(const std::optional<QString> &value)
{
    return value && std::any_of(value->cbegin(), value->cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f;
    });
}

QString describe(const AuthChallenge &challenge)
{
    QString text = challenge.scheme;
    if (const auto algorithm = challenge.param(u"algorithm"))
        text += u" algorithm="_s + *algorithm;
    if (const auto realm = challenge.param(u"realm"))
        text += u" realm=\""_s + *realm + u'"';
    return text;
}

} // namespace

QString digestAlgorithmToken(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Md5: return u"MD5"_s;
    case DigestAlgorithm::Md5Sess: return u"MD5-sess"_s;
    case DigestAlgorithm::Sha256: return u"SHA-256"_s;
    case DigestAlgorithm::Sha256Sess: return u"SHA-256-sess"_s;
    }
    return {};
}

std::optional<DigestAlgorithm> digestAlgorithmFromToken(QStringView token)
{
    for (const DigestAlgorithm algorithm : {DigestAlgorithm::Md5, DigestAlgorithm::Md5Sess,
                                            DigestAlgorithm::Sha256, DigestAlgorithm::Sha256Sess}) {
        if (token.trimmed().compare(digestAlgorithmToken(algorithm), Qt::CaseInsensitive) == 0)
            return algorithm;
    }
    return std::nullopt;
}

bool isSessionAlgorithm(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Md5Sess || algorithm == DigestAlgorithm::Sha256Sess;
}

int digestAlgorithmStrength(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Md5:
    case DigestAlgorithm::Md5Sess:
        return 1;
    case DigestAlgorithm::Sha256:
    case DigestAlgorithm::Sha256Sess:
        return 2;
    }
    return 0;
}

QString digestQopToken(DigestQop qop)
{
    switch (qop) {
    case DigestQop::None: return {};
    case DigestQop::Auth: return u"auth"_s;
    case DigestQop::AuthInt: return u"auth-int"_s;
    }
    return {};
}

QString challengeHeaderName(ChallengeOrigin origin)
{
    return origin == ChallengeOrigin::ProxyAuthenticate ? u"Proxy-Authenticate"_s
                                                        : u"WWW-Authenticate"_s;
}

QString answerHeaderName(ChallengeOrigin origin)
{
    return origin == ChallengeOrigin::ProxyAuthenticate ? u"Proxy-Authorization"_s
                                                        : u"Authorization"_s;
}

bool DigestChallenge::offersQop(DigestQop qop) const
{
    if (qop == DigestQop::None)
        return qopOptions.isEmpty();
    return qopOptions.contains(digestQopToken(qop));
}

bool DigestChallenge::isSupported() const
{
    if (!algorithm)
        return false;
    return qopOptions.isEmpty() || offersQop(DigestQop::Auth) || offersQop(DigestQop::AuthInt);
}

DigestChallenge::Parsed DigestChallenge::fromChallenge(const AuthChallenge &challenge,
                                                       ChallengeOrigin origin)
{
    Parsed out;
    if (!challenge.hasScheme(u"Digest")) {
        out.error = QCoreApplication::translate("DigestAuth", "The %1 challenge is not a Digest challenge.")
                        .arg(challenge.scheme);
        return out;
    }
    const auto realm = challenge.param(u"realm");
    const auto nonce = challenge.param(u"nonce");
    if (!realm) {
        out.error = QCoreApplication::translate("DigestAuth", "The Digest challenge has no realm.");
        return out;
    }
    if (!nonce || nonce->isEmpty()) {
        out.error = QCoreApplication::translate("DigestAuth", "The Digest challenge has no nonce.");
        return out;
    }
    const auto opaque = challenge.param(u"opaque");
    if (hasControlCharacter(realm) || hasControlCharacter(nonce) || hasControlCharacter(opaque)) {
        out.error = QCoreApplication::translate("DigestAuth", "The Digest challenge has control characters in its realm, nonce or opaque value.");
        return out;
    }
    DigestChallenge digest;
    digest.origin = origin;
    digest.realm = *realm;
    digest.nonce = *nonce;
    digest.opaque = opaque;
    digest.algorithmToken = challenge.param(u"algorithm").value_or(QString());
    // RFC 3261 §22.4 / RFC 7616 §3.3: no algorithm parameter means MD5.
    digest.algorithm = digest.algorithmToken.isEmpty()
                           ? std::optional(DigestAlgorithm::Md5)
                           : digestAlgorithmFromToken(digest.algorithmToken);
    // qop-options is a quoted comma list (RFC 3261 §25.1); a bare token is accepted too.
    const QString qop = challenge.param(u"qop").value_or(QString());
    for (const QString &option : qop.split(u',', Qt::SkipEmptyParts)) {
        const QString token = option.trimmed().toLower();
        if (!token.isEmpty() && !digest.qopOptions.contains(token))
            digest.qopOptions.append(token);
    }
    digest.stale = isTrue(challenge.param(u"stale"));
    digest.userhash = isTrue(challenge.param(u"userhash"));
    digest.charset = challenge.param(u"charset").value_or(QString());
    // domain is a space-separated URI list (RFC 7616 §3.3).
    digest.domain = challenge.param(u"domain").value_or(QString())
                        .simplified().split(u' ', Qt::SkipEmptyParts);
    out.challenge = digest;
    return out;
}

DigestChallengeChoice selectDigestChallenge(const QList<AuthChallenge> &challenges,
                                            ChallengeOrigin origin,
                                            const Credentials &credentials)
{
    DigestChallengeChoice choice;
    QString chosenDescription;
    for (const AuthChallenge &challenge : challenges) {
        const QString description = describe(challenge);
        const DigestChallenge::Parsed parsed = DigestChallenge::fromChallenge(challenge, origin);
        QString reason;
        if (!parsed.challenge) {
            reason = parsed.error;
        } else if (!parsed.challenge->algorithm) {
            reason = QCoreApplication::translate("DigestAuth", "the algorithm %1 is not supported.")
                         .arg(parsed.challenge->algorithmToken);
        } else if (!parsed.challenge->isSupported()) {
            reason = QCoreApplication::translate("DigestAuth", "none of the offered qop values (%1) is supported.")
                         .arg(parsed.challenge->qopOptions.join(u", "));
        } else if (!credentials.acceptsRealm(parsed.challenge->realm)) {
            reason = QCoreApplication::translate("DigestAuth", "the credentials are for the realm \"%1\".")
                         .arg(credentials.realm);
        }
        if (!reason.isEmpty()) {
            choice.skipped.append(QCoreApplication::translate("DigestAuth", "Skipped %1: %2").arg(description, reason));
            continue;
        }
        const DigestChallenge &digest = *parsed.challenge;
        if (choice.challenge
            && digestAlgorithmStrength(*digest.algorithm) <= digestAlgorithmStrength(*choice.challenge->algorithm)) {
            choice.skipped.append(
                QCoreApplication::translate("DigestAuth", "Passed over %1: %2 comes first and is as strong or stronger.")
                    .arg(description, chosenDescription));
            continue;
        }
        if (choice.challenge) {
            choice.skipped.append(QCoreApplication::translate("DigestAuth", "Passed over %1: %2 is stronger.")
                                      .arg(chosenDescription, description));
        }
        choice.challenge = digest;
        chosenDescription = description;
    }
    if (!choice.challenge) {
        const QString header = challengeHeaderName(origin);
        if (challenges.isEmpty())
            choice.error = QCoreApplication::translate("DigestAuth", "The response carries no %1 challenge.");
        else
            choice.error = QCoreApplication::translate("DigestAuth", "None of the %1 challenges can be answered.");
        choice.error = choice.error.arg(header);
    }
    return choice;
}

} // namespace SipScope
