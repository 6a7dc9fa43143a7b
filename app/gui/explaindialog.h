// "Explain text…": a help-desk person pastes what they have (a log line, a whole SIP
// response, a Reason or Warning header, a provider's call record) and reads every
// finding explained, in the active language. Links open the code in the Codes view,
// so the dialog stays open beside the main window while they follow them.
#pragma once

#include "codes/explainer.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;
class QUrl;

namespace SipScope {

class ExplainDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExplainDialog(QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    QTextBrowser *results() const { return m_results; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *clearButton() const { return m_clear; }
    // The findings shown (of the text as it was last explained).
    QList<ExplainFinding> findings() const { return m_findings; }

public Q_SLOTS:
    // Replaces the text with the clipboard's and explains it at once.
    void pasteFromClipboard();
    // Explains the current text now instead of after the typing pause.
    void explainNow();

Q_SIGNALS:
    // A code link was followed.
    void codeActivated(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void onAnchorClicked(const QUrl &url);

    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_typingPause = nullptr;
    QString m_explained;
    QList<ExplainFinding> m_findings;
};

} // namespace SipScope
