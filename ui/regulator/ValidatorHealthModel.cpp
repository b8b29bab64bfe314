#include "regulator/ValidatorHealthModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"

#include <QBrush>
#include <QColor>

namespace medchain::ui {

namespace {

/// The error red the other views use for problems (#b00020).
const QColor kProblemRed(0xb0, 0x00, 0x20);

} // namespace

ValidatorHealthModel::State ValidatorHealthModel::stateOf(const client::ValidatorHealth &validator,
                                                          const client::NetworkHealth &health)
{
    if (validator.lastSigned == 0)
        return State::Silent;
    if (health.height > validator.lastSigned + LagBlocks)
        return State::Lagging;
    if (validator.connected && health.height > validator.peerHeight + LagBlocks)
        return State::Lagging;
    return State::Signing;
}

void ValidatorHealthModel::setHealth(const client::NetworkHealth &health)
{
    beginResetModel();
    m_health = health;
    m_states.clear();
    for (const client::ValidatorHealth &validator : std::as_const(m_health.validators))
        m_states.append(stateOf(validator, m_health));
    endResetModel();
}

const client::ValidatorHealth *ValidatorHealthModel::validatorAt(int row) const
{
    return row >= 0 && row < m_health.validators.size() ? &m_health.validators[row] : nullptr;
}

int ValidatorHealthModel::count(State state) const
{
    return int(m_states.count(state));
}

quint64 ValidatorHealthModel::power(State state) const
{
    quint64 sum = 0;
    for (int row = 0; row < m_states.size(); ++row)
        if (m_states[row] == state)
            sum += m_health.validators[row].power;
    return sum;
}

quint64 ValidatorHealthModel::totalPower() const
{
    quint64 sum = 0;
    for (const client::ValidatorHealth &validator : m_health.validators)
        sum += validator.power;
    return sum;
}

void ValidatorHealthModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_states.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ValidatorHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_health.validators.size());
}

int ValidatorHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ValidatorHealthModel::text(const client::ValidatorHealth &validator, int column) const
{
    switch (column) {
    case Name:
        return RecordFormat::party(validator.node);
    case Institution:
        return validator.node.institution;
    case Power: {
        const quint64 total = totalPower();
        const quint64 percent = total > 0 ? validator.power * 100 / total : 0;
        return tr("%1 (%2%)", "voting power and its share of the whole set")
            .arg(SurveillanceText::count(qint64(validator.power)))
            .arg(percent);
    }
    case LastSigned: {
        if (validator.lastSigned == 0)
            return tr("none in the newest %n block(s)", nullptr, int(m_health.scanned));
        const QString block = SurveillanceText::count(qint64(validator.lastSigned));
        if (validator.lastSigned >= m_health.height)
            return tr("block %1 (the newest)").arg(block);
        return tr("block %1, %n block(s) ago", nullptr, int(m_health.height - validator.lastSigned))
            .arg(block);
    }
    case SignedAt:
        return validator.lastSigned == 0 ? QString()
                                         : RecordFormat::dateTime(validator.lastSignedTime);
    case LastProposed:
        return validator.lastProposed == 0
            ? tr("none recently")
            : tr("block %1").arg(SurveillanceText::count(qint64(validator.lastProposed)));
    case Connection:
        return validator.connected ? tr("connected, at block %1")
                                         .arg(SurveillanceText::count(qint64(validator.peerHeight)))
                                   : tr("not a peer");
    default:
        return QString();
    }
}

QString ValidatorHealthModel::why(const client::ValidatorHealth &validator, State state) const
{
    switch (state) {
    case State::Silent:
        return tr("Signed no commit in the newest %n block(s) this replica holds: it may be down, "
                  "cut off from the others, or not caught up.",
                  nullptr, int(m_health.scanned));
    case State::Lagging:
        if (validator.lastSigned + LagBlocks < m_health.height)
            return tr("Its newest signature is %n block(s) behind the tip: it is missing votes.",
                      nullptr, int(m_health.height - validator.lastSigned));
        return tr("It has shown this node block %1 only, %n block(s) behind: it is falling "
                  "behind.",
                  nullptr, int(m_health.height - validator.peerHeight))
            .arg(SurveillanceText::count(qint64(validator.peerHeight)));
    case State::Signing:
        break;
    }
    return QString();
}

QVariant ValidatorHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::ValidatorHealth &validator = m_health.validators[index.row()];
    const State state = m_states[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(validator, index.column());
    case Qt::ForegroundRole:
        if (state != State::Signing)
            return QBrush(kProblemRed);
        return {};
    case Qt::ToolTipRole:
        if (state != State::Signing)
            return why(validator, state);
        if (index.column() == Name)
            return tr("Identity %1").arg(PartyText::fullId(validator.node.id));
        if (index.column() == Connection && !validator.connected)
            return tr("Not connected to this node now; it may still vote through other peers.");
        return {};
    case IdRole:
        return validator.node.id.toByteArray();
    case StateRole:
        return int(state);
    case SortRole:
        switch (index.column()) {
        case Power:
            return validator.power;
        case LastSigned:
        case SignedAt:
            return validator.lastSigned;
        case LastProposed:
            return validator.lastProposed;
        case Connection:
            return validator.connected ? validator.peerHeight + 1 : quint64(0);
        default:
            return text(validator, index.column());
        }
    default:
        return {};
    }
}

QVariant ValidatorHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Validator");
    case Institution:
        return tr("Institution");
    case Power:
        return tr("Power");
    case LastSigned:
        return tr("Last signed");
    case SignedAt:
        return tr("Signed at");
    case LastProposed:
        return tr("Last proposed");
    case Connection:
        return tr("Connection");
    default:
        return {};
    }
}

} // namespace medchain::ui
