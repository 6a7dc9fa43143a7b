// Digest authentication in the probe, against the shared fake server acting as a
// registrar (401) or a proxy (407). The server checks every answer with its own
// RFC 7616 arithmetic (written out below, independent of DigestAuth), so a 200 here
// means the answer was right. Covered: every algorithm and qop, 401 and 407, the
// strongest of several challenges, stale=true getting exactly one fresh try, a wrong
// password ending in "credentials rejected", no password, an unanswerable challenge,
// TCP (same connection, and a server that closes after the challenge) — and the
// password appearing nowhere in the result.
#include "probe/optionsprobe.h"
#include "probe/proberesultjson.h"

#include "fakesipserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;

namespace {

const QString Realm = u"fake.test"_s;
const QString User = u"alice"_s;
const QString Password = u"Pa55-w0rd-NEVER-shown"_s;

// A registrar or proxy that demands digest credentials and checks them itself.
struct DigestServer
{
    int status = 401;                    // 401 (WWW-Authenticate) or 407 (Proxy-Authenticate)
    QString algorithm = u"MD5"_s;        // as sent; empty: no algorithm parameter
    QString qop = u"auth"_s;             // qop offered; empty: none (RFC 2069 style)
    QString password = Password;         // what the server accepts
    QStringList extraChallenges;         // further challenge values, sent first
    int staleAnswers = 0;                // valid answers to reject with stale=true first
    bool closeAfterChallenge = false;    // TCP: close the connection after each challenge

    int nonceNumber = 0;
    QStringList checked;                 // per answer: "ok", "stale" or why it was wrong
    // Per Via branch, the answer sent: a retransmission gets it again and is not checked
    // twice, as a server transaction does (RFC 3261 §17.2.2). The client's Timer E fires
    // whenever the test process is descheduled for longer than T1.
    QHash<QString, QByteArray> answered;

    QString header() const { return status == 407 ? u"Proxy-Authenticate"_s : u"WWW-Authenticate"_s; }
    QString answerHeader() const { return status == 407 ? u"Proxy-Authorization"_s : u"Authorization"_s; }
    QString nonce() const { return u"nonce-%1"_s.arg(nonceNumber); }

    static QByteArray hash(const QString &algorithm, const QString &text)
    {
        const auto method = algorithm.startsWith(u"SHA-256"_s, Qt::CaseInsensitive) ? QCryptographicHash::Sha256
                                                                                       : QCryptographicHash::Md5;
        return QCryptographicHash::hash(text.toUtf8(), method).toHex();
    }

    // RFC 7616 §3.4.1-§3.4.3, written out.
    QString expected(const QHash<QString, QString> &p, const QString &method) const
    {
        const QString algorithm = algorithm_(p);
        QString ha1 = QString::fromLatin1(hash(algorithm, p[u"username"_s] + u':' + Realm + u':' + password));
        if (algorithm.endsWith(u"-sess"_s, Qt::CaseInsensitive))
            ha1 = QString::fromLatin1(hash(algorithm, ha1 + u':' + p[u"nonce"_s] + u':' + p[u"cnonce"_s]));
        QString a2 = method + u':' + p[u"uri"_s];
        if (p[u"qop"_s] == u"auth-int"_s)
            a2 += u':' + QString::fromLatin1(hash(algorithm, QString()));
        const QString ha2 = QString::fromLatin1(hash(algorithm, a2));
        if (p[u"qop"_s].isEmpty())
            return QString::fromLatin1(hash(algorithm, ha1 + u':' + p[u"nonce"_s] + u':' + ha2));
        return QString::fromLatin1(hash(algorithm, ha1 + u':' + p[u"nonce"_s] + u':' + p[u"nc"_s] + u':'
                                                       + p[u"cnonce"_s] + u':' + p[u"qop"_s] + u':' + ha2));
    }
    static QString algorithm_(const QHash<QString, QString> &p)
    {
        return p.value(u"algorithm"_s, u"MD5"_s);
    }

    static QHash<QString, QString> parameters(const QString &value)
    {
        QHash<QString, QString> parameters;
        static const QRegularExpression pattern(uR"re(([A-Za-z-]+)=(?:"([^"]*)"|([^,\s]+)))re"_s);
        auto it = pattern.globalMatch(value);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            parameters.insert(m.captured(1).toLower(), m.captured(2).isNull() ? m.captured(3) : m.captured(2));
        }
        return parameters;
    }

    QString challenge(bool stale) const
    {
        QString value = u"Digest realm=\"%1\", nonce=\"%2\""_s.arg(Realm, nonce());
        if (!algorithm.isEmpty())
            value += u", algorithm="_s + algorithm;
        if (!qop.isEmpty())
            value += u", qop=\"%1\""_s.arg(qop);
        if (stale)
            value += u", stale=true"_s;
        return value;
    }

