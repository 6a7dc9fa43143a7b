// The Codes view: a search field (focused at start), a class filter, the ranked code
// list and the explanation panel beside it.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSettings;
class QSplitter;

namespace SipScope {

class CodeDetailView;
class CodeListModel;

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

    void focusSearch();
    // Explains `code` (recorded in the back/forward history) and selects it in the list.
    void showCode(int code);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &message);

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

    QLineEdit *m_search = nullptr;
    QComboBox *m_classFilter = nullptr;
    QCheckBox *m_nonStandard = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    // Restored on the first show, once the splitter has its real size.
    QByteArray m_pendingSplitterState;
    CodeListModel *m_model = nullptr;
    CodeDetailView *m_detail = nullptr;
    bool m_syncing = false;
};

} // namespace SipScope
