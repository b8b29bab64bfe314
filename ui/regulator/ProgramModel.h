// The subsidy programs on chain: name, owner, which records qualify (category and ICD-10 codes),
// what each pays, the cap per patient and what is left in the pool. Amounts in fen, shown in yuan.
#pragma once

#include "client/AdminTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class ProgramModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Owner, Category, Codes, AmountPerEvent, Cap, Pool, Created, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole, // QByteArray: the CreateProgram transaction's hash
        SortRole, // the column's natural order (amounts in fen, heights as numbers)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPrograms(const QList<client::ProgramEntry> &programs);
    const client::ProgramEntry *programAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Any category", or the category's name.
    static QString categoryText(const std::optional<chain::RecordCategory> &category);

private:
    QString text(const client::ProgramEntry &program, int column) const;

    QList<client::ProgramEntry> m_programs;
};

} // namespace medchain::ui