    void handle(FakeSipServer &server, const FakeSipServer::Request &request)
    {
        const QString branch = request.message.topVia().value_or(SipVia()).branch();
        if (const auto again = answered.constFind(branch); again != answered.cend()) {
            server.sendTo(request, *again);
            return;
        }
        const auto send = [&](const SipMessage &response) {
            answered.insert(branch, response.toBytes());
            server.sendTo(request, answered.value(branch));
        };
        const std::optional<QString> answer = request.message.header(answerHeader());
        bool stale = false;
        if (answer) {
            const QHash<QString, QString> p = parameters(*answer);
            QString verdict = u"ok"_s;
            if (p[u"response"_s] != expected(p, request.message.method()))
                verdict = u"wrong response"_s;
            else if (p[u"nonce"_s] != nonce())
                verdict = u"old nonce"_s;
            else if (p[u"uri"_s] != request.message.requestUri())
                verdict = u"uri differs from the Request-URI"_s;
            else if (staleAnswers > 0)
                verdict = u"stale"_s;
            checked << verdict;
            if (verdict == u"ok"_s) {
                send(FakeSipServer::makeResponse(request.message, 200, u"OK"_s));
                return;
            }
            if (verdict == u"stale"_s) {
                --staleAnswers;
                stale = true;
            }
        }
        ++nonceNumber;
        SipMessage response = FakeSipServer::makeResponse(request.message, status,
                                                          status == 407 ? u"Proxy Authentication Required"_s
                                                                        : u"Unauthorized"_s);
        response.removeHeader(u"Content-Length"_s);
        for (const QString &extra : extraChallenges)
            response.addHeader(header(), extra);
        response.addHeader(header(), challenge(stale));
        response.addHeader(u"Content-Length"_s, u"0"_s);
        send(response);
        if (closeAfterChallenge)
            server.closeConnection(request);
    }
};

ProbeOptions authOptions(const QString &password = Password)
{
    ProbeOptions options;
    options.timers.t1 = 50ms;
    options.timers.t2 = 400ms;
    options.timers.timerF = 3000ms;
    options.credentials.user = User;
    options.credentials.password = password;
    return options;
}

ProbeResult runProbe(const QString &target, const ProbeOptions &options)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target, options);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

QList<ProbeEvent> eventsOf(const ProbeResult &result, ProbeEvent::Type type)
{
    QList<ProbeEvent> events;
    for (const ProbeEvent &event : result.timeline) {
        if (event.type == type)
            events << event;
    }
    return events;
}

// Everything a result can show or serialise.
QByteArray everythingShown(const ProbeResult &r)
{
    QByteArray all = QJsonDocument(ProbeResultJson::toJson(r)).toJson();
    all += r.rawRequest + r.rawResponse + r.error.message.toUtf8() + r.error.detail.toUtf8();
    for (const ProbeEvent &event : r.timeline)
        all += event.text.toUtf8() + event.raw;
    if (r.auth)
        all += r.auth->explanation.toUtf8() + r.auth->user.toUtf8();
    return all;
}

} // namespace

class tst_ProbeAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersTheChallenge_data();
    void answersTheChallenge();
    void strongestChallengeIsAnswered();
    void staleGetsOneFreshTry();
    void staleOnlyOnce();
    void wrongPasswordIsRejected_data();
    void wrongPasswordIsRejected();
    void noPasswordGiven();
    void unanswerableChallenge();
    void authUserAndFromUser();
    void overTcpOnTheSameConnection();
    void serverClosesAfterTheChallenge();
};

void tst_ProbeAuth::answersTheChallenge_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("qop");
    QTest::addColumn<QString>("expectedAlgorithm");
    QTest::addColumn<QString>("expectedQop");
    QTest::newRow("401 MD5 auth") << 401 << u"MD5"_s << u"auth"_s << u"MD5"_s << u"auth"_s;
    QTest::newRow("407 MD5 auth") << 407 << u"MD5"_s << u"auth"_s << u"MD5"_s << u"auth"_s;
    QTest::newRow("401 no algorithm means MD5") << 401 << QString() << u"auth"_s << u"MD5"_s << u"auth"_s;
    QTest::newRow("401 MD5 without qop (RFC 2069 form)") << 401 << u"MD5"_s << QString() << u"MD5"_s << QString();
    QTest::newRow("401 MD5-sess") << 401 << u"MD5-sess"_s << u"auth"_s << u"MD5-sess"_s << u"auth"_s;
    QTest::newRow("401 SHA-256") << 401 << u"SHA-256"_s << u"auth"_s << u"SHA-256"_s << u"auth"_s;
    QTest::newRow("407 SHA-256-sess") << 407 << u"SHA-256-sess"_s << u"auth"_s << u"SHA-256-sess"_s << u"auth"_s;
    QTest::newRow("401 auth-int over the empty body") << 401 << u"MD5"_s << u"auth-int"_s << u"MD5"_s << u"auth-int"_s;
    QTest::newRow("401 auth preferred over auth-int") << 401 << u"SHA-256"_s << u"auth-int,auth"_s << u"SHA-256"_s << u"auth"_s;
}

