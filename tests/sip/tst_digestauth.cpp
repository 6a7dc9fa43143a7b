// Digest authentication: challenge parsing, the choice among challenges, and the
// answer, checked against published and independently computed vectors.
#include "sip/authchallenge.h"
#include "sip/credentials.h"
#include "sip/digestauth.h"
#include "sip/digestchallenge.h"

#include <QDebug>
#include <QRegularExpression>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

// One line per parse: Scheme[token68](name=value;name="quoted") | ... and "!error".
QString render(const AuthChallengeList &list)
{
    QStringList parts;
    for (const AuthChallenge &challenge : list.challenges) {
        QString text = challenge.scheme;
        if (!challenge.token68.isEmpty())
            text += u'[' + challenge.token68 + u']';
        QStringList params;
        for (const AuthParam &p : challenge.params)
            params << p.name + u'=' + (p.quoted ? u'"' + p.value + u'"' : p.value);
        text += u'(' + params.join(u';') + u')';
        parts << text;
    }
    QString out = parts.join(u" | "_s);
    if (!list.ok())
        out += u" !error"_s;
    return out;
}

DigestChallenge challengeFrom(const QString &headerValue,
                              ChallengeOrigin origin = ChallengeOrigin::WwwAuthenticate)
{
    const AuthChallengeList list = AuthChallenge::parse(headerValue);
    if (list.challenges.size() != 1)
        return {};
    return DigestChallenge::fromChallenge(list.challenges.first(), origin).challenge.value_or(DigestChallenge{});
}

// Parameters of an Authorization value, read back with the challenge parser (the
// grammar is the same), so answers are checked field by field.
QMap<QString, AuthParam> answerParams(const QString &headerValue)
{
    QMap<QString, AuthParam> map;
    const AuthChallengeList list = AuthChallenge::parse(headerValue);
    if (list.ok() && list.challenges.size() == 1) {
        for (const AuthParam &p : list.challenges.first().params)
            map.insert(p.name, p);
    }
    return map;
}

const QString kRfc7616Nonce = u"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"_s;
const QString kRfc7616Opaque = u"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"_s;
const QString kRfc7616Cnonce = u"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"_s;

} // namespace

class tst_DigestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseChallenges_data();
    void parseChallenges();
    void parseSeveralHeaders();
    void repeatedParameterFirstWins();
    void digestFields_data();
    void digestFields();
    void selection_data();
    void selection();
    void knownAnswers_data();
    void knownAnswers();
    void rfc7616HeaderValues_data();
    void rfc7616HeaderValues();
    void answerHeaderFields();
    void answerWithoutQopIsRfc2069();
    void nonceCountIncrementsAndResets();
    void nonceCountFormat_data();
    void nonceCountFormat();
    void randomCnonce();
    void qopPreference_data();
    void qopPreference();
    void userhash();
    void quotingRoundTrip();
    void errors();
    void passwordNeverPrinted();
};

