// The class colours must stay readable on light and dark palettes.
#include "classcolors.h"

#include <QPalette>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace SipScope;

namespace {

double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWith(const QColor &window, const QColor &base)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    return palette;
}

} // namespace

class TestClassColors final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chipTextIsReadable_data()
    {
        QTest::addColumn<int>("codeClass");
        for (int c = 0; c <= 6; ++c)
            QTest::addRow("class %dxx", c) << c;
    }
    void chipTextIsReadable()
    {
        QFETCH(int, codeClass);
        // WCAG AA for bold large text is 3:1; the chips carry short bold labels.
        QVERIFY2(contrast(ClassColors::chipColor(codeClass), ClassColors::chipTextColor(codeClass)) >= 3.0,
                 qPrintable(ClassColors::hex(ClassColors::chipColor(codeClass))));
    }

    void classesHaveDistinctColours()
    {
        for (int a = 1; a <= 6; ++a) {
            for (int b = a + 1; b <= 6; ++b)
                QVERIFY(ClassColors::chipColor(a) != ClassColors::chipColor(b));
        }
        QCOMPARE(ClassColors::chipColor(0), ClassColors::chipColor(9));
    }

    void textColourReadableOnPalette_data()
    {
        QTest::addColumn<int>("codeClass");
        QTest::addColumn<bool>("dark");
        for (int c = 1; c <= 6; ++c) {
            QTest::addRow("%dxx light", c) << c << false;
            QTest::addRow("%dxx dark", c) << c << true;
        }
    }
    void textColourReadableOnPalette()
    {
        QFETCH(int, codeClass);
        QFETCH(bool, dark);
        const QPalette palette = dark ? paletteWith(QColor(0x2a, 0x2a, 0x2e), QColor(0x1e, 0x1e, 0x20))
                                      : paletteWith(QColor(0xef, 0xef, 0xef), Qt::white);
        QCOMPARE(ClassColors::isDark(palette), dark);
        const QColor text = ClassColors::textColor(codeClass, palette);
        QVERIFY2(contrast(text, palette.color(QPalette::Base)) >= 3.0, qPrintable(ClassColors::hex(text)));
    }
};

QTEST_MAIN(TestClassColors)
#include "tst_classcolors.moc"
