// The colour of each SIP response class (1xx..6xx), used for the chips in the code
// list, the explanation panel and the probe result card.
//
// Chips are filled with a mid-tone colour and carry their own text colour, so they
// stay readable on a light and on a dark system palette alike.
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace SipScope {

class ClassColors final
{
public:
    // Fill of the chip of a class (1..6); anything else (errors, no response) is grey.
    static QColor chipColor(int codeClass);
    // Text drawn on a chip of that class: black or white, whichever contrasts more.
    static QColor chipTextColor(int codeClass);
    // The class colour as text on the given palette's base (lightened on dark themes).
    static QColor textColor(int codeClass, const QPalette &palette);
    // True when the palette's window colour is dark (a dark theme is active).
    static bool isDark(const QPalette &palette);
    // "#rrggbb" for use in rich text.
    static QString hex(const QColor &color);
};

} // namespace SipScope
