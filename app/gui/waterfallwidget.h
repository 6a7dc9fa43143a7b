// The timing waterfall of one probe, drawn with QPainter: one row per phase (each
// DNS lookup, the connection, the TLS handshake, each request's wait) on a shared
// time axis, and a row of instants (request sent, each retransmission, each
// provisional, the final response). Hovering a bar or a tick tells its time; the
// same facts are the widget's accessible description, for screen readers.
#pragma once

#include "probe/probetiming.h"

#include <QWidget>

namespace SipScope {

class WaterfallWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallWidget(QWidget *parent = nullptr);

    void setTiming(const ProbeTiming &timing);
    void setResult(const ProbeResult &result) { setTiming(ProbeTiming::fromResult(result)); }
    void clear();
    const ProbeTiming &timing() const { return m_timing; }

    // Rows drawn: the phases shown (at most maxPhaseRows, then one "more" row), plus
    // the row of instants when there are any.
    int rowCount() const;
    static constexpr int maxPhaseRows = 40;

    // The text of a bar or tick at `position` (widget coordinates), empty if none.
    QString describeAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF labels;
        QRectF plot;      // bars and ticks
        double rowHeight = 0;
        double axisHeight = 0;
    };
    Geometry geometry() const;
    double xAt(const Geometry &g, qint64 us) const;
    int phaseRows() const;
    bool hasMoreRow() const;
    void updateDescription();

    ProbeTiming m_timing;
};

} // namespace SipScope
