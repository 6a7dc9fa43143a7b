// The sipscope executable itself: --version and --help without any display, and
// --measure-startup on the offscreen platform.
#include "sipscope_version.h"

#include "consoletext.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSipScopeExecutable final : public QObject
{
    Q_OBJECT
private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LC_ALL"_s, u"C"_s);
        return env;
    }

private Q_SLOTS:
    void textOptionsNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << u"--version"_s << QStringLiteral(SIPSCOPE_VERSION);
        QTest::newRow("-v") << u"-v"_s << QStringLiteral(SIPSCOPE_VERSION);
        QTest::newRow("--help") << u"--help"_s << u"--settings-file"_s;
        QTest::newRow("-h") << u"-h"_s << u"--measure-startup"_s;
    }
    void textOptionsNeedNoDisplay()
    {
        QFETCH(QString, argument);
        QFETCH(QString, expected);
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(SIPSCOPE_GUI_EXECUTABLE), {argument});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = SipScope::Test::consoleText(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY(!out.contains(u"--screenshot"_s)); // hidden option
    }

    void measureStartupPrintsFirstPaint()
    {
        QProcess process;
        QProcessEnvironment env = withoutDisplay();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        QTemporaryDir dir;
        process.start(QStringLiteral(SIPSCOPE_GUI_EXECUTABLE),
                      {u"--measure-startup"_s, u"--settings-file"_s, dir.filePath(u"s.ini"_s)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = SipScope::Test::consoleText(process.readAllStandardOutput());
        const QRegularExpressionMatch match =
            QRegularExpression(u"^first paint (\\d+(\\.\\d+)?) ms$"_s, QRegularExpression::MultilineOption).match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const double ms = match.captured(1).toDouble();
        QVERIFY(ms > 0.0);
        QVERIFY(ms < 60000.0);
    }
};

QTEST_GUILESS_MAIN(TestSipScopeExecutable)
#include "tst_sipscopeexecutable.moc"
