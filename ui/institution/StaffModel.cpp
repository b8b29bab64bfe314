#include "institution/StaffModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

void StaffModel::setStaff(const QList<client::Party> &staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

const client::Party *StaffModel::partyAt(int row) const
{
    return row >= 0 && row < m_staff.size() ? &m_staff[row] : nullptr;
}

int StaffModel::rowOf(const client::IdentityId &id) const
{
    for (int row = 0; row < m_staff.size(); ++row)
        if (m_staff[row].id == id)
            return row;
    return -1;
}

int StaffModel::activePractitioners() const
{
    return int(std::count_if(m_staff.begin(), m_staff.end(), [](const client::Party &party) {
        return party.role == chain::Role::Practitioner && !party.revoked;
    }));
}

void StaffModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_staff.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffModel::text(const client::Party &party, int column) const
{
    switch (column) {
    case Name:
        return RecordFormat::party(party);
    case Role:
        return PartyText::role(party.role);
    case Specialty:
        return party.specialty;
    case Licence:
        return party.licenceNumber;
    case Status:
        return party.revoked ? tr("Revoked") : tr("Active");
    default:
        return QString();
    }
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Party &party = m_staff[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(party, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("Identity %1").arg(PartyText::fullId(party.id));
        if (index.column() == Status && party.revoked)
            return tr("Revoked on chain: this identity can no longer sign or read anything.");
        return {};
    case Qt::ForegroundRole:
        if (party.revoked)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return party.id.toByteArray();
    case RevokedRole:
        return party.revoked;
    case ChainRoleRole:
        return int(party.role);
    default:
        return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Specialty:
        return tr("Specialty");
    case Licence:
        return tr("Licence");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace medchain::ui
