#include "responderview.h"

#include "respondercounterslabel.h"

#include "codes/responsecodecatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString anyAddress = u"0.0.0.0"_s;
}

ResponderView::ResponderView(QWidget *parent)
    : QWidget(parent)
    , m_responder(new Responder(this))
{
    setObjectName(u"responderView"_s);
    m_address = new QComboBox(this);
    m_address->setObjectName(u"responderAddressCombo"_s);
    m_address->setEditable(true);
    m_address->addItems({u"127.0.0.1"_s, u"::1"_s});
    m_allInterfaces = new QCheckBox(this);
    m_allInterfaces->setObjectName(u"responderAllInterfacesCheck"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"responderPortSpin"_s);
    m_port->setRange(0, 65535);
    m_port->setValue(5060);
    m_transport = new QComboBox(this);
    m_transport->setObjectName(u"responderTransportCombo"_s);
    for (TransportProtocol protocol : {TransportProtocol::Udp, TransportProtocol::Tcp, TransportProtocol::Tls,
                                       TransportProtocol::Ws, TransportProtocol::Wss})
        m_transport->addItem(transportViaToken(protocol), int(protocol));
    m_cert = new QLineEdit(this);
    m_cert->setObjectName(u"responderCertEdit"_s);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"responderKeyEdit"_s);
    m_code = new QComboBox(this);
    m_code->setObjectName(u"responderCodeCombo"_s);
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"responderReasonEdit"_s);
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"responderHeadersEdit"_s);
    m_headers->setMaximumHeight(70);
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(u"responderDelaySpin"_s);
    m_delay->setRange(0, ResponderConfig::maxDelayMs);
    m_delay->setSingleStep(100);
    m_rateLimit = new QSpinBox(this);
    m_rateLimit->setObjectName(u"responderRateLimitSpin"_s);
    m_rateLimit->setRange(0, ResponderConfig::maxRateLimit);
    m_rateLimit->setSingleStep(10);
    m_mirror = new QCheckBox(this);
    m_mirror->setObjectName(u"responderMirrorCheck"_s);
    m_p100 = new QCheckBox(u"100 Trying"_s, this);
    m_p100->setObjectName(u"responderProvisional100"_s);
    m_p180 = new QCheckBox(u"180 Ringing"_s, this);
    m_p180->setObjectName(u"responderProvisional180"_s);
    m_p183 = new QCheckBox(u"183 Session Progress"_s, this);
    m_p183->setObjectName(u"responderProvisional183"_s);
    m_start = new QPushButton(this);
    m_start->setObjectName(u"responderStartButton"_s);
    m_start->setCheckable(true);
    m_state = new QLabel(this);
    m_state->setObjectName(u"responderStateLabel"_s);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"responderWarningLabel"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #b35900;"_s);
    m_counters = new ResponderCountersLabel(m_responder, this);
    m_counters->setObjectName(u"responderCountersLabel"_s);
    fillCodes();

    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_address, 2);
    where->addWidget(m_allInterfaces);
    where->addWidget(m_labels[1]);
    where->addWidget(m_port);
    where->addWidget(m_labels[2]);
    where->addWidget(m_transport);
    auto *tls = new QHBoxLayout;
    tls->addWidget(m_cert);
    tls->addWidget(m_key);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_code, 2);
    answer->addWidget(m_labels[5]);
    answer->addWidget(m_reason, 2);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_delay);
    timing->addWidget(m_labels[8]);
    timing->addWidget(m_p100);
    timing->addWidget(m_p180);
    timing->addWidget(m_p183);
    timing->addStretch(1);
    timing->addWidget(m_start);
    auto *form = new QFormLayout;
    form->addRow(m_labels[0], where);
    form->addRow(m_labels[3], tls);
    form->addRow(m_labels[4], answer);
    form->addRow(m_labels[6], m_headers);
    form->addRow(m_labels[7], timing);
    form->addRow(m_labels[9], m_rateLimit);
    form->addRow(QString(), m_mirror);

    m_log = new QTableWidget(0, LogColumnCount, this);
    m_log->setObjectName(u"responderLogTable"_s);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(u"responderRawView"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_log);
    splitter->addWidget(m_raw);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counters);
    setFocusProxy(m_code);

    connect(m_start, &QPushButton::toggled, this, [this](bool on) {
        if (on && !start())
            m_start->setChecked(false);
        else if (!on)
            stop();
    });
    connect(m_allInterfaces, &QCheckBox::toggled, this, &ResponderView::updateForm);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ResponderView::updateForm);
    connect(m_code, &QComboBox::currentTextChanged, this, &ResponderView::applyAnswerChange);
    connect(m_reason, &QLineEdit::textChanged, this, &ResponderView::applyAnswerChange);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ResponderView::applyAnswerChange);
    connect(m_delay, &QSpinBox::valueChanged, this, &ResponderView::applyAnswerChange);
    for (QCheckBox *box : {m_p100, m_p180, m_p183})
        connect(box, &QCheckBox::toggled, this, &ResponderView::applyAnswerChange);
    connect(m_mirror, &QCheckBox::toggled, this, &ResponderView::applyAnswerChange);
    connect(m_responder, &Responder::requestLogged, this, &ResponderView::onRequest);
    connect(m_responder, &Responder::notice, this, &ResponderView::statusMessage);
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &ResponderView::showRaw);

    retranslateUi();
    updateForm();
}

