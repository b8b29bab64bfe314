#include "patient/RecordFilterModel.h"

#include "patient/RecordTimelineModel.h"

#include <QDateTime>

namespace medchain::ui {

RecordFilterModel::RecordFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTimelineModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(RecordTimelineModel::DateColumn, Qt::DescendingOrder);
}

void RecordFilterModel::setSearchText(const QString &text)
{
    QStringList words = text.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    refilter();
}

void RecordFilterModel::setCategory(std::optional<chain::RecordCategory> category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

void RecordFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    std::optional<qint64> fromMs;
    std::optional<qint64> untilMs;
    if (from.isValid())
        fromMs = from.startOfDay().toMSecsSinceEpoch();
    if (to.isValid())
        untilMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    if (fromMs == m_fromMs && untilMs == m_untilMs)
        return;
    m_fromMs = fromMs;
    m_untilMs = untilMs;
    refilter();
}

void RecordFilterModel::refilter()
{
    // invalidate(), not invalidateFilter(): one layout change instead of a removal or insertion
    // signal per run of rows, which over 10,000 rows costs a view (and the model tester) dearly.
    invalidate();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(RecordTimelineModel::CategoryRole).toInt() != int(*m_category))
        return false;
    if (m_fromMs || m_untilMs) {
        const qint64 time = index.data(RecordTimelineModel::EncounterTimeRole).toLongLong();
        if ((m_fromMs && time < *m_fromMs) || (m_untilMs && time >= *m_untilMs))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(RecordTimelineModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace medchain::ui
