#include "probeview.h"

#include "appsettings.h"
#include "probedetailtabs.h"
#include "probediagnostics.h"
#include "probeform.h"
#include "repeatpanel.h"
#include "resultcard.h"

#include "probe/probeseries.h"

#include <QComboBox>
#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

ProbeView::ProbeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"probeView"_s);

    m_form = new ProbeForm(this);
    m_card = new ResultCard(this);
    m_tabs = new ProbeDetailTabs(this);
    m_repeat = new RepeatPanel(this);
    m_repeatTab = m_tabs->addTab(m_repeat, QString());
    m_series = new ProbeSeries(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"probeSplitter"_s);
    m_splitter->addWidget(m_card);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_form, m_card);
    setTabOrder(m_card, m_tabs);
    setFocusProxy(m_form->targetCombo());

    connect(m_form, &ProbeForm::sendRequested, this, &ProbeView::send);
    connect(m_form, &ProbeForm::stopRequested, this, &ProbeView::stop);
    connect(m_card, &ResultCard::codeActivated, this, &ProbeView::codeActivated);
    connect(m_tabs, &ProbeDetailTabs::statusMessage, this, &ProbeView::statusMessage);
    connect(m_repeat, &RepeatPanel::statusMessage, this, &ProbeView::statusMessage);
    connect(m_series, &ProbeSeries::probeStarted, this, &ProbeView::onProbeStarted);
    connect(m_series, &ProbeSeries::eventRecorded, m_tabs, &ProbeDetailTabs::addEvent);
    connect(m_series, &ProbeSeries::probeFinished, this, &ProbeView::onProbeFinished);
    connect(m_series, &ProbeSeries::finished, this, &ProbeView::onRunFinished);

    // The diagnosis extension gets the card and the tabs it adds to, the form's
    // request when it needs one (Trace Route), and each probe's start and result.
    m_diagnostics = new ProbeDiagnostics(m_card, m_tabs, [this] {
        return ProbeDiagnostics::Request{m_form->target(), m_form->probeOptions()};
    }, this);
    addAction(m_diagnostics->allTargetsAction());
    addAction(m_diagnostics->dualStackAction());
    addAction(m_diagnostics->traceRouteAction());
    connect(m_form->stopAction(), &QAction::triggered, m_diagnostics, &ProbeDiagnostics::cancel);

    retranslateUi();
    m_card->clear();
}

void ProbeView::retranslateUi()
{
    m_tabs->setTabText(m_repeatTab, tr("Repeat"));
    m_repeat->setAccessibleName(tr("Repeat series"));
    m_diagnostics->retranslateUi();
}

void ProbeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QAction *ProbeView::sendAction() const
{
    return m_form->sendAction();
}

QAction *ProbeView::stopAction() const
{
    return m_form->stopAction();
}

QAction *ProbeView::allTargetsAction() const
{
    return m_diagnostics->allTargetsAction();
}

QAction *ProbeView::dualStackAction() const
{
    return m_diagnostics->dualStackAction();
}

QAction *ProbeView::traceRouteAction() const
{
    return m_diagnostics->traceRouteAction();
}

bool ProbeView::isRunning() const
{
    return m_series->isRunning();
}

void ProbeView::focusTarget()
{
    m_form->focusTarget();
}

void ProbeView::send()
{
    const QString target = m_form->target();
    if (target.isEmpty()) {
        Q_EMIT statusMessage(tr("Enter a target first, e.g. sip:pbx.example.com"));
        m_form->focusTarget();
        return;
    }
    m_form->addToHistory(target);
    m_form->probeSent();
    m_repeating = m_form->repeatEnabled();
    const int count = m_repeating ? m_form->repeatCount() : 1;
    m_target = target;
    m_options = m_form->probeOptions();
    if (m_repeating) {
        m_repeat->clear(target);
        m_tabs->setCurrentIndex(m_repeatTab);
    }
    m_form->setRunning(true);
    m_series->start(m_target, m_options, count, m_form->repeatIntervalMs());
}

void ProbeView::stop()
{
    m_series->stop();
}

void ProbeView::clearTargetHistory()
{
    m_form->clearHistory();
    Q_EMIT statusMessage(tr("Target history cleared"));
}

void ProbeView::onProbeStarted(int index)
{
    m_probeStartedAt = QDateTime::currentDateTimeUtc();
    m_tabs->clear();
    if (!m_repeating || index == 0)
        m_card->showRunning(m_target);
    if (m_repeating)
        Q_EMIT statusMessage(tr("Probe %1 of %2…").arg(index + 1).arg(m_series->total()));
    m_diagnostics->probeStarted(index, {m_target, m_options});
}

void ProbeView::onProbeFinished(int index, const ProbeResult &result)
{
    Q_UNUSED(index)
    m_card->showResult(result);
    m_tabs->showResult(result);
    m_diagnostics->showResult(result);
    if (m_repeating)
        m_repeat->addResult(m_probeStartedAt, result, m_series->statistics());
    if (!m_repeating) {
        if (result.hasFinalResponse()) {
            Q_EMIT statusMessage(tr("%1 %2 from %3 in %4")
                                   .arg(result.statusCode)
                                   .arg(result.reasonPhrase, result.remote(),
                                        ResultCard::formatDuration(result.rttUs)));
        } else {
            Q_EMIT statusMessage(errorKindTitle(result.error.kind));
        }
    }
    Q_EMIT probeFinished(result);
}

void ProbeView::onRunFinished()
{
    m_form->setRunning(false);
    if (m_repeating)
        Q_EMIT statusMessage(RepeatPanel::summaryLine(m_series->statistics()));
    Q_EMIT runFinished();
}

void ProbeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_pendingSplitterState.isEmpty()) {
        m_splitter->restoreState(m_pendingSplitterState);
        m_pendingSplitterState.clear();
    }
}

void ProbeView::saveSettings(QSettings &settings) const
{
    m_form->saveSettings(settings);
    settings.setValue(QLatin1String(AppSettings::KeyProbeSplitter),
                      m_pendingSplitterState.isEmpty() ? m_splitter->saveState() : m_pendingSplitterState);
}

void ProbeView::restoreSettings(const QSettings &settings)
{
    m_form->restoreSettings(settings);
    const QByteArray state = settings.value(QLatin1String(AppSettings::KeyProbeSplitter)).toByteArray();
    if (state.isEmpty())
        return;
    if (isVisible())
        m_splitter->restoreState(state);
    else
        m_pendingSplitterState = state;
}

} // namespace SipScope
