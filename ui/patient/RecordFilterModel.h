// What the records page shows of the timeline: free-text search, a category and a date range,
// sorted newest first unless the user sorts by another column.
#pragma once

#include "chain/ChainTypes.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace medchain::ui {

class RecordFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// Sorts by RecordTimelineModel::SortRole, date column descending.
    explicit RecordFilterModel(QObject *parent = nullptr);

    /// Every word must occur (case-insensitively) in the institution, doctor, chief complaint,
    /// or a diagnosis code or its English or Chinese title.
    void setSearchText(const QString &text);
    void setCategory(std::optional<chain::RecordCategory> category);
    /// Encounter dates from..to inclusive, in local time; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    std::optional<chain::RecordCategory> m_category;
    std::optional<qint64> m_fromMs; // inclusive
    std::optional<qint64> m_untilMs; // exclusive
};

} // namespace medchain::ui
