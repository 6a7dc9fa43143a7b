// Where the GUI remembers things between runs: window geometry, splitters, the last
// view, the probe targets and settings. One QSettings store, either the platform
// default (organisation/application) or an INI file given with --settings-file,
// which is what the tests use.
//
// Passwords are never written here (see ProbeForm and RememberedPassword).
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace SipScope {

class AppSettings final
{
public:
    // An empty fileName opens the platform default store.
    explicit AppSettings(const QString &fileName = {});
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QSettings &store() { return *m_settings; }
    QString fileName() const { return m_settings->fileName(); }

    // How many targets the history keeps.
    static constexpr int MaxTargetHistory = 20;

    // Keys, grouped by the widget that owns them.
    static inline const char KeyWindowGeometry[] = "window/geometry";
    static inline const char KeyWindowState[] = "window/state";
    static inline const char KeyLastView[] = "window/lastView";
    // A language code ("de"); absent when the GUI follows the system locale.
    static inline const char KeyLanguage[] = "ui/language";
    static inline const char KeyCodesSplitter[] = "codes/splitter";
    static inline const char KeyCodesClassFilter[] = "codes/classFilter";
    static inline const char KeyProbeSplitter[] = "probe/splitter";
    static inline const char KeyProbeTargets[] = "probe/targets";
    static inline const char KeyProbeTransport[] = "probe/transport";
    static inline const char KeyProbeTimeout[] = "probe/timeoutSeconds";
    static inline const char KeyProbeRepeat[] = "probe/repeat";
    static inline const char KeyProbeRepeatCount[] = "probe/repeatCount";
    static inline const char KeyProbeRepeatInterval[] = "probe/repeatIntervalSeconds";
    // The digest user, kept only while its password is remembered in the keychain, so
    // that the password is found again at start. Never the password.
    static inline const char KeyProbeUser[] = "probe/user";

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace SipScope
