// The command line of `sipscope`. --help and --version are answered before any
// window system is touched, so they work without a display.
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace SipScope {

struct CommandLineOptions
{
    QString settingsFile;       // --settings-file: INI file instead of the platform store
    bool measureStartup = false;// --measure-startup: print "first paint <ms> ms" and quit
    QString screenshotDir;      // --screenshot DIR (hidden): render the README screenshots
    QString screenshotTarget;   // --screenshot-target URI (hidden): probed for probe.png
    int screenshotCode = 486;   // --screenshot-code N (hidden): shown in codes.png
    QString screenshotQuery;    // --screenshot-query TEXT (hidden): typed in the search field
    QString view;               // --view codes|probe|monitor|responder
    int viewIndex = -1;         // its MainWindow::View; -1 without --view
    QString language;           // --lang de: this run's language, not remembered; empty: the setting
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // True when argv asks only for --help/--version (and friends): no GUI needed.
    static bool wantsTextOnly(int argc, const char *const *argv);
    // The available language --lang names in argv ("de", "de_AT", "de-AT" → "de"), or
    // empty; for --help, which is answered before the parser runs in a GUI.
    static QString languageArgument(int argc, const char *const *argv);
    // "de", "de_AT", "de-AT" → "de" when that language has a translation, else empty.
    static QString availableLanguage(const QString &text);
    // Declares every option; the caller runs parser.process().
    static void configure(QCommandLineParser &parser);
    // Reads the processed parser; false with a message for invalid values.
    static bool read(const QCommandLineParser &parser, CommandLineOptions &options, QString *error);
};

} // namespace SipScope
