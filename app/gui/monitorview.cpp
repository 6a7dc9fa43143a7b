#include "monitorview.h"

#include "monitordelegate.h"
#include "probedetailtabs.h"
#include "resultcard.h"

#include "monitor/monitormodel.h"
#include "monitor/monitortargetlist.h"
#include "sip/probetarget.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int maxLogLines = 2000;
}

MonitorView::MonitorView(QWidget *parent)
    : QWidget(parent)
    , m_monitor(new Monitor(this))
{
    setObjectName(u"monitorView"_s);
    MonitorOptions options;
    options.intervalS = 30;
    m_monitor->setOptions(options);
    m_model = new MonitorModel(m_monitor, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MonitorModel::SortRole);
    m_proxy->setFilterRole(MonitorModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_target = new QLineEdit(this);
    m_target->setObjectName(u"monitorTargetEdit"_s);
    m_label = new QLineEdit(this);
    m_label->setObjectName(u"monitorLabelEdit"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"monitorAddButton"_s);
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"monitorRemoveButton"_s);
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"monitorIntervalSpin"_s);
    m_interval->setRange(1, MonitorOptions::maxIntervalS);
    m_interval->setValue(options.intervalS);
    m_start = new QPushButton(this);
    m_start->setObjectName(u"monitorStartButton"_s);
    m_start->setCheckable(true);

    auto *form = new QHBoxLayout;
    form->addWidget(m_target, 3);
    form->addWidget(m_label, 2);
    form->addWidget(m_add);
    form->addWidget(m_remove);
    form->addSpacing(12);
    form->addWidget(m_interval);
    form->addWidget(m_start);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"monitorFilterEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_load = new QPushButton(this);
    m_load->setObjectName(u"monitorLoadButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"monitorSaveButton"_s);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"monitorExportButton"_s);
    m_notify = new QCheckBox(this);
    m_notify->setObjectName(u"monitorNotifyCheck"_s);
    // Desktop notifications need a system tray; offscreen and some desktops have none.
    m_notify->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    auto *files = new QHBoxLayout;
    files->addWidget(m_filter, 1);
    files->addWidget(m_load);
    files->addWidget(m_save);
    files->addWidget(m_export);
    files->addWidget(m_notify);

    m_table = new QTableView(this);
    m_table->setObjectName(u"monitorTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MonitorDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MonitorModel::LabelColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(MonitorModel::RttColumn, 170);
    m_table->horizontalHeader()->resizeSection(MonitorModel::StatusColumn, 190);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"monitorChangeLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLogLines);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"monitorSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(files);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_target);

    connect(m_add, &QPushButton::clicked, this, &MonitorView::addTargetFromForm);
    connect(m_target, &QLineEdit::returnPressed, this, &MonitorView::addTargetFromForm);
    connect(m_remove, &QPushButton::clicked, this, &MonitorView::removeSelected);
    connect(m_start, &QPushButton::toggled, this, [this](bool on) { on ? start() : stop(); });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        MonitorOptions next = m_monitor->options();
        next.intervalS = seconds;
        m_monitor->setOptions(next);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_load, &QPushButton::clicked, this, &MonitorView::chooseLoad);
    connect(m_save, &QPushButton::clicked, this, &MonitorView::chooseSave);
    connect(m_export, &QPushButton::clicked, this, &MonitorView::chooseExport);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        showDetails(m_proxy->mapToSource(index).row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MonitorView::updateButtons);
    connect(m_monitor, &Monitor::stateChanged, this, &MonitorView::onStateChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MonitorView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MonitorView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MonitorView::updateButtons);

    retranslateUi();
    updateButtons();
}

MonitorView::~MonitorView()
{
    m_monitor->stop();
}

void MonitorView::retranslateUi()
{
    m_target->setPlaceholderText(tr("sip:pbx.example.com, 10.0.0.5:5070, …"));
    m_target->setAccessibleName(tr("Target to add"));
    m_label->setPlaceholderText(tr("Label (optional)"));
    m_label->setAccessibleName(tr("Label of the target"));
    m_add->setText(tr("A&dd"));
    m_remove->setText(tr("&Remove"));
    m_interval->setSuffix(tr(" s"));
    m_interval->setPrefix(tr("every "));
    m_interval->setAccessibleName(tr("Probe interval in seconds"));
    m_start->setText(m_start->isChecked() ? tr("Sto&p") : tr("&Start"));
    m_filter->setPlaceholderText(tr("Filter by label, target or status"));
    m_filter->setAccessibleName(tr("Filter targets"));
    m_load->setText(tr("&Load…"));
    m_save->setText(tr("S&ave…"));
    m_export->setText(tr("E&xport…"));
    m_notify->setText(tr("Desktop notifications"));
    m_notify->setToolTip(m_notify->isEnabled() ? tr("Announce state changes through the system tray")
                                               : tr("No system tray is available on this desktop"));
    m_table->setAccessibleName(tr("Monitored targets"));
    m_log->setAccessibleName(tr("State changes"));
    m_log->setPlaceholderText(tr("State changes appear here with their time."));
}

void MonitorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool MonitorView::addTargetFromForm()
{
    const QString text = m_target->text().trimmed();
    const ProbeTarget parsed = ProbeTarget::parse(text);
    if (!parsed.isValid()) {
        Q_EMIT statusMessage(parsed.errorMessage());
        return false;
    }
    MonitorTarget target;
    target.target = text;
    target.label = m_label->text().trimmed();
    m_monitor->addTarget(target);
    m_target->clear();
    m_label->clear();
    return true;
}

void MonitorView::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_monitor->removeTarget(row);
}

void MonitorView::start()
{
    m_monitor->start();
    if (!m_start->isChecked())
        m_start->setChecked(true);
    m_start->setText(tr("Sto&p"));
    Q_EMIT statusMessage(tr("Monitoring %n target(s)", nullptr, m_monitor->count()));
}

void MonitorView::stop()
{
    m_monitor->stop();
    if (m_start->isChecked())
        m_start->setChecked(false);
    m_start->setText(tr("&Start"));
}

void MonitorView::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
    m_save->setEnabled(m_monitor->count() > 0);
    m_export->setEnabled(m_monitor->count() > 0);
}

void MonitorView::onStateChanged(int row, const MonitorChange &change)
{
    const MonitorTarget &target = m_monitor->target(row);
    const QString line = tr("%1  %2: %3 — %4")
                             .arg(QLocale().toString(change.time, u"yyyy-MM-dd HH:mm:ss"_s), target.displayName(),
                                  change.text(), m_monitor->state(row).statusSummary());
    m_log->appendPlainText(line);
    if (change.kind == MonitorChange::Kind::First)
        return;   // the first result is not news for the status bar or the desktop
    Q_EMIT statusMessage(line);
    if (m_notify->isChecked() && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setObjectName(u"monitorTrayIcon"_s);
            m_tray->show();
        }
        const auto icon = change.to == MonitorStatus::Up ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
        m_tray->showMessage(tr("SipScope: %1").arg(target.displayName()), change.text(), icon);
    }
}

QString MonitorView::loadTargets(const QString &path)
{
    const MonitorTargetList::Loaded loaded = MonitorTargetList::load(path);
    if (!loaded.errors.isEmpty() && loaded.targets.isEmpty())
        return loaded.errors.constFirst();
    const bool wasRunning = m_monitor->isRunning();
    m_monitor->setTargets(loaded.targets);
    if (wasRunning)
        start();
    QStringList notes = loaded.warnings + loaded.errors;
    Q_EMIT statusMessage(notes.isEmpty() ? tr("Loaded %n target(s)", nullptr, int(loaded.targets.size()))
                                         : notes.join(u' '));
    return {};
}

QString MonitorView::saveTargets(const QString &path) const
{
    return MonitorTargetList::save(path, m_monitor->targets());
}

QString MonitorView::exportResults(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? m_model->toCsv() : m_model->toJson());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void MonitorView::chooseLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Target List"), {},
                                                      tr("Target lists (*.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = loadTargets(path); !error.isEmpty())
        Q_EMIT statusMessage(error);
}

void MonitorView::chooseSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Target List"), u"targets.json"_s,
                                                      tr("Target lists (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveTargets(path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error);
}

void MonitorView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), u"monitor.csv"_s,
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportResults(path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Exported %1").arg(path) : error);
}

void MonitorView::showDetails(int row)
{
    if (row < 0 || row >= m_monitor->count() || !m_monitor->state(row).hasResult()) {
        Q_EMIT statusMessage(tr("No result yet for this target."));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"monitorDetailDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Last result of %1").arg(m_monitor->target(row).displayName()));
    auto *card = new ResultCard(dialog);
    auto *tabs = new ProbeDetailTabs(dialog);
    card->showResult(m_monitor->state(row).lastResult());
    tabs->showResult(m_monitor->state(row).lastResult());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(tabs, &ProbeDetailTabs::statusMessage, this, &MonitorView::statusMessage);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(card);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->show();
}

} // namespace SipScope
