#include "nagiosarguments.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Cli {

namespace {

// "--name value", "--name=value" and, for short names, "-n value", "-n=value", "-nvalue".
bool takeValue(const QStringList &arguments, qsizetype &i, const QStringList &names, QString *value,
               bool *missing)
{
    const QString &argument = arguments.at(i);
    for (const QString &name : names) {
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                *missing = true;
                return true;
            }
            *value = arguments.at(++i);
            return true;
        }
        if (argument.startsWith(name + u'=')) {
            *value = argument.mid(name.size() + 1);
            return true;
        }
        if (name.size() == 2 && argument.size() > 2 && argument.startsWith(name)) {
            *value = argument.mid(2);
            return true;
        }
    }
    return false;
}

} // namespace

NagiosArguments NagiosArguments::extract(const QStringList &arguments)
{
    NagiosArguments result;
    const qsizetype end = arguments.contains(u"--"_s) ? arguments.indexOf(u"--"_s) : arguments.size();
    result.requested = arguments.mid(0, end).contains(u"--nagios"_s);
    if (!result.requested) {
        result.rest = arguments;
        return result;
    }
    auto fail = [&result](const QString &message) {
        if (result.error.isEmpty())
            result.error = message;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || i >= end) {
            result.rest << argument;
            continue;
        }
        QString value;
        bool missing = false;
        if (argument == u"--nagios"_s)
            continue;
        if (argument == u"--alive"_s) {
            result.options.alive = true;
        } else if (takeValue(arguments, i, {u"--warning"_s, u"-w"_s}, &value, &missing)) {
            if (missing)
                fail(QCoreApplication::translate("Cli", "-w needs a time in milliseconds."));
            else if (QString problem; const auto ms = NagiosOptions::parseThreshold(value, &problem))
                result.options.warningMs = ms;
            else
                fail(u"-w: "_s + problem);
        } else if (takeValue(arguments, i, {u"--critical"_s, u"-c"_s}, &value, &missing)) {
            // With --nagios, -c is the critical threshold (plugin convention), not --count.
            if (missing)
                fail(QCoreApplication::translate("Cli", "-c needs a time in milliseconds."));
            else if (QString problem; const auto ms = NagiosOptions::parseThreshold(value, &problem))
                result.options.criticalMs = ms;
            else
                fail(u"-c: "_s + problem);
        } else if (takeValue(arguments, i, {u"--verdict-profile"_s}, &value, &missing)) {
            QString error;
            if (missing)
                fail(QCoreApplication::translate("Cli", "--verdict-profile needs a name: %1.")
                         .arg(VerdictProfile::builtInNames().join(u", "_s)));
            else if (const auto profile = VerdictProfiles().find(value, &error))
                result.options.profile = profile;
            else
                fail(u"--verdict-profile: "_s + error);
        } else if (takeValue(arguments, i, {u"--expect"_s}, &value, &missing)) {
            QString error;
            if (missing)
                fail(QCoreApplication::translate("Cli", "--expect needs a list of codes, e.g. 200,404."));
            else if (!result.options.parseExpect(value, &error))
                fail(u"--expect: "_s + error);
        } else {
            result.rest << argument;
        }
    }
    if (const QString problem = result.options.validate(); !problem.isEmpty())
        fail(problem);
    return result;
}

int NagiosArguments::run(CommandContext &context, const std::function<int(CommandContext &)> &command) const
{
    if (!error.isEmpty()) {
        context.out << NagiosVerdict::unknown(error).statusLine() << Qt::endl;
        return int(NagiosVerdict::State::Unknown);
    }
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    CommandContext quiet{out, err, context.translations};
    const int code = command(quiet);
    out.flush();
    err.flush();
    if (code == ExitUsage) {
        // "sipscope-cli options: <message>" → "SIP UNKNOWN - <message>"
        QString message = errText.section(u'\n', 0, 0);
        const QString prefix = QCoreApplication::applicationName() + u" options: "_s;
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
        if (message.isEmpty())
            message = QCoreApplication::translate("Cli", "Invalid arguments.");
        context.out << NagiosVerdict::unknown(message).statusLine() << Qt::endl;
        return int(NagiosVerdict::State::Unknown);
    }
    context.out << outText;
    context.err << errText;
    return code;
}

} // namespace SipScope::Cli
