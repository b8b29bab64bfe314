#include "regulator/FindingModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/FindingText.h"
#include "regulator/SurveillanceText.h"

#include <algorithm>

namespace medchain::ui {

void FindingModel::setFindings(const QList<client::SupervisionFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const client::SupervisionFinding &a, const client::SupervisionFinding &b) {
                         return a.day > b.day;
                     });
    endResetModel();
}

const client::SupervisionFinding *FindingModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingModel::count(client::SupervisionRule rule) const
{
    return int(
        std::count_if(m_findings.begin(), m_findings.end(),
                      [rule](const client::SupervisionFinding &f) { return f.rule == rule; }));
}

void FindingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingModel::text(const client::SupervisionFinding &finding, int column) const
{
    switch (column) {
    case Day:
        return SurveillanceText::day(finding.day);
    case Rule:
        return FindingText::ruleName(finding.rule);
    case Subject:
        return FindingText::subject(finding);
    case Value:
        return FindingText::value(finding);
    case Limit:
        return FindingText::limit(finding);
    case Practitioner:
        return RecordFormat::party(finding.practitioner);
    case Institution:
        return RecordFormat::party(finding.institution);
    default:
        return QString();
    }
}

QVariant FindingModel::sortKey(const client::SupervisionFinding &finding, int column) const
{
    switch (column) {
    case Day:
        return finding.day;
    case Value:
        return finding.value;
    case Limit:
        return finding.limit;
    default:
        return text(finding, column);
    }
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::SupervisionFinding &finding = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(finding, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Limit)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Practitioner:
            return PartyText::display(finding.practitioner);
        case Institution:
            return PartyText::description(finding.institution);
        default:
            return tr("%1\nEnter or double-click to trace the record and export its evidence.")
                .arg(FindingText::sentence(finding));
        }
    case SortRole:
        return sortKey(finding, index.column());
    case RuleRole:
        return int(finding.rule);
    case RecordRole:
        return finding.record.toByteArray();
    case DayRole:
        return finding.day;
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Value:
            return tr("The daily dose, the days since the same exam, or the record's fees");
        case Limit:
            return tr("The drug's maximum daily dose, the repeated-exam window, or the fees its "
                      "peers allow");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Rule:
        return tr("Rule");
    case Subject:
        return tr("Drug, exam or diagnosis");
    case Value:
        return tr("Found");
    case Limit:
        return tr("Limit");
    case Practitioner:
        return tr("Practitioner");
    case Institution:
        return tr("Institution");
    default:
        return {};
    }
}

} // namespace medchain::ui
