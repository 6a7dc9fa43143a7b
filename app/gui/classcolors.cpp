#include "classcolors.h"

#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace SipScope {

namespace {

// Hues follow what people already associate with the classes: neutral for
// "in progress", green for success, blue for "go elsewhere", amber for "your
// request", red for "the server", purple for "everywhere, final".
constexpr std::array<QRgb, 7> chipFills = {
    0xff757575, // none / local error
    0xff546e9a, // 1xx Provisional
    0xff2e7d32, // 2xx Success
    0xff0277bd, // 3xx Redirection
    0xffe08a00, // 4xx Client Failure
    0xffc62828, // 5xx Server Failure
    0xff7b1fa2, // 6xx Global Failure
};

qreal relativeLuminance(const QColor &color)
{
    // WCAG 2.x definition: linearised sRGB channels.
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QColor ClassColors::chipColor(int codeClass)
{
    if (codeClass < 1 || codeClass > 6)
        codeClass = 0;
    return QColor::fromRgb(chipFills[static_cast<std::size_t>(codeClass)]);
}

QColor ClassColors::chipTextColor(int codeClass)
{
    const QColor fill = chipColor(codeClass);
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(fill, white) >= contrast(fill, black) ? white : black;
}

QColor ClassColors::textColor(int codeClass, const QPalette &palette)
{
    QColor color = chipColor(codeClass);
    const QColor base = palette.color(QPalette::Base);
    // Lighten (or darken) until the colour reads as text on this background (WCAG AA
    // for large text is 3:1; aim a little above it).
    for (int step = 0; step < 8 && contrast(color, base) < 3.5; ++step)
        color = isDark(palette) ? color.lighter(120) : color.darker(120);
    return color;
}

bool ClassColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QString ClassColors::hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace SipScope
