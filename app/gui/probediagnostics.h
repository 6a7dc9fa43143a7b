// What the diagnosis adds to the Probe view, in one place: the diagnosis and the timing
// waterfall on the result card, the "All targets" tab with its toggle (probe every
// DNS candidate whenever a probe is sent), the "IPv4 / IPv6" tab with its toggle (probe
// each address family on its own), and Tools → Trace Route….
//
// It knows only what it is given: the result card and the tabs it adds its sections
// to, the probe's start and result (probeStarted/showResult, called by the view that
// runs the series), and a request provider for the target as typed and the probe
// settings (for All targets and the trace). It never reaches into the view.
#pragma once

#include "probe/optionsprobe.h"
#include "probe/proberesult.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace SipScope {

class CandidatesPanel;
class DiagnosisPanel;
class DualStackPanel;
class ProbeDetailTabs;
class ResultCard;
class TraceDialog;
class WaterfallWidget;

class ProbeDiagnostics final : public QObject
{
    Q_OBJECT
public:
    // What the user asked to probe: the target as typed and the settings of the form.
    struct Request
    {
        QString target;
        ProbeOptions options;
    };
    using RequestProvider = std::function<Request()>;

    // `parent` owns the actions (add them to it for their shortcuts) and the trace dialog.
    ProbeDiagnostics(ResultCard *card, ProbeDetailTabs *tabs, RequestProvider request, QWidget *parent);

    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }
    WaterfallWidget *waterfall() const { return m_waterfall; }
    CandidatesPanel *candidatesPanel() const { return m_candidates; }
    int candidatesTab() const { return m_candidatesTab; }
    // Checkable: with it on, Send also probes every DNS candidate (--all-targets).
    QAction *allTargetsAction() const { return m_allTargets; }
    DualStackPanel *dualStackPanel() const { return m_dualStack; }
    int dualStackTab() const { return m_dualStackTab; }
    // Checkable: with it on, Send also probes over IPv4 only and IPv6 only (--dual-stack).
    QAction *dualStackAction() const { return m_dualStackAction; }
    // Opens the trace dialog for the requested target (and starts it when there is one).
    QAction *traceRouteAction() const { return m_traceRoute; }
    TraceDialog *traceDialog() const;

    // Probe `index` of a series (0: the first, or a single probe) started for `request`.
    void probeStarted(int index, const Request &request);
    // A probe ended: diagnose it once and show the diagnosis and the waterfall.
    void showResult(const ProbeResult &result);
    void retranslateUi();

public Q_SLOTS:
    void openTraceDialog();
    // Stop: the candidates' probes end too.
    void cancel();

private:
    QWidget *m_parent = nullptr;
    ProbeDetailTabs *m_tabs = nullptr;
    RequestProvider m_request;
    DiagnosisPanel *m_diagnosis = nullptr;
    WaterfallWidget *m_waterfall = nullptr;
    CandidatesPanel *m_candidates = nullptr;
    int m_candidatesTab = -1;
    QAction *m_allTargets = nullptr;
    DualStackPanel *m_dualStack = nullptr;
    int m_dualStackTab = -1;
    QAction *m_dualStackAction = nullptr;
    QAction *m_traceRoute = nullptr;
    QPointer<TraceDialog> m_traceDialog;
};

} // namespace SipScope
