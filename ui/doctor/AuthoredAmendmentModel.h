// The amendments this doctor proposed, one row each, latest first, with the patient's answer:
// pending, confirmed or rejected. Holds plain AuthoredAmendment values.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace medchain::ui {

class AuthoredAmendmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PatientColumn, RecordDateColumn, ProposedColumn, StateColumn, ReasonColumn };
    static constexpr int ColumnCount = ReasonColumn + 1;

    enum Role {
        AmendmentIdRole = Qt::UserRole, // QByteArray: the proposal's transaction
        RecordIdRole, // QByteArray: the record it amends
        PatientIdRole, // QByteArray
        StateRole, // int: client::AmendmentState
    };

    explicit AuthoredAmendmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Makes the model hold exactly amendments; rows keep their place when the ids do.
    void setAmendments(const QList<client::AuthoredAmendment> &amendments);
    const client::AuthoredAmendment &amendment(int row) const { return m_rows.at(row); }
    int rowOf(const client::Hash &id) const;
    void retranslate();

    /// "Pending: the patient has not answered", "Confirmed by the patient", "Rejected by the
    /// patient".
    static QString stateText(client::AmendmentState state);
    /// The reason the proposal gave: the first line of its notes (Session::proposeAmendment puts
    /// it first), empty when the content cannot be read.
    static QString reason(const client::AmendmentEntry &amendment);

private:
    QString text(const client::AuthoredAmendment &row, int column) const;

    QList<client::AuthoredAmendment> m_rows;
};

} // namespace medchain::ui
