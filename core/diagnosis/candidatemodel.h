// Every DNS candidate of an --all-targets probe as a table row: where it came from
// (SRV name with priority, weight, port and TTL, or A/AAAA), its address, and its
// own result — status, round trip and the one-sentence diagnosis (made once a row).
#pragma once

#include "candidateprobe.h"
#include "columntablemodel.h"
#include "diagnosis.h"


namespace SipScope {

class CandidateModel final : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { EndpointColumn, SourceColumn, StatusColumn, RttColumn, DiagnosisColumn, ColumnCount };
    enum Role { AnsweredRole = Qt::UserRole + 1, StatusCodeRole, FinishedRole };

    explicit CandidateModel(QObject *parent = nullptr);

    void clear();
    // The candidates as resolved (results still pending).
    void setCandidates(const QList<CandidateResult> &candidates);
    void setTargets(const QList<ResolvedTarget> &targets);
    void updateCandidate(int index, const CandidateResult &candidate);
    const QList<CandidateResult> &candidates() const { return m_candidates; }

    // "SRV _sip._udp.example.com: priority 10, weight 60, port 5060, TTL 300 s; A TTL 60 s"
    static QString sourceText(const ResolvedTarget &target);
    // Diagnoses the finished rows again, in the new language (core translates the text).
    void retranslate() override;

private:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    void diagnose(qsizetype row);

    QList<CandidateResult> m_candidates;
    // One per row, computed once when the candidate finishes: cell() runs on every
    // repaint and tooltip, and a diagnosis parses the raw messages again.
    QList<std::optional<Diagnosis>> m_diagnoses;
};

} // namespace SipScope
