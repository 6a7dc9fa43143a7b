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
private slots:
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
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
