// The validator set the authority is editing: the current one from chain with nodes added,
// removed or given another power, and what changed. Nothing is sent until the page applies it.
#pragma once

#include "client/AdminTypes.h"
#include "identity/IdentityTx.h"

#include <QAbstractTableModel>

#include <optional>

namespace medchain::ui {

class ValidatorSetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Institution, Power, Now, Change, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the node's public key
        PowerRole, // quint64
        ChangeRole, // int: ChangeKind
        UpRole, // bool: signing or connected now (ValidatorSetCheck::isUp); unset without health
    };
    enum class ChangeKind { None, Added, PowerChanged };

    using QAbstractTableModel::QAbstractTableModel;

    /// The set on chain and the nodes that could be in it. Edits made since the last one are
    /// kept (the set on chain may change under them); without edits, the new set is shown.
    void setCurrent(const QList<identity::Validator> &current, const QList<client::Party> &nodes);
    /// What this replica last read of the validators and peers, to say who is up now.
    void setHealth(const client::NetworkHealth &health);
    /// Back to the set on chain.
    void reset();
    /// Adds node with power; false if it is in the set already.
    bool add(const client::IdentityId &node, quint64 power);
    bool remove(int row);
    bool setPower(int row, quint64 power);

    const QList<identity::Validator> &current() const { return m_current; }
    const QList<identity::Validator> &proposed() const { return m_proposed; }
    bool isChanged() const;
    bool contains(const client::IdentityId &node) const { return rowOf(node) >= 0; }
    int rowOf(const client::IdentityId &node) const;
    /// The node as the directory names it (an unknown one by its id).
    client::Party party(const client::IdentityId &node) const;
    const QList<client::Party> &nodes() const { return m_nodes; }
    quint64 totalPower() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ChangeKind changeOf(const identity::Validator &validator) const;
    QString text(const identity::Validator &validator, int column) const;

    QList<identity::Validator> m_current;
    QList<identity::Validator> m_proposed;
    QList<client::Party> m_nodes;
    std::optional<client::NetworkHealth> m_health;
};

} // namespace medchain::ui
