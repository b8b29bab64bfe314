// Internal to DemoData: the little list syntax of the seed files, "a:3;b;c:2" (weight 1 when
// omitted), used for ICD-10 alternatives, institution levels, age bands and settings.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace medchain::demo {

struct WeightedItem {
    QString text;
    qint64 weight = 1;
};

/// Splits "a:3;b;c:2"; nothing if an item is empty or a weight is not a whole number >= 0.
inline std::optional<QList<WeightedItem>> parseWeightedList(const QString &text)
{
    QList<WeightedItem> items;
    if (text.isEmpty())
        return items;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        WeightedItem item;
        item.text = colon < 0 ? part : part.left(colon);
        if (colon >= 0) {
            bool ok = false;
            item.weight = part.mid(colon + 1).toLongLong(&ok);
            if (!ok || item.weight < 0)
                return std::nullopt;
        }
        if (item.text.isEmpty())
            return std::nullopt;
        items.append(item);
    }
    return items;
}

} // namespace medchain::demo
