#include "probedetailtabs.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // One text line a row: these are lists of short values, not documents.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return table;
}

// Raw SIP is UTF-8 text (RFC 3261 §7.3.1); line endings are CRLF.
QString rawText(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

} // namespace

ProbeDetailTabs::ProbeDetailTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"probeDetailTabs"_s);

    m_headers = makeTable(this, u"headersTable"_s, 2);

    auto *rawPage = new QWidget(this);
    rawPage->setObjectName(u"rawPage"_s);
    m_raw = new QPlainTextEdit(rawPage);
    m_raw->setObjectName(u"rawView"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyRaw = new QPushButton(rawPage);
    m_copyRaw->setObjectName(u"copyRawButton"_s);
    m_copyRaw->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    connect(m_copyRaw, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_raw->toPlainText());
        Q_EMIT statusMessage(tr("Raw messages copied"));
    });
    auto *rawButtons = new QHBoxLayout;
    rawButtons->addStretch(1);
    rawButtons->addWidget(m_copyRaw);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 4, 0, 0);
    rawLayout->addLayout(rawButtons);
    rawLayout->addWidget(m_raw, 1);

    m_timeline = makeTable(this, u"timelineTable"_s, 3);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    addTab(m_headers, QString());
    addTab(rawPage, QString());
    addTab(m_timeline, QString());
    retranslateUi();
    clear();
}

void ProbeDetailTabs::retranslateUi()
{
    setTabText(HeadersTab, tr("Headers"));
    setTabText(RawTab, tr("Raw"));
    setTabText(TimelineTab, tr("Timeline"));
    setAccessibleName(tr("Probe details"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setAccessibleName(tr("Response headers"));
    m_raw->setAccessibleName(tr("Raw request and response"));
    m_copyRaw->setText(tr("Copy raw"));
    m_copyRaw->setAccessibleName(tr("Copy the raw messages"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Detail")});
    m_timeline->setAccessibleName(tr("Timeline of the transaction"));
    renderRaw();
    renderTimeline();
}

void ProbeDetailTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ProbeDetailTabs::clear()
{
    m_headers->setRowCount(0);
    m_timeline->setRowCount(0);
    m_events.clear();
    m_rawRequest.clear();
    m_rawResponse.clear();
    renderRaw();
}

void ProbeDetailTabs::addEvent(const ProbeEvent &event)
{
    m_events.append(event);
    appendEventRow(event);
}

void ProbeDetailTabs::renderTimeline()
{
    m_timeline->setRowCount(0);
    for (const ProbeEvent &event : std::as_const(m_events))
        appendEventRow(event);
}

void ProbeDetailTabs::appendEventRow(const ProbeEvent &event)
{
    const int row = m_timeline->rowCount();
    m_timeline->insertRow(row);
    auto *time = new QTableWidgetItem(tr("%1 ms").arg(QString::number(double(event.atUs) / 1000.0, 'f', 3)));
    time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timeline->setItem(row, 0, time);
    QString what = ProbeEvent::typeToken(event.type);
    if (event.statusCode)
        what += u" "_s + QString::number(event.statusCode);
    m_timeline->setItem(row, 1, new QTableWidgetItem(what));
    auto *detail = new QTableWidgetItem(event.text);
    detail->setToolTip(event.text);
    m_timeline->setItem(row, 2, detail);
}

void ProbeDetailTabs::showResult(const ProbeResult &result)
{
    m_headers->setRowCount(0);
    for (const SipHeader &header : result.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(header.name));
        auto *value = new QTableWidgetItem(header.value);
        value->setToolTip(header.value);
        m_headers->setItem(row, 1, value);
    }
    m_events = result.timeline;
    renderTimeline();
    m_rawRequest = result.rawRequest;
    m_rawResponse = result.rawResponse;
    renderRaw();
}

void ProbeDetailTabs::renderRaw()
{
    if (m_rawRequest.isEmpty() && m_rawResponse.isEmpty()) {
        m_raw->setPlainText(QString());
        m_raw->setPlaceholderText(tr("The request and the response appear here after a probe."));
        m_copyRaw->setEnabled(false);
        return;
    }
    QString text = u"### "_s + tr("Request sent") + u"\n\n"_s + rawText(m_rawRequest);
    text += u"\n### "_s + tr("Response received") + u"\n\n"_s;
    text += m_rawResponse.isEmpty() ? tr("(none)") + u"\n"_s : rawText(m_rawResponse);
    m_raw->setPlainText(text);
    m_copyRaw->setEnabled(true);
}

} // namespace SipScope
