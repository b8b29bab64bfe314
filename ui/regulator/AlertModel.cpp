#include "regulator/AlertModel.h"

#include "regulator/SurveillanceText.h"

#include <algorithm>

namespace medchain::ui {

void AlertModel::setAlerts(const QList<client::OutbreakAlert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const client::OutbreakAlert &a, const client::OutbreakAlert &b) {
                         if (a.day != b.day)
                             return a.day > b.day;
                         return a.statistic > b.statistic;
                     });
    endResetModel();
}

const client::OutbreakAlert *AlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

void AlertModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_alerts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::text(const client::OutbreakAlert &alert, int column) const
{
    switch (column) {
    case Day:
        return SurveillanceText::day(alert.day);
    case Disease:
        return SurveillanceText::category(alert.category);
    case District:
        return SurveillanceText::regionName(alert.region);
    case Cases:
        return SurveillanceText::count(alert.cases);
    case Expected:
        return SurveillanceText::decimal(alert.expected, 1);
    case Statistic:
        return SurveillanceText::decimal(alert.statistic);
    case Threshold:
        return SurveillanceText::decimal(alert.threshold);
    default:
        return QString();
    }
}

QVariant AlertModel::sortKey(const client::OutbreakAlert &alert, int column) const
{
    switch (column) {
    case Day:
        return alert.day;
    case Cases:
        return alert.cases;
    case Expected:
        return alert.expected;
    case Statistic:
        return alert.statistic;
    case Threshold:
        return alert.threshold;
    default:
        return text(alert, column);
    }
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::OutbreakAlert &alert = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(alert, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Cases)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Disease)
            return SurveillanceText::categoryDetails(alert.category);
        return tr("Enter or double-click to see this district's cases of the disease around "
                  "that day");
    case SortRole:
        return sortKey(alert, index.column());
    case CategoryRole:
        return alert.category;
    case RegionRole:
        return alert.region;
    case DayRole:
        return alert.day;
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Expected:
            return tr("The mean daily count of the method's 7-day baseline");
        case Statistic:
            return tr("The method's statistic on that day; it alerts when above the threshold");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Disease:
        return tr("Disease");
    case District:
        return tr("District");
    case Cases:
        return tr("Cases");
    case Expected:
        return tr("Expected");
    case Statistic:
        return tr("Statistic");
    case Threshold:
        return tr("Threshold");
    default:
        return {};
    }
}

} // namespace medchain::ui
