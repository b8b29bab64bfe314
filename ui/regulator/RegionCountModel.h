// The cases of each region one level below the dashboard's region (a row per region: name in the
// interface's language, GB/T 2260 code, cases), as the By region table and bar chart show them.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class RegionCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Code, Cases, ColumnCount };
    enum DataRole {
        CodeRole = Qt::UserRole, // QString: the region's code
        CasesRole, // qint64
        SortRole, // the column's natural order: names as text, cases as numbers
        HasSubregionsRole, // bool: the catalog lists regions under it (Enter drills in)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QList<client::GroupCount> &counts);
    const QList<client::GroupCount> &counts() const { return m_counts; }
    qint64 totalCases() const;
    /// Names follow the interface's language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<client::GroupCount> m_counts;
};

} // namespace medchain::ui
