#include "rttchart.h"

#include "classcolors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// A round upper bound for the axis: 1, 2, 5 × 10^n.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

QString formatMs(double value)
{
    return value >= 10 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 2);
}

} // namespace

RttChart::RttChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"rttChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    retranslateUi();
}

void RttChart::retranslateUi()
{
    setAccessibleName(tr("Round-trip time chart"));
    setToolTip(tr("Round-trip time of each probe; red marks a probe without an answer"));
}

void RttChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RttChart::setSamples(const QList<std::optional<double>> &rttMs)
{
    m_samples = rttMs;
    update();
}

void RttChart::addSample(std::optional<double> rttMs)
{
    m_samples.append(rttMs);
    update();
}

void RttChart::clear()
{
    m_samples.clear();
    update();
}

QSize RttChart::sizeHint() const
{
    return {360, fontMetrics().height() * 8};
}

QSize RttChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 5};
}

void RttChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));

    const QFontMetrics metrics = fontMetrics();
    const QString unit = tr("ms");
    double maximum = 0;
    for (const auto &sample : m_samples) {
        if (sample)
            maximum = std::max(maximum, *sample);
    }
    const double top = niceCeiling(maximum * 1.1);
    const int labelWidth = std::max(metrics.horizontalAdvance(formatMs(top) + u' ' + unit),
                                    metrics.horizontalAdvance(u"0 "_s + unit)) + 8;
    const QRectF plot = QRectF(rect()).adjusted(labelWidth, metrics.height() / 2.0 + 4, -10,
                                                -metrics.height() - 6);

    // Axes and grid.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    QColor axisText = pal.color(QPalette::Text);
    axisText.setAlphaF(0.7f);
    painter.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(axisText);
    painter.drawText(QRectF(0, plot.top() - metrics.height() / 2.0, labelWidth - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, formatMs(top) + u' ' + unit);
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() / 2.0, labelWidth - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, u"0 "_s + unit);

    if (m_samples.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No probes yet"));
        return;
    }

    const qsizetype count = m_samples.size();
    auto xAt = [&](qsizetype i) {
        return count == 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(count - 1);
    };
    auto yAt = [&](double value) { return plot.bottom() - plot.height() * value / top; };

    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                     Qt::AlignLeft | Qt::AlignTop, u"1"_s);
    if (count > 1) {
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                         Qt::AlignRight | Qt::AlignTop, QString::number(count));
    }

    const QColor line = ClassColors::textColor(2, pal);
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < count; ++i) {
        if (!m_samples.at(i)) {
            drawing = false; // a lost probe breaks the line
            continue;
        }
        const QPointF point(xAt(i), yAt(*m_samples.at(i)));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    painter.setPen(QPen(line, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    const QColor lost = ClassColors::textColor(5, pal);
    for (qsizetype i = 0; i < count; ++i) {
        if (m_samples.at(i)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(line);
            painter.drawEllipse(QPointF(xAt(i), yAt(*m_samples.at(i))), 3, 3);
        } else {
            painter.setPen(QPen(lost, 2));
            const QPointF centre(xAt(i), plot.bottom() - 4);
            painter.drawLine(centre + QPointF(-4, -4), centre + QPointF(4, 4));
            painter.drawLine(centre + QPointF(-4, 4), centre + QPointF(4, -4));
        }
    }
}

} // namespace SipScope
