#include "codesview.h"

#include "appsettings.h"
#include "codedetailview.h"
#include "codeitemdelegate.h"
#include "codes/codelistmodel.h"
#include "codes/responsecodecatalog.h"
#include "explaindialog.h"
#include "pastedtext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// A query that is a code number in 100..699 ("499", " 486 ").
std::optional<int> numericCode(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 3)
        return std::nullopt;
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < 100 || value > 699)
        return std::nullopt;
    return value;
}

} // namespace

CodesView::CodesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CodeListModel(this))
{
    setObjectName(u"codesView"_s);
    m_model->setIncludeNonStandard(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"codeSearchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);

    m_explainAction = new QAction(this);
    m_explainAction->setObjectName(u"explainAction"_s);
    m_explainAction->setIcon(QIcon::fromTheme(u"help-contextual"_s));
    m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_explainAction, &QAction::triggered, this, &CodesView::showExplainDialog);

    m_explainButton = new QToolButton(this);
    m_explainButton->setObjectName(u"explainButton"_s);
    m_explainButton->setDefaultAction(m_explainAction);
    m_explainButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_classFilter = new QComboBox(this);
    m_classFilter->setObjectName(u"classFilter"_s);
    for (int codeClass = 0; codeClass <= 6; ++codeClass)
        m_classFilter->addItem(QString(), codeClass);

    m_nonStandard = new QCheckBox(this);
    m_nonStandard->setObjectName(u"nonStandardCheck"_s);
    m_nonStandard->setChecked(true);

    m_list = new QListView(this);
    m_list->setObjectName(u"codeList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CodeItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"codeCountLabel"_s);

    m_recognitionLabel = new QLabel(this);
    m_recognitionLabel->setObjectName(u"recognitionLabel"_s);
    m_recognitionLabel->setWordWrap(true);
    m_recognitionLabel->setTextFormat(Qt::PlainText);
    m_recognitionLabel->setVisible(false);

    m_offerAction = new QAction(this);
    m_offerAction->setObjectName(u"searchOfferAction"_s);
    connect(m_offerAction, &QAction::triggered, this, &CodesView::takeOffer);
    m_offerButton = new QToolButton(this);
    m_offerButton->setObjectName(u"searchOfferButton"_s);
    m_offerButton->setDefaultAction(m_offerAction);
    m_offerButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_offerButton->setVisible(false);

    m_detail = new CodeDetailView(this);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_classFilter, 1);
    filterRow->addWidget(m_nonStandard);

    auto *left = new QWidget(this);
    left->setObjectName(u"codeListPane"_s);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_explainButton);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_offerButton, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_recognitionLabel);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_countLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"codesSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({380, 620});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_offerButton);
    setTabOrder(m_offerButton, m_explainButton);
    setTabOrder(m_explainButton, m_classFilter);
    setTabOrder(m_classFilter, m_nonStandard);
    setTabOrder(m_nonStandard, m_list);
    setTabOrder(m_list, m_detail->browser());
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &CodesView::onQueryChanged);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setClassFilter(m_classFilter->currentData().toInt());
        updateCount();
    });
    connect(m_nonStandard, &QCheckBox::toggled, this, [this](bool checked) {
        m_model->setIncludeNonStandard(checked);
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodesView::onCurrentRowChanged);
    connect(m_detail, &CodeDetailView::codeShown, this, &CodesView::selectCode);
    connect(m_detail, &CodeDetailView::statusMessage, this, &CodesView::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodesView::updateCount);

    retranslateUi();
    updateCount();
    m_detail->showWelcome();
}

