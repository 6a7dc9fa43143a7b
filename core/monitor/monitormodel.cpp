#include "monitormodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

MonitorModel::MonitorModel(Monitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
    Q_ASSERT(monitor);
    connect(monitor, &Monitor::targetsAboutToBeReset, this, [this] { beginResetModel(); });
    connect(monitor, &Monitor::targetsReset, this, [this] { endResetModel(); });
    connect(monitor, &Monitor::targetAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(monitor, &Monitor::targetAdded, this, [this](int) { endInsertRows(); });
    connect(monitor, &Monitor::targetAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(monitor, &Monitor::targetRemoved, this, [this](int) { endRemoveRows(); });
    connect(monitor, &Monitor::resultReady, this, [this](int row, const ProbeResult &) { onRowChanged(row); });
}

int MonitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_monitor ? 0 : m_monitor->count();
}

int MonitorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_monitor)
        return {};
    const MonitorTarget &target = m_monitor->target(index.row());
    const MonitorTargetState &state = m_monitor->state(index.row());
    const ProbeResult &result = state.lastResult();
    const bool answered = state.hasResult() && result.hasFinalResponse();
    const double rttMs = answered ? double(result.rttUs) / 1000.0 : -1.0;

    switch (role) {
    case StatusRole:
        return int(state.status());
    case StatusCodeRole:
        return answered ? result.statusCode : 0;
    case RttHistoryRole:
        return QVariant::fromValue(state.rttHistoryMs());
    case FilterRole:
        return QStringList{target.label, target.target, state.statusSummary(),
                           monitorStatusText(state.status()), monitorStatusToken(state.status())}
            .join(u' ');
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn && state.lastChange())
            return state.lastChange()->text();
        if (index.column() == StatusColumn && !state.certificateWarning().isEmpty())
            return tr("Certificate: %1").arg(state.certificateWarning());
        if (index.column() == StatusColumn && state.hasResult() && result.error.isError())
            return result.error.message;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RttColumn || index.column() == LossColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case RttColumn: return rttMs;
        case LossColumn: return state.lossPercent();
        case ChangeColumn: return state.lastChangeTime();
        case StatusColumn: return int(state.status()) * 1000 + (answered ? result.statusCode : 0);
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: return target.displayName();
        case TargetColumn: return target.target;
        case StatusColumn:
            // A certificate inside its warning window shows beside the status (the tooltip
            // says which certificate and when).
            if (state.certificateExpiry() && state.certificateLevel() != CertificateThresholds::Level::Ok)
                return tr("%1 · certificate %n day(s)", nullptr, state.certificateExpiry()->earliestDaysLeft())
                    .arg(state.statusSummary());
            return state.statusSummary();
        case RttColumn:
            return rttMs >= 0 ? tr("%1 ms").arg(QLocale().toString(rttMs, 'f', 1)) : QString(u"—"_s);
        case LossColumn:
            return state.hasResult() ? tr("%1 %").arg(QLocale().toString(state.lossPercent(), 'f', 0))
                                     : QString(u"—"_s);
        case ChangeColumn:
            return state.lastChangeTime().isValid()
                ? QLocale().toString(state.lastChangeTime().time(), QLocale::ShortFormat)
                    + u"  "_s + (state.lastChange() ? state.lastChange()->text() : QString())
                : QString(u"—"_s);
        default: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("Label");
    case TargetColumn: return tr("Target");
    case StatusColumn: return tr("Status");
    case RttColumn: return tr("RTT");
    case LossColumn: return tr("Loss");
    case ChangeColumn: return tr("Last change");
    default: return {};
    }
}

void MonitorModel::onRowChanged(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QByteArray MonitorModel::toCsv() const
{
    // Column names are stable machine keys, like the JSON fields.
    QString csv = u"time,label,target,state,status,reason,rtt_ms,loss_percent,error,last_change,last_change_time\r\n"_s;
    for (int row = 0; m_monitor && row < m_monitor->count(); ++row) {
        const MonitorTarget &target = m_monitor->target(row);
        const MonitorTargetState &state = m_monitor->state(row);
        const QJsonObject record = Monitor::jsonRecord(target, state, std::nullopt);
        const auto text = [&record](const QString &key) {
            const QJsonValue value = record.value(key);
            return value.isDouble() ? QString::number(value.toDouble(), 'g', 10) : value.toString();
        };
        const std::optional<MonitorChange> change = state.lastChange();
        QStringList fields{text(u"time"_s), target.label, target.target, text(u"state"_s), text(u"status"_s),
                           text(u"reason"_s), text(u"rtt_ms"_s), text(u"loss_percent"_s), text(u"error"_s),
                           change ? change->token() : QString(),
                           state.lastChangeTime().isValid() ? state.lastChangeTime().toUTC().toString(Qt::ISODateWithMs)
                                                            : QString()};
        for (QString &field : fields)
            field = csvField(field);
        csv += fields.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

QByteArray MonitorModel::toJson() const
{
    QJsonArray array;
    for (int row = 0; m_monitor && row < m_monitor->count(); ++row) {
        const MonitorTargetState &state = m_monitor->state(row);
        QJsonObject record = Monitor::jsonRecord(m_monitor->target(row), state, std::nullopt);
        record.insert(u"change"_s, state.lastChange() ? QJsonValue(state.lastChange()->token()) : QJsonValue());
        record.insert(u"last_change_time"_s, state.lastChangeTime().isValid()
                          ? QJsonValue(state.lastChangeTime().toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
        record.insert(u"probes"_s, state.probes());
        array.append(record);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace SipScope
