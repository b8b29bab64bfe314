// The doctor's patients as a table: name, what access this doctor has (EMERGENCY in red for
// break-glass access in force), the last readable encounter. Holds plain PatientEntry values.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace medchain::ui {

class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, AccessColumn, LastEncounterColumn };
    static constexpr int ColumnCount = LastEncounterColumn + 1;

    enum Role {
        PatientIdRole = Qt::UserRole, // QByteArray: the patient's identity
        GrantedRole, // bool: an active grant covers this doctor (or their institution)
        EmergencyRole, // bool: the doctor's break-glass access is in force
        SearchTextRole, // QString, lower case: name and id in hex, what the search matches
        SortRole, // the last encounter's time in its column, the shown text elsewhere
    };

    explicit PatientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Makes the model hold exactly patients; when the ids stay the same and in order, rows are
    /// updated in place so views keep their selection.
    void setPatients(const QList<client::PatientEntry> &patients);
    const QList<client::PatientEntry> &patients() const { return m_rows; }
    const client::PatientEntry &patient(int row) const { return m_rows.at(row); }
    /// The row of the patient, or -1.
    int rowOf(const client::IdentityId &id) const;
    void retranslate();

    /// What the access column says of entry: "EMERGENCY", "Granted", "Via institution",
    /// "Asked", "No access".
    static QString accessText(const client::PatientEntry &entry);
    /// The same in a sentence, with the grant's end date (the row's tooltip).
    static QString accessDetail(const client::PatientEntry &entry);
    /// The colour EMERGENCY is written in, here and in the patient's header.
    static QColor emergencyColour();

private:
    QString text(const client::PatientEntry &entry, int column) const;

    QList<client::PatientEntry> m_rows;
};

} // namespace medchain::ui
