// The repeat mode's live view: a table of the probes as they come in, ping-style
// statistics, an RTT chart, and export of the series as CSV or JSON.
#pragma once

#include "probe/seriesstatistics.h"
#include "seriesexport.h"

#include <QCoreApplication>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace SipScope {

class RttChart;

class RepeatPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RepeatPanel(QWidget *parent = nullptr);

    // Starts a new series for `target` (empties table, statistics and chart).
    void clear(const QString &target = {});
    // Adds a finished probe of the series and shows the series' statistics, which
    // already include it (ProbeSeries: a cancelled probe is listed but not counted).
    void addResult(const QDateTime &startedAt, const ProbeResult &result, const SeriesStatistics &statistics);

    const QList<SeriesEntry> &entries() const { return m_entries; }
    const SeriesStatistics &statistics() const { return m_statistics; }
    QTableWidget *table() const { return m_table; }
    QLabel *statisticsLabel() const { return m_statsLabel; }
    RttChart *chart() const { return m_chart; }

    // "3 sent, 3 answered, 0% loss"; "rtt min/avg/max/mdev = …"; "3 × 200, 1 × timeout".
    static QString summaryLine(const SeriesStatistics &statistics);
    static QString rttLine(const SeriesStatistics &statistics);
    static QString outcomesLine(const SeriesStatistics &statistics);

    // Write the series to a file; false with a message on failure.
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;
    bool exportJson(const QString &fileName, QString *error = nullptr) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatistics();
    void chooseAndExport(bool json);

    QTableWidget *m_table = nullptr;
    QLabel *m_statsLabel = nullptr;
    RttChart *m_chart = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QString m_target;
    QList<SeriesEntry> m_entries;
    SeriesStatistics m_statistics;
};

} // namespace SipScope
