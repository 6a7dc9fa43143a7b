// The "All targets" tab of the Probe view: every DNS candidate of the target probed
// at once (RFC 3263: each SRV target and address), one row each with its own answer
// and diagnosis, the sentence over all of them, and the DNS trace with priorities,
// weights, ports and TTLs.
#pragma once

#include "diagnosis/candidateprobe.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace SipScope {

class CandidateModel;

class CandidatesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CandidatesPanel(QWidget *parent = nullptr);

    // Probes every candidate of `target`; a running run is cancelled first.
    void start(const QString &target, const ProbeOptions &options);
    void cancel();
    bool isRunning() const;
    void clear();

    CandidateProbe *probe() const { return m_probe; }
    CandidateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *traceView() const { return m_trace; }

Q_SIGNALS:
    void finished(const SipScope::CandidateProbeResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showTrace(const ResolveResult &resolution);

    CandidateProbe *m_probe = nullptr;
    CandidateModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_trace = nullptr;
    std::optional<CandidateProbeResult> m_last;
};

} // namespace SipScope
