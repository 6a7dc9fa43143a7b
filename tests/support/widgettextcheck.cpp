#include "widgettextcheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::WidgetTextCheck {
namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                   text.left(40));
}

// Letters to the texts that use them; a letter with two or more texts is a clash.
QStringList clashes(const QMap<QChar, QStringList> &used, const QString &where)
{
    QStringList out;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.value().size() > 1)
            out.append(u"%1: '%2' in %3"_s.arg(where, it.key(), it.value().join(u" / "_s)));
    }
    return out;
}

// Whether a widget and all its ancestors up to its window are shown.
bool shownIn(const QWidget *widget, const QWidget *top)
{
    return widget->isVisible() && widget->window() == top;
}

} // namespace

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList clippedControls(const QWidget *top)
{
    QStringList clipped;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!shownIn(widget, top))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
                clipped.append(describe(button, button->text()));
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (!label->text().isEmpty() && !label->wordWrap() && label->width() < label->minimumSizeHint().width())
                clipped.append(describe(label, label->text()));
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            if (combo->width() < combo->minimumSizeHint().width())
                clipped.append(describe(combo, combo->currentText()));
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            if (group->width() < group->minimumSizeHint().width())
                clipped.append(describe(group, group->title()));
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            // Narrower than all its tabs: they are elided or scrolled out of sight.
            if (tabs->width() < tabs->sizeHint().width())
                clipped.append(describe(tabs, tabs->tabText(tabs->count() - 1)));
        }
    }
    return clipped;
}

QStringList windowMnemonicClashes(const QWidget *top)
{
    QMap<QChar, QStringList> used;
    auto add = [&used](const QString &text, const QString &what) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            used[letter].append(u"%1 \"%2\""_s.arg(what, text));
    };
    if (const auto *window = qobject_cast<const QMainWindow *>(top); window && window->menuWidget()) {
        for (const QAction *action : window->menuBar()->actions()) {
            if (action->isVisible())
                add(action->text(), u"menu"_s);
        }
    }
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!shownIn(widget, top))
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button->text(), name);
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            // Without a buddy a label's '&' triggers nothing.
            if (label->buddy())
                add(label->text(), name);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(group->title(), name);
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), name);
            }
        }
    }
    return clashes(used, top->objectName().isEmpty() ? QString::fromLatin1(top->metaObject()->className())
                                                     : top->objectName());
}

QStringList menuMnemonicClashes(const QMenu *menu)
{
    QMap<QChar, QStringList> used;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (const QChar letter = mnemonic(action->text()); !letter.isNull())
            used[letter].append(u"\"%1\""_s.arg(action->text()));
    }
    return clashes(used, u"menu \"%1\""_s.arg(menu->title()));
}

} // namespace SipScope::WidgetTextCheck
