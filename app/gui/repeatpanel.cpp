#include "repeatpanel.h"

#include "classcolors.h"
#include "rttchart.h"

#include "probe/probeseries.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column { SeqColumn, TimeColumn, StatusColumn, RttColumn, RemoteColumn, ColumnCount };

bool writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

RepeatPanel::RepeatPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"repeatPanel"_s);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"repeatTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(StatusColumn, 220);

    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"repeatStatistics"_s);
    m_statsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statsLabel->setWordWrap(true);

    m_chart = new RttChart(this);

    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_jsonButton = new QPushButton(this);
    m_jsonButton->setObjectName(u"exportJsonButton"_s);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statsLabel, 1);
    buttons->addWidget(m_csvButton, 0, Qt::AlignTop);
    buttons->addWidget(m_jsonButton, 0, Qt::AlignTop);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"repeatSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    retranslateUi();
    clear();
}

void RepeatPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Time"), tr("Status"), tr("RTT"), tr("Remote")});
    m_table->setAccessibleName(tr("Probes of the series"));
    m_statsLabel->setAccessibleName(tr("Series statistics"));
    m_csvButton->setText(tr("Export CSV…"));
    m_csvButton->setAccessibleName(tr("Export the series as CSV"));
    m_jsonButton->setText(tr("Export JSON…"));
    m_jsonButton->setAccessibleName(tr("Export the series as JSON"));
    updateStatistics();
}

void RepeatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString RepeatPanel::summaryLine(const SeriesStatistics &statistics)
{
    const double loss = statistics.lossPercent();
    return tr("%1 sent, %2 answered, %3% loss")
        .arg(statistics.sent())
        .arg(statistics.answered())
        .arg(QString::number(loss, 'f', loss == std::floor(loss) ? 0 : 1));
}

QString RepeatPanel::rttLine(const SeriesStatistics &statistics)
{
    if (!statistics.avgMs())
        return tr("rtt: no answers");
    auto ms = [](std::optional<double> value) { return QString::number(value.value_or(0.0), 'f', 3); };
    return tr("rtt min/avg/max/mdev = %1/%2/%3/%4 ms")
        .arg(ms(statistics.minMs()), ms(statistics.avgMs()), ms(statistics.maxMs()), ms(statistics.mdevMs()));
}

QString RepeatPanel::outcomesLine(const SeriesStatistics &statistics)
{
    QStringList parts;
    const QMap<QString, int> outcomes = statistics.outcomes();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        parts.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
    return parts.join(u", "_s);
}

void RepeatPanel::clear(const QString &target)
{
    m_target = target;
    m_entries.clear();
    m_statistics = SeriesStatistics();
    m_table->setRowCount(0);
    m_chart->clear();
    updateStatistics();
}

void RepeatPanel::addResult(const QDateTime &startedAt, const ProbeResult &result, const SeriesStatistics &statistics)
{
    SeriesEntry entry{int(m_entries.size()) + 1, startedAt.toUTC(), result};
    m_entries.append(entry);

    const std::optional<double> rtt = result.hasFinalResponse() && result.rttUs >= 0
        ? std::optional<double>(double(result.rttUs) / 1000.0)
        : std::nullopt;
    m_statistics = statistics;
    if (ProbeSeries::counts(result))
        m_chart->addSample(rtt);

    QString status;
    int codeClass = 0;
    if (result.hasFinalResponse()) {
        status = u"%1 %2"_s.arg(result.statusCode).arg(result.reasonPhrase);
        codeClass = result.statusCode / 100;
    } else {
        status = errorKindTitle(result.error.kind);
        if (result.localStatus)
            status += u" "_s + tr("(as if %1)").arg(result.localStatus);
    }

    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *seq = new QTableWidgetItem(QString::number(entry.sequence));
    seq->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, SeqColumn, seq);
    m_table->setItem(row, TimeColumn, new QTableWidgetItem(startedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s)));
    auto *statusItem = new QTableWidgetItem(status);
    statusItem->setForeground(ClassColors::textColor(codeClass, m_table->palette()));
    statusItem->setToolTip(result.error.isError() ? result.error.message : result.summary);
    m_table->setItem(row, StatusColumn, statusItem);
    auto *rttItem = new QTableWidgetItem(rtt ? tr("%1 ms").arg(QString::number(*rtt, 'f', 2)) : u"—"_s);
    rttItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RttColumn, rttItem);
    m_table->setItem(row, RemoteColumn, new QTableWidgetItem(result.remote()));
    m_table->scrollToBottom();
    updateStatistics();
}

void RepeatPanel::updateStatistics()
{
    if (m_statistics.sent() == 0) {
        m_statsLabel->setText(tr("Tick “Repeat” beside Send to probe a target several times."));
        m_csvButton->setEnabled(false);
        m_jsonButton->setEnabled(false);
        return;
    }
    QString text = u"<b>%1</b><br/>%2"_s.arg(summaryLine(m_statistics).toHtmlEscaped(),
                                             rttLine(m_statistics).toHtmlEscaped());
    const QString histogram = outcomesLine(m_statistics);
    if (!histogram.isEmpty())
        text += u"<br/>"_s + tr("Outcomes: %1").arg(histogram.toHtmlEscaped());
    m_statsLabel->setText(text);
    m_csvButton->setEnabled(true);
    m_jsonButton->setEnabled(true);
}

bool RepeatPanel::exportCsv(const QString &fileName, QString *error) const
{
    return writeFile(fileName, SeriesExport::toCsv(m_entries), error);
}

bool RepeatPanel::exportJson(const QString &fileName, QString *error) const
{
    return writeFile(fileName, SeriesExport::toJson(m_target, m_entries, m_statistics), error);
}

void RepeatPanel::chooseAndExport(bool json)
{
    const QString filter = json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString suggested = json ? u"sipscope-series.json"_s : u"sipscope-series.csv"_s;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export series"), suggested, filter);
    if (fileName.isEmpty())
        return;
    QString error;
    const bool ok = json ? exportJson(fileName, &error) : exportCsv(fileName, &error);
    Q_EMIT statusMessage(ok ? tr("Series saved to %1").arg(fileName)
                          : tr("Could not save %1: %2").arg(fileName, error));
}

} // namespace SipScope
