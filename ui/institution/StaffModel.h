// The institution's staff as the desk lists them: practitioners and nodes it enrolled, with name,
// role, specialty, licence and whether they are still active. Revoked ones stay listed, greyed.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class StaffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, Specialty, Licence, Status, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the identity's public key
        RevokedRole, // bool
        ChainRoleRole, // int: chain::Role
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setStaff(const QList<client::Party> &staff);
    const client::Party *partyAt(int row) const;
    int rowOf(const client::IdentityId &id) const;
    /// Active practitioners (nodes and revoked ones not counted).
    int activePractitioners() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::Party &party, int column) const;

    QList<client::Party> m_staff;
};

} // namespace medchain::ui
