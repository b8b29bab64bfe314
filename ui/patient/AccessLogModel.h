// Who read the patient's records, newest first: when, who, which record, why, person or system.
// Emergency (break-glass) entries carry EmergencyRole and are drawn bold on a warning background.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class AccessLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Reader, Record, Purpose, ReaderKind, Access, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the receipt's or the EmergencyAccess transaction's hash
        EmergencyRole, // bool
        AutomatedRole, // bool
        SortRole, // times as numbers, text otherwise
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<client::AccessEntry> &entries);
    const client::AccessEntry *entryAt(int row) const;
    int emergencyCount() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The warning background of an emergency row (a light red both palettes can read).
    static QColor emergencyBackground();

private:
    QString text(const client::AccessEntry &entry, int column) const;

    QList<client::AccessEntry> m_entries;
};

} // namespace medchain::ui
