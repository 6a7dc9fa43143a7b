#include "probediagnostics.h"

#include "candidatespanel.h"
#include "diagnosispanel.h"
#include "dualstackpanel.h"
#include "probedetailtabs.h"
#include "resultcard.h"
#include "tracedialog.h"
#include "waterfallwidget.h"

#include <QAction>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

ProbeDiagnostics::ProbeDiagnostics(ResultCard *card, ProbeDetailTabs *tabs, RequestProvider request, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_tabs(tabs)
    , m_request(std::move(request))
{
    setObjectName(u"probeDiagnostics"_s);
    m_diagnosis = new DiagnosisPanel(card);
    m_waterfall = new WaterfallWidget(card);
    card->addSection(m_diagnosis);
    card->addSection(m_waterfall);
    m_diagnosis->clear();
    m_waterfall->setVisible(false);

    m_candidates = new CandidatesPanel(tabs);
    m_candidatesTab = tabs->addTab(m_candidates, QString());

    m_allTargets = new QAction(this);
    m_allTargets->setObjectName(u"allTargetsAction"_s);
    m_allTargets->setCheckable(true);
    m_dualStack = new DualStackPanel(tabs);
    m_dualStackTab = tabs->addTab(m_dualStack, QString());
    m_dualStackAction = new QAction(this);
    m_dualStackAction->setObjectName(u"dualStackAction"_s);
    m_dualStackAction->setCheckable(true);
    m_traceRoute = new QAction(this);
    m_traceRoute->setObjectName(u"traceRouteAction"_s);
    m_traceRoute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_traceRoute, &QAction::triggered, this, &ProbeDiagnostics::openTraceDialog);

    retranslateUi();
}

void ProbeDiagnostics::retranslateUi()
{
    m_tabs->setTabText(m_candidatesTab, tr("All targets"));
    m_allTargets->setText(tr("Probe &All Targets"));
    m_allTargets->setToolTip(tr("Also probe every server behind the name at once (each SRV target and address)"));
    m_tabs->setTabText(m_dualStackTab, tr("IPv4 / IPv6"));
    m_dualStackAction->setText(tr("Probe &IPv4 and IPv6 Separately"));
    m_dualStackAction->setToolTip(tr("Also probe the target once over IPv4 only and once over IPv6 only, "
                                     "and say which works (e.g. IPv6 broken, IPv4 fine)"));
    m_traceRoute->setText(tr("Trace &Route…"));
    m_traceRoute->setToolTip(tr("Follow the SIP path to the target hop by hop (Max-Forwards 0, 1, 2 …)"));
}

void ProbeDiagnostics::probeStarted(int index, const Request &request)
{
    m_diagnosis->clear();
    m_waterfall->clear();
    m_waterfall->setVisible(false);
    // One candidate run per Send, not one per probe of a repeat series.
    if (index == 0 && m_allTargets->isChecked()) {
        m_candidates->start(request.target, request.options);
        m_tabs->setCurrentIndex(m_candidatesTab);
    }
    if (index == 0 && m_dualStackAction->isChecked()) {
        m_dualStack->start(request.target, request.options);
        m_tabs->setCurrentIndex(m_dualStackTab);
    }
}

void ProbeDiagnostics::showResult(const ProbeResult &result)
{
    m_diagnosis->showResult(result);
    m_waterfall->setResult(result);
    m_waterfall->setVisible(!m_waterfall->timing().isEmpty());
}

void ProbeDiagnostics::cancel()
{
    m_candidates->cancel();
    m_dualStack->cancel();
}

TraceDialog *ProbeDiagnostics::traceDialog() const
{
    return m_traceDialog;
}

void ProbeDiagnostics::openTraceDialog()
{
    if (!m_traceDialog) {
        m_traceDialog = new TraceDialog(m_parent);
        m_traceDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    const Request request = m_request();
    m_traceDialog->setProbeOptions(request.options);
    if (!request.target.isEmpty())
        m_traceDialog->setTarget(request.target);
    m_traceDialog->show();
    m_traceDialog->raise();
    m_traceDialog->activateWindow();
    if (!request.target.isEmpty() && !m_traceDialog->tracer()->isRunning())
        m_traceDialog->start();
}

} // namespace SipScope
