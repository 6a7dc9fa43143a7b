// sipscope-svgtopng: renders the application icon SVG to square PNGs at build time,
// so the hicolor theme gets bitmaps for desktops that do not load SVG icons
// without adding a build dependency beyond Qt Svg.
//
// Usage: sipscope-svgtopng <input.svg> <output.png> <size> [<output.png> <size>...]
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering into a QImage needs no windowing system: a core application keeps
    // the tool usable on headless build machines.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || (args.size() - 2) % 2 != 0)
        return fail(QStringLiteral("usage: sipscope-svgtopng <input.svg> <output.png> <size> [<output.png> <size>...]"));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG: ") + args.at(1));

    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        const QString output = args.at(i);
        bool ok = false;
        const int size = args.at(i + 1).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("invalid size: ") + args.at(i + 1));

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
        painter.end();

        if (!image.save(output, "PNG"))
            return fail(QStringLiteral("cannot write PNG: ") + output);
    }
    return 0;
}
