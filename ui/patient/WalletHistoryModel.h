// The wallet's statement as a table, newest first: date, kind, amount (+/−, yuan from fen,
// right-aligned), balance after, counterparty and what the line was about.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class WalletHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Amount, Balance, Counterparty, Detail, ColumnCount };
    enum Role {
        AmountRole = Qt::UserRole, // qint64 fen: the line's change
        BalanceRole, // qint64 fen: the balance after the line
        KindRole, // int: chain::EntryKind
        AccruedRole, // bool: a fund yield that raised the holding, not the balance
        SortRole, // numbers for dates and money, text otherwise
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<client::WalletLine> &lines);
    const client::WalletLine *lineAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::WalletLine &line, int column) const;

    QList<client::WalletLine> m_lines;
};

} // namespace medchain::ui
