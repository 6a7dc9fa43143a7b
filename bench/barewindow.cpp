// The floor for the GUI start-up benchmark: the smallest Qt Widgets main window, built
// in the same tree with the same flags, measured exactly like `sipscope
// --measure-startup` (it compiles the same StartupTimer): from the kernel's start time
// of the process to the end of the first paint, then it quits.
#include "startuptimer.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare Qt Widgets window")));
    auto *timer = new SipScope::StartupTimer(&window);
    QObject::connect(timer, &SipScope::StartupTimer::firstPaintFinished, &app, [](double ms) {
        QTextStream(stdout) << "first paint " << QString::number(ms, 'f', 1) << " ms" << Qt::endl;
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
