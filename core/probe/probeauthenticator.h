// Digest authentication for one probe (RFC 3261 §22.2): reads each 401/407 with
// DigestSession, keeps the result's ProbeAuthInfo up to date, and tells the probe
// whether to send the request once more and with which headers. The lines it hands
// back for the timeline name the user, the algorithm and the nonce count — never the
// password.
#pragma once

#include "proberesult.h"

#include "sip/credentials.h"
#include "sip/digestsession.h"
#include "sip/sipmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SipScope {

class ProbeAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(SipScope::ProbeAuthenticator)

public:
    // Requests one probe may send: the first, an answer to a 401 and to a 407, and one
    // fresh try after stale=true.
    static constexpr int MaxRequests = 4;

    explicit ProbeAuthenticator(const Credentials &credentials);

    struct Line
    {
        ProbeEvent::Type type = ProbeEvent::Type::AuthChallenge;
        QString text;   // translated
    };

    struct Step
    {
        bool retry = false;             // send the request again, with `headers`
        QList<SipHeader> headers;       // Authorization / Proxy-Authorization
        QList<Line> lines;              // for the timeline, in order
    };

    // A 401/407 final response to the request that was the `requestsSent`-th; a retry
    // would carry CSeq `nextCSeq` and `requestUri` exactly as its request line does.
    Step onChallenge(const SipMessage &response, int requestsSent, quint32 nextCSeq, const QString &requestUri,
                     ProbeAuthInfo *auth);

private:
    Credentials m_credentials;
    DigestSession m_session;
};

} // namespace SipScope
