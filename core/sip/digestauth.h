// Answers a Digest challenge: the Authorization / Proxy-Authorization header value
// (RFC 3261 §22.4, RFC 7616 §3.4 and RFC 8760 for the algorithms).
#pragma once

#include "credentials.h"
#include "digestchallenge.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace SipScope {

// Everything the response hash depends on (RFC 7616 §3.4.1). A plain value type so
// that known-answer tests can drive the arithmetic directly.
struct DigestResponseInput
{
    DigestAlgorithm algorithm = DigestAlgorithm::Md5;
    QString username;   // the real user name, also when userhash is used
    QString realm;
    QString password;
    QString nonce;
    QString cnonce;     // used with a qop, and by the -sess algorithms
    QString nc;         // 8 hex digits, "00000001"
    DigestQop qop = DigestQop::None;
    QString method;
    QString uri;        // the Request-URI exactly as sent in the request line
    QByteArray body;    // only auth-int hashes it
};

class DigestAuth final
{
public:
    using CnonceGenerator = std::function<QString()>;

    struct Answer
    {
        QString headerName;   // "Authorization" or "Proxy-Authorization"
        QString headerValue;  // "Digest username=..., response=..." (no password in it)
        QString response;     // the hex response hash
        DigestAlgorithm algorithm = DigestAlgorithm::Md5;
        DigestQop qop = DigestQop::None;
        QString nc;           // empty without qop
        QString cnonce;       // empty when none was sent
    };

    struct Result
    {
        std::optional<Answer> answer;
        QString error;        // translated, one sentence; empty on success
    };

    DigestAuth(const DigestChallenge &challenge, const Credentials &credentials);

    // Tests inject a fixed cnonce; the default draws 128 bits from the system RNG.
    void setCnonceGenerator(CnonceGenerator generator);
    // Which qop to use when the challenge offers both; Auth by default because many
    // servers that list auth-int do not verify it correctly.
    void setPreferredQop(DigestQop qop);
    // A fresh challenge (e.g. stale=true): the nonce count restarts when the nonce changes.
    void updateChallenge(const DigestChallenge &challenge);
    const DigestChallenge &challenge() const { return m_challenge; }

    // Computes the answer for one request and advances nc (RFC 7616 §3.4: every request
    // with the same nonce gets the next count).
    Result authorize(const QString &method, const QString &requestUri,
                     const QByteArray &body = {});

    // The qop the next answer will use, given the challenge and the preference.
    DigestQop selectQop() const;

    static QString computeResponse(const DigestResponseInput &input);
    // Lowercase hex digest of data with the algorithm's hash function.
    static QString hashHex(DigestAlgorithm algorithm, QByteArrayView data);
    static QString formatNonceCount(quint32 count);
    static QString randomCnonce();

private:
    DigestChallenge m_challenge;
    Credentials m_credentials;
    CnonceGenerator m_cnonceGenerator;
    DigestQop m_preferredQop = DigestQop::Auth;
    quint32 m_nonceCount = 0;
};

} // namespace SipScope
