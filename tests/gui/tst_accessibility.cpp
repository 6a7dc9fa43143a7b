// Every control of the main window has an objectName (for tests and automation) and
// an accessible name (for screen readers); Qt's own sub-widgets are left out.
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabWidget *>(widget);
}

// Parts Qt builds inside its own widgets (a combo box's line edit, a table's headers,
// a tab bar's scroll buttons, a line edit's clear button).
bool isQtInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
        || qobject_cast<const QAbstractItemView *>(parent)
        || widget->objectName().startsWith(u"qt_"_s);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlsAreNamed()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"a11y.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int checked = 0;
        QStringList missing;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // Popups (a combo box's list, a completer's) are Qt's own windows.
            if (!isControl(widget) || isQtInternal(widget) || widget->window() != &window)
                continue;
            ++checked;
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (widget->objectName().isEmpty() || !named) {
                missing.append(u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                                   widget->objectName()));
            }
        }
        QVERIFY(checked > 30);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void tabOrderFollowsTheLayout_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QStringList>("order"); // must be met in this order, others may sit between
        QTest::newRow("codes") << int(MainWindow::CodesViewIndex)
                               << QStringList{u"codeSearchField"_s, u"explainButton"_s, u"classFilter"_s,
                                              u"nonStandardCheck"_s, u"codeList"_s, u"explanationBrowser"_s,
                                              u"copyForTicketButton"_s};
        QTest::newRow("probe") << int(MainWindow::ProbeViewIndex)
                               << QStringList{u"targetField"_s, u"transportCombo"_s, u"timeoutSpin"_s,
                                              u"sendButton"_s, u"repeatCheck"_s, u"moreOptionsButton"_s};
    }

    void tabOrderFollowsTheLayout()
    {
        // Full keyboard operation: Tab walks the controls of a view in reading order.
        QFETCH(int, view);
        QFETCH(QStringList, order);
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tab.ini"_s));
        window.setCurrentView(view);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(QApplication::focusWidget());

        QStringList visited;
        for (int press = 0; press < 80; ++press) {
            QWidget *focus = QApplication::focusWidget();
            // A combo box's or spin box's own line edit stands for its owner.
            while (focus && (focus->objectName().isEmpty() || focus->objectName().startsWith(u"qt_"_s))
                   && focus->parentWidget())
                focus = focus->parentWidget();
            const QString name = focus ? focus->objectName() : QString();
            if (visited.isEmpty() || visited.constLast() != name)
                visited.append(name);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        qsizetype from = 0;
        for (const QString &name : order) {
            const qsizetype at = visited.indexOf(name, from);
            QVERIFY2(at >= 0, qPrintable(u"%1 not reached after %2 in: %3"_s.arg(name, order.value(order.indexOf(name) - 1), visited.join(u", "_s))));
            from = at + 1;
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
