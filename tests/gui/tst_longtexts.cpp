// Layouts survive longer translations. German runs about a third longer than
// English, short labels often twice as long; a pseudo-translator lengthens every text
// that much, and no button, label, check box or tab may then be cut off, nor may the
// window need more than its default size.
#include "codesview.h"
#include "explaindialog.h"
#include "mainwindow.h"
#include "widgettextcheck.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

class LengtheningTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        // Appended to each line, so mnemonics, placeholders and line breaks stay put.
        QStringList lines = text.split(u'\n');
        for (QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype extra = line.size() <= 12 ? line.size() : line.size() * 2 / 5;
            line += QString(extra, u'ä');
        }
        return lines.join(u'\n');
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLongTexts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_translator);
    }

    void everyViewFitsTheDefaultWindow()
    {
        MainWindow window(m_dir.filePath(u"long.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.viewTabs()->tabText(0).endsWith(u'ä'));
        // The size a new user gets (MainWindow's default).
        const QSize size(1100, 720);
        window.resize(size);
        for (int view = 0; view < window.viewTabs()->count(); ++view) {
            window.setCurrentView(view);
            QCoreApplication::processEvents();
            const QSize needed = window.minimumSizeHint();
            QVERIFY2(needed.width() <= size.width() && needed.height() <= size.height(),
                     qPrintable(u"view %1 needs %2×%3"_s.arg(view).arg(needed.width()).arg(needed.height())));
            QTRY_COMPARE(window.size(), size);
            const QStringList clipped = WidgetTextCheck::clippedControls(&window);
            QVERIFY2(clipped.isEmpty(), qPrintable(u"view %1: "_s.arg(view) + clipped.join(u"; "_s)));
        }
    }

    void explainDialogFits()
    {
        MainWindow window(m_dir.filePath(u"long-explain.ini"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.codesView()->showExplainDialog();
        ExplainDialog *dialog = window.codesView()->explainDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCoreApplication::processEvents();
        // Its default size.
        const QSize size(680, 600);
        const QSize needed = dialog->minimumSizeHint();
        QVERIFY2(needed.width() <= size.width() && needed.height() <= size.height(),
                 qPrintable(u"the dialog needs %1×%2"_s.arg(needed.width()).arg(needed.height())));
        const QStringList clipped = WidgetTextCheck::clippedControls(dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
    }

private:
    QTemporaryDir m_dir;
    LengtheningTranslator m_translator;
};

QTEST_MAIN(TestLongTexts)
#include "tst_longtexts.moc"