void tst_DigestAuth::parseChallenges_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rfc3261-22.4-example")
        << u"Digest realm=\"biloxi.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""_s
        << u"Digest(realm=\"biloxi.com\";qop=\"auth,auth-int\";nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\";opaque=\"5ccc069c403ebaf9f0171e9517f40e41\")"_s;
    QTest::newRow("parameters-in-any-order")
        << u"Digest nonce=\"n1\", algorithm=MD5, qop=\"auth\", realm=\"r\""_s
        << u"Digest(nonce=\"n1\";algorithm=MD5;qop=\"auth\";realm=\"r\")"_s;
    QTest::newRow("names-and-scheme-any-case")
        << u"DIGEST REALM=\"r\", Nonce=\"n\", ALGORITHM=sha-256"_s
        << u"DIGEST(realm=\"r\";nonce=\"n\";algorithm=sha-256)"_s;
    QTest::newRow("no-space-after-commas")
        << u"Digest realm=\"r\",nonce=\"n\",qop=\"auth\""_s
        << u"Digest(realm=\"r\";nonce=\"n\";qop=\"auth\")"_s;
    QTest::newRow("spaces-around-equals-and-commas")
        << u"Digest   realm = \"r\" ,  nonce= \"n\"  ,qop =auth"_s
        << u"Digest(realm=\"r\";nonce=\"n\";qop=auth)"_s;
    QTest::newRow("tabs-and-unfolded-line-breaks")
        << u"Digest\trealm=\"r\",\r\n\tnonce=\"n\""_s
        << u"Digest(realm=\"r\";nonce=\"n\")"_s;
    QTest::newRow("escaped-quotes-in-realm")
        << uR"(Digest realm="say \"hi\" now", nonce="n")"_s
        << uR"(Digest(realm="say "hi" now";nonce="n"))"_s;
    QTest::newRow("escaped-backslash")
        << uR"(Digest realm="a\\b", nonce="n\x")"_s
        << uR"(Digest(realm="a\b";nonce="nx"))"_s;
    QTest::newRow("comma-and-equals-inside-quotes")
        << u"Digest realm=\"a, b=c\", nonce=\"n\", qop=\"auth, auth-int\""_s
        << u"Digest(realm=\"a, b=c\";nonce=\"n\";qop=\"auth, auth-int\")"_s;
    QTest::newRow("unquoted-values-with-slashes-and-padding")
        << u"Digest realm=example, nonce=abc/def+==, stale=TRUE"_s
        << u"Digest(realm=example;nonce=abc/def+==;stale=TRUE)"_s;
    QTest::newRow("missing-commas-between-parameters")
        << u"Digest realm=\"r\" nonce=\"n\" qop=\"auth\""_s
        << u"Digest(realm=\"r\";nonce=\"n\";qop=\"auth\")"_s;
    QTest::newRow("empty-quoted-value")
        << u"Digest realm=\"\", nonce=\"n\", opaque=\"\""_s
        << u"Digest(realm=\"\";nonce=\"n\";opaque=\"\")"_s;
    QTest::newRow("utf8-realm")
        << u"Digest realm=\"Zürich Büro\", nonce=\"n\""_s
        << u"Digest(realm=\"Zürich Büro\";nonce=\"n\")"_s;
    QTest::newRow("two-digest-challenges-in-one-value")
        << u"Digest realm=\"r\", nonce=\"1\", algorithm=SHA-256, Digest realm=\"r\", nonce=\"2\", algorithm=MD5"_s
        << u"Digest(realm=\"r\";nonce=\"1\";algorithm=SHA-256) | Digest(realm=\"r\";nonce=\"2\";algorithm=MD5)"_s;
    QTest::newRow("digest-then-basic")
        << u"Digest realm=\"r\", nonce=\"n\", Basic realm=\"b\""_s
        << u"Digest(realm=\"r\";nonce=\"n\") | Basic(realm=\"b\")"_s;
    QTest::newRow("basic-token68-then-digest")
        << u"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==, Digest realm=\"r\", nonce=\"n\""_s
        << u"Basic[QWxhZGRpbjpvcGVuIHNlc2FtZQ==]() | Digest(realm=\"r\";nonce=\"n\")"_s;
    QTest::newRow("scheme-without-parameters")
        << u"Negotiate, Digest realm=\"r\", nonce=\"n\""_s
        << u"Negotiate() | Digest(realm=\"r\";nonce=\"n\")"_s;
    QTest::newRow("leading-and-trailing-commas")
        << u" ,, Digest realm=\"r\", nonce=\"n\" ,, "_s
        << u"Digest(realm=\"r\";nonce=\"n\")"_s;
    QTest::newRow("empty-value") << QString() << QString();
    QTest::newRow("only-whitespace-and-commas") << u" \t , , "_s << QString();
    QTest::newRow("unterminated-quote")
        << u"Digest realm=\"open, nonce=\"n\""_s
        << u"Digest(realm=\"open, nonce=\") !error"_s;
    QTest::newRow("unterminated-quote-at-end")
        << u"Digest realm=\"r\", nonce=\"n"_s << u" !error"_s;
    QTest::newRow("broken-second-challenge-keeps-first")
        << u"Digest realm=\"r\", nonce=\"n\", Digest realm=\"x"_s
        << u"Digest(realm=\"r\";nonce=\"n\") !error"_s;
    QTest::newRow("parameter-before-scheme") << u"realm=\"r\", nonce=\"n\""_s << u" !error"_s;
    QTest::newRow("stray-character") << u"Digest realm=\"r\", @nonce=\"n\""_s << u" !error"_s;
    QTest::newRow("stray-quote-in-unquoted-value") << u"Digest realm=ab\"c\""_s << u" !error"_s;
    QTest::newRow("lone-backslash-at-end") << u"Digest realm=\"r\\"_s << u" !error"_s;
}

void tst_DigestAuth::parseChallenges()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(render(AuthChallenge::parse(QStringView(input))), expected);
}

void tst_DigestAuth::parseSeveralHeaders()
{
    // Several WWW-Authenticate headers (RFC 8760 §2.4): challenges keep header order.
    const AuthChallengeList list = AuthChallenge::parse(QStringList{
        u"Digest realm=\"r\", nonce=\"a\", algorithm=SHA-256"_s,
        u"Digest realm=\"r\", nonce=\"b\", algorithm=MD5, Basic realm=\"r\""_s,
    });
    QVERIFY(list.ok());
    QCOMPARE(list.challenges.size(), 3);
    QCOMPARE(list.challenges.at(0).param(u"nonce"), u"a"_s);
    QCOMPARE(list.challenges.at(1).param(u"nonce"), u"b"_s);
    QVERIFY(list.challenges.at(2).hasScheme(u"basic"));

    const AuthChallengeList broken = AuthChallenge::parse(QStringList{
        u"Digest realm=\"r\", nonce=\"a\""_s, u"Digest realm=\"unterminated"_s,
        u"Digest realm=\"r\", nonce=\"c\""_s});
    QVERIFY(!broken.ok());
    QVERIFY(broken.error.contains(u"unterminated"_s));
    QCOMPARE(broken.challenges.size(), 2);
}

void tst_DigestAuth::repeatedParameterFirstWins()
{
    const AuthChallengeList list = AuthChallenge::parse(u"Digest realm=\"one\", nonce=\"n\", REALM=\"two\""_s);
    QVERIFY(list.ok());
    QCOMPARE(list.challenges.size(), 1);
    QCOMPARE(list.challenges.first().param(u"realm"), u"one"_s);
    QCOMPARE(list.challenges.first().param(u"Realm"), u"one"_s);
    QCOMPARE(list.challenges.first().param(u"missing"), std::nullopt);
}

