// The break-glass reads of a surveillance snapshot, newest first: who read whose records without
// the patient's grant, when and why. Every row is marked as an emergency (red, with the word).
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class EmergencyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Access, Time, Practitioner, Institution, Patient, Reason, ColumnCount };
    enum DataRole {
        EmergencyRole = Qt::UserRole, // bool: always true, what marks the row
        TransactionRole, // QByteArray: the EmergencyAccess transaction's hash
        TimeRole, // qint64: ms since the Unix epoch
        SortRole, // the column's natural order (time as a number)
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Kept newest first, whatever order they come in.
    void setEntries(const QList<client::EmergencyEntry> &entries);
    const client::EmergencyEntry *entryAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::EmergencyEntry &entry, int column) const;

    QList<client::EmergencyEntry> m_entries;
};

} // namespace medchain::ui
