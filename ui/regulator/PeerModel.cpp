#include "regulator/PeerModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"
#include "regulator/ValidatorHealthModel.h"

#include <QBrush>
#include <QColor>

namespace medchain::ui {

namespace {

const QColor kProblemRed(0xb0, 0x00, 0x20);

} // namespace

void PeerModel::setPeers(const QList<client::PeerHealth> &peers, quint64 height)
{
    beginResetModel();
    m_peers = peers;
    m_height = height;
    endResetModel();
}

const client::PeerHealth *PeerModel::peerAt(int row) const
{
    return row >= 0 && row < m_peers.size() ? &m_peers[row] : nullptr;
}

void PeerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_peers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PeerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PeerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PeerModel::isBehind(const client::PeerHealth &peer) const
{
    return m_height > peer.height + ValidatorHealthModel::LagBlocks;
}

QString PeerModel::text(const client::PeerHealth &peer, int column) const
{
    switch (column) {
    case Name:
        return RecordFormat::party(peer.node);
    case Institution:
        return peer.node.institution;
    case Kind:
        return peer.validator ? tr("Validator") : tr("Replica");
    case Height: {
        const QString height = SurveillanceText::count(qint64(peer.height));
        if (peer.height < m_height)
            return tr("%1 (%n behind)", nullptr, int(m_height - peer.height)).arg(height);
        if (peer.height > m_height)
            return tr("%1 (%n ahead)", nullptr, int(peer.height - m_height)).arg(height);
        return height;
    }
    case BlocksApplied:
        return SurveillanceText::count(qint64(peer.blocksApplied));
    default:
        return QString();
    }
}

QVariant PeerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::PeerHealth &peer = m_peers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(peer, index.column());
    case Qt::ForegroundRole:
        if (isBehind(peer))
            return QBrush(kProblemRed);
        return {};
    case Qt::ToolTipRole:
        if (isBehind(peer))
            return tr("%n block(s) behind this replica: it is catching up, or cannot keep up.",
                      nullptr, int(m_height - peer.height));
        if (index.column() == Name)
            return tr("Identity %1").arg(PartyText::fullId(peer.node.id));
        if (index.column() == BlocksApplied)
            return tr("Blocks this peer sent that this node checked and applied.");
        return {};
    case IdRole:
        return peer.node.id.toByteArray();
    case BehindRole:
        return isBehind(peer);
    case SortRole:
        switch (index.column()) {
        case Height:
            return peer.height;
        case BlocksApplied:
            return peer.blocksApplied;
        default:
            return text(peer, index.column());
        }
    default:
        return {};
    }
}

QVariant PeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Peer");
    case Institution:
        return tr("Institution");
    case Kind:
        return tr("Kind");
    case Height:
        return tr("Height");
    case BlocksApplied:
        return tr("Blocks applied");
    default:
        return {};
    }
}

} // namespace medchain::ui
