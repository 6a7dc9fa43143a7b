// sipscope: the desktop application.
#include "appsettings.h"
#include "commandline.h"
#include "guiconsole.h"
#include "i18n/translations.h"
#include "keychain/systemsecretstore.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "screenshotrunner.h"
#include "sipscope_version.h"
#include "startuptimer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"SipScope"_s);
    QCoreApplication::setOrganizationDomain(u"sipscope.org"_s);
    QCoreApplication::setApplicationName(u"SipScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPSCOPE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    SipScope::StartupTimer::millisecondsSinceProcessStart();
    SipScope::GuiConsole::attachToParentConsole();

    // --help and --version need no display: answer them from a QCoreApplication,
    // before QApplication looks for a window system.
    if (SipScope::CommandLine::wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        SipScope::Translations translations;
        const QString language = SipScope::CommandLine::languageArgument(argc, argv);
        translations.setLanguage(language.isEmpty() ? SipScope::Translations::languageForLocale(SipScope::Translations::systemLocale())
                                                    : language);
        QCommandLineParser parser;
        SipScope::CommandLine::configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(u"SipScope"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(SIPSCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/sipscope.svg"_s));

    // Until the settings are read, command-line errors speak --lang or the system's language.
    SipScope::LanguageSwitcher languages;
    languages.setPreference(SipScope::CommandLine::languageArgument(argc, argv));

    QCommandLineParser parser;
    SipScope::CommandLine::configure(parser);
    parser.process(app);
    SipScope::CommandLineOptions options;
    QString error;
    if (!SipScope::CommandLine::read(parser, options, &error)) {
        SipScope::GuiConsole::reportError(error);
        return 2;
    }

    // The language is in place before the first widget exists: --lang for this run, else
    // the one chosen in View → Language, else the system's.
    {
        SipScope::AppSettings settings(options.settingsFile);
        languages.applyAtStartup(options.language, settings.store());
    }

    // Outlives the window, whose keychain calls it answers.
    const auto secrets = SipScope::createSystemSecretStore();
    SipScope::MainWindow window(options.settingsFile, &languages);
    window.setSecretStore(secrets.get());
    if (options.viewIndex >= 0)
        window.setCurrentView(options.viewIndex);

    if (options.measureStartup) {
        auto *timer = new SipScope::StartupTimer(&window);
        QObject::connect(timer, &SipScope::StartupTimer::firstPaintFinished, &app, [](double ms) {
            QTextStream(stdout) << "first paint " << QString::number(ms, 'f', 1) << " ms" << Qt::endl;
            QCoreApplication::quit();
        });
    }

    int screenshotStatus = 0;
    if (!options.screenshotDir.isEmpty()) {
        // A fixed size makes the README images comparable from one run to the next.
        window.resize(1100, 720);
        auto *runner = new SipScope::ScreenshotRunner(&window, options.screenshotDir, options.screenshotQuery,
                                                      options.screenshotCode, options.screenshotTarget);
        QObject::connect(runner, &SipScope::ScreenshotRunner::done, &app, [&screenshotStatus](bool ok) {
            screenshotStatus = ok ? 0 : 1;
            QCoreApplication::quit();
        });
        QTimer::singleShot(0, runner, &SipScope::ScreenshotRunner::start);
    }

    window.show();
    const int status = app.exec();
    return status != 0 ? status : screenshotStatus;
}
