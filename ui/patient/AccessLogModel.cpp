#include "patient/AccessLogModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace medchain::ui {

void AccessLogModel::setEntries(const QList<client::AccessEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(
        m_entries.begin(), m_entries.end(),
        [](const client::AccessEntry &a, const client::AccessEntry &b) { return a.time > b.time; });
    endResetModel();
}

const client::AccessEntry *AccessLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AccessLogModel::emergencyCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const client::AccessEntry &entry) { return entry.emergency; }));
}

void AccessLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor AccessLogModel::emergencyBackground()
{
    return QColor(0xfd, 0xdc, 0xdc);
}

QString AccessLogModel::text(const client::AccessEntry &entry, int column) const
{
    switch (column) {
    case When:
        return RecordFormat::dateTime(entry.time);
    case Reader:
        return PartyText::display(entry.reader);
    case Record:
        // A break-glass declaration reads nothing by itself; the receipts that follow do.
        return entry.record ? tr("Record of %1").arg(RecordFormat::date(entry.recordTime))
                            : tr("Emergency access declared");
    case Purpose:
        return entry.purpose;
    case ReaderKind:
        return entry.automated ? tr("Automated system") : tr("Person");
    case Access:
        return entry.emergency ? tr("EMERGENCY") : tr("Routine");
    default:
        return QString();
    }
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AccessEntry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reader)
            return tr("%1\n%2").arg(PartyText::description(entry.reader),
                                    PartyText::fullId(entry.reader.id));
        if (entry.emergency)
            return tr("Break-glass access without your grant, for the reason given. The "
                      "regulator is told of it too.");
        return {};
    case Qt::DecorationRole:
        if (entry.emergency && index.column() == When)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (entry.emergency) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (entry.emergency)
            return QBrush(emergencyBackground());
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light warning background, whatever the palette.
        if (entry.emergency)
            return QBrush(QColor(0x7a, 0x0b, 0x0b));
        return {};
    case IdRole:
        return entry.id.toByteArray();
    case EmergencyRole:
        return entry.emergency;
    case AutomatedRole:
        return entry.automated;
    case SortRole:
        return index.column() == When ? QVariant(entry.time)
                                      : QVariant(text(entry, index.column()));
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Reader:
        return tr("Who");
    case Record:
        return tr("What");
    case Purpose:
        return tr("Why");
    case ReaderKind:
        return tr("Read by");
    case Access:
        return tr("Access");
    default:
        return {};
    }
}

} // namespace medchain::ui
