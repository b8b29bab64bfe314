#include "regulator/TrailEventModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include <algorithm>

namespace medchain::ui {

namespace {

/// The error red the other views use for problems (#b00020), as the Break-glass tab's rows.
const QColor kEmergencyRed(0xb0, 0x00, 0x20);

using Kind = client::TrailEvent::Kind;

} // namespace

void TrailEventModel::setEvents(const QList<client::TrailEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(
        m_events.begin(), m_events.end(),
        [](const client::TrailEvent &a, const client::TrailEvent &b) { return a.time < b.time; });
    endResetModel();
}

const client::TrailEvent *TrailEventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int TrailEventModel::creationRow() const
{
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events[row].kind == Kind::Created)
            return row;
    return -1;
}

void TrailEventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool TrailEventModel::isEmergency(Kind kind)
{
    return kind == Kind::EmergencyRead || kind == Kind::EmergencyDeclared;
}

QString TrailEventModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return tr("Created");
    case Kind::AmendmentProposed:
        return tr("Amendment proposed");
    case Kind::AmendmentConfirmed:
        return tr("Amendment confirmed");
    case Kind::AmendmentRejected:
        return tr("Amendment rejected");
    case Kind::Read:
        return tr("Read");
    case Kind::EmergencyRead:
        return tr("Emergency read");
    case Kind::EmergencyDeclared:
        return tr("Break-glass declared");
    }
    return QString();
}

int TrailEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TrailEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrailEventModel::text(const client::TrailEvent &event, int column) const
{
    switch (column) {
    case Time:
        return RecordFormat::dateTime(event.time);
    case Event:
        return kindName(event.kind);
    case Who:
        return PartyText::display(event.who);
    case Detail:
        if (event.detail.isEmpty())
            return QString();
        return isEmergency(event.kind) ? tr("Reason: %1").arg(event.detail)
                                       : tr("Purpose: %1").arg(event.detail);
    default:
        return QString();
    }
}

QVariant TrailEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::TrailEvent &event = m_events[index.row()];
    const bool emergency = isEmergency(event.kind);
    switch (role) {
    case Qt::DisplayRole:
        return text(event, index.column());
    case Qt::DecorationRole:
        if (emergency && index.column() == Event)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (emergency)
            return QBrush(kEmergencyRed);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Who:
            return tr("Identity %1").arg(PartyText::fullId(event.who.id));
        case Detail:
            return event.detail.isEmpty() ? QVariant() : QVariant(event.detail);
        default:
            return tr("Transaction %1").arg(QString::fromLatin1(event.transaction.toHex()));
        }
    case KindRole:
        return int(event.kind);
    case TransactionRole:
        return event.transaction.toByteArray();
    case EmergencyRole:
        return emergency;
    case TimeRole:
        return event.time;
    default:
        return {};
    }
}

QVariant TrailEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Who:
        return tr("By");
    case Detail:
        return tr("Purpose or reason");
    default:
        return {};
    }
}

} // namespace medchain::ui
