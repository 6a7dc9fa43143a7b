#include "digestauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QCryptographicHash::Algorithm hashFunction(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Md5:
    case DigestAlgorithm::Md5Sess:
        return QCryptographicHash::Md5;
    case DigestAlgorithm::Sha256:
    case DigestAlgorithm::Sha256Sess:
        return QCryptographicHash::Sha256;
    }
    return QCryptographicHash::Md5;
}

// quoted-string with quoted-pair escapes (RFC 3261 §25.1), for realms and user names
// that contain '"' or '\'.
QString quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

QString joinColon(std::initializer_list<QString> parts)
{
    QString out;
    bool first = true;
    for (const QString &part : parts) {
        if (!first)
            out += u':';
        out += part;
        first = false;
    }
    return out;
}

} // namespace

DigestAuth::DigestAuth(const DigestChallenge &challenge, const Credentials &credentials)
    : m_challenge(challenge)
    , m_credentials(credentials)
    , m_cnonceGenerator(&DigestAuth::randomCnonce)
{
}

void DigestAuth::setCnonceGenerator(CnonceGenerator generator)
{
    m_cnonceGenerator = generator ? std::move(generator) : CnonceGenerator(&DigestAuth::randomCnonce);
}

void DigestAuth::setPreferredQop(DigestQop qop)
{
    m_preferredQop = qop;
}

void DigestAuth::updateChallenge(const DigestChallenge &challenge)
{
    if (challenge.nonce != m_challenge.nonce)
        m_nonceCount = 0;
    m_challenge = challenge;
}

DigestQop DigestAuth::selectQop() const
{
    if (m_challenge.qopOptions.isEmpty())
        return DigestQop::None;
    if (m_preferredQop != DigestQop::None && m_challenge.offersQop(m_preferredQop))
        return m_preferredQop;
    if (m_challenge.offersQop(DigestQop::Auth))
        return DigestQop::Auth;
    if (m_challenge.offersQop(DigestQop::AuthInt))
        return DigestQop::AuthInt;
    return DigestQop::None;
}

DigestAuth::Result DigestAuth::authorize(const QString &method, const QString &requestUri,
                                         const QByteArray &body)
{
    Result result;
    if (!m_challenge.algorithm) {
        result.error = QCoreApplication::translate("DigestAuth", "The digest algorithm %1 is not supported.")
                           .arg(m_challenge.algorithmToken);
        return result;
    }
    if (!m_challenge.isSupported()) {
        result.error = QCoreApplication::translate("DigestAuth", "None of the offered qop values (%1) is supported.")
                           .arg(m_challenge.qopOptions.join(u", "));
        return result;
    }
    if (!m_credentials.hasPassword()) {
        result.error = QCoreApplication::translate("DigestAuth", "The server asks for a password, but none was given.");
        return result;
    }

    const DigestAlgorithm algorithm = *m_challenge.algorithm;
    const DigestQop qop = selectQop();

    DigestResponseInput input;
    input.algorithm = algorithm;
    input.username = m_credentials.effectiveAuthUser();
    input.realm = m_challenge.realm;
    input.password = m_credentials.password;
    input.nonce = m_challenge.nonce;
    input.qop = qop;
    input.method = method;
    input.uri = requestUri;
    input.body = body;
    // Without a qop (RFC 2069 style) neither cnonce nor nc is sent (RFC 2617 §3.2.2), except
    // that a -sess algorithm cannot be computed without a cnonce: then it is sent anyway.
    const bool withCnonce = qop != DigestQop::None || isSessionAlgorithm(algorithm);
    if (withCnonce)
        input.cnonce = m_cnonceGenerator();
    if (qop != DigestQop::None) {
        if (m_nonceCount < 0xffffffffU)
            ++m_nonceCount;
        input.nc = formatNonceCount(m_nonceCount);
    }

    Answer answer;
    answer.headerName = answerHeaderName(m_challenge.origin);
    answer.algorithm = algorithm;
    answer.qop = qop;
    answer.nc = input.nc;
    answer.cnonce = input.cnonce;
    answer.response = computeResponse(input);

    // RFC 7616 §3.4.4: with userhash the username parameter carries H(username:realm).
    const QString usernameParam = m_challenge.userhash
                                      ? hashHex(algorithm, joinColon({input.username, input.realm}).toUtf8())
                                      : input.username;

    // Order of RFC 3261 §22.4's example; algorithm, qop and nc are tokens, never quoted
    // (RFC 7616 §3.4).
    QStringList params;
    params << u"username="_s + quoted(usernameParam)
           << u"realm="_s + quoted(input.realm)
           << u"nonce="_s + quoted(input.nonce)
           << u"uri="_s + quoted(input.uri)
           << u"response="_s + quoted(answer.response)
           << u"algorithm="_s + digestAlgorithmToken(algorithm);
    if (withCnonce)
        params << u"cnonce="_s + quoted(input.cnonce);
    if (m_challenge.opaque)
        params << u"opaque="_s + quoted(*m_challenge.opaque);
    if (qop != DigestQop::None)
        params << u"qop="_s + digestQopToken(qop) << u"nc="_s + input.nc;
    if (m_challenge.userhash)
        params << u"userhash=true"_s;
    answer.headerValue = u"Digest "_s + params.join(u", ");
    result.answer = answer;
    return result;
}

QString DigestAuth::computeResponse(const DigestResponseInput &input)
{
    const DigestAlgorithm algorithm = input.algorithm;
    const auto h = [algorithm](const QString &text) { return hashHex(algorithm, text.toUtf8()); };

    // RFC 7616 §3.4.2; strings are hashed as UTF-8 (RFC 7616 §4).
    QString ha1 = h(joinColon({input.username, input.realm, input.password}));
    if (isSessionAlgorithm(algorithm))
        ha1 = h(joinColon({ha1, input.nonce, input.cnonce}));

    // RFC 7616 §3.4.3
    QString a2 = joinColon({input.method, input.uri});
    if (input.qop == DigestQop::AuthInt)
        a2 = joinColon({a2, hashHex(algorithm, input.body)});
    const QString ha2 = h(a2);

    // RFC 7616 §3.4.1 with a qop; RFC 2069 §2.1.2 (kept by RFC 3261 §22.4) without.
    if (input.qop == DigestQop::None)
        return h(joinColon({ha1, input.nonce, ha2}));
    return h(joinColon({ha1, input.nonce, input.nc, input.cnonce, digestQopToken(input.qop), ha2}));
}

QString DigestAuth::hashHex(DigestAlgorithm algorithm, QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, hashFunction(algorithm)).toHex());
}

QString DigestAuth::formatNonceCount(quint32 count)
{
    return u"%1"_s.arg(count, 8, 16, QChar(u'0'));
}

QString DigestAuth::randomCnonce()
{
    std::array<quint32, 4> bits{};
    QRandomGenerator::system()->fillRange(bits.data(), bits.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bits.data()),
                                          qsizetype(sizeof(bits))).toHex());
}

} // namespace SipScope
