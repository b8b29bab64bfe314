#include "patient/RecordDiff.h"

#include "patient/RecordFormat.h"

namespace medchain::ui {

namespace {

template <typename Item, typename Format> QStringList lines(const QList<Item> &items, Format format)
{
    QStringList result;
    result.reserve(items.size());
    for (const Item &item : items)
        result.append(format(item));
    return result;
}

QStringList textLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : QStringList {text};
}

// A line counts as changed when the other side does not hold it as often: a duplicated item
// that lost one copy shows that copy as removed.
QList<bool> unmatched(const QStringList &side, const QStringList &other)
{
    QList<bool> result;
    result.reserve(side.size());
    QStringList pool = other;
    for (const QString &line : side) {
        const qsizetype at = pool.indexOf(line);
        result.append(at < 0);
        if (at >= 0)
            pool.removeAt(at);
    }
    return result;
}

FieldComparison field(const QString &name, const QStringList &before, const QStringList &after)
{
    FieldComparison comparison {
        name, before, after, unmatched(before, after), unmatched(after, before), false};
    comparison.changed = comparison.removed.contains(true) || comparison.added.contains(true);
    return comparison;
}

} // namespace

QList<FieldComparison> RecordDiff::compare(const records::RecordContent &before,
                                           const records::RecordContent &after)
{
    return {
        field(tr("Chief complaint"), textLines(before.chiefComplaint),
              textLines(after.chiefComplaint)),
        field(tr("Diagnoses"), lines(before.diagnoses, RecordFormat::diagnosis),
              lines(after.diagnoses, RecordFormat::diagnosis)),
        field(tr("Prescriptions"), lines(before.prescriptions, RecordFormat::prescription),
              lines(after.prescriptions, RecordFormat::prescription)),
        field(tr("Examinations"), lines(before.exams, RecordFormat::exam),
              lines(after.exams, RecordFormat::exam)),
        field(tr("Notes"), textLines(before.notes), textLines(after.notes)),
        field(tr("Fees"), lines(before.fees, RecordFormat::fee),
              lines(after.fees, RecordFormat::fee)),
    };
}

QStringList RecordDiff::changedFields(const records::RecordContent &before,
                                      const records::RecordContent &after)
{
    QStringList names;
    const QList<FieldComparison> fields = compare(before, after);
    for (const FieldComparison &comparison : fields)
        if (comparison.changed)
            names.append(comparison.field);
    return names;
}

} // namespace medchain::ui
