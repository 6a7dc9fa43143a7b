// Fuzz target "digest_challenge": WWW-Authenticate / Proxy-Authenticate values from a
// server nobody controls, through AuthChallenge::parse, DigestChallenge and the answer
// DigestAuth computes (RFC 3261 §22.4, RFC 7616).
//
// The input is one header value per line (as the message parser delivers repeated
// headers: no line breaks inside a value). Contract checked: the answer never contains
// the password, never contains a line break or NUL (a hostile realm or nonce must not
// inject header lines into our request), and parses back to the realm, nonce, user name
// and response it was computed from.
#include "fuzztargets.h"

#include "sip/authchallenge.h"
#include "sip/digestauth.h"
#include "sip/digestchallenge.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Fuzz {

namespace {

constexpr const char *Name = "digest_challenge";

void checkAnswer(const DigestChallenge &challenge, const Credentials &credentials,
                 const DigestAuth::Answer &answer)
{
    const QString &value = answer.headerValue;
    SIPSCOPE_FUZZ_CHECK(Name, !value.contains(credentials.password));
    SIPSCOPE_FUZZ_CHECK(Name, !value.contains(u'\r') && !value.contains(u'\n') && !value.contains(QChar(0)));
    SIPSCOPE_FUZZ_CHECK(Name, answer.headerName == answerHeaderName(challenge.origin));

    const AuthChallengeList reparsed = AuthChallenge::parse(QStringView(value));
    SIPSCOPE_FUZZ_CHECK(Name, reparsed.ok());
    SIPSCOPE_FUZZ_CHECK(Name, reparsed.challenges.size() == 1);
    const AuthChallenge &echo = reparsed.challenges.constFirst();
    SIPSCOPE_FUZZ_CHECK(Name, echo.hasScheme(u"Digest"));
    SIPSCOPE_FUZZ_CHECK(Name, echo.param(u"realm") == challenge.realm);
    SIPSCOPE_FUZZ_CHECK(Name, echo.param(u"nonce") == challenge.nonce);
    SIPSCOPE_FUZZ_CHECK(Name, echo.param(u"response") == answer.response);
    if (!challenge.userhash)
        SIPSCOPE_FUZZ_CHECK(Name, echo.param(u"username") == credentials.effectiveAuthUser());
    if (challenge.opaque)
        SIPSCOPE_FUZZ_CHECK(Name, echo.param(u"opaque") == *challenge.opaque);
}

} // namespace

int fuzzDigestChallenge(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList values = text.split(u'\n');
    const AuthChallengeList list = AuthChallenge::parse(values);
    SIPSCOPE_FUZZ_CHECK(Name, list.ok() == list.error.isEmpty());
    for (const AuthChallenge &challenge : list.challenges) {
        for (const AuthParam &param : challenge.params)
            SIPSCOPE_FUZZ_CHECK(Name, param.name == param.name.toLower());
    }

    Credentials credentials;
    credentials.user = u"alice"_s;
    credentials.password = u"fuzz-secret-5f1c9e"_s;
    for (const ChallengeOrigin origin : {ChallengeOrigin::WwwAuthenticate, ChallengeOrigin::ProxyAuthenticate}) {
        for (const AuthChallenge &challenge : list.challenges) {
            const DigestChallenge::Parsed parsed = DigestChallenge::fromChallenge(challenge, origin);
            SIPSCOPE_FUZZ_CHECK(Name, parsed.challenge.has_value() == parsed.error.isEmpty());
            if (parsed.challenge)
                SIPSCOPE_FUZZ_CHECK(Name, !parsed.challenge->nonce.isEmpty());
        }
        const DigestChallengeChoice choice = selectDigestChallenge(list.challenges, origin, credentials);
        if (!choice.challenge)
            continue;
        SIPSCOPE_FUZZ_CHECK(Name, choice.challenge->isSupported());
        DigestAuth auth(*choice.challenge, credentials);
        auth.setCnonceGenerator([] { return u"0a4f113b"_s; });
        for (int request = 0; request < 2; ++request) {   // nc advances on the second
            const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:127.0.0.1:5060"_s, "v=0\r\n");
            SIPSCOPE_FUZZ_CHECK(Name, result.answer.has_value() == result.error.isEmpty());
            if (result.answer)
                checkAnswer(*choice.challenge, credentials, *result.answer);
        }
    }
    return 0;
}

} // namespace SipScope::Fuzz
