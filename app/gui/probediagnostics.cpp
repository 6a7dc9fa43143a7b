#include "probediagnostics.h"

#include "candidatespanel.h"
#include "diagnosispanel.h"
#include "probedetailtabs.h"
#include "probeform.h"
#include "proberunner.h"
#include "probeview.h"
#include "resultcard.h"
#include "tracedialog.h"
#include "waterfallwidget.h"

#include <QAction>
#include <QEvent>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

ProbeDiagnostics::ProbeDiagnostics(ProbeView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(u"probeDiagnostics"_s);
    m_diagnosis = new DiagnosisPanel(view->resultCard());
    m_waterfall = new WaterfallWidget(view->resultCard());
    view->resultCard()->addSection(m_diagnosis);
    view->resultCard()->addSection(m_waterfall);
    m_diagnosis->clear();
    m_waterfall->setVisible(false);

    m_candidates = new CandidatesPanel(view->detailTabs());
    m_candidatesTab = view->detailTabs()->addTab(m_candidates, QString());

    m_allTargets = new QAction(this);
    m_allTargets->setObjectName(u"allTargetsAction"_s);
    m_allTargets->setCheckable(true);
    m_traceRoute = new QAction(this);
    m_traceRoute->setObjectName(u"traceRouteAction"_s);
    m_traceRoute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(m_allTargets);
    view->addAction(m_traceRoute);
    connect(m_traceRoute, &QAction::triggered, this, &ProbeDiagnostics::openTraceDialog);

    connect(view->runner(), &ProbeRunner::probeStarted, this, &ProbeDiagnostics::onProbeStarted);
    connect(view->runner(), &ProbeRunner::probeFinished, this, &ProbeDiagnostics::onProbeFinished);
    connect(view->stopAction(), &QAction::triggered, m_candidates, &CandidatesPanel::cancel);

    view->installEventFilter(this);
    retranslateUi();
}

void ProbeDiagnostics::retranslateUi()
{
    m_view->detailTabs()->setTabText(m_candidatesTab, tr("All targets"));
    m_allTargets->setText(tr("Probe &All Targets"));
    m_allTargets->setToolTip(tr("Also probe every server behind the name at once (each SRV target and address)"));
    m_traceRoute->setText(tr("Trace &Route…"));
    m_traceRoute->setToolTip(tr("Follow the SIP path to the target hop by hop (Max-Forwards 0, 1, 2 …)"));
}

bool ProbeDiagnostics::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ProbeDiagnostics::onProbeStarted(int index)
{
    m_diagnosis->clear();
    m_waterfall->clear();
    m_waterfall->setVisible(false);
    // One candidate run per Send, not one per probe of a repeat series.
    if (index == 0 && m_allTargets->isChecked()) {
        m_candidates->start(m_view->form()->target(), m_view->form()->probeOptions());
        m_view->detailTabs()->setCurrentIndex(m_candidatesTab);
    }
}

void ProbeDiagnostics::onProbeFinished(int index, const ProbeResult &result)
{
    Q_UNUSED(index)
    m_diagnosis->showResult(result);
    m_waterfall->setResult(result);
    m_waterfall->setVisible(!m_waterfall->timing().isEmpty());
}

TraceDialog *ProbeDiagnostics::traceDialog() const
{
    return m_traceDialog;
}

void ProbeDiagnostics::openTraceDialog()
{
    if (!m_traceDialog) {
        m_traceDialog = new TraceDialog(m_view);
        m_traceDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    const QString target = m_view->form()->target();
    m_traceDialog->setProbeOptions(m_view->form()->probeOptions());
    if (!target.isEmpty())
        m_traceDialog->setTarget(target);
    m_traceDialog->show();
    m_traceDialog->raise();
    m_traceDialog->activateWindow();
    if (!target.isEmpty() && !m_traceDialog->tracer()->isRunning())
        m_traceDialog->start();
}

} // namespace SipScope
