#include "codedetailview.h"

#include "codeexplanation.h"
#include "codes/responsecodecatalog.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Alt+Left/Right everywhere, plus the platform's own keys for back/forward (Cmd+[ on
// macOS) without listing a sequence twice, which would make the shortcut ambiguous.
QList<QKeySequence> withPlatformKeys(const QKeySequence &primary, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{primary};
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

CodeDetailView::CodeDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"codeDetailView"_s);

    m_backAction = new QAction(this);
    m_backAction->setObjectName(u"backAction"_s);
    m_backAction->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_backAction->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_backAction, &QAction::triggered, this, &CodeDetailView::goBack);

    m_forwardAction = new QAction(this);
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_forwardAction->setIcon(QIcon::fromTheme(u"go-next"_s));
    m_forwardAction->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forwardAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_forwardAction, &QAction::triggered, this, &CodeDetailView::goForward);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setDefaultAction(m_backAction);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setAutoRaise(true);
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(u"forwardButton"_s);
    m_forwardButton->setDefaultAction(m_forwardAction);
    m_forwardButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forwardButton->setAutoRaise(true);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(u"copyForTicketAction"_s);
    m_copyAction->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &CodeDetailView::copyForTicket);

    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(u"copyForTicketButton"_s);
    m_copyButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    connect(m_copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"explanationBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &CodeDetailView::onAnchorClicked);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addStretch(1);
    bar->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    setTabOrder(m_browser, m_copyButton);
    retranslateUi();
    updateActions();
}

void CodeDetailView::retranslateUi()
{
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Previous code viewed (Alt+Left)"));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(tr("Next code viewed (Alt+Right)"));
    m_backButton->setAccessibleName(tr("Back"));
    m_forwardButton->setAccessibleName(tr("Forward"));
    m_copyAction->setText(tr("Copy for &Ticket"));
    m_copyButton->setText(tr("Copy for ticket"));
    m_copyButton->setToolTip(tr("Copy the code, its reason, summary and what to check as plain text"));
    m_copyButton->setAccessibleName(tr("Copy for ticket"));
    m_browser->setAccessibleName(tr("Explanation"));
    m_browser->setAccessibleDescription(tr("Explanation of the selected SIP response code"));
}

void CodeDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void CodeDetailView::showCode(int code, Navigation navigation)
{
    if (m_current == code)
        return;
    if (m_current && navigation == Navigation::Record) {
        m_backStack.append(*m_current);
        m_forwardStack.clear();
    }
    m_current = code;
    m_welcome = false;
    render();
    updateActions();
    Q_EMIT codeShown(code);
}

void CodeDetailView::showMessage(const QString &title, const QString &text)
{
    // Messages answer the query being typed; they are not pages of the history.
    m_current.reset();
    m_welcome = false;
    m_messageTitle = title;
    m_messageText = text;
    render();
    updateActions();
}

void CodeDetailView::showWelcome()
{
    showMessage(QString(), QString());
    m_welcome = true;
    render();
}

void CodeDetailView::goBack()
{
    if (m_backStack.isEmpty())
        return;
    if (m_current)
        m_forwardStack.append(*m_current);
    m_current = m_backStack.takeLast();
    render();
    updateActions();
    Q_EMIT codeShown(*m_current);
}

void CodeDetailView::goForward()
{
    if (m_forwardStack.isEmpty())
        return;
    if (m_current)
        m_backStack.append(*m_current);
    m_current = m_forwardStack.takeLast();
    render();
    updateActions();
    Q_EMIT codeShown(*m_current);
}

QString CodeDetailView::ticketText() const
{
    if (!m_current)
        return {};
    const auto code = ResponseCodeCatalog::instance().explain(*m_current);
    return code ? CodeExplanation::ticketText(*code) : QString();
}

void CodeDetailView::copyForTicket()
{
    const QString text = ticketText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %1 for a ticket").arg(*m_current));
}

void CodeDetailView::render()
{
    if (!m_current && m_welcome) {
        m_browser->setHtml(CodeExplanation::messageHtml(
            tr("Look up a SIP response code"),
            tr("Type the number from the phone's display or the call log, such as 486, or describe "
               "the problem in your own words: “busy”, “wrong password”, “nobody answers”. "
               "Down or Enter moves into the list; every code explains what happened and what to "
               "check, and “Copy for ticket” puts a summary on the clipboard.")));
        return;
    }
    if (!m_current) {
        m_browser->setHtml(CodeExplanation::messageHtml(m_messageTitle, m_messageText));
        return;
    }
    const auto code = ResponseCodeCatalog::instance().explain(*m_current);
    if (!code) {
        const LookupResult result = ResponseCodeCatalog::instance().lookup(QString::number(*m_current));
        m_browser->setHtml(CodeExplanation::messageHtml(tr("Not a SIP response code"), result.errorMessage));
        return;
    }
    m_browser->setHtml(CodeExplanation::html(*code, m_browser->palette(), m_browser->font().pointSize()));
}

void CodeDetailView::updateActions()
{
    m_backAction->setEnabled(!m_backStack.isEmpty());
    m_forwardAction->setEnabled(!m_forwardStack.isEmpty());
    m_copyAction->setEnabled(m_current.has_value());
    m_copyButton->setEnabled(m_current.has_value());
}

void CodeDetailView::onAnchorClicked(const QUrl &url)
{
    if (const auto code = CodeExplanation::codeFromUrl(url)) {
        showCode(*code);
        return;
    }
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s) {
        Q_EMIT externalLinkOpened(url);
        QDesktopServices::openUrl(url);
    }
}

} // namespace SipScope
