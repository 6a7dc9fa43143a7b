#include "codelistmodel.h"

#include "responsecodecatalog.h"

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

CodeListModel::CodeListModel(QObject *parent) : QAbstractListModel(parent)
{
    loadEntries();
    m_rows = computeRows();
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Entry entry = m_entries.value(row.code);
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString::number(row.code) + u' ' + entry.reason);
    case Qt::ToolTipRole:
        return entry.summary;
    case CodeRole:
        return row.code;
    case ReasonRole:
        return entry.reason;
    case ClassRole:
        return classOf(row.code);
    case ClassLabelRole:
        return classOf(row.code) ? QString(QString::number(classOf(row.code)) + u"xx"_s) : QString();
    case KindRole:
        return int(entry.kind);
    case KindTokenRole:
        return codeKindToken(entry.kind);
    case RegisteredRole:
        return entry.kind == CodeKind::Registered;
    case SummaryRole:
        return entry.summary;
    case ScoreRole:
        return row.score;
    case MatchedFieldsRole:
        return int(row.matchedFields.toInt());
    case StrongRole:
        return row.strong;
    case FirstRelatedRole:
        return !row.strong && index.row() > 0 && m_rows.at(index.row() - 1).strong;
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(ReasonRole, "reason");
    names.insert(ClassRole, "codeClass");
    names.insert(ClassLabelRole, "classLabel");
    names.insert(KindRole, "kind");
    names.insert(KindTokenRole, "kindToken");
    names.insert(RegisteredRole, "registered");
    names.insert(SummaryRole, "summary");
    names.insert(ScoreRole, "score");
    names.insert(MatchedFieldsRole, "matchedFields");
    names.insert(StrongRole, "strong");
    names.insert(FirstRelatedRole, "firstRelated");
    return names;
}

int CodeListModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : 0;
}

int CodeListModel::strongCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.strong; }));
}

int CodeListModel::rowOfCode(int code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code)
            return int(i);
    }
    return -1;
}

void CodeListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    requery();
    Q_EMIT queryChanged(m_query);
}

void CodeListModel::setClassFilter(int codeClass)
{
    if (codeClass < 0 || codeClass > 6)
        codeClass = 0;
    if (codeClass == m_classFilter)
        return;
    m_classFilter = codeClass;
    requery();
    Q_EMIT classFilterChanged(m_classFilter);
}

void CodeListModel::setIncludeNonStandard(bool include)
{
    if (include == m_includeNonStandard)
        return;
    m_includeNonStandard = include;
    requery();
    Q_EMIT includeNonStandardChanged(m_includeNonStandard);
}

void CodeListModel::refresh()
{
    beginResetModel();
    m_search.rebuild();
    loadEntries();
    m_rows = computeRows();
    endResetModel();
}

void CodeListModel::loadEntries()
{
    m_entries.clear();
    m_allCodes.clear();
    for (const ResponseCode &code : ResponseCodeCatalog::instance().codes(true)) {
        m_entries.insert(code.code, {code.reason, code.summary, code.kind});
        m_allCodes.append(code.code);
    }
}

void CodeListModel::requery()
{
    beginResetModel();
    m_rows = computeRows();
    endResetModel();
}

QList<CodeListModel::Row> CodeListModel::computeRows()
{
    QList<Row> rows;
    m_recognitions.clear();
    if (CodeSearch::isBlank(m_query)) {
        for (const int code : m_allCodes) {
            if (!m_includeNonStandard && m_entries.value(code).kind != CodeKind::Registered)
                continue;
            if (m_classFilter != 0 && classOf(code) != m_classFilter)
                continue;
            rows.append({code, 0, {}, true});
        }
    } else {
        SearchOptions options;
        options.includeNonStandard = m_includeNonStandard;
        options.codeClass = m_classFilter;
        const SearchResult result = m_search.find(m_query, options);
        m_recognitions = result.recognitions;
        for (const SearchHit &hit : result.hits)
            rows.append({hit.code, hit.score, hit.matchedFields, hit.strong});
    }
    return rows;
}

int CodeListModel::classOf(int code)
{
    return code >= 100 && code <= 699 ? code / 100 : 0;
}

} // namespace SipScope
