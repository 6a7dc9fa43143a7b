// The explanation panel of the Codes view: a rich-text page per code with in-app
// links to related codes, the RFC reference opening in the browser, back/forward
// through the codes viewed, and "Copy for ticket".
#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace SipScope {

class CodeDetailView final : public QWidget
{
    Q_OBJECT
public:
    // Record: the page shown before goes onto the back stack (a click, a link).
    // Replace: it does not (previews while the user is still typing a search).
    enum class Navigation { Record, Replace };

    explicit CodeDetailView(QWidget *parent = nullptr);

    // Shows the explanation of `code` (a class explanation for an unregistered one).
    void showCode(int code, Navigation navigation = Navigation::Record);
    // Shows a message instead of a code (no match, invalid number); not in the history.
    void showMessage(const QString &title, const QString &text);
    bool isShowingMessage() const { return !m_current && !m_messageTitle.isEmpty(); }
    // The start page: how to search. Follows language changes by itself.
    void showWelcome();
    bool isShowingWelcome() const { return !m_current && m_welcome; }

    std::optional<int> currentCode() const { return m_current; }
    QString ticketText() const;
    QTextBrowser *browser() const { return m_browser; }

    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *copyForTicketAction() const { return m_copyAction; }
    QPushButton *copyForTicketButton() const { return m_copyButton; }

public Q_SLOTS:
    void goBack();
    void goForward();
    void copyForTicket();

Q_SIGNALS:
    // A code was displayed, by any route (list, link, history).
    void codeShown(int code);
    void statusMessage(const QString &message);
    // An external link (RFC) is about to be opened in the browser.
    void externalLinkOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void updateActions();
    void onAnchorClicked(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_copyAction = nullptr;

    std::optional<int> m_current;
    bool m_welcome = false;
    QString m_messageTitle;
    QString m_messageText;
    QList<int> m_backStack;
    QList<int> m_forwardStack;
};

} // namespace SipScope
