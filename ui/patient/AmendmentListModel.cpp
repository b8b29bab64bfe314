#include "patient/AmendmentListModel.h"

#include "patient/RecordFormat.h"

namespace medchain::ui {

AmendmentListModel::AmendmentListModel(QObject *parent) : QAbstractTableModel(parent) { }

int AmendmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AmendmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmendmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::PendingAmendment &amendment = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case AmendmentIdRole:
        return amendment.id.toByteArray();
    case RecordIdRole:
        return amendment.record.toByteArray();
    case ProposedTimeRole:
        return amendment.proposed;
    default:
        return {};
    }
}

QVariant AmendmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordDateColumn:
        return tr("Record of");
    case InstitutionColumn:
        return tr("Institution");
    case AuthorColumn:
        return tr("Proposed by");
    case ProposedColumn:
        return tr("Proposed on");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void AmendmentListModel::setAmendments(const QList<client::PendingAmendment> &amendments)
{
    bool sameIds = amendments.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < amendments.size(); ++i)
        sameIds = amendments.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = amendments;
        endResetModel();
        return;
    }
    m_rows = amendments;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int AmendmentListModel::rowOf(const client::Hash &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return int(row);
    return -1;
}

void AmendmentListModel::setAnswer(const client::Hash &id, bool confirm)
{
    m_answers[id] = confirm;
    rowChanged(id);
}

void AmendmentListModel::clearAnswer(const client::Hash &id)
{
    if (m_answers.erase(id) > 0)
        rowChanged(id);
}

void AmendmentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString AmendmentListModel::text(int row, int column) const
{
    const client::PendingAmendment &amendment = m_rows.at(row);
    switch (column) {
    case RecordDateColumn:
        return RecordFormat::date(amendment.encounterTime);
    case InstitutionColumn:
        return RecordFormat::party(amendment.institution);
    case AuthorColumn:
        return RecordFormat::party(amendment.author);
    case ProposedColumn:
        return RecordFormat::dateTime(amendment.proposed);
    case StateColumn: {
        const auto answer = m_answers.find(amendment.id);
        if (answer == m_answers.end())
            return RecordFormat::amendmentState(client::AmendmentState::Pending);
        return answer->second ? tr("Confirming…") : tr("Rejecting…");
    }
    default:
        return {};
    }
}

void AmendmentListModel::rowChanged(const client::Hash &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, StateColumn), index(row, StateColumn));
}

} // namespace medchain::ui