void CodesView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search a code or your own words, e.g. 486 or “busy”"));
    m_search->setAccessibleName(tr("Search codes"));
    m_search->setToolTip(tr("Type a number or words; Down or Enter moves into the list, Escape clears"));
    m_classFilter->setItemText(0, tr("All classes"));
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    for (int codeClass = 1; codeClass <= 6; ++codeClass) {
        const CodeClassInfo info = catalog.classInfo(codeClass);
        const QString label = QString::number(codeClass) + u"xx"_s;
        m_classFilter->setItemText(codeClass, info.name.isEmpty() ? label : label + u' ' + info.name);
    }
    m_classFilter->setAccessibleName(tr("Class filter"));
    m_classFilter->setToolTip(tr("Show only one response class"));
    m_nonStandard->setText(tr("Unregistered"));
    m_nonStandard->setToolTip(tr("Also list codes that are not in the IANA registry but are seen in the field"));
    m_nonStandard->setAccessibleName(tr("Show unregistered codes"));
    m_list->setAccessibleName(tr("Response codes"));
    m_countLabel->setAccessibleName(tr("Number of codes listed"));
    m_explainAction->setText(tr("&Explain Text…"));
    m_explainAction->setToolTip(tr("Paste a log line, a SIP response or a header and have every code in it explained (Ctrl+E)"));
    m_explainButton->setAccessibleName(tr("Explain text"));
    m_recognitionLabel->setAccessibleName(tr("What the search recognised"));
    updateOffer();
    updateCount();
}

void CodesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The search index holds translated texts: rebuild it for the new language.
        m_model->refresh();
        retranslateUi();
        // A "no match" message is in the old language: answer the query again.
        if (m_detail->isShowingMessage() && !m_detail->isShowingWelcome())
            onQueryChanged(m_search->text());
    }
    QWidget::changeEvent(event);
}

void CodesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodesView::showCode(int code)
{
    m_detail->showCode(code);
}

void CodesView::showExplainDialog()
{
    Q_EMIT showRequested();
    if (!m_explainDialog) {
        m_explainDialog = new ExplainDialog(this);
        connect(m_explainDialog, &ExplainDialog::codeActivated, this, [this](int code) {
            Q_EMIT showRequested();
            showCode(code);
        });
    }
    m_explainDialog->show();
    m_explainDialog->raise();
    m_explainDialog->activateWindow();
    m_explainDialog->input()->setFocus(Qt::ShortcutFocusReason);
    m_explainDialog->input()->selectAll();
}

void CodesView::onQueryChanged(const QString &text)
{
    m_model->setQuery(text);
    updateCount();
    updateRecognitions();
    updateOffer();
    if (text.trimmed().isEmpty())
        return;

    // While typing, the panel previews the best answer without filling the history.
    if (const auto number = numericCode(text)) {
        if (ResponseCodeCatalog::instance().explain(*number)) {
            m_detail->showCode(*number, CodeDetailView::Navigation::Replace);
            return;
        }
    }
    if (m_model->rowCount() > 0) {
        m_detail->showCode(m_model->codeAt(0), CodeDetailView::Navigation::Replace);
        return;
    }
    m_detail->showMessage(tr("No code matches “%1”").arg(text.trimmed()),
                          tr("Try other words, or type the number, e.g. 486."));
}

void CodesView::onCurrentRowChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_detail->showCode(m_model->codeAt(current.row()));
}

void CodesView::selectCode(int code)
{
    const int row = m_model->rowOfCode(code);
    m_syncing = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    m_syncing = false;
}

void CodesView::enterList()
{
    if (m_model->rowCount() == 0)
        return;
    m_list->setFocus(Qt::TabFocusReason);
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        current = m_model->index(0);
    m_list->setCurrentIndex(current);
    m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    // A preview becomes a visited page once the user picks it.
    const int code = m_model->codeAt(current.row());
    if (m_detail->currentCode() == code)
        return;
    m_detail->showCode(code);
}

void CodesView::updateCount()
{
    const int rows = m_model->rowCount();
    const int strong = m_model->strongCount();
    // Below the divider the codes only share some words with the query.
    m_countLabel->setText(strong < rows ? tr("Codes listed: %1 (%2 strong matches above the line)").arg(rows).arg(strong)
                                        : tr("Codes listed: %1").arg(rows));
}

void CodesView::updateRecognitions()
{
    QStringList notes;
    for (const QueryRecognition &recognition : m_model->recognitions()) {
        if (!recognition.note.isEmpty())
            notes.append(recognition.note);
    }
    m_recognitionLabel->setText(notes.join(u'\n'));
    m_recognitionLabel->setVisible(!notes.isEmpty());
}

