#include "waterfallwidget.h"

#include "classcolors.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// A tick step of 1, 2 or 5 × 10^n µs giving at most `ticks` intervals.
qint64 niceStep(qint64 totalUs, int ticks)
{
    const double raw = std::max(1.0, double(totalUs) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return qint64(factor * magnitude);
    }
    return qint64(10 * magnitude);
}

QColor phaseColor(TimingPhase::Kind kind, int finalClass)
{
    switch (kind) {
    case TimingPhase::Kind::Dns: return QColor(0x8e, 0x6c, 0xc9);
    case TimingPhase::Kind::Connect: return QColor(0xe0, 0x8a, 0x2c);
    case TimingPhase::Kind::Tls: return QColor(0x2a, 0x9d, 0x8f);
    case TimingPhase::Kind::Transaction: return ClassColors::chipColor(finalClass);
    }
    return Qt::gray;
}

QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

// Marks drawn apart from each other: closer than this (px) they would be one smudge.
constexpr double markHitSlop = 3.0;

} // namespace

WaterfallWidget::WaterfallWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timingWaterfall"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    setAccessibleName(tr("Timing waterfall"));
    updateDescription();
}

void WaterfallWidget::setTiming(const ProbeTiming &timing)
{
    m_timing = timing;
    updateDescription();
    updateGeometry();
    update();
}

void WaterfallWidget::clear()
{
    setTiming(ProbeTiming());
}

int WaterfallWidget::phaseRows() const
{
    return int(std::min<qsizetype>(m_timing.phases().size(), maxPhaseRows));
}

bool WaterfallWidget::hasMoreRow() const
{
    return m_timing.phases().size() > maxPhaseRows;
}

int WaterfallWidget::rowCount() const
{
    return phaseRows() + (hasMoreRow() ? 1 : 0) + (m_timing.marks().isEmpty() ? 0 : 1);
}

QSize WaterfallWidget::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int rows = std::max(1, rowCount());
    return {480, metrics.height() + 8 + rows * (metrics.height() + 8) + 6};
}

QSize WaterfallWidget::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

WaterfallWidget::Geometry WaterfallWidget::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry g;
    g.rowHeight = metrics.height() + 8;
    g.axisHeight = metrics.height() + 8;
    const double labelWidth = std::clamp(width() * 0.35, 80.0, 260.0);
    g.labels = QRectF(4, g.axisHeight, labelWidth - 8, height() - g.axisHeight);
    g.plot = QRectF(labelWidth, g.axisHeight, std::max(10.0, width() - labelWidth - 12), height() - g.axisHeight - 4);
    return g;
}

double WaterfallWidget::xAt(const Geometry &g, qint64 us) const
{
    // The axis begins at the first phase or mark, not at the probe's start: no empty
    // stretch before the first bar. Times stay the probe's, as in the timeline.
    const qint64 start = m_timing.startUs();
    const qint64 span = std::max<qint64>(1, m_timing.totalUs() - start);
    return g.plot.left() + g.plot.width() * double(std::clamp<qint64>(us - start, 0, span)) / double(span);
}

void WaterfallWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const Geometry g = geometry();

    QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.15f);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    if (m_timing.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(rect(), Qt::AlignCenter, tr("No timing yet: run a probe."));
        return;
    }

    // Time axis with grid lines.
    const qint64 start = m_timing.startUs();
    const qint64 total = std::max<qint64>(start + 1, m_timing.totalUs());
    const int maxTicks = std::max(1, int(g.plot.width() / std::max(60, metrics.horizontalAdvance(u"000.0 ms"_s) + 12)));
    const qint64 step = niceStep(total - start, maxTicks);
    // Ticks at round times of the probe's clock from the axis' beginning on.
    for (qint64 t = (start + step - 1) / step * step; t <= total; t += step) {
        const double x = xAt(g, t);
        painter.setPen(QPen(faint, 1));
        painter.drawLine(QPointF(x, g.axisHeight - 2), QPointF(x, height() - 4));
        painter.setPen(dim);
        const QString label = ProbeTiming::formatDuration(t);
        const double w = metrics.horizontalAdvance(label);
        painter.drawText(QRectF(std::min(x - w / 2, width() - w - 2), 2, w + 2, metrics.height()), Qt::AlignCenter, label);
    }

    const int finalClass = [this] {
        for (const TimingMark &mark : m_timing.marks()) {
            if (mark.kind == TimingMark::Kind::Final)
                return mark.statusCode / 100;
        }
        return 0;
    }();

    double y = g.axisHeight;
    for (int row = 0; row < phaseRows(); ++row, y += g.rowHeight) {
        const TimingPhase &phase = m_timing.phases().at(row);
        painter.setPen(text);
        painter.drawText(QRectF(g.labels.left(), y, g.labels.width(), g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(phase.label, Qt::ElideMiddle, int(g.labels.width())));
        const double left = xAt(g, phase.startUs);
        // At least 2 px: a lookup answered from the hosts file still shows.
        const double right = std::max(xAt(g, phase.endUs), left + 2);
        const QRectF bar(left, y + 3, right - left, g.rowHeight - 6);
        const QColor color = phase.failed ? errorColor() : phaseColor(phase.kind, finalClass);
        painter.setPen(Qt::NoPen);
        painter.setBrush(phase.failed ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        painter.drawRoundedRect(bar, 2, 2);
        if (phase.failed) {
            painter.setPen(QPen(color, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(bar, 2, 2);
        }
        // The duration beside the bar when it fits, else inside on the left.
        const QString duration = ProbeTiming::formatDuration(phase.durationUs());
        const double w = metrics.horizontalAdvance(duration) + 6;
        painter.setPen(dim);
        const double textLeft = right + w <= g.plot.right() ? right + 3 : std::max(g.plot.left(), left - w);
        painter.drawText(QRectF(textLeft, y, w, g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter, duration);
    }
    if (hasMoreRow()) {
        painter.setPen(dim);
        painter.drawText(QRectF(g.labels.left(), y, width() - 8, g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… %n more phase(s)", nullptr, int(m_timing.phases().size() - maxPhaseRows)));
        y += g.rowHeight;
    }

    if (!m_timing.marks().isEmpty()) {
        painter.setPen(text);
        painter.drawText(QRectF(g.labels.left(), y, g.labels.width(), g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Messages"));
        const double top = y + 2;
        const double bottom = y + g.rowHeight - 2;
        painter.setPen(QPen(faint, 1));
        painter.drawLine(QPointF(g.plot.left(), (top + bottom) / 2), QPointF(g.plot.right(), (top + bottom) / 2));
        double lastX = -1000;
        for (const TimingMark &mark : m_timing.marks()) {
            const double x = xAt(g, mark.atUs);
            // Thousands of marks (a flood of ignored answers) cost no more than a row of pixels.
            if (mark.kind == TimingMark::Kind::Ignored && x - lastX < 1.0)
                continue;
            lastX = x;
            QColor color = dim;
            Qt::PenStyle style = Qt::SolidLine;
            double width = 2;
            switch (mark.kind) {
            case TimingMark::Kind::Sent: color = text; break;
            case TimingMark::Kind::Retransmitted: color = text; style = Qt::DotLine; width = 1.5; break;
            case TimingMark::Kind::Provisional: color = ClassColors::chipColor(1); break;
            case TimingMark::Kind::Final: color = ClassColors::chipColor(mark.statusCode / 100); width = 3; break;
            case TimingMark::Kind::Ignored: color = faint; color.setAlphaF(0.5f); width = 1; break;
            case TimingMark::Kind::Timeout:
            case TimingMark::Kind::Error: color = errorColor(); width = 3; break;
            }
            painter.setPen(QPen(color, width, style));
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
}

QString WaterfallWidget::describeAt(const QPoint &position) const
{
    if (m_timing.isEmpty())
        return {};
    const Geometry g = geometry();
    const int row = int(std::floor((position.y() - g.axisHeight) / g.rowHeight));
    if (row < 0)
        return {};
    if (row < phaseRows()) {
        const TimingPhase &phase = m_timing.phases().at(row);
        return tr("%1: %2 (from %3 to %4; %5)")
            .arg(phase.label, ProbeTiming::formatDuration(phase.durationUs()), ProbeTiming::formatDuration(phase.startUs),
                 ProbeTiming::formatDuration(phase.endUs), m_timing.phaseClock(row));
    }
    const int marksRow = phaseRows() + (hasMoreRow() ? 1 : 0);
    if (row != marksRow || m_timing.marks().isEmpty())
        return {};
    QStringList lines;
    for (const TimingMark &mark : m_timing.marks()) {
        if (std::abs(xAt(g, mark.atUs) - position.x()) <= markHitSlop && lines.size() < 10)
            lines << tr("%1 at %2").arg(mark.label, ProbeTiming::formatDuration(mark.atUs));
    }
    return lines.join(u'\n');
}

bool WaterfallWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void WaterfallWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Timing waterfall"));
        updateDescription();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void WaterfallWidget::updateDescription()
{
    if (m_timing.isEmpty()) {
        setAccessibleDescription(tr("No timing yet."));
        return;
    }
    QStringList lines;
    for (int row = 0; row < phaseRows(); ++row) {
        const TimingPhase &phase = m_timing.phases().at(row);
        lines << tr("%1: %2").arg(phase.label, ProbeTiming::formatDuration(phase.durationUs()));
    }
    int shown = 0;
    for (const TimingMark &mark : m_timing.marks()) {
        if (mark.kind == TimingMark::Kind::Ignored || ++shown > 20)
            continue;
        lines << tr("%1 at %2").arg(mark.label, ProbeTiming::formatDuration(mark.atUs));
    }
    lines << tr("Total: %1").arg(ProbeTiming::formatDuration(m_timing.totalUs()));
    setAccessibleDescription(lines.join(u'\n'));
}

} // namespace SipScope
