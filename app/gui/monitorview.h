// The Monitor view (Ctrl+3): many SIP servers watched at once. A table of targets
// (label, target, status chip, RTT with sparkline, loss, last change) with sort and
// filter; a log of state changes with timestamps (also sent to the status bar and,
// when wanted, to the desktop through the system tray); target lists loaded and
// saved as JSON; results exported as CSV or JSON. Double-click opens a row's full
// probe result (result card, headers, raw, timeline).
#pragma once

#include "monitor/monitor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSystemTrayIcon;
class QTableView;

namespace SipScope {

class MonitorModel;

class MonitorView final : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorView(QWidget *parent = nullptr);
    ~MonitorView() override;

    Monitor *monitor() const { return m_monitor; }
    MonitorModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *changeLog() const { return m_log; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *notifyCheck() const { return m_notify; }

    // Adds the target typed in the form; false (with a status message) when invalid.
    bool addTargetFromForm();
    void removeSelected();
    void start();
    void stop();

    // File operations without dialogs (the dialogs call these); empty string or a
    // translated error.
    QString loadTargets(const QString &path);
    QString saveTargets(const QString &path) const;
    QString exportResults(const QString &path) const;   // .csv, else JSON

    // A dialog with the full last result of a table row (source row of the model).
    void showDetails(int row);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onStateChanged(int row, const MonitorChange &change);
    void chooseLoad();
    void chooseSave();
    void chooseExport();
    void updateButtons();

    Monitor *m_monitor = nullptr;
    MonitorModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_filter = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_notify = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace SipScope