void CodesView::updateOffer()
{
    switch (PastedText::classify(m_search->text())) {
    case PastedText::Kind::SipTarget:
        m_offerAction->setText(tr("&Probe This Target"));
        m_offerAction->setToolTip(tr("Send SIP OPTIONS to this URI in the Probe view (Enter)"));
        m_offerAction->setData(int(PastedText::Kind::SipTarget));
        m_offerButton->setAccessibleName(tr("Probe this target"));
        m_offerButton->setVisible(true);
        break;
    case PastedText::Kind::Message:
        m_offerAction->setText(tr("Explain This &Text"));
        m_offerAction->setToolTip(tr("Explain every code, cause and header in the pasted text (Enter)"));
        m_offerAction->setData(int(PastedText::Kind::Message));
        m_offerButton->setAccessibleName(tr("Explain this text"));
        m_offerButton->setVisible(true);
        break;
    case PastedText::Kind::Words:
        m_offerAction->setData(int(PastedText::Kind::Words));
        m_offerButton->setAccessibleName(tr("Offer for the pasted text"));
        m_offerButton->setVisible(false);
        break;
    }
}

void CodesView::takeOffer()
{
    const QString text = m_search->text();
    switch (PastedText::Kind(m_offerAction->data().toInt())) {
    case PastedText::Kind::SipTarget:
        Q_EMIT probeRequested(text.trimmed());
        break;
    case PastedText::Kind::Message:
        showExplainDialog();
        m_explainDialog->input()->setPlainText(text);
        m_explainDialog->explainNow();
        break;
    case PastedText::Kind::Words:
        break;
    }
}

bool CodesView::eventFilter(QObject *watched, QEvent *event)
{
    // Under X11 the line edit claims Ctrl+E (end of line, the desktop's Emacs-style
    // binding) before the shortcut map sees it, so Explain would not open from the
    // search field; left unclaimed, the action's shortcut fires.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_explainAction->shortcut().matches(QKeySequence(key->keyCombination())) == QKeySequence::ExactMatch) {
            event->ignore();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A URI or a pasted message: Enter takes the offer, one keystroke.
            if (m_offerButton->isVisibleTo(this)) {
                takeOffer();
                return true;
            }
            enterList();
            return true;
        case Qt::Key_Down:
            enterList();
            return true;
        default:
            break;
        }
    } else if (watched == m_list) {
        // Up from the first row returns to the search field, as in a browser's address bar.
        if (key->key() == Qt::Key_Up && m_list->currentIndex().row() <= 0) {
            m_search->setFocus(Qt::TabFocusReason);
            return true;
        }
        // Typing a letter while in the list goes on with the search.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() == Qt::NoModifier) {
            m_search->setFocus(Qt::TabFocusReason);
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_pendingSplitterState.isEmpty()) {
        m_splitter->restoreState(m_pendingSplitterState);
        m_pendingSplitterState.clear();
    }
}

void CodesView::saveSettings(QSettings &settings) const
{
    settings.setValue(QLatin1String(AppSettings::KeyCodesSplitter),
                      m_pendingSplitterState.isEmpty() ? m_splitter->saveState() : m_pendingSplitterState);
    settings.setValue(QLatin1String(AppSettings::KeyCodesClassFilter), m_classFilter->currentIndex());
}

void CodesView::restoreSettings(const QSettings &settings)
{
    const QByteArray state = settings.value(QLatin1String(AppSettings::KeyCodesSplitter)).toByteArray();
    if (!state.isEmpty() && isVisible())
        m_splitter->restoreState(state);
    else if (!state.isEmpty())
        m_pendingSplitterState = state;
    const int filter = settings.value(QLatin1String(AppSettings::KeyCodesClassFilter), 0).toInt();
    if (filter >= 0 && filter < m_classFilter->count())
        m_classFilter->setCurrentIndex(filter);
}

} // namespace SipScope
