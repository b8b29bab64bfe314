#include "patient/GrantListModel.h"

#include "patient/GrantText.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

void GrantListModel::setGrants(const QList<client::GrantEntry> &grants, qint64 now)
{
    beginResetModel();
    m_grants = grants;
    m_now = now;
    std::stable_sort(m_grants.begin(), m_grants.end(),
                     [now](const client::GrantEntry &a, const client::GrantEntry &b) {
                         const bool aActive = a.activeAt(now);
                         const bool bActive = b.activeAt(now);
                         return aActive != bActive ? aActive : a.granted > b.granted;
                     });
    // A pending revocation that the chain has applied shows as revoked from now on.
    std::erase_if(m_pending, [this](const client::Hash &id) {
        const int row = rowOf(id);
        return row < 0 || m_grants[row].revoked;
    });
    endResetModel();
}

void GrantListModel::setPending(const client::Hash &grant, bool pending)
{
    if (pending)
        m_pending.insert(grant);
    else
        m_pending.erase(grant);
    if (const int row = rowOf(grant); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const client::GrantEntry *GrantListModel::grantAt(int row) const
{
    return row >= 0 && row < m_grants.size() ? &m_grants[row] : nullptr;
}

int GrantListModel::rowOf(const client::Hash &grant) const
{
    for (int row = 0; row < m_grants.size(); ++row)
        if (m_grants[row].id == grant)
            return row;
    return -1;
}

void GrantListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_grants.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GrantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grants.size());
}

int GrantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GrantListModel::text(const client::GrantEntry &grant, int column) const
{
    switch (column) {
    case Grantee:
        return PartyText::display(grant.grantee);
    case Scope:
        return GrantText::scope(grant.scope);
    case Granted:
        return RecordFormat::date(grant.granted);
    case Expiry:
        return grant.revoked ? RecordFormat::date(grant.expiry)
                             : GrantText::expiry(grant.expiry, m_now);
    case State:
        return m_pending.contains(grant.id) ? tr("Revoking…") : GrantText::grantState(grant, m_now);
    default:
        return QString();
    }
}

QVariant GrantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::GrantEntry &grant = m_grants[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(grant, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Grantee)
            return tr("%1\n%2").arg(PartyText::description(grant.grantee),
                                    PartyText::fullId(grant.grantee.id));
        return {};
    case Qt::ForegroundRole:
        if (!grant.activeAt(m_now))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return grant.id.toByteArray();
    case ActiveRole:
        return grant.activeAt(m_now);
    case PendingRole:
        return m_pending.contains(grant.id);
    case SortRole:
        switch (index.column()) {
        case Granted:
            return grant.granted;
        case Expiry:
            return grant.expiry;
        default:
            return text(grant, index.column());
        }
    default:
        return {};
    }
}

QVariant GrantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Grantee:
        return tr("Who");
    case Scope:
        return tr("What they may read");
    case Granted:
        return tr("Granted");
    case Expiry:
        return tr("Until");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace medchain::ui
