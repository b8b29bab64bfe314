#include "regulator/DiseaseCountModel.h"

#include "regulator/SurveillanceText.h"

namespace medchain::ui {

void DiseaseCountModel::setCounts(Level level, const QList<client::GroupCount> &counts)
{
    beginResetModel();
    m_level = level;
    m_counts = counts;
    endResetModel();
}

qint64 DiseaseCountModel::totalCases() const
{
    qint64 total = 0;
    for (const client::GroupCount &each : m_counts)
        total += each.cases;
    return total;
}

void DiseaseCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiseaseCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int DiseaseCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DiseaseCountModel::chapterOfRow(const client::GroupCount &count) const
{
    if (m_level == Level::Categories)
        return SurveillanceText::chapterOf(count.key);
    bool ok = false;
    const int number = count.key.toInt(&ok);
    return ok && number >= 1 && number <= 22 ? number : 0;
}

QString DiseaseCountModel::text(const client::GroupCount &count, int column) const
{
    const bool chapters = m_level == Level::Chapters;
    switch (column) {
    case Code:
        if (!chapters)
            return count.key;
        return chapterOfRow(count) ? SurveillanceText::chapterRoman(chapterOfRow(count))
                                   : count.key;
    case Disease:
        if (!chapters)
            return SurveillanceText::categoryTitle(count.key);
        return chapterOfRow(count) ? SurveillanceText::chapterTitle(chapterOfRow(count))
                                   : QString();
    case Cases:
        return SurveillanceText::count(count.cases);
    default:
        return QString();
    }
}

QVariant DiseaseCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::GroupCount &count = m_counts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(count, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Cases)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (m_level == Level::Categories)
            return SurveillanceText::categoryDetails(count.key);
        return tr("Enter or double-click to see the categories of this chapter");
    case SortRole:
        if (index.column() == Cases)
            return count.cases;
        if (index.column() == Code && m_level == Level::Chapters)
            return chapterOfRow(count);
        return text(count, index.column());
    case KeyRole:
        return count.key;
    case ChapterRole:
        return chapterOfRow(count);
    case CategoryRole:
        return m_level == Level::Categories ? count.key : QString();
    case CasesRole:
        return count.cases;
    default:
        return {};
    }
}

QVariant DiseaseCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return m_level == Level::Chapters ? tr("Chapter") : tr("Category");
    case Disease:
        return tr("Disease");
    case Cases:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace medchain::ui
