// The evidence under the result card: the final response's headers as a table, the
// raw request and response (monospace, with a copy button), and the timeline of the
// transaction's events with their times.
#pragma once

#include "probe/proberesult.h"

#include <QTabWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace SipScope {

class ProbeDetailTabs final : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { HeadersTab, RawTab, TimelineTab };

    explicit ProbeDetailTabs(QWidget *parent = nullptr);

    void clear();
    // Appends one event to the timeline while the probe runs.
    void addEvent(const ProbeEvent &event);
    // Shows the complete result (replaces the live timeline with the final one).
    void showResult(const ProbeResult &result);

    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QPushButton *copyRawButton() const { return m_copyRaw; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void renderRaw();
    void renderTimeline();
    void appendEventRow(const ProbeEvent &event);

    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_copyRaw = nullptr;
    QTableWidget *m_timeline = nullptr;
    QByteArray m_rawRequest;
    QByteArray m_rawResponse;
    // Kept so that the times' units follow a language change.
    QList<ProbeEvent> m_events;
};

} // namespace SipScope
