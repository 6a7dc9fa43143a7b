#include "candidatespanel.h"

#include "diagnosis/candidatemodel.h"
#include "probe/probetiming.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

CandidatesPanel::CandidatesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"candidatesPanel"_s);
    m_probe = new CandidateProbe(this);
    m_model = new CandidateModel(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"candidatesSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table = new QTableView(this);
    m_table->setObjectName(u"candidatesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_trace = new QPlainTextEdit(this);
    m_trace->setObjectName(u"candidatesDnsTrace"_s);
    m_trace->setReadOnly(true);
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_trace);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_probe, &CandidateProbe::resolved, this, [this](const ResolveResult &resolution) {
        m_model->setTargets(resolution.targets.mid(0, CandidateProbe::maxCandidates));
        showTrace(resolution);
        if (resolution.ok())
            m_summary->setText(tr("Probing %n candidate(s) at once…", nullptr, int(m_model->rowCount())));
    });
    connect(m_probe, &CandidateProbe::candidateFinished, m_model, &CandidateModel::updateCandidate);
    connect(m_probe, &CandidateProbe::finished, this, [this](const CandidateProbeResult &result) {
        m_last = result;
        m_summary->setText(result.diagnosis().sentence);
        m_table->resizeColumnsToContents();
        Q_EMIT finished(result);
    });
    retranslateUi();
}

void CandidatesPanel::retranslateUi()
{
    setAccessibleName(tr("All targets"));
    m_table->setAccessibleName(tr("Candidates"));
    m_trace->setAccessibleName(tr("DNS resolution"));
    m_summary->setAccessibleName(tr("Summary of all targets"));
    m_model->retranslate();
    if (m_last)
        m_summary->setText(m_last->diagnosis().sentence);
    else if (!m_probe->isRunning())
        m_summary->setText(tr("Tick Tools → Probe All Targets, then send: every server behind the name "
                              "(each SRV target and address) is probed at once."));
}

void CandidatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CandidatesPanel::start(const QString &target, const ProbeOptions &options)
{
    m_last.reset();
    m_model->clear();
    m_trace->clear();
    m_summary->setText(tr("Resolving %1…").arg(target));
    m_probe->start(target, options);
}

void CandidatesPanel::cancel()
{
    m_probe->cancel();
}

bool CandidatesPanel::isRunning() const
{
    return m_probe->isRunning();
}

void CandidatesPanel::clear()
{
    m_last.reset();
    m_model->clear();
    m_trace->clear();
    retranslateUi();
}

void CandidatesPanel::showTrace(const ResolveResult &resolution)
{
    QStringList lines;
    for (const ResolverEvent &event : resolution.trace) {
        lines << u"+%1  %2"_s.arg(ProbeTiming::formatDuration(event.atUs), 12).arg(event.text);
        for (const DnsServiceRecord &record : event.srvRecords) {
            lines << u"               "_s
                         + tr("priority %1  weight %2  port %3  target %4  TTL %5")
                               .arg(record.priority)
                               .arg(record.weight)
                               .arg(record.port)
                               .arg(record.target, record.ttl < 0 ? tr("unknown") : tr("%1 s").arg(record.ttl));
        }
    }
    if (!resolution.ok())
        lines << resolution.errorMessage;
    m_trace->setPlainText(lines.join(u'\n'));
}

} // namespace SipScope
