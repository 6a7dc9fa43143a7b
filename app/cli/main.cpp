// sipscope-cli: the command-line twin of SipScope (placeholder, replaced by the CLI work).
#include "sipscope_version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sipscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPSCOPE_VERSION));
    QTextStream(stdout) << QStringLiteral("sipscope-cli ") << QStringLiteral(SIPSCOPE_VERSION) << Qt::endl;
    return 0;
}
