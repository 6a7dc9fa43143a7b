// The client side of digest authentication across the requests of one probe
// (RFC 3261 §22.2, §22.3): challenges from 401/407 responses in, the
// Authorization / Proxy-Authorization headers of the next request out, and the
// decision when to stop. A challenge to an answer we already gave means the
// credentials were rejected, unless it says stale=true (RFC 7616 §3.3), which earns
// one fresh try with the new nonce.
#pragma once

#include "credentials.h"
#include "digestauth.h"
#include "sipmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

class DigestSession final
{
public:
    enum class Verdict {
        Retry,          // send the request again with authorize()'s headers
        NoCredentials,  // challenged, but there is no password to answer with
        Unsupported,    // no challenge SipScope can answer (scheme, algorithm, qop, realm)
        Rejected,       // our answer was challenged again: the credentials are wrong
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Unsupported;
        ChallengeOrigin origin = ChallengeOrigin::WwwAuthenticate;
        // The challenge chosen (or, without one, the first Digest challenge seen),
        // for the result's summary; nullopt when the response had none.
        std::optional<DigestChallenge> challenge;
        bool stale = false;        // a stale=true challenge that earned one more try
        QString text;              // translated, one line: what was offered and chosen
        QStringList skipped;       // translated: challenges passed over, and why
    };

    explicit DigestSession(const Credentials &credentials);

    // Reads the challenges of a 401 or 407 response to our last request.
    Outcome onChallenge(const SipMessage &response);

    struct Answers
    {
        QList<SipHeader> headers;  // one per challenging header kind (proxy first)
        std::optional<DigestAuth::Answer> last;  // the answer to the latest challenge
        QString error;             // translated; empty on success
    };
    // The headers for the next request (advancing each nonce count). `requestUri`
    // is the Request-URI exactly as the request line carries it.
    Answers authorize(const QString &method, const QString &requestUri);

    // How many answers were computed so far (requests with credentials).
    int answersSent() const { return m_answersSent; }
    const Credentials &credentials() const { return m_credentials; }

private:
    std::optional<DigestAuth> &authFor(ChallengeOrigin origin);

    Credentials m_credentials;
    std::optional<DigestAuth> m_www;
    std::optional<DigestAuth> m_proxy;
    ChallengeOrigin m_lastOrigin = ChallengeOrigin::WwwAuthenticate;
    bool m_staleRetryUsed = false;
    int m_answersSent = 0;
};

} // namespace SipScope
