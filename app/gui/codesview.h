// The Codes view: a search field (focused at start), a class filter, the ranked code
// list and the explanation panel beside it; "Explain text…" opens the paste-and-explain
// dialog, whose links lead back here.
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSettings;
class QSplitter;
class QToolButton;

namespace SipScope {

class CodeDetailView;
class CodeListModel;
class ExplainDialog;

class CodesView final : public QWidget
{
    Q_OBJECT
public:
    explicit CodesView(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    QComboBox *classFilter() const { return m_classFilter; }
    CodeListModel *model() const { return m_model; }
    CodeDetailView *detailView() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    // "Explain text…" (Ctrl+E), also on the button beside the search field.
    QAction *explainAction() const { return m_explainAction; }
    QToolButton *explainButton() const { return m_explainButton; }
    // Null until the dialog is first opened.
    ExplainDialog *explainDialog() const { return m_explainDialog; }
    // What the query was recognised as (a Q.850 cause, a vendor code…), hidden when nothing.
    QLabel *recognitionLabel() const { return m_recognitionLabel; }
    // Offered when the search field holds a SIP URI ("Probe This Target") or a SIP
    // message or log excerpt ("Explain This Text"); Enter in the field triggers it.
    QAction *offerAction() const { return m_offerAction; }
    QToolButton *offerButton() const { return m_offerButton; }

    void focusSearch();
    // Explains `code` (recorded in the back/forward history) and selects it in the list.
    void showCode(int code);
    // Opens (or raises) the Explain dialog with its text selected.
    void showExplainDialog();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The view wants to be the visible one (a code was opened from the Explain dialog).
    void showRequested();
    // The user asked to probe the SIP URI typed or pasted into the search field.
    void probeRequested(const QString &target);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onQueryChanged(const QString &text);
    void onCurrentRowChanged();
    void selectCode(int code);
    void updateCount();
    void enterList();
    void updateRecognitions();
    void updateOffer();
    void takeOffer();

    QLineEdit *m_search = nullptr;
    QComboBox *m_classFilter = nullptr;
    QCheckBox *m_nonStandard = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_recognitionLabel = nullptr;
    QAction *m_offerAction = nullptr;
    QToolButton *m_offerButton = nullptr;
    QAction *m_explainAction = nullptr;
    QToolButton *m_explainButton = nullptr;
    ExplainDialog *m_explainDialog = nullptr;
    QSplitter *m_splitter = nullptr;
    // Restored on the first show, once the splitter has its real size.
    QByteArray m_pendingSplitterState;
    CodeListModel *m_model = nullptr;
    CodeDetailView *m_detail = nullptr;
    bool m_syncing = false;
};

} // namespace SipScope
