// A small line chart of round-trip times for the repeat mode, drawn with QPainter.
// Probes without an answer are marked on the baseline in the error colour.
#pragma once

#include <QList>
#include <QWidget>

#include <optional>

namespace SipScope {

class RttChart final : public QWidget
{
    Q_OBJECT
public:
    explicit RttChart(QWidget *parent = nullptr);

    // One entry per probe, in order; nullopt for a probe without an answer.
    void setSamples(const QList<std::optional<double>> &rttMs);
    void addSample(std::optional<double> rttMs);
    void clear();
    QList<std::optional<double>> samples() const { return m_samples; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<std::optional<double>> m_samples;
};

} // namespace SipScope
