#include "regulator/EmergencyModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include <algorithm>

namespace medchain::ui {

namespace {

/// The error red the other views use for problems (#b00020), readable on light and dark rows.
const QColor kEmergencyRed(0xb0, 0x00, 0x20);

} // namespace

void EmergencyModel::setEntries(const QList<client::EmergencyEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const client::EmergencyEntry &a, const client::EmergencyEntry &b) {
                         return a.time > b.time;
                     });
    endResetModel();
}

const client::EmergencyEntry *EmergencyModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void EmergencyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EmergencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EmergencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EmergencyModel::text(const client::EmergencyEntry &entry, int column) const
{
    switch (column) {
    case Access:
        return tr("Emergency");
    case Time:
        return RecordFormat::dateTime(entry.time);
    case Practitioner:
        return RecordFormat::party(entry.practitioner);
    case Institution:
        return entry.practitioner.institution;
    case Patient:
        return RecordFormat::party(entry.patient);
    case Reason:
        return entry.reason;
    default:
        return QString();
    }
}

QVariant EmergencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::EmergencyEntry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == Access)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        return QBrush(kEmergencyRed);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Access:
            return tr("Break-glass access: read without the patient's grant, with the reason "
                      "given. The patient was told too.");
        case Practitioner:
            return tr("Identity %1").arg(PartyText::fullId(entry.practitioner.id));
        case Patient:
            return tr("Identity %1").arg(PartyText::fullId(entry.patient.id));
        case Reason:
            return entry.reason;
        default:
            return tr("Transaction %1").arg(QString::fromLatin1(entry.transaction.toHex()));
        }
    case SortRole:
        return index.column() == Time ? QVariant(entry.time)
                                      : QVariant(text(entry, index.column()));
    case EmergencyRole:
        return true;
    case TransactionRole:
        return entry.transaction.toByteArray();
    case TimeRole:
        return entry.time;
    default:
        return {};
    }
}

QVariant EmergencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Access:
        return tr("Access");
    case Time:
        return tr("Time");
    case Practitioner:
        return tr("Practitioner");
    case Institution:
        return tr("Institution");
    case Patient:
        return tr("Patient");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace medchain::ui
