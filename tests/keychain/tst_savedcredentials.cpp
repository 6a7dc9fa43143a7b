// Saved passwords with the fake keychain: the names (the GUI's user@host rule, what a
// name may be), the list of names beside the entries, and the monitor's
// credentials=keychain:NAME answering a digest challenge, or saying why it cannot.
#include "fakesecretstore.h"
#include "fakesipserver.h"

#include "keychain/credentialname.h"
#include "keychain/savedcredentials.h"
#include "monitor/monitor.h"
#include "monitor/monitorcredentials.h"
#include "monitor/monitortargetlist.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

class TestSavedCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nameForTarget_data();
    void nameForTarget();
    void invalidNames_data();
    void invalidNames();
    void saveListRemove();
    void answersLater();
    void monitorKeychainReference_data();
    void monitorKeychainReference();
};

void TestSavedCredentials::initTestCase()
{
    qRegisterMetaType<ProbeResult>();
    qRegisterMetaType<MonitorChange>();
}

void TestSavedCredentials::nameForTarget_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host-only") << u"alice"_s << u"sip:PBX.Example.com"_s << u"alice@pbx.example.com"_s;
    QTest::newRow("explicit-port-kept") << u"1001"_s << u"10.0.0.5:5070"_s << u"1001@10.0.0.5:5070"_s;
    QTest::newRow("ipv6-in-brackets") << u"bob"_s << u"sip:[2001:db8::1]:5060"_s << u"bob@[2001:db8::1]:5060"_s;
    QTest::newRow("transport-left-out") << u"alice"_s << u"sip:pbx.example.com;transport=tcp"_s
                                        << u"alice@pbx.example.com"_s;
    QTest::newRow("uri-user-when-no-user") << QString() << u"sip:carol@pbx.example.com"_s << u"carol@pbx.example.com"_s;
    QTest::newRow("no-user-no-name") << QString() << u"pbx.example.com"_s << QString();
    QTest::newRow("bad-target-no-name") << u"alice"_s << u"sip:"_s << QString();
}

void TestSavedCredentials::nameForTarget()
{
    QFETCH(QString, user);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(CredentialName::forTarget(user, target), expected);
    if (!expected.isEmpty())
        QCOMPARE(CredentialName::userOf(expected), user.isEmpty() ? expected.section(u'@', 0, 0) : user);
}

void TestSavedCredentials::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("index-name") << u"#names"_s << u"#"_s;
    QTest::newRow("space") << u"trunk a"_s << u"spaces"_s;
    QTest::newRow("newline") << u"trunk\na"_s << u"spaces"_s;
    QTest::newRow("too-long") << QString(201, u'x') << u"200"_s;
}

void TestSavedCredentials::invalidNames()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QVERIFY2(CredentialName::problem(name).contains(problem), qPrintable(CredentialName::problem(name)));
    QVERIFY(CredentialName::isValid(u"trunk-a"_s));
}

