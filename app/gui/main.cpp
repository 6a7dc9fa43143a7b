// sipscope: the desktop application (placeholder window, replaced by the GUI work).
#include "sipscope_version.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SipScope"));
    QApplication::setApplicationVersion(QStringLiteral(SIPSCOPE_VERSION));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("SipScope"));
    window.resize(900, 600);
    window.show();
    return app.exec();
}
