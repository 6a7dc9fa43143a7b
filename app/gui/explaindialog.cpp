#include "explaindialog.h"

#include "codeexplanation.h"
#include "explainreport.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {
// Long enough not to re-explain on every keystroke, short enough to feel live.
constexpr int typingPauseMs = 200;
} // namespace

ExplainDialog::ExplainDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"explainDialog"_s);
    setModal(false);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(u"explainPrompt"_s);
    m_prompt->setWordWrap(true);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(u"explainInput"_s);
    // Logs and SIP messages line up in a fixed-width font, as in the Raw tab.
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setTabChangesFocus(true);
    // An example of what to paste; protocol text, so not translated.
    m_input->setPlaceholderText(u"SIP/2.0 486 Busy Here\nReason: Q.850;cause=17;text=\"User busy\""_s);
    m_prompt->setBuddy(m_input);

    m_paste = new QPushButton(this);
    m_paste->setObjectName(u"explainPasteButton"_s);
    m_paste->setIcon(QIcon::fromTheme(u"edit-paste"_s));
    m_paste->setAutoDefault(false);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"explainClearButton"_s);
    m_clear->setIcon(QIcon::fromTheme(u"edit-clear"_s));
    m_clear->setAutoDefault(false);

    m_results = new QTextBrowser(this);
    m_results->setObjectName(u"explainResults"_s);
    m_results->setOpenLinks(false);
    m_results->setOpenExternalLinks(false);

    auto *inputPane = new QWidget(this);
    inputPane->setObjectName(u"explainInputPane"_s);
    auto *inputButtons = new QHBoxLayout;
    inputButtons->setContentsMargins(0, 0, 0, 0);
    inputButtons->addWidget(m_paste);
    inputButtons->addWidget(m_clear);
    inputButtons->addStretch(1);
    auto *inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_prompt);
    inputLayout->addWidget(m_input, 1);
    inputLayout->addLayout(inputButtons);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"explainSplitter"_s);
    m_splitter->addWidget(inputPane);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"explainButtons"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_buttons);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &ExplainDialog::explainNow);
    connect(m_input, &QPlainTextEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_paste, &QPushButton::clicked, this, &ExplainDialog::pasteFromClipboard);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_input->clear();
        explainNow();
        m_input->setFocus(Qt::OtherFocusReason);
    });
    connect(m_results, &QTextBrowser::anchorClicked, this, &ExplainDialog::onAnchorClicked);

    setTabOrder(m_input, m_paste);
    setTabOrder(m_paste, m_clear);
    setTabOrder(m_clear, m_results);
    retranslateUi();
    render();
    resize(680, 600);
}

void ExplainDialog::retranslateUi()
{
    setWindowTitle(tr("Explain Text"));
    m_prompt->setText(tr("&Text to explain: a log line, a whole SIP response, a Reason or Warning header"));
    m_input->setAccessibleName(tr("Text to explain"));
    m_input->setAccessibleDescription(
        tr("Status lines, Reason, Warning and Retry-After headers and codes in this text are explained below"));
    m_paste->setText(tr("&Paste from Clipboard"));
    m_paste->setToolTip(tr("Replace the text with the clipboard's and explain it"));
    m_paste->setAccessibleName(tr("Paste from clipboard"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Remove the text"));
    m_clear->setAccessibleName(tr("Clear the text"));
    m_results->setAccessibleName(tr("Findings"));
    m_results->setAccessibleDescription(tr("Every status, Reason, Warning and Retry-After found in the text, explained"));
}

void ExplainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings carry translated texts: explain again in the new language.
        explainNow();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QDialog::changeEvent(event);
}

void ExplainDialog::pasteFromClipboard()
{
    m_input->setPlainText(QGuiApplication::clipboard()->text());
    explainNow();
}

void ExplainDialog::explainNow()
{
    m_typingPause->stop();
    m_explained = m_input->toPlainText();
    m_findings = Explainer::explain(m_explained);
    render();
}

void ExplainDialog::render()
{
    m_results->setHtml(ExplainReport::html(m_explained, m_findings, m_results->palette()));
}

void ExplainDialog::onAnchorClicked(const QUrl &url)
{
    if (const auto code = CodeExplanation::codeFromUrl(url))
        Q_EMIT codeActivated(*code);
}

} // namespace SipScope
