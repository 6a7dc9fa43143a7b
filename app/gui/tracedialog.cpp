#include "tracedialog.h"

#include "diagnosis/tracehopmodel.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

TraceDialog::TraceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"traceDialog"_s);
    resize(760, 420);

    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"traceTarget"_s);
    m_target->setClearButtonEnabled(true);
    m_targetLabel->setBuddy(m_target);

    m_maxHopsLabel = new QLabel(this);
    m_maxHops = new QSpinBox(this);
    m_maxHops->setObjectName(u"traceMaxHops"_s);
    m_maxHops->setRange(1, TraceOptions::maxAllowedHops);
    m_maxHops->setValue(20);
    m_maxHopsLabel->setBuddy(m_maxHops);

    m_hopTimeoutLabel = new QLabel(this);
    m_hopTimeout = new QSpinBox(this);
    m_hopTimeout->setObjectName(u"traceHopTimeout"_s);
    m_hopTimeout->setRange(1, 60);
    m_hopTimeout->setValue(5);
    m_hopTimeoutLabel->setBuddy(m_hopTimeout);

    m_start = new QPushButton(this);
    m_start->setObjectName(u"traceStartButton"_s);
    m_start->setDefault(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"traceStopButton"_s);
    m_stop->setEnabled(false);

    m_model = new TraceHopModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"traceHopTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"traceSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TraceDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_targetLabel, m_target);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_maxHops);
    limits->addSpacing(12);
    limits->addWidget(m_hopTimeoutLabel);
    limits->addWidget(m_hopTimeout);
    limits->addStretch(1);
    limits->addWidget(m_start);
    limits->addWidget(m_stop);
    form->addRow(m_maxHopsLabel, limits);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_tracer = new Tracer(this);
    connect(m_start, &QPushButton::clicked, this, &TraceDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &TraceDialog::stop);
    connect(m_target, &QLineEdit::returnPressed, this, &TraceDialog::start);
    connect(m_tracer, &Tracer::hopStarted, this, [this](int, int maxForwards) {
        m_summary->setText(tr("Sending OPTIONS with Max-Forwards %1…").arg(maxForwards));
    });
    connect(m_tracer, &Tracer::hopFinished, m_model, &TraceHopModel::addHop);
    connect(m_tracer, &Tracer::hopFinished, this, [this] { m_table->scrollToBottom(); });
    connect(m_tracer, &Tracer::finished, this, [this](const TraceResult &result) {
        setRunning(false);
        m_summary->setText(result.summary);
        Q_EMIT traceFinished(result);
    });
    retranslateUi();
}

void TraceDialog::retranslateUi()
{
    setWindowTitle(tr("Trace Route"));
    m_targetLabel->setText(tr("&Target:"));
    m_target->setPlaceholderText(tr("sip:pbx.example.com"));
    m_target->setAccessibleName(tr("Target to trace"));
    m_maxHopsLabel->setText(tr("&Hops at most:"));
    m_maxHops->setAccessibleName(tr("Hops at most"));
    m_hopTimeoutLabel->setText(tr("&Wait per hop:"));
    m_hopTimeout->setSuffix(tr(" s"));
    m_hopTimeout->setAccessibleName(tr("Seconds to wait for each hop"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("Sto&p"));
    m_table->setAccessibleName(tr("Hops"));
    m_summary->setAccessibleName(tr("Trace summary"));
    if (!m_tracer->isRunning() && m_model->rowCount() == 0)
        m_summary->setText(tr("Sends OPTIONS with Max-Forwards 0, 1, 2 … : each proxy on the way answers "
                              "483 Too Many Hops in turn, until the target answers."));
    m_model->retranslate();
}

void TraceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TraceDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}

void TraceDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

QString TraceDialog::target() const
{
    return m_target->text().trimmed();
}

void TraceDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_target->setReadOnly(running);
}

void TraceDialog::start()
{
    if (target().isEmpty()) {
        m_summary->setText(tr("Enter a target first, e.g. sip:pbx.example.com"));
        m_target->setFocus();
        return;
    }
    m_model->clear();
    TraceOptions options;
    options.probe = m_probeOptions;
    options.probe.timers.timerF = std::chrono::milliseconds(0);
    options.maxHops = m_maxHops->value();
    options.hopTimeout = std::chrono::seconds(m_hopTimeout->value());
    options.totalTimeout = std::chrono::seconds(std::max(60, m_maxHops->value() * m_hopTimeout->value()));
    setRunning(true);
    m_tracer->start(target(), options);
}

void TraceDialog::stop()
{
    if (m_tracer->isRunning())
        m_tracer->cancel();
}

} // namespace SipScope