void tst_ProbeAuth::answersTheChallenge()
{
    QFETCH(int, status);
    QFETCH(QString, algorithm);
    QFETCH(QString, qop);
    QFETCH(QString, expectedAlgorithm);
    QFETCH(QString, expectedQop);
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    digest.status = status;
    digest.algorithm = algorithm;
    digest.qop = qop;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });

    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(digest.checked, QStringList{u"ok"_s});
    QCOMPARE(r.statusCode, 200);
    QVERIFY(r.isSuccess());
    QVERIFY(r.auth);
    QCOMPARE(r.auth->challengeStatus, status);
    QCOMPARE(r.auth->scheme, u"Digest"_s);
    QCOMPARE(r.auth->algorithm, expectedAlgorithm);
    QCOMPARE(r.auth->realm, Realm);
    QCOMPARE(r.auth->qop, expectedQop);
    QCOMPARE(r.auth->attempts, 2);
    QCOMPARE(r.auth->user, User);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::Accepted);
    QVERIFY(r.auth->explanation.isEmpty());

    // RFC 3261 §22.2: the same Call-ID and From tag, CSeq + 1, a new branch.
    const QList<FakeSipServer::Request> sent = server.transactions();
    QCOMPARE(sent.size(), 2);
    const SipMessage &first = sent.at(0).message;
    const SipMessage &second = sent.at(1).message;
    QCOMPARE(second.callId(), first.callId());
    QCOMPARE(second.header(u"From"_s), first.header(u"From"_s));
    QCOMPARE(first.cseq()->number, 1u);
    QCOMPARE(second.cseq()->number, 2u);
    QVERIFY(second.topVia()->branch() != first.topVia()->branch());
    QVERIFY(!first.header(digest.answerHeader()));
    QVERIFY(second.header(digest.answerHeader()));
    QVERIFY(!second.header(status == 407 ? u"Authorization"_s : u"Proxy-Authorization"_s));
    // The result describes the request that got the final answer.
    QCOMPARE(r.rawRequest, sent.at(1).raw);

    // The timeline: the challenge and the answer, then the final response.
    QCOMPARE(eventsOf(r, ProbeEvent::Type::Sent).size(), 2);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::AuthChallenge).size(), 1);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::AuthChallenge).constFirst().statusCode, status);
    QCOMPARE(eventsOf(r, ProbeEvent::Type::AuthAnswer).size(), 1);
    QVERIFY(eventsOf(r, ProbeEvent::Type::AuthAnswer).constFirst().text.contains(u"CSeq 2"_s));
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Final);
    QVERIFY(!everythingShown(r).contains(Password.toUtf8()));
}

void tst_ProbeAuth::strongestChallengeIsAnswered()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    digest.algorithm = u"SHA-256"_s;
    // An MD5 challenge first, and one SipScope cannot compute: SHA-256 must win.
    digest.extraChallenges = {u"Digest realm=\"fake.test\", nonce=\"md5-nonce\", algorithm=MD5, qop=\"auth\""_s,
                              u"Digest realm=\"fake.test\", nonce=\"x\", algorithm=SHA-512-256, qop=\"auth\""_s};
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.auth->algorithm, u"SHA-256"_s);
    const QString challenge = eventsOf(r, ProbeEvent::Type::AuthChallenge).constFirst().text;
    QVERIFY2(challenge.contains(u"SHA-512-256"_s), qPrintable(challenge));   // why it was passed over
}

void tst_ProbeAuth::staleGetsOneFreshTry()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    digest.staleAnswers = 1;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(digest.checked, (QStringList{u"stale"_s, u"ok"_s}));
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.auth->attempts, 3);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::Accepted);
    QCOMPARE(server.transactions().at(2).message.cseq()->number, 3u);
    // A new nonce starts its count again (RFC 7616 §3.4).
    const auto third = DigestServer::parameters(*server.transactions().at(2).message.header(u"Authorization"_s));
    QCOMPARE(third[u"nonce"_s], u"nonce-2"_s);
    QCOMPARE(third[u"nc"_s], u"00000001"_s);
    QVERIFY(eventsOf(r, ProbeEvent::Type::AuthAnswer).constLast().text.contains(u"stale"_s));
}

