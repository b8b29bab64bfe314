#include "patient/WalletHistoryModel.h"

#include "patient/RecordFormat.h"
#include "patient/WalletText.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

void WalletHistoryModel::setLines(const QList<client::WalletLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    // Newest first; lines of one block keep the reader's order.
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const client::WalletLine &a, const client::WalletLine &b) {
                         return a.height > b.height;
                     });
    endResetModel();
}

const client::WalletLine *WalletHistoryModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

void WalletHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WalletHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int WalletHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletHistoryModel::text(const client::WalletLine &line, int column) const
{
    switch (column) {
    case Date:
        return RecordFormat::dateTime(line.time);
    case Kind:
        return WalletText::entryKind(line.kind);
    case Amount:
        return WalletText::signedYuan(line.delta);
    case Balance:
        return WalletText::yuan(line.balance);
    case Counterparty:
        return line.counterparty;
    case Detail:
        return WalletText::lineDetail(line);
    default:
        return QString();
    }
}

QVariant WalletHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::WalletLine &line = m_lines[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(line, column);
    case Qt::ToolTipRole:
        if (column == Detail || column == Counterparty)
            return text(line, column);
        if (column == Amount && line.accrued)
            return tr("Your share of the fund's yield: it raised the value of your holding; "
                      "your balance did not change.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == Amount || column == Balance)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        if (column == Amount || column == Balance) {
            // Digits line up in a fixed-width font, so columns of money read at a glance.
            QFont font;
            font.setStyleHint(QFont::Monospace);
            font.setFamily(QStringLiteral("monospace"));
            font.setItalic(line.accrued);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (line.accrued || (line.kind == chain::EntryKind::Subsidy && line.delta == 0))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case AmountRole:
        return line.delta;
    case BalanceRole:
        return line.balance;
    case KindRole:
        return int(line.kind);
    case AccruedRole:
        return line.accrued;
    case SortRole:
        switch (column) {
        case Date:
            return line.time;
        case Amount:
            return line.delta;
        case Balance:
            return line.balance;
        default:
            return text(line, column);
        }
    default:
        return {};
    }
}

QVariant WalletHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Balance))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case Balance:
        return tr("Balance");
    case Counterparty:
        return tr("With");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace medchain::ui
