// `credentials set NAME`, `credentials delete NAME`, `credentials list`: the passwords a
// monitor's `credentials=keychain:NAME` uses, kept in the system keychain (service
// "SipScope", account NAME). The password is read without echo (or from stdin) and
// never printed; `list` shows the names only.
#include "commands.h"

#include "commandparser.h"
#include "jsonoutput.h"
#include "passwordprompt.h"

#include "keychain/credentialname.h"
#include "keychain/savedcredentials.h"
#include "keychain/systemsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

enum CredentialsExit : int {
    ExitDone = 0,
    ExitNotSaved = 1,        // delete: nothing was saved under that name
    ExitKeychainProblem = 2, // no keychain, locked, refused, no answer
};

// Runs one keychain call to its end on a local event loop.
template<typename Call>
void waitFor(Call call)
{
    QEventLoop loop;
    bool done = false;
    call(&loop, [&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

int keychainProblem(CommandContext &context, const SecretStoreResult &result)
{
    context.err << QCoreApplication::applicationName() << u" credentials: "_s << result.message().simplified()
                << Qt::endl;
    return ExitKeychainProblem;
}

} // namespace

int runCredentialsCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(
        u"credentials"_s, u"set|delete|list [NAME]"_s,
        QCoreApplication::translate(
            "Cli", "Save, delete or list passwords in the system keychain, for the monitor's "
                   "credentials=keychain:NAME. \"set\" reads the password without showing it (or the "
                   "first line of stdin); nothing prints it."),
        context);
    parser.addJsonOption();
    parser.addPositional(u"action"_s, QCoreApplication::translate("Cli", "set, delete or list."));
    parser.addPositional(u"name"_s, QCoreApplication::translate("Cli", "The name of the entry (not for list)."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList positionals = parser.positionals();
    const QString action = positionals.value(0);
    const bool list = action == u"list"_s;
    if (action != u"set"_s && action != u"delete"_s && !list)
        return parser.usageError(
            QCoreApplication::translate("Cli", "Give an action: set NAME, delete NAME or list."));
    if (positionals.size() != (list ? 1 : 2))
        return parser.usageError(list ? QCoreApplication::translate("Cli", "list takes no name.")
                                      : QCoreApplication::translate("Cli", "%1 needs exactly one NAME.").arg(action));
    const QString name = positionals.value(1);
    if (!list) {
        if (const QString problem = CredentialName::problem(name); !problem.isEmpty())
            return parser.usageError(problem);
    }

    const std::unique_ptr<SecretStore> store = createSystemSecretStore();
    if (!store->isBuiltIn())
        return keychainProblem(context, SecretStoreResult{SecretStoreResult::Status::Unavailable, {},
                                                          store->unavailableReason()});
    SavedCredentials saved(*store);
    SecretStoreResult outcome;

    if (list) {
        QStringList names;
        waitFor([&](QObject *loop, auto finish) {
            saved.list(loop, [&, finish](const SecretStoreResult &result, const QStringList &found) {
                outcome = result;
                names = found;
                finish();
            });
        });
        if (!outcome.ok())
            return keychainProblem(context, outcome);
        if (parser.json()) {
            QJsonObject object;
            object.insert(u"service"_s, SecretStore::serviceName());
            object.insert(u"names"_s, QJsonArray::fromStringList(names));
            JsonOutput::print(context.out, object);
        } else {
            for (const QString &entry : names)
                context.out << entry << Qt::endl;
        }
        return ExitDone;
    }

    if (action == u"set"_s) {
        auto input = readPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(name));
        if (!input || input->password.isEmpty())
            return parser.usageError(QCoreApplication::translate("Cli", "No password given (an empty line or no input)."));
        waitFor([&](QObject *loop, auto finish) {
            saved.save(name, input->password, loop, [&, finish](const SecretStoreResult &result) {
                outcome = result;
                finish();
            });
        });
        input->password.fill(u'\0');
        if (!outcome.ok())
            return keychainProblem(context, outcome);
        context.err << QCoreApplication::translate("Cli", "Saved the password for %1 in the keychain (%2).")
                           .arg(name, store->backendName())
                    << Qt::endl;
        return ExitDone;
    }

    waitFor([&](QObject *loop, auto finish) {
        saved.remove(name, loop, [&, finish](const SecretStoreResult &result) {
            outcome = result;
            finish();
        });
    });
    if (outcome.status == SecretStoreResult::Status::NotFound) {
        context.err << QCoreApplication::translate("Cli", "Nothing was saved under %1.").arg(name) << Qt::endl;
        return ExitNotSaved;
    }
    if (!outcome.ok())
        return keychainProblem(context, outcome);
    context.err << QCoreApplication::translate("Cli", "Deleted %1 from the keychain.").arg(name) << Qt::endl;
    return ExitDone;
}

} // namespace SipScope::Cli
