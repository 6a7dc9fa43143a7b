// The diagnosis on the probe's result card: the one sentence of what is wrong and
// where, where the status came from (received, or concluded locally), the evidence,
// and what the path did to the request (our address as the server saw it, NAT, signs
// of a SIP ALG, each with what was sent and what came back).
#pragma once

#include "diagnosis/diagnosis.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace SipScope {

class DiagnosisPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);

    void showResult(const ProbeResult &result);
    void clear();

    std::optional<Diagnosis> diagnosis() const { return m_diagnosis; }
    QLabel *sentenceLabel() const { return m_sentence; }
    QLabel *originLabel() const { return m_origin; }
    QLabel *evidenceLabel() const { return m_evidence; }
    QLabel *pathLabel() const { return m_path; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    QLabel *m_sentence = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_path = nullptr;
    std::optional<ProbeResult> m_result;
    std::optional<Diagnosis> m_diagnosis;
};

} // namespace SipScope
