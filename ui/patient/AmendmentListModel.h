// The amendments awaiting the patient's answer, one row each, with the answer being sent shown
// in the state column until the chain has it.
#pragma once

#include "client/ClientTypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <map>

namespace medchain::ui {

class AmendmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordDateColumn, InstitutionColumn, AuthorColumn, ProposedColumn, StateColumn };
    static constexpr int ColumnCount = StateColumn + 1;

    enum Role {
        AmendmentIdRole = Qt::UserRole, // QByteArray: the proposal's transaction hash
        RecordIdRole, // QByteArray: the record it amends
        ProposedTimeRole, // qint64 ms since the Unix epoch
    };

    explicit AmendmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Makes the model hold exactly `amendments`; rows whose ids stay in place are updated in
    /// place, so a view keeps its selection.
    void setAmendments(const QList<client::PendingAmendment> &amendments);
    const client::PendingAmendment &amendment(int row) const { return m_rows.at(row); }
    int rowOf(const client::Hash &id) const;

    /// Marks an answer as sent (confirm or reject) until clearAnswer.
    void setAnswer(const client::Hash &id, bool confirm);
    void clearAnswer(const client::Hash &id);
    bool isAnswering(const client::Hash &id) const { return m_answers.contains(id); }
    void retranslate();

private:
    QString text(int row, int column) const;
    void rowChanged(const client::Hash &id);

    QList<client::PendingAmendment> m_rows;
    std::map<client::Hash, bool> m_answers; // id → confirming
};

} // namespace medchain::ui