void TestSavedCredentials::saveListRemove()
{
    FakeSecretStore store;
    SavedCredentials saved(store);
    QObject context;
    std::optional<SecretStoreResult> outcome;
    auto done = [&](const SecretStoreResult &result) { outcome = result; };

    saved.save(u"trunk-b"_s, u"pw-b"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QVERIFY(outcome->ok());
    outcome.reset();
    saved.save(u"trunk-a"_s, u"pw-a"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QCOMPARE(store.entries.value(u"trunk-a"_s), u"pw-a"_s);

    std::optional<QStringList> names;
    saved.list(&context, [&](const SecretStoreResult &result, const QStringList &found) {
        QVERIFY(result.ok());
        QVERIFY(result.secret.isEmpty());
        names = found;
    });
    QTRY_VERIFY_WITH_TIMEOUT(names, 10000);
    QCOMPARE(*names, (QStringList{u"trunk-a"_s, u"trunk-b"_s}));
    // The list holds names only.
    QVERIFY(!store.entries.value(SavedCredentials::indexAccount()).contains(u"pw-"_s));

    outcome.reset();
    saved.remove(u"trunk-a"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QVERIFY(outcome->ok());
    QVERIFY(!store.entries.contains(u"trunk-a"_s));
    outcome.reset();
    saved.remove(u"trunk-a"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QCOMPARE(outcome->status, SecretStoreResult::Status::NotFound);

    names.reset();
    saved.list(&context, [&](const SecretStoreResult &, const QStringList &found) { names = found; });
    QTRY_VERIFY_WITH_TIMEOUT(names, 10000);
    QCOMPARE(*names, QStringList{u"trunk-b"_s});

    // A locked keychain: the save fails with a message that names the lock, not the password.
    store.setFailure(SecretStoreResult::Status::Locked);
    outcome.reset();
    saved.save(u"trunk-c"_s, u"pw-c"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QCOMPARE(outcome->status, SecretStoreResult::Status::Locked);
    QVERIFY(outcome->message().contains(u"locked"_s));
    QVERIFY(!outcome->message().contains(u"pw-c"_s));
}

// Answers come later, never inside the call, and not at all once the context is gone.
void TestSavedCredentials::answersLater()
{
    FakeSecretStore store;
    bool answered = false;
    {
        QObject context;
        store.read(u"x"_s, &context, [&](const SecretStoreResult &) { answered = true; });
        QVERIFY(!answered);
    }
    QTest::qWait(50);
    QVERIFY(!answered);

    UnavailableSecretStore none(u"built without it"_s);
    QVERIFY(!none.isBuiltIn());
    QObject context;
    std::optional<SecretStoreResult> outcome;
    none.write(u"x"_s, u"y"_s, &context, [&](const SecretStoreResult &result) { outcome = result; });
    QVERIFY(!outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 10000);
    QCOMPARE(outcome->status, SecretStoreResult::Status::Unavailable);
    QVERIFY(outcome->message().contains(u"built without it"_s));
}

void TestSavedCredentials::monitorKeychainReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("failure");           // a SecretStoreResult::Status the store fails with
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedUsername");
    QTest::addColumn<QString>("expectedProblem");

    QTest::newRow("plain-name-uri-user")
        << u"keychain:trunk-a"_s << int(SecretStoreResult::Status::Ok) << 200 << u"alice"_s << QString();
    QTest::newRow("gui-name-gives-user")
        << u"keychain:bob@pbx.example.com"_s << int(SecretStoreResult::Status::Ok) << 200 << u"bob"_s << QString();
    QTest::newRow("missing-entry-unanswered")
        << u"keychain:nobody"_s << int(SecretStoreResult::Status::Ok) << 401 << QString() << u"Nothing is saved"_s;
    QTest::newRow("locked-keychain-unanswered")
        << u"keychain:trunk-a"_s << int(SecretStoreResult::Status::Locked) << 401 << QString() << u"locked"_s;
}

// credentials=keychain:NAME reads the entry when the probe starts and answers the
// challenge with it; without it the probe goes on unanswered and the monitor says why.
void TestSavedCredentials::monitorKeychainReference()
{
    QFETCH(QString, reference);
    QFETCH(int, failure);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedUsername);
    QFETCH(QString, expectedProblem);
    const QString secret = u"k3ychain-s3cret"_s;

    FakeSecretStore store;
    store.entries.insert(u"trunk-a"_s, secret);
    store.entries.insert(u"bob@pbx.example.com"_s, secret);
    store.setFailure(SecretStoreResult::Status(failure));

    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"monitor.test\", nonce=\"k1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });

    MonitorTarget target;
    target.target = server.uri(u"alice"_s);
    target.credentialsRef = reference;
    QVERIFY(!MonitorCredentials::resolve(target));   // never from the environment
    Monitor monitor;
    monitor.setSecretStore(&store);
    MonitorOptions options;
    options.intervalS = 1;
    options.timeoutMs = 5000;
    options.maxRounds = 1;
    monitor.setOptions(options);
    monitor.setTargets({target});
    QSignalSpy results(&monitor, &Monitor::resultReady);
    QSignalSpy problems(&monitor, &Monitor::credentialsProblem);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
    const auto result = results.at(0).at(1).value<ProbeResult>();
    QCOMPARE(result.statusCode, expectedStatus);
    if (expectedUsername.isEmpty()) {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(1).toString().contains(expectedProblem), qPrintable(problems.at(0).at(1).toString()));
    } else {
        QCOMPARE(problems.size(), 0);
        const auto authorization = server.requests().at(1).message.header(u"Authorization"_s);
        QVERIFY(authorization);
        QVERIFY2(authorization->contains(u"username=\"%1\""_s.arg(expectedUsername)), qPrintable(*authorization));
        QVERIFY(!authorization->contains(secret));
    }
    const QJsonObject record = Monitor::jsonRecord(monitor.target(0), monitor.state(0), monitor.state(0).lastChange());
    QVERIFY(!QJsonDocument(record).toJson().contains(secret.toUtf8()));
    QVERIFY(!MonitorTargetList::toJson(monitor.targets()).contains(secret.toUtf8()));
    QCOMPARE(MonitorTargetList::parse("sip:pbx.example.com credentials=keychain:trunk-a\n").targets.value(0).credentialsRef,
             u"keychain:trunk-a"_s);
}

QTEST_GUILESS_MAIN(TestSavedCredentials)
#include "tst_savedcredentials.moc"
