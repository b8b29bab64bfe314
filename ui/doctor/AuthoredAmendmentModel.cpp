#include "doctor/AuthoredAmendmentModel.h"

#include "patient/RecordFormat.h"

namespace medchain::ui {

AuthoredAmendmentModel::AuthoredAmendmentModel(QObject *parent) : QAbstractTableModel(parent) { }

int AuthoredAmendmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthoredAmendmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthoredAmendmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AuthoredAmendment &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case AmendmentIdRole:
        return row.amendment.id.toByteArray();
    case RecordIdRole:
        return row.record.toByteArray();
    case PatientIdRole:
        return row.patient.id.toByteArray();
    case StateRole:
        return int(row.amendment.state);
    default:
        return {};
    }
}

QVariant AuthoredAmendmentModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case RecordDateColumn:
        return tr("Record of");
    case ProposedColumn:
        return tr("Proposed on");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void AuthoredAmendmentModel::setAmendments(const QList<client::AuthoredAmendment> &amendments)
{
    bool sameIds = amendments.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < amendments.size(); ++i)
        sameIds = amendments.at(i).amendment.id == m_rows.at(i).amendment.id;
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

int AuthoredAmendmentModel::rowOf(const client::Hash &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).amendment.id == id)
            return int(row);
    return -1;
}

void AuthoredAmendmentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString AuthoredAmendmentModel::stateText(client::AmendmentState state)
{
    switch (state) {
    case client::AmendmentState::Pending:
        return tr("Pending: the patient has not answered");
    case client::AmendmentState::Confirmed:
        return tr("Confirmed by the patient");
    case client::AmendmentState::Rejected:
        return tr("Rejected by the patient");
    }
    return {};
}

QString AuthoredAmendmentModel::reason(const client::AmendmentEntry &amendment)
{
    if (!amendment.content)
        return {};
    return amendment.content->notes.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString AuthoredAmendmentModel::text(const client::AuthoredAmendment &row, int column) const
{
    switch (column) {
    case PatientColumn:
        return RecordFormat::party(row.patient);
    case RecordDateColumn:
        return RecordFormat::date(row.encounterTime);
    case ProposedColumn:
        return RecordFormat::dateTime(row.amendment.proposed);
    case StateColumn:
        return stateText(row.amendment.state);
    case ReasonColumn:
        return reason(row.amendment);
    default:
        return {};
    }
}

} // namespace medchain::ui
