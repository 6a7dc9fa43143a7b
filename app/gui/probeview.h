// The Probe view: the form, the result card, and the evidence tabs (headers, raw,
// timeline, and the repeat series).
#pragma once

#include "probe/optionsprobe.h"
#include "probe/proberesult.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QSettings;
class QSplitter;

namespace SipScope {

class ProbeDetailTabs;
class ProbeDiagnostics;
class ProbeForm;
class ProbeSeries;
class RepeatPanel;
class ResultCard;

class ProbeView final : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeView(QWidget *parent = nullptr);

    ProbeForm *form() const { return m_form; }
    ResultCard *resultCard() const { return m_card; }
    ProbeDetailTabs *detailTabs() const { return m_tabs; }
    RepeatPanel *repeatPanel() const { return m_repeat; }
    // The probe or series that Send runs (core; the CLI's --count runs the same).
    ProbeSeries *series() const { return m_series; }
    // Diagnosis, timing waterfall, All targets and Trace Route.
    ProbeDiagnostics *diagnostics() const { return m_diagnostics; }
    // Tools → Probe All Targets, Tools → Probe IPv4 and IPv6 Separately (checkable) and
    // Tools → Trace Route….
    QAction *allTargetsAction() const;
    QAction *dualStackAction() const;
    QAction *traceRouteAction() const;
    QSplitter *splitter() const { return m_splitter; }
    QAction *sendAction() const;
    QAction *stopAction() const;

    bool isRunning() const;
    void focusTarget();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

public Q_SLOTS:
    // Probes the form's target (a series when Repeat is ticked).
    void send();
    void stop();
    void clearTargetHistory();

Q_SIGNALS:
    // The user clicked the status on the result card.
    void codeActivated(int code);
    void statusMessage(const QString &message);
    // A probe of the series finished (for tests and the status bar).
    void probeFinished(const SipScope::ProbeResult &result);
    // The single probe or the series is over.
    void runFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onProbeStarted(int index);
    void onProbeFinished(int index, const ProbeResult &result);
    void onRunFinished();

    ProbeForm *m_form = nullptr;
    ResultCard *m_card = nullptr;
    ProbeDetailTabs *m_tabs = nullptr;
    RepeatPanel *m_repeat = nullptr;
    ProbeSeries *m_series = nullptr;
    ProbeDiagnostics *m_diagnostics = nullptr;
    QSplitter *m_splitter = nullptr;
    // Restored on the first show, once the splitter has its real size.
    QByteArray m_pendingSplitterState;
    int m_repeatTab = -1;
    QDateTime m_probeStartedAt;
    bool m_repeating = false; // the run is a repeat series, not a single probe
    // What Send asked for: the target as typed and the form's settings.
    QString m_target;
    ProbeOptions m_options;
};

} // namespace SipScope
