#include "probeauthenticator.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

ProbeAuthenticator::ProbeAuthenticator(const Credentials &credentials)
    : m_credentials(credentials)
    , m_session(credentials)
{
}

ProbeAuthenticator::Step ProbeAuthenticator::onChallenge(const SipMessage &response, int requestsSent,
                                                         quint32 nextCSeq, const QString &requestUri,
                                                         ProbeAuthInfo *auth)
{
    Step step;
    const int status = response.statusCode();
    const DigestSession::Outcome outcome = m_session.onChallenge(response);
    auth->challengeStatus = status;
    auth->user = m_credentials.effectiveAuthUser();
    auth->attempts = requestsSent;
    if (outcome.challenge) {
        const DigestChallenge &challenge = *outcome.challenge;
        auth->scheme = u"Digest"_s;
        auth->algorithm = challenge.algorithm ? digestAlgorithmToken(*challenge.algorithm)
                          : challenge.algorithmToken.isEmpty() ? u"MD5"_s : challenge.algorithmToken;
        auth->realm = challenge.realm;
    }
    QString text = tr("Challenge in %1 %2: %3").arg(status).arg(response.reasonPhrase(), outcome.text);
    if (!outcome.skipped.isEmpty())
        text += u" — "_s + outcome.skipped.join(u"; "_s);
    step.lines.append({ProbeEvent::Type::AuthChallenge, text});

    const QString phrase = QString::number(status) + u' ' + response.reasonPhrase();
    switch (outcome.verdict) {
    case DigestSession::Verdict::Retry:
        break;
    case DigestSession::Verdict::NoCredentials:
        auth->outcome = ProbeAuthInfo::Outcome::NoCredentials;
        auth->explanation = tr("The server asks for authentication (%1); give a user name and a password to answer it.")
                                .arg(phrase);
        return step;
    case DigestSession::Verdict::Unsupported:
        auth->outcome = ProbeAuthInfo::Outcome::Unsupported;
        auth->explanation = tr("The server asks for authentication (%1), but with no challenge SipScope can answer: %2")
                                .arg(phrase, outcome.skipped.isEmpty() ? outcome.text : outcome.skipped.join(u"; "_s));
        return step;
    case DigestSession::Verdict::Rejected:
        auth->outcome = ProbeAuthInfo::Outcome::Rejected;
        auth->explanation = tr("Credentials rejected: the server answered our authenticated request with %1 again. "
                               "Check the user name, the authentication user name and the password.")
                                .arg(phrase);
        step.lines.append({ProbeEvent::Type::AuthRejected, auth->explanation});
        return step;
    }
    if (requestsSent >= MaxRequests) {
        auth->outcome = ProbeAuthInfo::Outcome::Rejected;
        auth->explanation = tr("Credentials rejected: the server kept challenging (%1) after %2 requests.")
                                .arg(phrase).arg(requestsSent);
        step.lines.append({ProbeEvent::Type::AuthRejected, auth->explanation});
        return step;
    }
    const DigestSession::Answers answers = m_session.authorize(u"OPTIONS"_s, requestUri);
    if (!answers.error.isEmpty() || answers.headers.isEmpty()) {
        auth->outcome = ProbeAuthInfo::Outcome::Unsupported;
        auth->explanation = answers.error;
        return step;
    }
    auth->outcome = ProbeAuthInfo::Outcome::Accepted;
    if (answers.last)
        auth->qop = digestQopToken(answers.last->qop);
    QString answer = tr("Answering as \"%1\" with %2").arg(auth->user, auth->algorithm);
    if (answers.last && answers.last->qop != DigestQop::None)
        answer += u", qop="_s + auth->qop + u", nc="_s + answers.last->nc;
    if (outcome.stale)
        answer += u' ' + tr("(the nonce was stale: one fresh try)");
    answer += u' ' + tr("in a new request: CSeq %1, same Call-ID and From tag, new branch").arg(nextCSeq);
    step.lines.append({ProbeEvent::Type::AuthAnswer, answer});
    step.retry = true;
    step.headers = answers.headers;
    return step;
}

} // namespace SipScope
