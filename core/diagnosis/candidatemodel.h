// Every DNS candidate of an --all-targets probe as a table row: where it came from
// (SRV name with priority, weight, port and TTL, or A/AAAA), its address, and its
// own result — status, round trip and the one-sentence diagnosis.
#pragma once

#include "candidateprobe.h"

#include <QAbstractTableModel>

namespace SipScope {

class CandidateModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "SRV _sip._udp.example.com: priority 10, weight 60, port 5060, TTL 300 s; A TTL 60 s"
    static QString sourceText(const ResolvedTarget &target);
    void retranslate();

private:
    QList<CandidateResult> m_candidates;
};

} // namespace SipScope