void tst_DigestAuth::digestFields_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("algorithm");   // token of the parsed algorithm, "?" unsupported
    QTest::addColumn<QStringList>("qop");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QString>("opaque");      // "<none>" when absent
    QTest::addColumn<QStringList>("domain");
    QTest::addColumn<bool>("userhash");

    const QString none = u"<none>"_s;
    QTest::newRow("no-algorithm-means-md5")
        << u"Digest realm=\"r\", nonce=\"n\""_s << true << u"MD5"_s << QStringList{} << false << none
        << QStringList{} << false;
    QTest::newRow("sha-256-sess-any-case")
        << u"Digest realm=\"r\", nonce=\"n\", algorithm=sha-256-SESS"_s << true << u"SHA-256-sess"_s
        << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("quoted-algorithm")
        << u"Digest realm=\"r\", nonce=\"n\", algorithm=\"MD5-sess\""_s << true << u"MD5-sess"_s
        << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("sha-512-256-unsupported")
        << u"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"_s << true << u"?"_s
        << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("qop-list-with-spaces-and-case")
        << u"Digest realm=\"r\", nonce=\"n\", qop=\" Auth , AUTH-INT,auth \""_s << true << u"MD5"_s
        << QStringList{u"auth"_s, u"auth-int"_s} << false << none << QStringList{} << false;
    QTest::newRow("qop-unquoted-token")
        << u"Digest realm=\"r\", nonce=\"n\", qop=auth"_s << true << u"MD5"_s
        << QStringList{u"auth"_s} << false << none << QStringList{} << false;
    QTest::newRow("stale-true-token")
        << u"Digest realm=\"r\", nonce=\"n\", stale=TRUE"_s << true << u"MD5"_s << QStringList{} << true
        << none << QStringList{} << false;
    QTest::newRow("stale-true-quoted")
        << u"Digest realm=\"r\", nonce=\"n\", stale=\"true\""_s << true << u"MD5"_s << QStringList{} << true
        << none << QStringList{} << false;
    QTest::newRow("stale-false")
        << u"Digest realm=\"r\", nonce=\"n\", stale=false"_s << true << u"MD5"_s << QStringList{} << false
        << none << QStringList{} << false;
    QTest::newRow("opaque-and-domain")
        << u"Digest realm=\"r\", domain=\"sip:a.example  sip:b.example\", nonce=\"n\", opaque=\"xyz\""_s
        << true << u"MD5"_s << QStringList{} << false << u"xyz"_s
        << QStringList{u"sip:a.example"_s, u"sip:b.example"_s} << false;
    QTest::newRow("empty-opaque-is-present")
        << u"Digest realm=\"r\", nonce=\"n\", opaque=\"\""_s << true << u"MD5"_s << QStringList{} << false
        << QString() << QStringList{} << false;
    QTest::newRow("userhash")
        << u"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, userhash=true"_s << true << u"SHA-256"_s
        << QStringList{} << false << none << QStringList{} << true;
    QTest::newRow("missing-nonce") << u"Digest realm=\"r\", qop=\"auth\""_s << false << QString()
                                   << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("empty-nonce") << u"Digest realm=\"r\", nonce=\"\""_s << false << QString()
                                 << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("missing-realm") << u"Digest nonce=\"n\""_s << false << QString() << QStringList{}
                                   << false << none << QStringList{} << false;
    QTest::newRow("basic-is-not-digest") << u"Basic realm=\"r\""_s << false << QString() << QStringList{}
                                         << false << none << QStringList{} << false;
    // Found by the digest_challenge fuzzer: the answer echoes these values, so a bare CR
    // would end up in our own request (tests/fuzz/corpus/digest_challenge/realm-with-cr.txt).
    QTest::newRow("cr-in-realm-refused") << u"Digest realm=\"r\rInjected: 1\", nonce=\"n\""_s << false << QString()
                                         << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("lf-in-nonce-refused") << u"Digest realm=\"r\", nonce=\"n\nX: 1\""_s << false << QString()
                                         << QStringList{} << false << none << QStringList{} << false;
    QTest::newRow("nul-in-opaque-refused") << u"Digest realm=\"r\", nonce=\"n\", opaque=\"a\u0000b\""_s << false
                                           << QString() << QStringList{} << false << none << QStringList{} << false;
}

void tst_DigestAuth::digestFields()
{
    QFETCH(QString, header);
    QFETCH(bool, valid);
    QFETCH(QString, algorithm);
    QFETCH(QStringList, qop);
    QFETCH(bool, stale);
    QFETCH(QString, opaque);
    QFETCH(QStringList, domain);
    QFETCH(bool, userhash);

    const AuthChallengeList list = AuthChallenge::parse(header);
    QVERIFY(list.ok());
    QCOMPARE(list.challenges.size(), 1);
    const DigestChallenge::Parsed parsed =
        DigestChallenge::fromChallenge(list.challenges.first(), ChallengeOrigin::ProxyAuthenticate);
    QCOMPARE(parsed.challenge.has_value(), valid);
    QCOMPARE(parsed.error.isEmpty(), valid);
    if (!valid)
        return;
    const DigestChallenge &c = *parsed.challenge;
    QCOMPARE(c.origin, ChallengeOrigin::ProxyAuthenticate);
    QCOMPARE(c.realm, u"r"_s);
    QCOMPARE(c.nonce, u"n"_s);
    QCOMPARE(c.algorithm ? digestAlgorithmToken(*c.algorithm) : u"?"_s, algorithm);
    QCOMPARE(c.qopOptions, qop);
    QCOMPARE(c.stale, stale);
    QCOMPARE(c.opaque.value_or(u"<none>"_s), opaque);
    QCOMPARE(c.domain, domain);
    QCOMPARE(c.userhash, userhash);
}

