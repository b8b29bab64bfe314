// The node's connected peers: who runs them, whether they validate, the height each has shown
// against this replica's, and how many of their blocks were applied. Far-behind peers red.
#pragma once

#include "client/AdminTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class PeerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Institution, Kind, Height, BlocksApplied, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the peer node's public key
        BehindRole, // bool: more than ValidatorHealthModel::LagBlocks behind this replica
        SortRole, // the column's natural order (heights and counts as numbers)
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// peers as health lists them; height is this replica's, to say who is behind.
    void setPeers(const QList<client::PeerHealth> &peers, quint64 height);
    const client::PeerHealth *peerAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::PeerHealth &peer, int column) const;
    bool isBehind(const client::PeerHealth &peer) const;

    QList<client::PeerHealth> m_peers;
    quint64 m_height = 0;
};

} // namespace medchain::ui
