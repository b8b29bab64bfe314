// The patient's grants as a table: who, scope, granted, expiry, state. Active grants come
// first (newest first within each group); revoked and expired ones are kept, greyed.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

#include <set>

namespace medchain::ui {

class GrantListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Grantee, Scope, Granted, Expiry, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the GrantAccess transaction's hash, as bytes
        ActiveRole, // bool: not revoked and not expired at the model's `now`
        PendingRole, // bool: a revocation is on its way to the chain
        SortRole, // a value that sorts the column sensibly (times as numbers)
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the grants; now (ms since the epoch) decides which are active.
    void setGrants(const QList<client::GrantEntry> &grants, qint64 now);
    /// Marks a grant as being revoked, or no longer.
    void setPending(const client::Hash &grant, bool pending);
    const client::GrantEntry *grantAt(int row) const;
    /// The row of a grant, or -1.
    int rowOf(const client::Hash &grant) const;
    /// Headers and texts follow the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::GrantEntry &grant, int column) const;

    QList<client::GrantEntry> m_grants;
    std::set<client::Hash> m_pending;
    qint64 m_now = 0;
};

} // namespace medchain::ui
