#include "regulator/RegionCountModel.h"

#include "regulator/SurveillanceText.h"

namespace medchain::ui {

void RegionCountModel::setCounts(const QList<client::GroupCount> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

qint64 RegionCountModel::totalCases() const
{
    qint64 total = 0;
    for (const client::GroupCount &each : m_counts)
        total += each.cases;
    return total;
}

void RegionCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RegionCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int RegionCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::GroupCount &count = m_counts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return SurveillanceText::regionName(count.key);
        case Code:
            return count.key;
        case Cases:
            return SurveillanceText::count(count.cases);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Cases)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && SurveillanceText::hasSubregions(count.key))
            return tr("Enter or double-click to see the regions of %1")
                .arg(SurveillanceText::regionName(count.key));
        return {};
    case SortRole:
        if (index.column() == Cases)
            return count.cases;
        return data(index, Qt::DisplayRole);
    case CodeRole:
        return count.key;
    case CasesRole:
        return count.cases;
    case HasSubregionsRole:
        return SurveillanceText::hasSubregions(count.key);
    default:
        return {};
    }
}

QVariant RegionCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Region");
    case Code:
        return tr("Code");
    case Cases:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace medchain::ui