void tst_DigestAuth::selection_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("credentialRealm");
    QTest::addColumn<QString>("chosenNonce");   // empty: nothing can be chosen
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("skipMentions");   // a text every skip line shares, if any

    QTest::newRow("sha256-listed-second-beats-md5")
        << QStringList{u"Digest realm=\"r\", nonce=\"md5\", algorithm=MD5"_s,
                       u"Digest realm=\"r\", nonce=\"sha\", algorithm=SHA-256"_s}
        << QString() << u"sha"_s << 1 << u"algorithm=MD5"_s;
    QTest::newRow("sha256-listed-first-beats-md5")
        << QStringList{u"Digest realm=\"r\", nonce=\"sha\", algorithm=SHA-256, Digest realm=\"r\", nonce=\"md5\""_s}
        << QString() << u"sha"_s << 1 << QString();
    QTest::newRow("sha256-sess-beats-md5")
        << QStringList{u"Digest realm=\"r\", nonce=\"md5\", algorithm=MD5"_s,
                       u"Digest realm=\"r\", nonce=\"shasess\", algorithm=SHA-256-sess, qop=\"auth\""_s}
        << QString() << u"shasess"_s << 1 << QString();
    QTest::newRow("equal-strength-topmost-wins")
        << QStringList{u"Digest realm=\"r\", nonce=\"sess\", algorithm=MD5-sess, qop=auth"_s,
                       u"Digest realm=\"r\", nonce=\"plain\", algorithm=MD5"_s}
        << QString() << u"sess"_s << 1 << u"algorithm=MD5 "_s;
    QTest::newRow("unsupported-algorithm-skipped")
        << QStringList{u"Digest realm=\"r\", nonce=\"x\", algorithm=SHA-512-256"_s,
                       u"Digest realm=\"r\", nonce=\"md5\""_s}
        << QString() << u"md5"_s << 1 << u"SHA-512-256"_s;
    QTest::newRow("only-unsupported-algorithm")
        << QStringList{u"Digest realm=\"r\", nonce=\"x\", algorithm=SHA-512-256-sess"_s}
        << QString() << QString() << 1 << u"SHA-512-256-sess"_s;
    QTest::newRow("unknown-qop-only")
        << QStringList{u"Digest realm=\"r\", nonce=\"x\", qop=\"auth-conf\""_s}
        << QString() << QString() << 1 << u"auth-conf"_s;
    QTest::newRow("basic-and-digest")
        << QStringList{u"Basic realm=\"r\""_s, u"Digest realm=\"r\", nonce=\"d\""_s}
        << QString() << u"d"_s << 1 << QString();
    QTest::newRow("basic-only") << QStringList{u"Basic realm=\"r\""_s} << QString() << QString() << 1 << u"Basic"_s;
    QTest::newRow("no-challenge") << QStringList{} << QString() << QString() << 0 << QString();
    QTest::newRow("realm-filter-picks-matching")
        << QStringList{u"Digest realm=\"other\", nonce=\"o\", algorithm=SHA-256"_s,
                       u"Digest realm=\"mine\", nonce=\"m\""_s}
        << u"mine"_s << u"m"_s << 1 << u"\"mine\""_s;
    QTest::newRow("realm-filter-matches-none")
        << QStringList{u"Digest realm=\"other\", nonce=\"o\""_s} << u"mine"_s << QString() << 1 << QString();
    QTest::newRow("missing-nonce-skipped")
        << QStringList{u"Digest realm=\"r\", algorithm=SHA-256"_s, u"Digest realm=\"r\", nonce=\"ok\""_s}
        << QString() << u"ok"_s << 1 << u"no nonce"_s;
}

void tst_DigestAuth::selection()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, credentialRealm);
    QFETCH(QString, chosenNonce);
    QFETCH(int, skipped);
    QFETCH(QString, skipMentions);

    Credentials credentials;
    credentials.user = u"alice"_s;
    credentials.password = u"pw"_s;
    credentials.realm = credentialRealm;
    const DigestChallengeChoice choice = selectDigestChallenge(
        AuthChallenge::parse(headers).challenges, ChallengeOrigin::WwwAuthenticate, credentials);
    QCOMPARE(choice.challenge ? choice.challenge->nonce : QString(), chosenNonce);
    QCOMPARE(choice.error.isEmpty(), !chosenNonce.isEmpty());
    QCOMPARE(choice.skipped.size(), skipped);
    for (const QString &line : choice.skipped)
        QVERIFY2(line.contains(skipMentions), qPrintable(line));
}

