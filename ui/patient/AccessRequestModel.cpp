#include "patient/AccessRequestModel.h"

#include "patient/GrantText.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

void AccessRequestModel::setRequests(const QList<client::RequestEntry> &requests, qint64 now)
{
    beginResetModel();
    m_requests.clear();
    m_now = now;
    for (const client::RequestEntry &request : requests)
        if (request.state == client::RequestState::Pending)
            m_requests.append(request);
    std::stable_sort(m_requests.begin(), m_requests.end(),
                     [](const client::RequestEntry &a, const client::RequestEntry &b) {
                         return a.asked > b.asked;
                     });
    std::erase_if(m_pending, [this](const client::Hash &id) { return rowOf(id) < 0; });
    endResetModel();
}

void AccessRequestModel::setPending(const client::Hash &request, bool pending)
{
    if (pending)
        m_pending.insert(request);
    else
        m_pending.erase(request);
    if (const int row = rowOf(request); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const client::RequestEntry *AccessRequestModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests[row] : nullptr;
}

int AccessRequestModel::rowOf(const client::Hash &request) const
{
    for (int row = 0; row < m_requests.size(); ++row)
        if (m_requests[row].id == request)
            return row;
    return -1;
}

void AccessRequestModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_requests.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccessRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int AccessRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::RequestEntry &request = m_requests[index.row()];
    const bool pending = m_pending.contains(request.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Requester:
            return pending ? tr("%1 (answering…)").arg(PartyText::display(request.requester))
                           : PartyText::display(request.requester);
        case Purpose:
            return request.purpose;
        case Scope:
            return GrantText::scope(request.scope);
        case Asked:
            return RecordFormat::date(request.asked);
        case Until:
            return GrantText::expiry(request.expiry, m_now);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Requester)
            return tr("%1\n%2").arg(PartyText::description(request.requester),
                                    PartyText::fullId(request.requester.id));
        return {};
    case Qt::ForegroundRole:
        if (pending || request.expiry <= m_now)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return request.id.toByteArray();
    case PendingRole:
        return pending;
    default:
        return {};
    }
}

QVariant AccessRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Requester:
        return tr("Who asks");
    case Purpose:
        return tr("Why");
    case Scope:
        return tr("For what");
    case Asked:
        return tr("Asked");
    case Until:
        return tr("Until");
    default:
        return {};
    }
}

} // namespace medchain::ui
