// The patient's timeline as a table: one row per record, filled batch by batch as the session
// decrypts them. Holds plain RecordSummary values; no widget per row, so 10,000 rows stay cheap.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <map>

namespace medchain::ui {

class RecordTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, InstitutionColumn, DoctorColumn, DiagnosesColumn, StateColumn };
    static constexpr int ColumnCount = StateColumn + 1;

    enum Role {
        RecordIdRole = Qt::UserRole, // QByteArray: the AddRecord transaction's hash
        EncounterTimeRole, // qint64 ms since the Unix epoch
        CategoryRole, // int: chain::RecordCategory
        SearchTextRole, // QString, lower case: what free-text search matches against
        SortRole, // the encounter time in the date column, the shown text elsewhere
    };

    explicit RecordTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds a streamed batch after the rows already there.
    void appendBatch(const QList<client::RecordSummary> &batch);
    /// Makes the model hold exactly `records`. When the rows already there follow in the same
    /// order, new ones are inserted in front and the others updated in place (views keep their
    /// selection and scroll); anything else resets the model. False when nothing changed.
    bool replaceAll(const QList<client::RecordSummary> &records);
    void clear();

    const client::RecordSummary &record(int row) const { return m_rows.at(row).summary; }
    /// The row holding the record, or -1.
    int rowOf(const client::Hash &id) const;
    /// Titles and headers follow the interface language: call on QEvent::LanguageChange.
    void retranslate();

private:
    struct Row {
        client::RecordSummary summary;
        QString search;
    };
    static Row makeRow(const client::RecordSummary &summary);
    static bool sameOnScreen(const client::RecordSummary &a, const client::RecordSummary &b);
    QString text(const client::RecordSummary &record, int column) const;
    void reindex();

    QList<Row> m_rows;
    std::map<client::Hash, int> m_index;
};

} // namespace medchain::ui