ResponderView::~ResponderView()
{
    m_responder->stop();
}

QCheckBox *ResponderView::provisionalCheck(int code) const
{
    return code == 100 ? m_p100 : code == 180 ? m_p180 : code == 183 ? m_p183 : nullptr;
}

void ResponderView::fillCodes()
{
    const QString current = m_code->currentText();
    m_code->clear();
    for (const ResponseCode &code : ResponseCodeCatalog::instance().codes(true)) {
        if (code.isFinal())
            m_code->addItem(QString::number(code.code) + u' ' + code.reason, code.code);
    }
    const int busy = m_code->findData(486);
    m_code->setCurrentIndex(current.isEmpty() ? std::max(0, busy) : m_code->findText(current));
    if (m_code->currentIndex() < 0)
        m_code->setEditText(current);
}

void ResponderView::retranslateUi()
{
    m_labels[0]->setText(tr("Listen on:"));
    m_labels[1]->setText(tr("port"));
    m_labels[2]->setText(tr("over"));
    m_labels[3]->setText(tr("TLS:"));
    m_labels[4]->setText(tr("Answer:"));
    m_labels[5]->setText(tr("reason"));
    m_labels[6]->setText(tr("Extra headers:"));
    m_labels[7]->setText(tr("Delay:"));
    m_labels[8]->setText(tr("then first:"));
    m_labels[9]->setText(tr("Rate limit:"));
    m_allInterfaces->setText(tr("All interfaces"));
    m_allInterfaces->setToolTip(tr("Listen on every network interface instead of this address"));
    m_address->setAccessibleName(tr("Listen address"));
    m_port->setAccessibleName(tr("Listen port"));
    m_transport->setAccessibleName(tr("Transport"));
    m_cert->setPlaceholderText(tr("Certificate file (PEM)"));
    m_cert->setAccessibleName(tr("TLS certificate file"));
    m_key->setPlaceholderText(tr("Private key file (PEM)"));
    m_key->setAccessibleName(tr("TLS private key file"));
    m_code->setAccessibleName(tr("Response code"));
    m_code->setToolTip(tr("Pick a code from the catalog or type any code from 200 to 699"));
    m_reason->setPlaceholderText(tr("Reason phrase (default: the registered one)"));
    m_reason->setAccessibleName(tr("Reason phrase"));
    m_headers->setPlaceholderText(tr("One header a line, e.g. Retry-After: 30"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_delay->setSuffix(tr(" ms"));
    m_delay->setAccessibleName(tr("Delay before the final response"));
    m_rateLimit->setSpecialValueText(tr("No limit"));
    m_rateLimit->setSuffix(tr(" requests/s per source"));
    m_rateLimit->setAccessibleName(tr("Rate limit per source address"));
    m_rateLimit->setToolTip(tr("Requests over this rate from one address are dropped unanswered"));
    m_mirror->setText(tr("&Mirror OPTIONS (SIP ALG test)"));
    m_mirror->setToolTip(tr("Answer OPTIONS with 200 carrying the request as received and the source address it came "
                            "from, so that a probe can see what a SIP ALG or NAT on the way changed"));
    m_counters->setAccessibleName(tr("Responder counters"));
    m_counters->refresh();
    m_start->setText(m_responder->isRunning() ? tr("Sto&p") : tr("&Start"));
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Method"), tr("From"), tr("Source"), tr("Answer"), tr("Note")});
    m_log->setAccessibleName(tr("Incoming requests"));
    m_raw->setAccessibleName(tr("Raw request"));
    if (!m_responder->isRunning())
        m_state->setText(tr("Stopped."));
}

void ResponderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateForm();
    }
    QWidget::changeEvent(event);
}

