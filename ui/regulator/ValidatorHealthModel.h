// The validators of the current set as this replica's newest blocks show them: power, the newest
// commit each signed and block each proposed, whether it is a peer now. Silent or lagging ones red.
#pragma once

#include "client/AdminTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class ValidatorHealthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Institution,
        Power,
        LastSigned,
        SignedAt,
        LastProposed,
        Connection,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the node's public key
        StateRole, // int: State
        SortRole, // the column's natural order (heights and times as numbers)
    };
    enum class State {
        Signing, // signed a commit within LagBlocks of the tip
        Lagging, // its newest signature, or the height it shows as a peer, is further behind
        Silent, // signed nothing in the blocks looked at
    };
    /// How far behind the tip a validator's newest signature (or height) may be and still count
    /// as keeping up: a validator that misses this many commits in a row is not voting.
    static constexpr quint64 LagBlocks = 10;

    using QAbstractTableModel::QAbstractTableModel;

    static State stateOf(const client::ValidatorHealth &validator,
                         const client::NetworkHealth &health);

    void setHealth(const client::NetworkHealth &health);
    const client::ValidatorHealth *validatorAt(int row) const;
    /// How many validators are in state, and the power they hold.
    int count(State state) const;
    quint64 power(State state) const;
    quint64 totalPower() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::ValidatorHealth &validator, int column) const;
    QString why(const client::ValidatorHealth &validator, State state) const;

    client::NetworkHealth m_health;
    QList<State> m_states; // per row
};

} // namespace medchain::ui