void tst_ProbeAuth::staleOnlyOnce()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    digest.staleAnswers = 100;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(server.transactionCount(), 3);
    QCOMPARE(r.statusCode, 401);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::Rejected);
    QCOMPARE(r.auth->attempts, 3);
}

void tst_ProbeAuth::wrongPasswordIsRejected_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("407") << 407;
}

void tst_ProbeAuth::wrongPasswordIsRejected()
{
    QFETCH(int, status);
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    digest.status = status;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    const QString wrong = u"not-the-password-4711"_s;
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions(wrong));
    QCOMPARE(digest.checked, QStringList{u"wrong response"_s});
    // The server's final status, and a plain explanation.
    QVERIFY(r.hasFinalResponse());
    QCOMPARE(r.statusCode, status);
    QVERIFY(r.error.kind == ErrorKind::None);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::Rejected);
    QCOMPARE(r.auth->attempts, 2);
    QVERIFY2(r.auth->explanation.startsWith(u"Credentials rejected"_s), qPrintable(r.auth->explanation));
    QCOMPARE(eventsOf(r, ProbeEvent::Type::AuthRejected).size(), 1);
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Final);
    QCOMPARE(server.transactionCount(), 2);
    QVERIFY(!everythingShown(r).contains(wrong.toUtf8()));
    const QJsonObject json = ProbeResultJson::toJson(r);
    QCOMPARE(json[u"auth"_s].toObject()[u"outcome"_s].toString(), u"rejected"_s);
    QCOMPARE(json[u"auth"_s].toObject()[u"attempts"_s].toInt(), 2);
}

void tst_ProbeAuth::noPasswordGiven()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    ProbeOptions options = authOptions(QString());
    const ProbeResult r = runProbe(server.uri(u"alice"_s), options);
    QCOMPARE(server.transactionCount(), 1);
    QCOMPARE(r.statusCode, 401);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::NoCredentials);
    QCOMPARE(r.auth->attempts, 1);
    QCOMPARE(r.auth->realm, Realm);
    QVERIFY(r.auth->explanation.contains(u"password"_s));
    QCOMPARE(r.timeline.constLast().type, ProbeEvent::Type::Final);
}

void tst_ProbeAuth::unanswerableChallenge()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler(FakeSipServer::answerWith(401, u"Unauthorized"_s,
                                                {{u"WWW-Authenticate"_s, u"Basic realm=\"fake.test\""_s},
                                                 {u"WWW-Authenticate"_s, u"Digest realm=\"fake.test\", nonce=\"n\", algorithm=SHA-512-256"_s}}));
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(server.transactionCount(), 1);
    QCOMPARE(r.statusCode, 401);
    QCOMPARE(r.auth->outcome, ProbeAuthInfo::Outcome::Unsupported);
    QVERIFY2(r.auth->explanation.contains(u"SHA-512-256"_s), qPrintable(r.auth->explanation));
}

void tst_ProbeAuth::authUserAndFromUser()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    DigestServer digest;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    ProbeOptions options = authOptions();
    options.credentials.authUser = u"alice-auth"_s;
    const ProbeResult r = runProbe(server.uri(u"alice"_s), options);
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.auth->user, u"alice-auth"_s);
    // --user is the From user, --auth-user the digest user name (RFC 3261 §22.4).
    QVERIFY(server.transactions().at(0).message.header(u"From"_s)->startsWith(u"<sip:alice@"_s));
    const auto answer = DigestServer::parameters(*server.transactions().at(1).message.header(u"Authorization"_s));
    QCOMPARE(answer[u"username"_s], u"alice-auth"_s);
}

void tst_ProbeAuth::overTcpOnTheSameConnection()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    DigestServer digest;
    digest.status = 407;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.transport, TransportProtocol::Tcp);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(1).connection, server.requests().at(0).connection);
}

void tst_ProbeAuth::serverClosesAfterTheChallenge()
{
    FakeSipServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, FakeSipServer::Transport::Tcp));
    DigestServer digest;
    digest.closeAfterChallenge = true;
    server.setHandler([&digest](FakeSipServer &s, const FakeSipServer::Request &r) { digest.handle(s, r); });
    // The answer goes out once the close is seen, over a new connection.
    const ProbeResult r = runProbe(server.uri(u"alice"_s), authOptions());
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.auth->attempts, 2);
    QCOMPARE(server.connectionCount(), 2);
    QVERIFY(server.requests().constLast().connection != server.requests().constFirst().connection);
    QCOMPARE(digest.checked.constLast(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_ProbeAuth)
#include "tst_probeauth.moc"
