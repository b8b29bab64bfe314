// Identities the authority administers, one list of them: institutions, or practitioners and
// nodes, with what they are, whose they are, their region and whether they are revoked (greyed).
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class DirectoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Institution, Region, Status, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the identity's public key
        RevokedRole, // bool
        ChainRoleRole, // int: chain::Role
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setParties(const QList<client::Party> &parties);
    const QList<client::Party> &parties() const { return m_parties; }
    const client::Party *partyAt(int row) const;
    int rowOf(const client::IdentityId &id) const;
    int activeCount() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::Party &party, int column) const;

    QList<client::Party> m_parties;
};

} // namespace medchain::ui
