// The records that break a supervision rule, newest first: the day, the rule, the drug, exam or
// diagnosis, the figure against its limit, and who wrote the record where.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class FindingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Day, Rule, Subject, Value, Limit, Practitioner, Institution, ColumnCount };
    enum DataRole {
        RuleRole = Qt::UserRole, // int: the client::SupervisionRule
        RecordRole, // QByteArray: the record's id (its AddRecord transaction)
        DayRole, // QDate
        SortRole, // the column's natural order: days as dates, figures as numbers
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Kept newest first (by day), whatever order they come in.
    void setFindings(const QList<client::SupervisionFinding> &findings);
    const client::SupervisionFinding *findingAt(int row) const;
    const QList<client::SupervisionFinding> &findings() const { return m_findings; }
    /// How many break rule.
    int count(client::SupervisionRule rule) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const client::SupervisionFinding &finding, int column) const;
    QVariant sortKey(const client::SupervisionFinding &finding, int column) const;

    QList<client::SupervisionFinding> m_findings;
};

} // namespace medchain::ui