void tst_DigestAuth::knownAnswers_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("cnonce");
    QTest::addColumn<QString>("nc");
    QTest::addColumn<QString>("qop");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("response");

    // Published vectors, copied from the documents named in the tags.
    QTest::newRow("rfc7616-3.9.1-md5")
        << u"MD5"_s << u"Mufasa"_s << u"http-auth@example.org"_s << u"Circle of Life"_s
        << kRfc7616Nonce << kRfc7616Cnonce << u"00000001"_s << u"auth"_s << u"GET"_s
        << u"/dir/index.html"_s << QByteArray() << u"8ca523f5e9506fed4657c9700eebdbec"_s;
    QTest::newRow("rfc7616-3.9.1-sha256")
        << u"SHA-256"_s << u"Mufasa"_s << u"http-auth@example.org"_s << u"Circle of Life"_s
        << kRfc7616Nonce << kRfc7616Cnonce << u"00000001"_s << u"auth"_s << u"GET"_s
        << u"/dir/index.html"_s << QByteArray()
        << u"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"_s;
    QTest::newRow("rfc2617-3.5-md5")
        << u"MD5"_s << u"Mufasa"_s << u"testrealm@host.com"_s << u"Circle Of Life"_s
        << u"dcd98b7102dd2f0e8b11d0f600bfb0c093"_s << u"0a4f113b"_s << u"00000001"_s << u"auth"_s
        << u"GET"_s << u"/dir/index.html"_s << QByteArray() << u"6629fae49393a05397450978507c4ef1"_s;

    // SIP vectors constructed for SipScope. The expected responses were computed with
    // Python's hashlib, independently of this code, by this script:
    //   def H(alg, b): return hashlib.new('md5' if alg.startswith('MD5') else 'sha256', b).hexdigest()
    //   def resp(alg, user, realm, pw, nonce, cnonce, nc, qop, method, uri, body=b''):
    //       h = lambda s: H(alg, s.encode())            # str.encode() is UTF-8
    //       ha1 = h(f'{user}:{realm}:{pw}')
    //       if alg.endswith('-sess'): ha1 = h(f'{ha1}:{nonce}:{cnonce}')
    //       a2 = f'{method}:{uri}'
    //       if qop == 'auth-int': a2 += ':' + H(alg, body)
    //       ha2 = h(a2)
    //       if not qop: return h(f'{ha1}:{nonce}:{ha2}')
    //       return h(f'{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}')
    const QByteArray sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n";
    const QString n = u"5f1c2b3a4d5e6f70"_s;
    const QString cn = u"0a4f113b9c8d7e6f"_s;
    QTest::newRow("sip-md5-auth-options")
        << u"MD5"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn << u"00000001"_s
        << u"auth"_s << u"OPTIONS"_s << u"sip:127.0.0.1:5060"_s << QByteArray()
        << u"7dae5262a32e8bc0c342f6078e96e2e8"_s;
    QTest::newRow("sip-md5-no-qop-rfc2069")
        << u"MD5"_s << u"bob"_s << u"biloxi.com"_s << u"zanzibar"_s
        << u"dcd98b7102dd2f0e8b11d0f600bfb0c093"_s << QString() << QString() << QString()
        << u"OPTIONS"_s << u"sip:bob@biloxi.com"_s << QByteArray() << u"3165e471abc2e1179eaa01d226c4e19a"_s;
    QTest::newRow("sip-md5-sess-auth")
        << u"MD5-sess"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn << u"00000001"_s
        << u"auth"_s << u"OPTIONS"_s << u"sip:127.0.0.1:5060"_s << QByteArray()
        << u"d041aac84ce26a26ab067118c5865c19"_s;
    QTest::newRow("sip-md5-sess-no-qop")
        << u"MD5-sess"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn << QString()
        << QString() << u"OPTIONS"_s << u"sip:127.0.0.1:5060"_s << QByteArray()
        << u"a9ec4749d2e82438f81a08c251cb18b0"_s;
    QTest::newRow("sip-sha256-no-qop")
        << u"SHA-256"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << QString() << QString()
        << QString() << u"OPTIONS"_s << u"sip:127.0.0.1:5060"_s << QByteArray()
        << u"3c899c10e02387d3a4a765a2383a99fc35076ae65d41a4745d0468c0f3265c59"_s;
    QTest::newRow("sip-sha256-auth-int-empty-body-nc2")
        << u"SHA-256"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn << u"00000002"_s
        << u"auth-int"_s << u"OPTIONS"_s << u"sips:pbx.example.com"_s << QByteArray()
        << u"3bda60d32d3bab43f8733abdfa6f0f3cb83761600bbd9da33ea42473f003eec1"_s;
    QTest::newRow("sip-sha256-sess-auth-int-sdp")
        << u"SHA-256-sess"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn
        << u"00000001"_s << u"auth-int"_s << u"INVITE"_s << u"sip:bob@example.com"_s << sdp
        << u"2ffb9f3ce6e3775fcf3971dc5c56e1ed09b280efeb62457fc44627b7118d833e"_s;
    QTest::newRow("sip-md5-auth-int-sdp")
        << u"MD5"_s << u"alice"_s << u"sipscope.test"_s << u"s3cr3t!"_s << n << cn << u"00000001"_s
        << u"auth-int"_s << u"INVITE"_s << u"sip:bob@example.com"_s << sdp
        << u"2e096a4af8c56a1c33bbf81ee906f5ac"_s;
    QTest::newRow("sip-sha256-utf8-credentials")
        << u"SHA-256"_s << u"jörg"_s << u"münchen"_s << u"pässwörd€"_s << u"abc"_s << u"def"_s
        << u"00000001"_s << u"auth"_s << u"OPTIONS"_s << u"sip:münchen.example"_s << QByteArray()
        << u"ddd1b6330883dadc05ecdc5e2878ea73d86172e8ae73576070b3b7a4e76e4e06"_s;
}

