// WaterfallWidget on the offscreen platform: painting an empty, a normal and a huge
// timeline into an image (no crash, bars where the times say), the rows, the hover
// text and the accessible description.
#include "waterfallwidget.h"

#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;
using Type = ProbeEvent::Type;

namespace {

ProbeResult timeline(const QList<std::tuple<qint64, Type, int>> &events, TransportProtocol transport = TransportProtocol::Tls)
{
    ProbeResult result;
    result.transport = transport;
    for (const auto &[at, type, status] : events) {
        ProbeEvent event;
        event.atUs = at;
        event.type = type;
        event.statusCode = status;
        event.text = ProbeEvent::typeToken(type);
        result.timeline << event;
    }
    return result;
}

ProbeResult tlsProbe()
{
    return timeline({{0, Type::TargetParsed, 0}, {0, Type::DnsLookup, 0}, {20'000, Type::DnsResult, 0},
                     {20'000, Type::TargetTried, 0}, {40'000, Type::Connected, 0}, {80'000, Type::TlsHandshake, 0},
                     {80'000, Type::Sent, 0}, {90'000, Type::Provisional, 100}, {100'000, Type::Final, 200}});
}

QImage render(QWidget &widget, QSize size)
{
    widget.resize(size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    widget.render(&image);
    return image;
}

// Share of pixels in a column range of one row band that differ from the background.
double inkIn(const QImage &image, int left, int right, int top, int bottom, QRgb background)
{
    int ink = 0;
    int total = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = left; x < right; ++x) {
            ++total;
            if (image.pixel(x, y) != background)
                ++ink;
        }
    }
    return total ? double(ink) / total : 0;
}

} // namespace

class tst_WaterfallWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyPaintsAHint();
    void rowsAndDescription();
    void barsArePlacedByTime();
    void hoverDescribesBarsAndTicks();
    void hugeTimelineIsBounded();
    void zeroLengthAndSinglePointTimelines();
};

void tst_WaterfallWidget::emptyPaintsAHint()
{
    WaterfallWidget widget;
    QCOMPARE(widget.rowCount(), 0);
    const QImage image = render(widget, {400, 80});
    QVERIFY(!image.isNull());
    QVERIFY(widget.describeAt({200, 40}).isEmpty());
    QCOMPARE(widget.accessibleDescription(), u"No timing yet."_s);
    QCOMPARE(widget.accessibleName(), u"Timing waterfall"_s);
    QVERIFY(widget.sizeHint().height() > 0);
}

void tst_WaterfallWidget::rowsAndDescription()
{
    WaterfallWidget widget;
    widget.setResult(tlsProbe());
    // DNS, TCP connect, TLS handshake, the request: four bars, and the row of messages.
    QCOMPARE(widget.timing().phases().size(), 4);
    QCOMPARE(widget.rowCount(), 5);
    const QString description = widget.accessibleDescription();
    QVERIFY2(description.contains(u"TCP connect: 20.00 ms"_s), qPrintable(description));
    QVERIFY(description.contains(u"TLS handshake: 40.00 ms"_s));
    QVERIFY(description.contains(u"Total: 100.0 ms"_s));
    QVERIFY(description.contains(u"request sent at 80.00 ms"_s));
    widget.clear();
    QCOMPARE(widget.rowCount(), 0);
    QCOMPARE(widget.accessibleDescription(), u"No timing yet."_s);
}

void tst_WaterfallWidget::barsArePlacedByTime()
{
    WaterfallWidget widget;
    widget.setResult(tlsProbe());
    const QSize size(800, widget.sizeHint().height());
    const QImage image = render(widget, size);
    const QRgb background = widget.palette().color(QPalette::Base).rgba();
    const int rowHeight = widget.fontMetrics().height() + 8;
    const int axis = rowHeight;
    const double labelWidth = std::clamp(size.width() * 0.35, 80.0, 260.0);
    const double plotWidth = size.width() - labelWidth - 12;
    auto x = [&](qint64 us) { return int(labelWidth + plotWidth * double(us) / 100'000.0); };

    // Row 1 (TCP connect, 20-40 ms): ink inside its span, none in the last fifth of the plot.
    const int top = axis + rowHeight + 5;
    const int bottom = axis + 2 * rowHeight - 5;
    QVERIFY(inkIn(image, x(22'000), x(38'000), top, bottom, background) > 0.5);
    QVERIFY(inkIn(image, x(85'000), x(99'000), top, bottom, background) < 0.05);
    // Row 2 (TLS, 40-80 ms).
    QVERIFY(inkIn(image, x(45'000), x(75'000), top + rowHeight, bottom + rowHeight, background) > 0.5);
}

void tst_WaterfallWidget::hoverDescribesBarsAndTicks()
{
    WaterfallWidget widget;
    widget.setResult(tlsProbe());
    widget.resize(800, widget.sizeHint().height());
    const int rowHeight = widget.fontMetrics().height() + 8;
    const QString tls = widget.describeAt({600, rowHeight * 3 + rowHeight / 2});
    QVERIFY2(tls.startsWith(u"TLS handshake: 40.00 ms"_s), qPrintable(tls));
    // Each phase says which clock its figure came from.
    QVERIFY2(tls.contains(u"application clock"_s), qPrintable(tls));
    // The row of messages: the final response sits at the right end of the plot.
    const int marksRow = rowHeight * 5 + rowHeight / 2;
    const QString final = widget.describeAt({800 - 12, marksRow});
    QVERIFY2(final.contains(u"final at 100.0 ms"_s), qPrintable(final));
    QVERIFY(widget.describeAt({400, 2}).isEmpty());
}

void tst_WaterfallWidget::hugeTimelineIsBounded()
{
    // 10,000 retransmitted/ignored messages and 500 lookups: rows capped, so the widget
    // stays small and cheap to draw (its speed is for benchmarks, not for this test).
    QList<std::tuple<qint64, Type, int>> events{{0, Type::TargetParsed, 0}};
    for (int i = 0; i < 500; ++i) {
        events.append({i * 10, Type::DnsLookup, 0});
        events.append({i * 10 + 5, Type::DnsResult, 0});
    }
    events.append({6000, Type::Sent, 0});
    for (int i = 0; i < 10'000; ++i)
        events.append({6000 + i * 3, i % 2 ? Type::Ignored : Type::Retransmitted, i % 2 ? 200 : 0});
    events.append({40'000'000, Type::Timeout, 0});
    WaterfallWidget widget;
    widget.setResult(timeline(events, TransportProtocol::Udp));
    QCOMPARE(widget.timing().phases().size(), 501);
    QCOMPARE(widget.rowCount(), WaterfallWidget::maxPhaseRows + 2);
    const QImage image = render(widget, {900, widget.sizeHint().height()});
    QVERIFY(!image.isNull());
    QVERIFY(widget.sizeHint().height() < 60 * (widget.fontMetrics().height() + 8));
}

void tst_WaterfallWidget::zeroLengthAndSinglePointTimelines()
{
    WaterfallWidget widget;
    widget.setResult(timeline({{0, Type::TargetParsed, 0}, {0, Type::Sent, 0}, {0, Type::Final, 200}}, TransportProtocol::Udp));
    QCOMPARE(widget.timing().totalUs(), 0);
    QVERIFY(!render(widget, {300, widget.sizeHint().height()}).isNull());
    widget.setResult(timeline({{0, Type::TargetParsed, 0}, {7, Type::Error, 0}}, TransportProtocol::Udp));
    QVERIFY(!render(widget, {1, 1}).isNull());
    QVERIFY(!render(widget, {5000, 30}).isNull());
}

QTEST_MAIN(tst_WaterfallWidget)
#include "tst_waterfallwidget.moc"
