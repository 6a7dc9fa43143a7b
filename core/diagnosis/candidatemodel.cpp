#include "candidatemodel.h"

#include "probe/probetiming.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString ttlText(qint64 ttl)
{
    return ttl < 0 ? CandidateModel::tr("TTL unknown") : CandidateModel::tr("TTL %1 s").arg(ttl);
}

} // namespace

CandidateModel::CandidateModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{
}

void CandidateModel::clear()
{
    setCandidates({});
}

void CandidateModel::setCandidates(const QList<CandidateResult> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    m_diagnoses = QList<std::optional<Diagnosis>>(candidates.size());
    for (qsizetype row = 0; row < m_candidates.size(); ++row)
        diagnose(row);
    endResetModel();
}

void CandidateModel::setTargets(const QList<ResolvedTarget> &targets)
{
    QList<CandidateResult> candidates;
    for (const ResolvedTarget &target : targets) {
        CandidateResult candidate;
        candidate.target = target;
        candidates << candidate;
    }
    setCandidates(candidates);
}

void CandidateModel::updateCandidate(int index, const CandidateResult &candidate)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    m_candidates[index] = candidate;
    diagnose(index);
    rowChanged(index);
}

void CandidateModel::diagnose(qsizetype row)
{
    const CandidateResult &candidate = m_candidates.at(row);
    if (candidate.finished)
        m_diagnoses[row] = Diagnosis::diagnose(candidate.result);
    else
        m_diagnoses[row].reset();
}

QString CandidateModel::sourceText(const ResolvedTarget &target)
{
    QString address;
    switch (target.source) {
    case ResolvedTarget::Source::Literal:
        return tr("IP address in the URI (no DNS)");
    case ResolvedTarget::Source::A:
    case ResolvedTarget::Source::Aaaa:
        return tr("%1 of %2, %3").arg(target.source == ResolvedTarget::Source::A ? u"A"_s : u"AAAA"_s,
                                      target.host, ttlText(target.ttl));
    case ResolvedTarget::Source::Srv:
        address = target.address.protocol() == QAbstractSocket::IPv6Protocol ? u"AAAA"_s : u"A"_s;
        return (target.naptrService.isEmpty()
                    ? QString()
                    : tr("NAPTR %1 (order %2, preference %3) → ")
                          .arg(target.naptrService)
                          .arg(target.naptrOrder)
                          .arg(target.naptrPreference))
               + tr("SRV %1: priority %2, weight %3, port %4, %5 → %6 %7, %8")
            .arg(target.srvName)
            .arg(target.priority)
            .arg(target.weight)
            .arg(target.port)
            .arg(ttlText(target.srvTtl), address, target.host, ttlText(target.ttl));
    }
    return {};
}

int CandidateModel::rows() const
{
    return int(m_candidates.size());
}

QVariant CandidateModel::cell(int row, int column, int role) const
{
    const CandidateResult &c = m_candidates.at(row);
    const ProbeResult &r = c.result;
    switch (role) {
    case AnsweredRole:
        return r.hasFinalResponse();
    case StatusCodeRole:
        return r.hasFinalResponse() ? r.statusCode : 0;
    case FinishedRole:
        return c.finished;
    case Qt::ToolTipRole:
        if (column == DiagnosisColumn && c.finished)
            return m_diagnoses.at(row)->originExplanation;
        if (column == SourceColumn)
            return sourceText(c.target);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case EndpointColumn:
        return c.target.endpointText();
    case SourceColumn:
        return sourceText(c.target);
    case StatusColumn:
        if (!c.finished)
            return tr("probing…");
        if (r.hasFinalResponse())
            return QString::number(r.statusCode) + u' ' + r.reasonPhrase;
        // Never shown as a received code: the kind of failure instead.
        return errorKindTitle(r.error.kind);
    case RttColumn:
        return r.rttUs >= 0 ? ProbeTiming::formatDuration(r.rttUs) : QString();
    case DiagnosisColumn:
        return c.finished ? m_diagnoses.at(row)->sentence : QString();
    }
    return {};
}

QString CandidateModel::columnTitle(int column) const
{
    switch (column) {
    case EndpointColumn: return tr("Candidate");
    case SourceColumn: return tr("From DNS");
    case StatusColumn: return tr("Answer");
    case RttColumn: return tr("Round trip");
    case DiagnosisColumn: return tr("Diagnosis");
    }
    return {};
}

void CandidateModel::retranslate()
{
    for (qsizetype row = 0; row < m_candidates.size(); ++row)
        diagnose(row);
    ColumnTableModel::retranslate();
}

} // namespace SipScope