void tst_DigestAuth::knownAnswers()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, user);
    QFETCH(QString, realm);
    QFETCH(QString, password);
    QFETCH(QString, nonce);
    QFETCH(QString, cnonce);
    QFETCH(QString, nc);
    QFETCH(QString, qop);
    QFETCH(QString, method);
    QFETCH(QString, uri);
    QFETCH(QByteArray, body);
    QFETCH(QString, response);

    const auto parsedAlgorithm = digestAlgorithmFromToken(algorithm);
    QVERIFY(parsedAlgorithm);

    // The pure function...
    DigestResponseInput input;
    input.algorithm = *parsedAlgorithm;
    input.username = user;
    input.realm = realm;
    input.password = password;
    input.nonce = nonce;
    input.cnonce = cnonce;
    input.nc = nc;
    input.qop = qop == u"auth"_s ? DigestQop::Auth : qop == u"auth-int"_s ? DigestQop::AuthInt : DigestQop::None;
    input.method = method;
    input.uri = uri;
    input.body = body;
    QCOMPARE(DigestAuth::computeResponse(input), response);

    // ...and the whole path from a challenge header to the answer header.
    QString header = u"Digest realm=\"%1\", nonce=\"%2\", algorithm=%3"_s.arg(realm, nonce, algorithm);
    if (!qop.isEmpty())
        header += u", qop=\"%1\""_s.arg(qop);
    const DigestChallenge challenge = challengeFrom(header);
    QVERIFY(!challenge.nonce.isEmpty());
    Credentials credentials;
    credentials.user = user;
    credentials.password = password;
    DigestAuth auth(challenge, credentials);
    auth.setCnonceGenerator([cnonce] { return cnonce; });
    if (qop == u"auth-int"_s)
        auth.setPreferredQop(DigestQop::AuthInt);
    // Advance the count to the vector's nc.
    const int wantedCount = nc.isEmpty() ? 1 : nc.toInt(nullptr, 16);
    DigestAuth::Result result;
    for (int i = 0; i < wantedCount; ++i)
        result = auth.authorize(method, uri, body);
    QVERIFY2(result.answer, qPrintable(result.error));
    QCOMPARE(result.answer->response, response);
    QCOMPARE(result.answer->nc, nc);
    const auto params = answerParams(result.answer->headerValue);
    QCOMPARE(params.value(u"response"_s).value, response);
    QCOMPARE(params.value(u"username"_s).value, user);
    QCOMPARE(params.value(u"uri"_s).value, uri);
}

void tst_DigestAuth::rfc7616HeaderValues_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("expected");

    // RFC 7616 §3.9.1, the Authorization header fields of both examples, in
    // SipScope's parameter order (the RFC's order differs; the contents are the same).
    const QString common = u"Digest username=\"Mufasa\", realm=\"http-auth@example.org\", "
                           "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", uri=\"/dir/index.html\", "_s;
    const QString tail = u", cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", "
                         "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\", qop=auth, nc=00000001"_s;
    QTest::newRow("md5") << u"MD5"_s
                         << common + u"response=\"8ca523f5e9506fed4657c9700eebdbec\", algorithm=MD5"_s + tail;
    QTest::newRow("sha256")
        << u"SHA-256"_s
        << common + u"response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\", algorithm=SHA-256"_s + tail;
}

void tst_DigestAuth::rfc7616HeaderValues()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, expected);

    // The RFC's challenge, verbatim apart from the algorithm.
    const DigestChallenge challenge = challengeFrom(
        u"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=%1, "
        "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
        "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""_s.arg(algorithm));
    Credentials credentials;
    credentials.user = u"Mufasa"_s;
    credentials.password = u"Circle of Life"_s;
    DigestAuth auth(challenge, credentials);
    auth.setCnonceGenerator([] { return kRfc7616Cnonce; });
    const DigestAuth::Result result = auth.authorize(u"GET"_s, u"/dir/index.html"_s);
    QVERIFY2(result.answer, qPrintable(result.error));
    QCOMPARE(result.answer->headerName, u"Authorization"_s);
    QCOMPARE(result.answer->headerValue, expected);
}

void tst_DigestAuth::answerHeaderFields()
{
    const DigestChallenge challenge = challengeFrom(
        u"Digest realm=\"sipscope.test\", nonce=\"abc\", qop=\"auth\", algorithm=SHA-256-sess"_s,
        ChallengeOrigin::ProxyAuthenticate);
    Credentials credentials;
    credentials.user = u"alice"_s;
    credentials.authUser = u"alice-auth"_s;
    credentials.password = u"pw"_s;
    DigestAuth auth(challenge, credentials);
    auth.setCnonceGenerator([] { return u"c0ffee"_s; });
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:sipscope.test"_s);
    QVERIFY(result.answer);
    QCOMPARE(result.answer->headerName, u"Proxy-Authorization"_s);
    QCOMPARE(result.answer->algorithm, DigestAlgorithm::Sha256Sess);
    QCOMPARE(result.answer->qop, DigestQop::Auth);
    QCOMPARE(result.answer->cnonce, u"c0ffee"_s);
    const auto params = answerParams(result.answer->headerValue);
    // The digest user name is the auth user, not the From user (RFC 3261 §22.4).
    QCOMPARE(params.value(u"username"_s).value, u"alice-auth"_s);
    QCOMPARE(params.value(u"algorithm"_s).value, u"SHA-256-sess"_s);
    // algorithm, qop and nc are tokens and must not be quoted (RFC 7616 §3.4).
    QVERIFY(!params.value(u"algorithm"_s).quoted);
    QVERIFY(!params.value(u"qop"_s).quoted);
    QVERIFY(!params.value(u"nc"_s).quoted);
    QVERIFY(params.value(u"cnonce"_s).quoted);
    QVERIFY(!params.contains(u"opaque"_s));
    QVERIFY(!params.contains(u"userhash"_s));
    QCOMPARE(result.answer->response.size(), 64);
}

