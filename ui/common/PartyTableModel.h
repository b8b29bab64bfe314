// A table of parties (institutions, practitioners, nodes) for the desk's staff and the
// authority's directory: the columns are chosen at construction; revoked parties stay, greyed.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace medchain::ui {

class PartyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What a column shows.
    enum Field {
        Name,
        Role, // the chain role
        Kind, // an institution's kind, anyone else's role
        Institution,
        Region, // "name (code)"
        Specialty,
        Licence,
        Status, // active or revoked
    };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the identity's public key
        RevokedRole, // bool
        ChainRoleRole, // int: chain::Role
    };

    /// The desk's staff: name, role, specialty, licence, status.
    static QList<Field> staffColumns();
    /// The authority's directory: name, kind, institution, region, status.
    static QList<Field> directoryColumns();

    explicit PartyTableModel(QList<Field> columns, QObject *parent = nullptr);

    /// The column that shows field, or -1.
    int column(Field field) const { return int(m_columns.indexOf(field)); }

    void setParties(const QList<client::Party> &parties);
    const QList<client::Party> &parties() const { return m_parties; }
    const client::Party *partyAt(int row) const;
    int rowOf(const client::IdentityId &id) const;
    /// Parties not revoked.
    int activeCount() const;
    /// Parties of role not revoked.
    int activeCount(chain::Role role) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::Party &party, Field field) const;

    QList<Field> m_columns;
    QList<client::Party> m_parties;
};

} // namespace medchain::ui
