// Two versions of a record compared field by field, for the amendment comparison and the
// amendment history. Items are matched by their text, so a reordered list shows no change.
#pragma once

#include "records/RecordContent.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace medchain::ui {

struct FieldComparison {
    QString field; // translated: "Diagnoses"
    QStringList before; // one line per item
    QStringList after;
    QList<bool> removed; // per line of before: not in after
    QList<bool> added; // per line of after: not in before
    bool changed = false;
};

class RecordDiff {
    Q_DECLARE_TR_FUNCTIONS(RecordDiff)
public:
    /// Every field of a record, in reading order, changed or not.
    static QList<FieldComparison> compare(const records::RecordContent &before,
                                          const records::RecordContent &after);
    /// The names of the fields that differ, in reading order.
    static QStringList changedFields(const records::RecordContent &before,
                                     const records::RecordContent &after);
};

} // namespace medchain::ui