void tst_DigestAuth::answerWithoutQopIsRfc2069()
{
    const DigestChallenge challenge = challengeFrom(u"Digest realm=\"biloxi.com\", nonce=\"n\", opaque=\"op\""_s);
    Credentials credentials{u"bob"_s, {}, u"zanzibar"_s, {}};
    DigestAuth auth(challenge, credentials);
    bool cnonceDrawn = false;
    auth.setCnonceGenerator([&cnonceDrawn] { cnonceDrawn = true; return u"x"_s; });
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:biloxi.com"_s);
    QVERIFY(result.answer);
    QCOMPARE(result.answer->qop, DigestQop::None);
    QVERIFY(!cnonceDrawn);
    const auto params = answerParams(result.answer->headerValue);
    QVERIFY(!params.contains(u"qop"_s));
    QVERIFY(!params.contains(u"nc"_s));
    QVERIFY(!params.contains(u"cnonce"_s));
    QCOMPARE(params.value(u"opaque"_s).value, u"op"_s);
    QCOMPARE(params.value(u"algorithm"_s).value, u"MD5"_s);
}

void tst_DigestAuth::nonceCountIncrementsAndResets()
{
    const QString header = u"Digest realm=\"r\", nonce=\"first\", qop=\"auth\""_s;
    Credentials credentials{u"u"_s, {}, u"p"_s, {}};
    DigestAuth auth(challengeFrom(header), credentials);
    auth.setCnonceGenerator([] { return u"c"_s; });
    QCOMPARE(auth.authorize(u"OPTIONS"_s, u"sip:r"_s).answer->nc, u"00000001"_s);
    const DigestAuth::Result second = auth.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QCOMPARE(second.answer->nc, u"00000002"_s);
    QCOMPARE(answerParams(second.answer->headerValue).value(u"nc"_s).value, u"00000002"_s);

    // Same nonce again (a repeated challenge): the count goes on.
    auth.updateChallenge(challengeFrom(header));
    QCOMPARE(auth.authorize(u"OPTIONS"_s, u"sip:r"_s).answer->nc, u"00000003"_s);
    // stale=true with a fresh nonce: the count restarts.
    auth.updateChallenge(challengeFrom(u"Digest realm=\"r\", nonce=\"second\", qop=\"auth\", stale=true"_s));
    QVERIFY(auth.challenge().stale);
    const DigestAuth::Result fresh = auth.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QCOMPARE(fresh.answer->nc, u"00000001"_s);
    QCOMPARE(answerParams(fresh.answer->headerValue).value(u"nonce"_s).value, u"second"_s);
}

void tst_DigestAuth::nonceCountFormat_data()
{
    QTest::addColumn<quint32>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << 1U << u"00000001"_s;
    QTest::newRow("hex-lowercase") << 0xabU << u"000000ab"_s;
    QTest::newRow("sixteen") << 16U << u"00000010"_s;
    QTest::newRow("max") << 0xffffffffU << u"ffffffff"_s;
}

void tst_DigestAuth::nonceCountFormat()
{
    QFETCH(quint32, count);
    QFETCH(QString, text);
    QCOMPARE(DigestAuth::formatNonceCount(count), text);
}

void tst_DigestAuth::randomCnonce()
{
    const QString a = DigestAuth::randomCnonce();
    const QString b = DigestAuth::randomCnonce();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(a).hasMatch());
    QVERIFY(a != b);

    // Without an injected generator the answer carries such a random cnonce.
    DigestAuth auth(challengeFrom(u"Digest realm=\"r\", nonce=\"n\", qop=auth"_s), {u"u"_s, {}, u"p"_s, {}});
    const QString cnonce = auth.authorize(u"OPTIONS"_s, u"sip:r"_s).answer->cnonce;
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(cnonce).hasMatch());
}

void tst_DigestAuth::qopPreference_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<int>("preferred");   // DigestQop
    QTest::addColumn<QString>("used");

    QTest::newRow("both-default-auth") << u"auth,auth-int"_s << int(DigestQop::Auth) << u"auth"_s;
    QTest::newRow("both-prefer-auth-int") << u"auth-int, auth"_s << int(DigestQop::AuthInt) << u"auth-int"_s;
    QTest::newRow("only-auth-int") << u"auth-int"_s << int(DigestQop::Auth) << u"auth-int"_s;
    QTest::newRow("only-auth-prefer-int") << u"auth"_s << int(DigestQop::AuthInt) << u"auth"_s;
    QTest::newRow("unknown-and-auth") << u"auth-conf,auth"_s << int(DigestQop::Auth) << u"auth"_s;
}

