// A record's trail for a dispute, oldest first: its creation, amendments and answers, reads and
// break-glass declarations, each with who and why. Emergency rows are red, with a warning icon.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class TrailEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Event, Who, Detail, ColumnCount };
    enum DataRole {
        KindRole = Qt::UserRole, // int: the client::TrailEvent::Kind
        TransactionRole, // QByteArray: the event's transaction (its evidence can be exported)
        EmergencyRole, // bool: a break-glass read or declaration
        TimeRole, // qint64: ms since the Unix epoch
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Kept oldest first, whatever order they come in.
    void setEvents(const QList<client::TrailEvent> &events);
    const client::TrailEvent *eventAt(int row) const;
    /// The row of the record's creation, or -1.
    int creationRow() const;
    void retranslate();

    static bool isEmergency(client::TrailEvent::Kind kind);
    /// "Created", "Read", "Emergency read"…
    static QString kindName(client::TrailEvent::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::TrailEvent &event, int column) const;

    QList<client::TrailEvent> m_events;
};

} // namespace medchain::ui
