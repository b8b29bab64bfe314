#include "regulator/ValidatorSetModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"
#include "regulator/ValidatorSetCheck.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace medchain::ui {

void ValidatorSetModel::setCurrent(const QList<identity::Validator> &current,
                                   const QList<client::Party> &nodes)
{
    const bool keepEdits = isChanged();
    beginResetModel();
    m_current = current;
    m_nodes = nodes;
    if (!keepEdits)
        m_proposed = current;
    endResetModel();
}

void ValidatorSetModel::setHealth(const client::NetworkHealth &health)
{
    m_health = health;
    if (!m_proposed.isEmpty())
        emit dataChanged(index(0, Now), index(rowCount() - 1, Now));
}

void ValidatorSetModel::reset()
{
    beginResetModel();
    m_proposed = m_current;
    endResetModel();
}

bool ValidatorSetModel::add(const client::IdentityId &node, quint64 power)
{
    if (contains(node) || power == 0)
        return false;
    const int row = int(m_proposed.size());
    beginInsertRows({}, row, row);
    m_proposed.append({node, power});
    endInsertRows();
    return true;
}

bool ValidatorSetModel::remove(int row)
{
    if (row < 0 || row >= m_proposed.size())
        return false;
    beginRemoveRows({}, row, row);
    m_proposed.removeAt(row);
    endRemoveRows();
    return true;
}

bool ValidatorSetModel::setPower(int row, quint64 power)
{
    if (row < 0 || row >= m_proposed.size() || power == 0)
        return false;
    if (m_proposed[row].power == power)
        return true;
    m_proposed[row].power = power;
    // The share of every row changes with the total.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return true;
}

bool ValidatorSetModel::isChanged() const
{
    if (m_current.size() != m_proposed.size())
        return true;
    const auto byNode = [](const identity::Validator &a, const identity::Validator &b) {
        return a.node < b.node;
    };
    QList<identity::Validator> a = m_current;
    QList<identity::Validator> b = m_proposed;
    std::sort(a.begin(), a.end(), byNode);
    std::sort(b.begin(), b.end(), byNode);
    return a != b;
}

int ValidatorSetModel::rowOf(const client::IdentityId &node) const
{
    for (int row = 0; row < m_proposed.size(); ++row)
        if (m_proposed[row].node == node)
            return row;
    return -1;
}

client::Party ValidatorSetModel::party(const client::IdentityId &node) const
{
    for (const client::Party &each : m_nodes)
        if (each.id == node)
            return each;
    client::Party unknown;
    unknown.id = node;
    unknown.role = chain::Role::Node;
    return unknown;
}

quint64 ValidatorSetModel::totalPower() const
{
    quint64 sum = 0;
    for (const identity::Validator &validator : m_proposed)
        sum += validator.power;
    return sum;
}

ValidatorSetModel::ChangeKind
ValidatorSetModel::changeOf(const identity::Validator &validator) const
{
    for (const identity::Validator &now : m_current)
        if (now.node == validator.node)
            return now.power == validator.power ? ChangeKind::None : ChangeKind::PowerChanged;
    return ChangeKind::Added;
}

void ValidatorSetModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_proposed.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ValidatorSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposed.size());
}

int ValidatorSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ValidatorSetModel::text(const identity::Validator &validator, int column) const
{
    switch (column) {
    case Name:
        return RecordFormat::party(party(validator.node));
    case Institution:
        return party(validator.node).institution;
    case Power: {
        const quint64 total = totalPower();
        return tr("%1 (%2%)", "voting power and its share of the whole set")
            .arg(SurveillanceText::count(qint64(validator.power)))
            .arg(total > 0 ? validator.power * 100 / total : 0);
    }
    case Now:
        if (!m_health)
            return QString();
        return ValidatorSetCheck::isUp(validator.node, *m_health) ? tr("up")
                                                                  : tr("not signing or connected");
    case Change:
        switch (changeOf(validator)) {
        case ChangeKind::None:
            return QString();
        case ChangeKind::Added:
            return tr("added");
        case ChangeKind::PowerChanged:
            for (const identity::Validator &now : m_current)
                if (now.node == validator.node)
                    return tr("power was %1").arg(SurveillanceText::count(qint64(now.power)));
            return QString();
        }
        return QString();
    default:
        return QString();
    }
}

QVariant ValidatorSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const identity::Validator &validator = m_proposed[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(validator, index.column());
    case Qt::FontRole:
        if (changeOf(validator) != ChangeKind::None) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Now && m_health
            && !ValidatorSetCheck::isUp(validator.node, *m_health))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("Identity %1").arg(PartyText::fullId(validator.node));
        if (index.column() == Now && m_health)
            return tr("Up: it signed one of the newest blocks, or is a peer of this node and "
                      "caught up. Blocks need validators up with more than two thirds of the "
                      "power.");
        return {};
    case UpRole:
        if (!m_health)
            return {};
        return ValidatorSetCheck::isUp(validator.node, *m_health);
    case IdRole:
        return validator.node.toByteArray();
    case PowerRole:
        return validator.power;
    case ChangeRole:
        return int(changeOf(validator));
    default:
        return {};
    }
}

QVariant ValidatorSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Node");
    case Institution:
        return tr("Institution");
    case Power:
        return tr("Power");
    case Now:
        return tr("Now");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace medchain::ui
