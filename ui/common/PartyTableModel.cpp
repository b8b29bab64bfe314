#include "common/PartyTableModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

QList<PartyTableModel::Field> PartyTableModel::staffColumns()
{
    return {Name, Role, Specialty, Licence, Status};
}

QList<PartyTableModel::Field> PartyTableModel::directoryColumns()
{
    return {Name, Kind, Institution, Region, Status};
}

PartyTableModel::PartyTableModel(QList<Field> columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{
}

void PartyTableModel::setParties(const QList<client::Party> &parties)
{
    beginResetModel();
    m_parties = parties;
    endResetModel();
}

const client::Party *PartyTableModel::partyAt(int row) const
{
    return row >= 0 && row < m_parties.size() ? &m_parties[row] : nullptr;
}

int PartyTableModel::rowOf(const client::IdentityId &id) const
{
    for (int row = 0; row < m_parties.size(); ++row)
        if (m_parties[row].id == id)
            return row;
    return -1;
}

int PartyTableModel::activeCount() const
{
    return int(std::count_if(m_parties.begin(), m_parties.end(),
                             [](const client::Party &party) { return !party.revoked; }));
}

int PartyTableModel::activeCount(chain::Role role) const
{
    return int(
        std::count_if(m_parties.begin(), m_parties.end(), [role](const client::Party &party) {
            return party.role == role && !party.revoked;
        }));
}

void PartyTableModel::retranslate()
{
    if (m_columns.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_parties.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int PartyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString PartyTableModel::text(const client::Party &party, Field field) const
{
    switch (field) {
    case Name:
        return RecordFormat::party(party);
    case Role:
        return PartyText::role(party.role);
    case Kind:
        return party.role == chain::Role::Institution && party.kind ? PartyText::kind(*party.kind)
                                                                    : PartyText::role(party.role);
    case Institution:
        return party.institution;
    case Region:
        if (party.regionCode.isEmpty())
            return QString();
        return tr("%1 (%2)", "region name (code)")
            .arg(SurveillanceText::regionName(party.regionCode), party.regionCode);
    case Specialty:
        return party.specialty;
    case Licence:
        return party.licenceNumber;
    case Status:
        return party.revoked ? tr("Revoked") : tr("Active");
    }
    return QString();
}

QVariant PartyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Party &party = m_parties[index.row()];
    const Field field = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return text(party, field);
    case Qt::ToolTipRole:
        if (field == Name)
            return tr("Identity %1").arg(PartyText::fullId(party.id));
        if (field == Status && party.revoked)
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

QVariant PartyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (m_columns[section]) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Kind:
        return tr("Kind");
    case Institution:
        return tr("Institution");
    case Region:
        return tr("Region");
    case Specialty:
        return tr("Specialty");
    case Licence:
        return tr("Licence");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace medchain::ui
