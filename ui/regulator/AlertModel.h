// The outbreak alerts of a surveillance snapshot, newest first: a row per district, disease and
// day on which the chosen method found more cases than the baseline lets through.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class AlertModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Day, Disease, District, Cases, Expected, Statistic, Threshold, ColumnCount };
    enum DataRole {
        CategoryRole = Qt::UserRole, // QString: "J10"
        RegionRole, // QString: the district's code
        DayRole, // QDate
        SortRole, // the column's natural order: days as dates, numbers as numbers
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Kept newest first (by day, then by statistic), whatever order they come in.
    void setAlerts(const QList<client::OutbreakAlert> &alerts);
    const client::OutbreakAlert *alertAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::OutbreakAlert &alert, int column) const;
    QVariant sortKey(const client::OutbreakAlert &alert, int column) const;

    QList<client::OutbreakAlert> m_alerts;
};

} // namespace medchain::ui
