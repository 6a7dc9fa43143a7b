// Tools → Trace Route…: a SIP traceroute of the Probe view's target. Hops appear in a
// table as they answer (Max-Forwards, answer, hop address, Server, round trip), with
// the summary sentence below; Start and Stop, the hop limit and the per-hop timeout.
#pragma once

#include "probe/optionsprobe.h"
#include "diagnosis/tracer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace SipScope {

class TraceHopModel;

class TraceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TraceDialog(QWidget *parent = nullptr);

    void setTarget(const QString &target);
    QString target() const;
    // The Probe view's options (transport, From, bind, TLS) apply to every hop.
    void setProbeOptions(const ProbeOptions &options) { m_probeOptions = options; }

    QLineEdit *targetEdit() const { return m_target; }
    QSpinBox *maxHopsSpin() const { return m_maxHops; }
    QSpinBox *hopTimeoutSpin() const { return m_hopTimeout; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QTableView *hopTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    TraceHopModel *model() const { return m_model; }
    Tracer *tracer() const { return m_tracer; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void traceFinished(const SipScope::TraceResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void setRunning(bool running);

    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_maxHopsLabel = nullptr;
    QSpinBox *m_maxHops = nullptr;
    QLabel *m_hopTimeoutLabel = nullptr;
    QSpinBox *m_hopTimeout = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    TraceHopModel *m_model = nullptr;
    Tracer *m_tracer = nullptr;
    ProbeOptions m_probeOptions;
};

} // namespace SipScope
