// What the diagnosis adds to the Probe view, in one place: the diagnosis and the timing
// waterfall on the result card, the "All targets" tab with its toggle (probe every
// DNS candidate whenever a probe is sent), and Tools → Trace Route….
#pragma once

#include "probe/proberesult.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace SipScope {

class CandidatesPanel;
class DiagnosisPanel;
class ProbeView;
class TraceDialog;
class WaterfallWidget;

class ProbeDiagnostics final : public QObject
{
    Q_OBJECT
public:
    explicit ProbeDiagnostics(ProbeView *view);

    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }
    WaterfallWidget *waterfall() const { return m_waterfall; }
    CandidatesPanel *candidatesPanel() const { return m_candidates; }
    int candidatesTab() const { return m_candidatesTab; }
    // Checkable: with it on, Send also probes every DNS candidate (--all-targets).
    QAction *allTargetsAction() const { return m_allTargets; }
    // Opens the trace dialog for the form's target (and starts it when there is one).
    QAction *traceRouteAction() const { return m_traceRoute; }
    TraceDialog *traceDialog() const;

public Q_SLOTS:
    void openTraceDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void onProbeStarted(int index);
    void onProbeFinished(int index, const ProbeResult &result);

    ProbeView *m_view = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    WaterfallWidget *m_waterfall = nullptr;
    CandidatesPanel *m_candidates = nullptr;
    int m_candidatesTab = -1;
    QAction *m_allTargets = nullptr;
    QAction *m_traceRoute = nullptr;
    QPointer<TraceDialog> m_traceDialog;
};

} // namespace SipScope
