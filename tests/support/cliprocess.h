// sipscope-cli run as a user runs it, for the CLI suites: arguments in, exit code and
// both streams out. The wait runs the event loop, so in-process fake servers answer the
// probe while it runs; a run that does not end within the timeout is killed and reported
// as not finished (exitCode -1), never waited on forever. The suites name the binary with
// SIPSCOPE_CLI_PATH ($<TARGET_FILE:sipscope-cli> in their CMakeLists).
#pragma once

#include "consoletext.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace SipScope::Test {

struct CliRun
{
    int exitCode = -1; // -1: did not finish, or crashed
    QString out;
    QString err;
};

struct CliSetup
{
    QList<QPair<QString, QString>> environment = {}; // set in the child's environment
    QStringList unset = {};                          // removed from it
    bool writeInput = false;                         // write `input` to stdin, then close it
    QByteArray input = {};
    int timeoutMs = 60000;
};

inline CliRun runCliProcess(const QString &program, const QStringList &arguments, const CliSetup &setup = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : setup.unset)
        environment.remove(name);
    for (const auto &[name, value] : setup.environment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (setup.writeInput) {
        process.write(setup.input);
        process.closeWriteChannel();
    }
    if (finished.isEmpty() && !finished.wait(setup.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), consoleText(process.readAllStandardOutput()),
            consoleText(process.readAllStandardError())};
}

#ifdef SIPSCOPE_CLI_PATH
inline CliRun runCliProcess(const QStringList &arguments, const CliSetup &setup = {})
{
    return runCliProcess(QStringLiteral(SIPSCOPE_CLI_PATH), arguments, setup);
}
#endif

// The JSON object a --json run printed on stdout. When stdout is not one, an empty object
// and a warning with what was printed, so that the check of a field that follows fails
// with the output in the log.
inline QJsonObject jsonObjectOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s), exit %d:\n%s\n%s", qPrintable(error.errorString()), run.exitCode,
                 qPrintable(run.out), qPrintable(run.err));
        return {};
    }
    return document.object();
}

} // namespace SipScope::Test
