#include "commandline.h"

#include "i18n/translations.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstring>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

bool CommandLine::wantsTextOnly(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        for (const char *text : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(arg, text) == 0)
                return true;
        }
    }
    return false;
}

QString CommandLine::availableLanguage(const QString &text)
{
    const QString language = text.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    return !language.isEmpty() && Translations::isAvailable(language) ? language : QString();
}

QString CommandLine::languageArgument(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc)
            return availableLanguage(QString::fromLocal8Bit(argv[i + 1]));
        if (std::strncmp(arg, "--lang=", 7) == 0)
            return availableLanguage(QString::fromLocal8Bit(arg + 7));
    }
    return {};
}

void CommandLine::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("SipScope: a reference of SIP response codes and a SIP OPTIONS probe."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"settings-file"_s, tr("Keep the settings in <file> (INI) instead of the system's store."),
                      tr("file")});
    parser.addOption({u"view"_s, tr("Open the <view> at start: codes, probe, monitor or responder."), tr("view")});
    parser.addOption({u"lang"_s,
                      tr("Use the <language> for this run (%1) instead of the one chosen in View → Language.")
                          .arg(Translations::availableLanguages().join(u", "_s)),
                      tr("language")});
    parser.addOption({u"measure-startup"_s,
                      tr("Print the time from process start to the main window's first paint, then quit.")});

    QCommandLineOption screenshot(u"screenshot"_s, tr("Render the README screenshots into <dir>, then quit."),
                                  tr("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption screenshotTarget(u"screenshot-target"_s, tr("Target probed for the probe screenshot."),
                                        tr("uri"));
    screenshotTarget.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotTarget);
    QCommandLineOption screenshotCode(u"screenshot-code"_s, tr("Code shown in the codes screenshot."),
                                      tr("code"));
    screenshotCode.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotCode);
    QCommandLineOption screenshotQuery(u"screenshot-query"_s, tr("Search typed for the codes screenshot."),
                                       tr("text"));
    screenshotQuery.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotQuery);
}

bool CommandLine::read(const QCommandLineParser &parser, CommandLineOptions &options, QString *error)
{
    options.settingsFile = parser.value(u"settings-file"_s);
    options.measureStartup = parser.isSet(u"measure-startup"_s);
    options.screenshotDir = parser.value(u"screenshot"_s);
    options.screenshotTarget = parser.value(u"screenshot-target"_s);
    options.screenshotQuery = parser.value(u"screenshot-query"_s);
    if (parser.isSet(u"screenshot-code"_s)) {
        bool ok = false;
        options.screenshotCode = parser.value(u"screenshot-code"_s).toInt(&ok);
        if (!ok || options.screenshotCode < 100 || options.screenshotCode > 699) {
            *error = tr("--screenshot-code needs a code between 100 and 699.");
            return false;
        }
    }
    options.view = parser.value(u"view"_s).toLower();
    // The views in the order of the window's tabs (MainWindow::View).
    static const QStringList views = {u"codes"_s, u"probe"_s, u"monitor"_s, u"responder"_s};
    if (!options.view.isEmpty() && !views.contains(options.view)) {
        *error = tr("--view must be codes, probe, monitor or responder, not “%1”.").arg(options.view);
        return false;
    }
    options.viewIndex = int(views.indexOf(options.view));
    if (parser.isSet(u"lang"_s)) {
        const QString value = parser.value(u"lang"_s);
        options.language = availableLanguage(value);
        if (options.language.isEmpty()) {
            *error = tr("No translation for language “%1”; available: %2.")
                         .arg(value, Translations::availableLanguages().join(u", "_s));
            return false;
        }
    }
    return true;
}

} // namespace SipScope