void ResponderView::updateForm()
{
    const bool running = m_responder->isRunning();
    const TransportProtocol transport = TransportProtocol(m_transport->currentData().toInt());
    const bool tls = transport == TransportProtocol::Tls || transport == TransportProtocol::Wss;
    m_address->setEnabled(!running && !m_allInterfaces->isChecked());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_allInterfaces, m_port, m_transport, m_rateLimit})
        widget->setEnabled(!running);
    m_cert->setEnabled(!running && tls);
    m_key->setEnabled(!running && tls);
    QStringList errors;
    const std::optional<ResponderConfig> current = config(&errors);
    QStringList notes = current ? current->check().warnings : errors;
    m_warning->setText(notes.join(u'\n'));
    m_warning->setVisible(!notes.isEmpty());
}

std::optional<ResponderConfig> ResponderView::config(QStringList *errors) const
{
    ResponderConfig c;
    c.address = QHostAddress(m_allInterfaces->isChecked() ? anyAddress : m_address->currentText().trimmed());
    c.port = quint16(m_port->value());
    c.transport = TransportProtocol(m_transport->currentData().toInt());
    bool ok = false;
    c.statusCode = m_code->currentText().section(u' ', 0, 0).toInt(&ok);
    if (!ok)
        errors->append(tr("\"%1\" is not a response code.").arg(m_code->currentText()));
    c.reasonPhrase = m_reason->text().trimmed();
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        if (const auto header = ResponderConfig::parseHeader(line.trimmed(), &error))
            c.extraHeaders << *header;
        else
            errors->append(error);
    }
    c.delayMs = m_delay->value();
    c.rateLimitPerSource = m_rateLimit->value();
    c.mirror = m_mirror->isChecked();
    for (int code : {100, 180, 183}) {
        if (provisionalCheck(code)->isChecked())
            c.provisionals << code;
    }
    c.certificateFile = m_cert->text().trimmed();
    c.privateKeyFile = m_key->text().trimmed();
    errors->append(c.check().errors);
    if (!errors->isEmpty())
        return std::nullopt;
    return c;
}

bool ResponderView::start()
{
    QStringList errors;
    const std::optional<ResponderConfig> c = config(&errors);
    if (!c) {
        Q_EMIT statusMessage(errors.join(u' '));
        return false;
    }
    const SipError error = m_responder->start(*c);
    if (error) {
        m_state->setText(error.message);
        Q_EMIT statusMessage(error.message);
        return false;
    }
    const ResponderPeer local{c->transport, m_responder->localAddress(), m_responder->localPort(), 0};
    m_state->setText(tr("Listening on %1 %2, answering %3 %4.")
                         .arg(transportViaToken(c->transport), local.toString())
                         .arg(c->statusCode).arg(c->effectiveReason()));
    m_counters->refresh();
    if (!m_start->isChecked())
        m_start->setChecked(true);
    m_start->setText(tr("Sto&p"));
    updateForm();
    Q_EMIT statusMessage(m_state->text());
    return true;
}

void ResponderView::stop()
{
    m_responder->stop();
    if (m_start->isChecked())
        m_start->setChecked(false);
    m_start->setText(tr("&Start"));
    m_state->setText(tr("Stopped."));
    m_counters->refresh();
    updateForm();
}

void ResponderView::applyAnswerChange()
{
    updateForm();
    if (!m_responder->isRunning())
        return;
    // The answer can change while listening; it applies to the next transactions.
    QStringList errors;
    if (const auto c = config(&errors))
        m_responder->updateAnswer(*c);
}

void ResponderView::onRequest(const ResponderLogEntry &entry)
{
    if (m_log->rowCount() >= maxLogRows)
        m_log->removeRow(0);
    const int row = m_log->rowCount();
    m_log->insertRow(row);
    const QString answer = entry.statusCode ? QString::number(entry.statusCode) : u"—"_s;
    const QStringList texts{entry.time.time().toString(u"HH:mm:ss.zzz"_s), entry.method, entry.from,
                            entry.source.toString(), answer, entry.note};
    for (int column = 0; column < LogColumnCount; ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (column == TimeColumn)
            item->setData(Qt::UserRole, entry.raw);
        m_log->setItem(row, column, item);
    }
    m_log->scrollToBottom();
}

void ResponderView::showRaw()
{
    const QList<QTableWidgetItem *> selected = m_log->selectedItems();
    if (selected.isEmpty()) {
        m_raw->clear();
        return;
    }
    const QTableWidgetItem *time = m_log->item(selected.constFirst()->row(), TimeColumn);
    m_raw->setPlainText(QString::fromUtf8(time->data(Qt::UserRole).toByteArray()));
}

} // namespace SipScope
