#include "digestsession.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString describeChallenge(const DigestChallenge &challenge)
{
    const QString algorithm = challenge.algorithm ? digestAlgorithmToken(*challenge.algorithm)
                                                  : challenge.algorithmToken;
    const QString qop = challenge.qopOptions.isEmpty() ? QCoreApplication::translate("DigestSession", "none")
                                                       : challenge.qopOptions.join(u", "_s);
    return QCoreApplication::translate("DigestSession", "Digest realm \"%1\", algorithm %2, qop %3%4")
        .arg(challenge.realm, algorithm.isEmpty() ? u"MD5"_s : algorithm, qop,
             challenge.stale ? u", stale=true"_s : QString());
}

} // namespace

DigestSession::DigestSession(const Credentials &credentials)
    : m_credentials(credentials)
{
}

std::optional<DigestAuth> &DigestSession::authFor(ChallengeOrigin origin)
{
    return origin == ChallengeOrigin::ProxyAuthenticate ? m_proxy : m_www;
}

DigestSession::Outcome DigestSession::onChallenge(const SipMessage &response)
{
    Outcome outcome;
    outcome.origin = response.statusCode() == 407 ? ChallengeOrigin::ProxyAuthenticate
                                                  : ChallengeOrigin::WwwAuthenticate;
    // Each header line whole: a challenge's parameters are separated by commas too,
    // so the comma-splitting headerValues() must not be used here.
    const QString headerName = challengeHeaderName(outcome.origin);
    QStringList values;
    for (const SipHeader &header : response.headers()) {
        if (sameHeaderName(header.name, headerName))
            values << header.value;
    }
    const AuthChallengeList parsed = AuthChallenge::parse(values);
    const DigestChallengeChoice choice = selectDigestChallenge(parsed.challenges, outcome.origin, m_credentials);
    outcome.skipped = choice.skipped;
    if (!parsed.ok())
        outcome.skipped << QCoreApplication::translate("DigestSession", "Unreadable %1: %2").arg(headerName, parsed.error);
    outcome.challenge = choice.challenge;
    if (!outcome.challenge) {
        for (const AuthChallenge &challenge : parsed.challenges) {
            if (const auto digest = DigestChallenge::fromChallenge(challenge, outcome.origin).challenge) {
                outcome.challenge = digest;
                break;
            }
        }
    }
    const QString offered = outcome.challenge ? describeChallenge(*outcome.challenge) : choice.error;
    m_lastOrigin = outcome.origin;

    if (!choice.challenge) {
        outcome.verdict = Verdict::Unsupported;
        outcome.text = offered;
        return outcome;
    }
    if (!m_credentials.hasPassword()) {
        outcome.verdict = Verdict::NoCredentials;
        outcome.text = offered;
        return outcome;
    }
    std::optional<DigestAuth> &auth = authFor(outcome.origin);
    if (!auth) {
        auth.emplace(*choice.challenge, m_credentials);
        outcome.verdict = Verdict::Retry;
        outcome.text = offered;
        return outcome;
    }
    // We answered this kind of challenge already.
    if (choice.challenge->stale && !m_staleRetryUsed) {
        m_staleRetryUsed = true;
        auth->updateChallenge(*choice.challenge);
        outcome.verdict = Verdict::Retry;
        outcome.stale = true;
        outcome.text = offered;
        return outcome;
    }
    outcome.verdict = Verdict::Rejected;
    outcome.text = offered;
    return outcome;
}

DigestSession::Answers DigestSession::authorize(const QString &method, const QString &requestUri)
{
    Answers answers;
    for (const ChallengeOrigin origin : {ChallengeOrigin::ProxyAuthenticate, ChallengeOrigin::WwwAuthenticate}) {
        std::optional<DigestAuth> &auth = authFor(origin);
        if (!auth)
            continue;
        const DigestAuth::Result result = auth->authorize(method, requestUri);
        if (!result.answer) {
            answers.error = result.error;
            answers.headers.clear();
            return answers;
        }
        answers.headers.append({result.answer->headerName, result.answer->headerValue});
        if (origin == m_lastOrigin)
            answers.last = result.answer;
    }
    if (!answers.headers.isEmpty())
        ++m_answersSent;
    return answers;
}

} // namespace SipScope
