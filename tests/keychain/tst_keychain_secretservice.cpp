// The keychain for real: a private Secret Service (gnome-keyring-daemon on a D-Bus of
// its own, its login collection unlocked with a known password), reached through
// QtKeychain by our store, by `sipscope-cli credentials`, and by a monitor run whose
// target says credentials=keychain:NAME against a digest-challenging peer. Skipped, with
// the reason, where no Secret Service can run or the build has no QtKeychain.
#include "cliprocess.h"
#include "fakesipserver.h"
#include "secretservice.h"

#include "keychain/savedcredentials.h"
#include "keychain/systemsecretstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString secret = u"S3cret-in-the-keyring"_s;

CliRun cli(const QStringList &arguments, const QByteArray &input = {}, bool writeInput = false)
{
    CliSetup setup;
    setup.writeInput = writeInput;
    setup.input = input;
    return runCliProcess(qEnvironmentVariable("SIPSCOPE_CLI_PATH"), arguments, setup);
}

// What secret-tool (libsecret, outside SipScope) finds under service SipScope.
QString lookup(const QString &account)
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"SipScope"_s, u"user"_s, account});
    process.waitForFinished(15000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestKeychainSecretService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadDelete();
    void cliSetListDelete();
    void monitorUsesKeychainReference();
    void lockedKeychainIsSaid();

private:
    SecretService m_service;
};

void TestKeychainSecretService::initTestCase()
{
    if (!createSystemSecretStore()->isBuiltIn())
        QSKIP("this build has no QtKeychain (qtkeychain-qt6-dev): nothing to test against a Secret Service");
    if (const QString problem = m_service.start(); !problem.isEmpty())
        QSKIP(qPrintable(u"no Secret Service can run here: "_s + problem));
    qInfo("private Secret Service on %s", qPrintable(m_service.busAddress()));
}

void TestKeychainSecretService::storeReadDelete()
{
    const auto store = createSystemSecretStore();
    SavedCredentials saved(*store);
    QObject context;
    std::optional<SecretStoreResult> outcome;
    auto done = [&](const SecretStoreResult &result) { outcome = result; };

    saved.save(u"alice@127.0.0.1"_s, secret, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 30000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message()));
    QCOMPARE(lookup(u"alice@127.0.0.1"_s), secret);

    outcome.reset();
    saved.read(u"alice@127.0.0.1"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 30000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message()));
    QCOMPARE(outcome->secret, secret);

    outcome.reset();
    saved.remove(u"alice@127.0.0.1"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 30000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message()));
    QVERIFY(lookup(u"alice@127.0.0.1"_s).isEmpty());

    outcome.reset();
    saved.read(u"alice@127.0.0.1"_s, &context, done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 30000);
    QCOMPARE(outcome->status, SecretStoreResult::Status::NotFound);
}

void TestKeychainSecretService::cliSetListDelete()
{
    const CliRun set = cli({u"credentials"_s, u"set"_s, u"trunk-cli"_s}, secret.toUtf8() + "\n", true);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
    QCOMPARE(lookup(u"trunk-cli"_s), secret);

    const CliRun list = cli({u"credentials"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.split(u'\n').contains(u"trunk-cli"_s), qPrintable(list.out));
    QVERIFY(!list.out.contains(secret));
    const CliRun json = cli({u"credentials"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains(u"\"trunk-cli\""_s));
    QVERIFY(!json.out.contains(secret));

    const CliRun removed = cli({u"credentials"_s, u"delete"_s, u"trunk-cli"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(lookup(u"trunk-cli"_s).isEmpty());
    const CliRun again = cli({u"credentials"_s, u"delete"_s, u"trunk-cli"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"Nothing was saved"_s), qPrintable(again.err));
    QVERIFY(!cli({u"credentials"_s, u"list"_s}).out.contains(u"trunk-cli"_s));

    const CliRun empty = cli({u"credentials"_s, u"set"_s, u"trunk-cli"_s}, {}, true);
    QCOMPARE(empty.exitCode, 64);
    QCOMPARE(cli({u"credentials"_s, u"frobnicate"_s}).exitCode, 64);
}

void TestKeychainSecretService::monitorUsesKeychainReference()
{
    QVERIFY(cli({u"credentials"_s, u"set"_s, u"trunk-mon"_s}, secret.toUtf8(), true).exitCode == 0);
    FakeSipServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &r) {
        if (r.message.header(u"Authorization"_s)) {
            s.reply(r, 200, u"OK"_s);
            return;
        }
        SipMessage challenge = FakeSipServer::makeResponse(r.message, 401, u"Unauthorized"_s);
        challenge.setHeader(u"WWW-Authenticate"_s, u"Digest realm=\"keyring.test\", nonce=\"n1\", qop=\"auth\""_s);
        s.reply(r, challenge);
    });
    QTemporaryDir dir;
    const QString list = dir.filePath(u"targets.txt"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((server.uri(u"alice"_s) + u" label=keyring credentials=keychain:trunk-mon\n"_s).toUtf8());
    file.close();

    // The CLI child runs while this process's event loop answers as the peer.
    const CliRun run = cli({u"monitor"_s, u"--targets"_s, list, u"--rounds"_s, u"1"_s, u"--json"_s,
                            u"--timeout"_s, u"5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"\"status\":200"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QCOMPARE(server.requestCount(), 2);
    const auto authorization = server.requests().at(1).message.header(u"Authorization"_s);
    QVERIFY(authorization && authorization->contains(u"username=\"alice\""_s));
    QVERIFY(!authorization->contains(secret));

    // An entry that is not there: the probe goes on unanswered and stderr says why.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((server.uri(u"alice"_s) + u" credentials=keychain:missing\n"_s).toUtf8());
    file.close();
    const CliRun missing = cli({u"monitor"_s, u"--targets"_s, list, u"--rounds"_s, u"1"_s, u"--timeout"_s, u"5"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"keychain entry \"missing\""_s), qPrintable(missing.err));
    cli({u"credentials"_s, u"delete"_s, u"trunk-mon"_s});
}

// Last: the collection stays locked afterwards.
void TestKeychainSecretService::lockedKeychainIsSaid()
{
    if (!m_service.lock())
        QSKIP("secret-tool could not lock the test collection");
    const CliRun set = cli({u"credentials"_s, u"set"_s, u"trunk-locked"_s}, secret.toUtf8(), true);
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains(u"locked"_s), qPrintable(set.err));
    QVERIFY(!set.err.contains(secret));
}

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychain_secretservice.moc"
