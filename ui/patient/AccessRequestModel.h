// Access requests still waiting for the patient's answer, newest first: who asks, why, for
// what, when they asked and until when. Answered requests are left out.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

#include <set>

namespace medchain::ui {

class AccessRequestModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Requester, Purpose, Scope, Asked, Until, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the RequestAccess transaction's hash
        PendingRole, // bool: an answer is on its way to the chain
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Keeps the requests still pending; now decides which have lapsed.
    void setRequests(const QList<client::RequestEntry> &requests, qint64 now);
    void setPending(const client::Hash &request, bool pending);
    const client::RequestEntry *requestAt(int row) const;
    int rowOf(const client::Hash &request) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<client::RequestEntry> m_requests;
    std::set<client::Hash> m_pending;
    qint64 m_now = 0;
};

} // namespace medchain::ui