void tst_DigestAuth::qopPreference()
{
    QFETCH(QString, offered);
    QFETCH(int, preferred);
    QFETCH(QString, used);

    DigestAuth auth(challengeFrom(u"Digest realm=\"r\", nonce=\"n\", qop=\"%1\""_s.arg(offered)),
                    {u"u"_s, {}, u"p"_s, {}});
    auth.setPreferredQop(DigestQop(preferred));
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QVERIFY(result.answer);
    QCOMPARE(digestQopToken(result.answer->qop), used);
    QCOMPARE(answerParams(result.answer->headerValue).value(u"qop"_s).value, used);
}

void tst_DigestAuth::userhash()
{
    DigestAuth auth(challengeFrom(u"Digest realm=\"sipscope.test\", nonce=\"n\", qop=auth, "
                                  "algorithm=SHA-256, userhash=true"_s),
                    {u"alice"_s, {}, u"p"_s, {}});
    auth.setCnonceGenerator([] { return u"c"_s; });
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:sipscope.test"_s);
    QVERIFY(result.answer);
    const auto params = answerParams(result.answer->headerValue);
    // sha256("alice:sipscope.test"), computed with Python's hashlib (RFC 7616 §3.4.4).
    QCOMPARE(params.value(u"username"_s).value,
             u"8091a25fd3dcc13861a96e81114199713c140280bb757eb2040eee90909c5889"_s);
    QCOMPARE(params.value(u"userhash"_s).value, u"true"_s);
    // The response hash is still over the plain user name.
    DigestResponseInput input;
    input.algorithm = DigestAlgorithm::Sha256;
    input.username = u"alice"_s;
    input.realm = u"sipscope.test"_s;
    input.password = u"p"_s;
    input.nonce = u"n"_s;
    input.cnonce = u"c"_s;
    input.nc = u"00000001"_s;
    input.qop = DigestQop::Auth;
    input.method = u"OPTIONS"_s;
    input.uri = u"sip:sipscope.test"_s;
    QCOMPARE(result.answer->response, DigestAuth::computeResponse(input));
}

void tst_DigestAuth::quotingRoundTrip()
{
    // Realm, user name and opaque with quotes and backslashes survive the trip into the
    // answer and back through a parser.
    const QString realm = uR"(say "hi" \ bye)"_s;
    const DigestChallenge challenge =
        challengeFrom(uR"(Digest realm="say \"hi\" \\ bye", nonce="n", opaque="o\"q")"_s);
    QCOMPARE(challenge.realm, realm);
    DigestAuth auth(challenge, {uR"(we"ird\user)"_s, {}, u"p"_s, {}});
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:host"_s);
    QVERIFY(result.answer);
    const auto params = answerParams(result.answer->headerValue);
    QCOMPARE(params.value(u"realm"_s).value, realm);
    QCOMPARE(params.value(u"username"_s).value, uR"(we"ird\user)"_s);
    QCOMPARE(params.value(u"opaque"_s).value, uR"(o"q)"_s);
    QVERIFY(result.answer->headerValue.contains(uR"(realm="say \"hi\" \\ bye")"_s));
}

void tst_DigestAuth::errors()
{
    Credentials noPassword{u"u"_s, {}, {}, {}};
    DigestAuth withoutPassword(challengeFrom(u"Digest realm=\"r\", nonce=\"n\""_s), noPassword);
    DigestAuth::Result result = withoutPassword.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QVERIFY(!result.answer);
    QVERIFY(!result.error.isEmpty());

    const Credentials credentials{u"u"_s, {}, u"p"_s, {}};
    DigestAuth unsupported(challengeFrom(u"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"_s), credentials);
    result = unsupported.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QVERIFY(!result.answer);
    QVERIFY(result.error.contains(u"SHA-512-256"_s));

    DigestAuth badQop(challengeFrom(u"Digest realm=\"r\", nonce=\"n\", qop=\"auth-conf\""_s), credentials);
    result = badQop.authorize(u"OPTIONS"_s, u"sip:r"_s);
    QVERIFY(!result.answer);
    QVERIFY(result.error.contains(u"auth-conf"_s));
}

void tst_DigestAuth::passwordNeverPrinted()
{
    const QString secret = u"Tr0ub4dor&3-secret"_s;
    Credentials credentials{u"alice"_s, u"alice-auth"_s, secret, u"realm.example"_s};

    const QString description = credentials.redactedDescription();
    QVERIFY(!description.contains(secret));
    QVERIFY(description.contains(u"alice-auth"_s));
    QVERIFY(description.contains(u"password=<set>"_s));
    // Not even its length.
    QVERIFY(!description.contains(QString::number(secret.size())));

    QString debugText;
    QDebug(&debugText) << credentials;
    QVERIFY(!debugText.isEmpty());
    QVERIFY(!debugText.contains(secret));
    QVERIFY(debugText.contains(u"realm.example"_s));

    Credentials none{u"bob"_s, {}, {}, {}};
    QVERIFY(none.redactedDescription().contains(u"password=<none>"_s));

    // The answer carries a hash, never the password.
    DigestAuth auth(challengeFrom(u"Digest realm=\"realm.example\", nonce=\"n\", qop=auth"_s), credentials);
    const DigestAuth::Result result = auth.authorize(u"OPTIONS"_s, u"sip:realm.example"_s);
    QVERIFY(result.answer);
    QVERIFY(!result.answer->headerValue.contains(secret));
    QVERIFY(!result.answer->headerValue.contains(u"Tr0ub4dor"_s));
}

QTEST_GUILESS_MAIN(tst_DigestAuth)
#include "tst_digestauth.moc"
