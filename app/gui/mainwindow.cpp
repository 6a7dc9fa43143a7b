#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "codedetailview.h"
#include "codesview.h"
#include "monitorview.h"
#include "i18n/translations.h"
#include "languagemenu.h"
#include "languageswitcher.h"
#include "probeform.h"
#include "probeview.h"
#include "responderview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const QString &settingsFile, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>(settingsFile))
    , m_languages(languages ? languages : new LanguageSwitcher(Translations::systemLocale(), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"SipScope"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"viewTabs"_s);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_codesView = new CodesView(this);
    m_probeView = new ProbeView(this);
    m_monitorView = new MonitorView(this);
    m_responderView = new ResponderView(this);

    createActions();
    addView(m_codesView, m_codesViewAction, QKeySequence(Qt::CTRL | Qt::Key_1));
    addView(m_probeView, m_probeViewAction, QKeySequence(Qt::CTRL | Qt::Key_2));
    addView(m_monitorView, m_monitorViewAction, QKeySequence(Qt::CTRL | Qt::Key_3));
    addView(m_responderView, m_responderViewAction, QKeySequence(Qt::CTRL | Qt::Key_4));
    createMenus();

    statusBar()->setObjectName(u"statusBar"_s);
    connect(m_codesView, &CodesView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_codesView, &CodesView::showRequested, this, [this] {
        if (currentView() != CodesViewIndex)
            setCurrentView(CodesViewIndex);
    });
    connect(m_languageMenu, &LanguageMenu::preferenceChosen, this, &MainWindow::setLanguagePreference);
    connect(m_probeView, &ProbeView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_monitorView, &MonitorView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_responderView, &ResponderView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_probeView, &ProbeView::codeActivated, this, &MainWindow::showCode);
    connect(m_codesView, &CodesView::probeRequested, this, [this](const QString &target) {
        setCurrentView(ProbeViewIndex);
        m_probeView->form()->setTarget(target);
        m_probeView->focusTarget();
        // "Probe This Target" is one keystroke: the probe starts, unless one is still
        // running (the target waits in the field then).
        if (!m_probeView->isRunning())
            m_probeView->send();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_viewActions.size())
            m_viewActions.at(index)->setChecked(true);
        if (index == CodesViewIndex)
            m_codesView->focusSearch();
        else if (index == ProbeViewIndex)
            m_probeView->focusTarget();
    });

    retranslateUi();
    resize(1100, 720);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(QWidget *view, QAction *action, const QKeySequence &shortcut)
{
    const int index = m_tabs->addTab(view, QString());
    action->setShortcut(shortcut);
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, index] { setCurrentView(index); });
    m_viewActions.append(action);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setIcon(QIcon::fromTheme(u"application-exit"_s));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcuts(QKeySequence::Copy);
    m_copyAction->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    // Widgets with their own Ctrl+C (line edits, text views) keep handling it first.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyFromFocus);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setIcon(QIcon::fromTheme(u"edit-find"_s));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);

    m_codesViewAction = new QAction(this);
    m_codesViewAction->setObjectName(u"codesViewAction"_s);
    m_probeViewAction = new QAction(this);
    m_probeViewAction->setObjectName(u"probeViewAction"_s);
    m_monitorViewAction = new QAction(this);
    m_monitorViewAction->setObjectName(u"monitorViewAction"_s);
    m_responderViewAction = new QAction(this);
    m_responderViewAction->setObjectName(u"responderViewAction"_s);
    auto *group = new QActionGroup(this);
    group->addAction(m_codesViewAction);
    group->addAction(m_probeViewAction);
    group->addAction(m_monitorViewAction);
    group->addAction(m_responderViewAction);

    m_clearHistoryAction = new QAction(this);
    m_clearHistoryAction->setObjectName(u"clearHistoryAction"_s);
    connect(m_clearHistoryAction, &QAction::triggered, m_probeView, &ProbeView::clearTargetHistory);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setIcon(QIcon::fromTheme(u"help-about"_s));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_codesView->detailView()->copyForTicketAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_codesView->explainAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_codesView->detailView()->backAction());
    m_viewMenu->addAction(m_codesView->detailView()->forwardAction());
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_languages, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(u"toolsMenu"_s);
    m_toolsMenu->addAction(m_probeView->sendAction());
    m_toolsMenu->addAction(m_probeView->stopAction());
    m_toolsMenu->addAction(m_probeView->allTargetsAction());
    m_toolsMenu->addAction(m_probeView->dualStackAction());
    m_toolsMenu->addAction(m_probeView->traceRouteAction());
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_clearHistoryAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));

    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy"));
    m_findAction->setText(tr("&Find Code…"));
    m_findAction->setToolTip(tr("Search the response codes"));
    m_codesViewAction->setText(tr("&Codes"));
    m_probeViewAction->setText(tr("&Probe"));
    m_monitorViewAction->setText(tr("&Monitor"));
    m_responderViewAction->setText(tr("&Responder"));
    m_clearHistoryAction->setText(tr("Clear Target &History"));
    m_aboutAction->setText(tr("&About SipScope"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_tabs->setTabText(CodesViewIndex, tr("Codes"));
    m_tabs->setTabToolTip(CodesViewIndex, tr("Look up SIP response codes (Ctrl+1)"));
    m_tabs->setTabText(ProbeViewIndex, tr("Probe"));
    m_tabs->setTabToolTip(ProbeViewIndex, tr("Send SIP OPTIONS to a server (Ctrl+2)"));
    m_tabs->setTabText(MonitorViewIndex, tr("Monitor"));
    m_tabs->setTabToolTip(MonitorViewIndex, tr("Watch many SIP servers at once (Ctrl+3)"));
    m_tabs->setTabText(ResponderViewIndex, tr("Responder"));
    m_tabs->setTabToolTip(ResponderViewIndex, tr("Answer SIP requests with a chosen code (Ctrl+4)"));
    m_tabs->setAccessibleName(tr("Views"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A message in the old language would linger for seconds.
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguagePreference(const QString &preference)
{
    if (!m_languages->setPreference(preference))
        return;
    LanguageSwitcher::storePreference(m_settings->store(), preference);
    m_settings->store().sync();
    // Queued behind the LanguageChange events Qt has just posted, which clear the bar.
    const QString message = tr("Language: %1").arg(Translations::nativeName(m_languages->language()));
    QMetaObject::invokeMethod(this, [this, message] { showStatusMessage(message); }, Qt::QueuedConnection);
}

void MainWindow::setSecretStore(SecretStore *store)
{
    m_probeView->form()->setSecretStore(store);
    m_monitorView->monitor()->setSecretStore(store);
}

int MainWindow::currentView() const
{
    return m_tabs->currentIndex();
}

void MainWindow::setCurrentView(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    m_tabs->setCurrentIndex(index);
    if (index == CodesViewIndex)
        m_codesView->focusSearch();
    else if (index == ProbeViewIndex)
        m_probeView->focusTarget();
}

void MainWindow::showCode(int code)
{
    setCurrentView(CodesViewIndex);
    m_codesView->showCode(code);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::copyFromFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    // Text widgets (line edits, text browsers) have a copy() slot of their own.
    if (QMetaObject::invokeMethod(focus, "copy"))
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedIndexes()
                                                            : QModelIndexList();
        QStringList texts;
        for (const QModelIndex &index : rows)
            texts.append(index.data(Qt::DisplayRole).toString());
        if (texts.isEmpty() && view->currentIndex().isValid())
            texts.append(view->currentIndex().data(Qt::DisplayRole).toString());
        if (!texts.isEmpty())
            QApplication::clipboard()->setText(texts.join(u'\t'));
    }
}

void MainWindow::find()
{
    setCurrentView(CodesViewIndex);
    m_codesView->focusSearch();
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    QSettings &store = m_settings->store();
    const QByteArray geometry = store.value(QLatin1String(AppSettings::KeyWindowGeometry)).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = store.value(QLatin1String(AppSettings::KeyWindowState)).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    m_codesView->restoreSettings(store);
    m_probeView->restoreSettings(store);
    const int view = store.value(QLatin1String(AppSettings::KeyLastView), int(CodesViewIndex)).toInt();
    setCurrentView(view);
    m_viewActions.at(currentView())->setChecked(true);
}

void MainWindow::saveSettings()
{
    QSettings &store = m_settings->store();
    store.setValue(QLatin1String(AppSettings::KeyWindowGeometry), saveGeometry());
    store.setValue(QLatin1String(AppSettings::KeyWindowState), saveState());
    store.setValue(QLatin1String(AppSettings::KeyLastView), currentView());
    m_codesView->saveSettings(store);
    m_probeView->saveSettings(store);
    store.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_probeView->stop();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace SipScope
