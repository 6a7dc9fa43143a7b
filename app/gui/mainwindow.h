// The SipScope main window: the Codes and Probe views a click (Ctrl+1 / Ctrl+2)
// apart, the menus, the status bar, and everything remembered between runs.
//
// Further views (the monitor and the responder) join through addView() the same way.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace SipScope {

class AppSettings;
class CodesView;
class LanguageMenu;
class LanguageSwitcher;
class MonitorView;
class ProbeView;
class ResponderView;
class SecretStore;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum View { CodesViewIndex = 0, ProbeViewIndex = 1, MonitorViewIndex = 2, ResponderViewIndex = 3 };

    // settingsFile: an INI file to use instead of the platform's default store.
    // languages: the application's language, already applied (main.cpp); without one the
    // window makes its own, which leaves the current language alone until the user picks
    // one in View → Language.
    explicit MainWindow(const QString &settingsFile = {}, LanguageSwitcher *languages = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    CodesView *codesView() const { return m_codesView; }
    ProbeView *probeView() const { return m_probeView; }
    MonitorView *monitorView() const { return m_monitorView; }
    ResponderView *responderView() const { return m_responderView; }
    QTabWidget *viewTabs() const { return m_tabs; }
    LanguageSwitcher *languages() const { return m_languages; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }

    int currentView() const;
    void setCurrentView(int index);

    // Where saved passwords are (not owned): the probe form's "Remember" and the
    // monitor's keychain references. main.cpp gives the system keychain, tests a fake;
    // unset, "Remember" is disabled and the monitor asks the system keychain itself.
    void setSecretStore(SecretStore *store);

    // Writes geometry, splitters, last view and the views' settings (also done on close).
    void saveSettings();

public Q_SLOTS:
    // Switches to the Codes view and explains `code` (from the probe result card).
    void showCode(int code);
    void showStatusMessage(const QString &message);
    // Applies a language ("de", or empty for the system's) and remembers it.
    void setLanguagePreference(const QString &preference);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    void copyFromFocus();
    void find();
    void about();
    void addView(QWidget *view, QAction *action, const QKeySequence &shortcut);

    std::unique_ptr<AppSettings> m_settings;
    LanguageSwitcher *m_languages = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    CodesView *m_codesView = nullptr;
    ProbeView *m_probeView = nullptr;
    MonitorView *m_monitorView = nullptr;
    ResponderView *m_responderView = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_codesViewAction = nullptr;
    QAction *m_probeViewAction = nullptr;
    QAction *m_monitorViewAction = nullptr;
    QAction *m_responderViewAction = nullptr;
    QAction *m_clearHistoryAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace SipScope
