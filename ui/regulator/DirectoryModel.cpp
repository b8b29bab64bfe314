#include "regulator/DirectoryModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

void DirectoryModel::setParties(const QList<client::Party> &parties)
{
    beginResetModel();
    m_parties = parties;
    endResetModel();
}

const client::Party *DirectoryModel::partyAt(int row) const
{
    return row >= 0 && row < m_parties.size() ? &m_parties[row] : nullptr;
}

int DirectoryModel::rowOf(const client::IdentityId &id) const
{
    for (int row = 0; row < m_parties.size(); ++row)
        if (m_parties[row].id == id)
            return row;
    return -1;
}

int DirectoryModel::activeCount() const
{
    return int(std::count_if(m_parties.begin(), m_parties.end(),
                             [](const client::Party &party) { return !party.revoked; }));
}

void DirectoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_parties.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DirectoryModel::text(const client::Party &party, int column) const
{
    switch (column) {
    case Name:
        return RecordFormat::party(party);
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
    case Status:
        return party.revoked ? tr("Revoked") : tr("Active");
    default:
        return QString();
    }
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Party &party = m_parties[index.row()];
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

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Institution:
        return tr("Institution");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace medchain::ui
