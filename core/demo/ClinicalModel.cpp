// DemoData's clinical model: chronic conditions, kinds of visit, what is written at them and what
// is ordered (chronic.csv, conditions.csv, condition_texts.csv, condition_orders.csv).
#include "demo/Catalog.h"
#include "demo/CsvTable.h"
#include "demo/DemoData.h"
#include "demo/DemoDataParsing.h"
#include "demo/Dosing.h"

#include <algorithm>
#include <numeric>

namespace medchain::demo {

namespace {

std::optional<chain::RecordCategory> categoryNamed(const QString &name)
{
    using chain::RecordCategory;
    static const QList<std::pair<QString, RecordCategory>> names {
        {QStringLiteral("Encounter"), RecordCategory::Encounter},
        {QStringLiteral("Laboratory"), RecordCategory::Laboratory},
        {QStringLiteral("Imaging"), RecordCategory::Imaging},
        {QStringLiteral("Prescription"), RecordCategory::Prescription},
        {QStringLiteral("Vaccination"), RecordCategory::Vaccination}};
    for (const auto &[text, category] : names)
        if (text == name)
            return category;
    return std::nullopt;
}

bool isSex(const QString &text, bool allowBoth)
{
    return text == QLatin1String("F") || text == QLatin1String("M")
        || (allowBoth && text == QLatin1String("*"));
}

/// "0-13" → {0, 13}; empty → all ages.
bool parseAgeRange(const QString &text, int *from, int *to)
{
    if (text.isEmpty()) {
        *from = 0;
        *to = 200;
        return true;
    }
    const QStringList ends = text.split(QLatin1Char('-'));
    bool okFrom = false;
    bool okTo = false;
    if (ends.size() != 2)
        return false;
    *from = ends[0].toInt(&okFrom);
    *to = ends[1].toInt(&okTo);
    return okFrom && okTo && *from >= 0 && *from <= *to && *to <= 120;
}

} // namespace

Result<QList<AgeWeight>> DemoData::parseAgeWeights(const CsvTable &table, int rowIndex, int column)
{
    const CsvTable::Row &row = table.rows()[rowIndex];
    const auto items = parseWeightedList(row.fields[column]);
    QList<AgeWeight> bands;
    for (const WeightedItem &item : items.value_or(QList<WeightedItem>())) {
        AgeWeight band;
        if (!parseAgeRange(item.text, &band.from, &band.to))
            return table.errorAt(row, tr("\"%1\" is not an age band such as 5-14.").arg(item.text));
        band.weight = item.weight;
        bands.append(band);
    }
    if (!items || bands.isEmpty())
        return table.errorAt(row, tr("age bands look like \"0-4:40;5-14:28\"."));
    return bands;
}

Result<void> DemoData::loadChronic(const QString &directory)
{
    auto table = CsvTable::read(directory, QStringLiteral("chronic.csv"),
                                {QStringLiteral("group"), QStringLiteral("name_en"),
                                 QStringLiteral("sex"), QStringLiteral("prevalence_permille"),
                                 QStringLiteral("visits_per_year"), QStringLiteral("span_days")});
    if (!table)
        return table.failure();
    for (int i = 0; i < table->rows().size(); ++i) {
        const CsvTable::Row &row = table->rows()[i];
        ChronicCondition group;
        group.id = row.fields[0];
        group.nameEn = row.fields[1];
        if (group.id.isEmpty() || !isSex(row.fields[2], true)
            || std::any_of(chronic.cbegin(), chronic.cend(),
                           [&](const ChronicCondition &c) { return c.id == group.id; }))
            return table->errorAt(row,
                                  tr("a chronic condition needs a unique id and a sex of "
                                     "F, M or *."));
        group.sex = row.fields[2].at(0);
        auto prevalence = parseAgeWeights(table.value(), i, 3);
        const auto visits = table->integer(row, 4, 1, 365);
        const auto span = table->integer(row, 5, 0, 3660);
        if (!prevalence)
            return prevalence.failure();
        for (const auto *value : {&visits, &span})
            if (!*value)
                return value->failure();
        group.prevalencePermille = prevalence.value();
        group.visitsPerYear = int(visits.value());
        group.spanDays = int(span.value());
        chronic.append(group);
    }
    return {};
}

Result<void> DemoData::loadConditions(const QString &directory, const Catalog &catalog)
{
    auto table = CsvTable::read(
        directory, QStringLiteral("conditions.csv"),
        {QStringLiteral("id"), QStringLiteral("group"), QStringLiteral("category"),
         QStringLiteral("icd10"), QStringLiteral("stable"), QStringLiteral("weight"),
         QStringLiteral("months"), QStringLiteral("ages"), QStringLiteral("sex"),
         QStringLiteral("specialty"), QStringLiteral("levels")});
    if (!table)
        return table.failure();
    for (int i = 0; i < table->rows().size(); ++i) {
        const CsvTable::Row &row = table->rows()[i];
        Condition c;
        c.id = row.fields[0];
        if (c.id.isEmpty() || m_conditionIndex.contains(c.id))
            return table->errorAt(row, tr("a condition needs a unique id."));
        if (!row.fields[1].isEmpty()) {
            const auto it
                = std::find_if(chronic.cbegin(), chronic.cend(),
                               [&](const ChronicCondition &g) { return g.id == row.fields[1]; });
            if (it == chronic.cend())
                return table->errorAt(row,
                                      tr("group %1 is not in chronic.csv.").arg(row.fields[1]));
            c.group = int(it - chronic.cbegin());
        }
        const auto category = categoryNamed(row.fields[2]);
        if (!category)
            return table->errorAt(row, tr("\"%1\" is not a record category.").arg(row.fields[2]));
        c.category = *category;

        const auto options = parseWeightedList(row.fields[3]);
        for (const WeightedItem &option : options.value_or(QList<WeightedItem>())) {
            const QStringList codes = option.text.split(QLatin1Char('+'));
            for (const QString &code : codes)
                if (!catalog.icd10(code))
                    return table->errorAt(row,
                                          tr("ICD-10 code %1 is not in the catalog.").arg(code));
            if (option.weight < 1)
                return table->errorAt(row, tr("a diagnosis weight must be at least 1."));
            c.diagnoses.append(codes);
            c.diagnosisPicker.add(quint64(option.weight));
        }
        if (!options || c.diagnoses.isEmpty())
            return table->errorAt(row, tr("icd10 lists codes such as \"J06.9:8;J00:3\"."));

        const auto stable = table->integer(row, 4, 0, 1);
        const auto weight = table->integer(row, 5, 1, 1'000'000);
        for (const auto *value : {&stable, &weight})
            if (!*value)
                return value->failure();
        c.stable = stable.value() == 1;
        c.weight = weight.value();

        std::array<qint64, 12> months;
        months.fill(1);
        if (!row.fields[6].isEmpty()) {
            const QStringList parts = row.fields[6].split(QLatin1Char(';'));
            bool ok = parts.size() == 12;
            for (int m = 0; ok && m < 12; ++m) {
                months[m] = parts[m].toLongLong(&ok);
                ok = ok && months[m] >= 0 && months[m] <= 1000;
            }
            if (!ok)
                return table->errorAt(row, tr("months lists twelve weights, January first."));
        }
        const qint64 monthSum = std::accumulate(months.cbegin(), months.cend(), qint64(0));
        if (monthSum <= 0)
            return table->errorAt(row, tr("a condition must occur in some month."));
        // weight × share of the month × 1200: 100 × weight per month for a steady condition.
        for (int m = 0; m < 12; ++m)
            c.months[m] = c.weight * months[m] * 1200 / monthSum;

        auto ageWeights = parseAgeWeights(table.value(), i, 7);
        if (!ageWeights)
            return ageWeights.failure();
        c.ages = ageWeights.value();
        if (!isSex(row.fields[8], true))
            return table->errorAt(row, tr("sex must be F, M or *."));
        c.sex = row.fields[8].at(0);
        c.specialty = specialtyIndex(row.fields[9]);
        if (c.specialty < 0)
            return table->errorAt(row,
                                  tr("specialty %1 is not in specialties.csv.").arg(row.fields[9]));
        const auto levels = parseWeightedList(row.fields[10]);
        for (const WeightedItem &level : levels.value_or(QList<WeightedItem>())) {
            bool ok = false;
            const int n = level.text.toInt(&ok);
            if (!ok || n < 1 || n > 3)
                return table->errorAt(row, tr("levels are 1, 2 or 3."));
            c.levels[n] = level.weight;
        }
        if (c.levels[1] + c.levels[2] + c.levels[3] <= 0)
            return table->errorAt(row, tr("levels look like \"1:6;2:3;3:2\"."));
        m_conditionIndex.insert(c.id, int(conditions.size()));
        if (c.group >= 0)
            chronic[c.group].conditions.append(int(conditions.size()));
        conditions.append(c);
    }
    for (const ChronicCondition &group : std::as_const(chronic))
        if (group.conditions.isEmpty())
            return Error {
                tr("chronic condition %1 has no visits in conditions.csv.").arg(group.id)};
    return {};
}

Result<void> DemoData::loadTexts(const QString &directory)
{
    auto table = CsvTable::read(directory, QStringLiteral("condition_texts.csv"),
                                {QStringLiteral("condition"), QStringLiteral("kind"),
                                 QStringLiteral("ages"), QStringLiteral("text")});
    if (!table)
        return table.failure();
    for (const CsvTable::Row &row : table->rows()) {
        const int condition = conditionIndex(row.fields[0]);
        if (condition < 0)
            return table->errorAt(row,
                                  tr("condition %1 is not in conditions.csv.").arg(row.fields[0]));
        TextChoice choice;
        if (!parseAgeRange(row.fields[2], &choice.ageFrom, &choice.ageTo))
            return table->errorAt(row, tr("ages is empty or a band such as 0-13."));
        auto text = TextTemplate::compile(row.fields[3]);
        if (!text || text->isEmpty())
            return table->errorAt(row, text ? tr("the text is empty.") : text.error());
        choice.text = text.value();
        if (row.fields[1] == QLatin1String("complaint"))
            conditions[condition].complaints.append(choice);
        else if (row.fields[1] == QLatin1String("note"))
            conditions[condition].notes.append(choice);
        else
            return table->errorAt(row, tr("kind must be complaint or note."));
    }
    const auto forEveryone = [](const QList<TextChoice> &choices) {
        return std::any_of(choices.cbegin(), choices.cend(),
                           [](const TextChoice &c) { return c.ageFrom == 0 && c.ageTo >= 120; });
    };
    for (const Condition &c : std::as_const(conditions))
        if (!forEveryone(c.complaints) || !forEveryone(c.notes))
            return Error {tr("%1: condition %2 needs a complaint and a note for all ages.")
                              .arg(table->source(), c.id)};
    return {};
}

Result<void> DemoData::loadOrders(const QString &directory, const Catalog &catalog)
{
    auto table = CsvTable::read(directory, QStringLiteral("condition_orders.csv"),
                                {QStringLiteral("condition"), QStringLiteral("slot"),
                                 QStringLiteral("chance"), QStringLiteral("kind"),
                                 QStringLiteral("code"), QStringLiteral("weight"),
                                 QStringLiteral("dose_ug"), QStringLiteral("result")});
    if (!table)
        return table.failure();
    QHash<QString, int> slotIndex; // "condition/slot" → index in that condition's orders
    for (const CsvTable::Row &row : table->rows()) {
        const int condition = conditionIndex(row.fields[0]);
        if (condition < 0)
            return table->errorAt(row,
                                  tr("condition %1 is not in conditions.csv.").arg(row.fields[0]));
        const auto slot = table->integer(row, 1, 1, 100);
        const auto chance = table->integer(row, 2, 1, 100);
        const auto weight = table->integer(row, 5, 1, 1'000'000);
        for (const auto *value : {&slot, &chance, &weight})
            if (!*value)
                return value->failure();
        OrderChoice choice;
        choice.isDrug = row.fields[3] == QLatin1String("drug");
        choice.code = row.fields[4];
        if (!choice.isDrug && row.fields[3] != QLatin1String("exam"))
            return table->errorAt(row, tr("kind must be drug or exam."));
        if (choice.isDrug) {
            const DrugEntry *drug = catalog.drug(choice.code);
            if (!drug)
                return table->errorAt(row, tr("drug %1 is not in the catalog.").arg(choice.code));
            if (!row.fields[7].isEmpty())
                return table->errorAt(row, tr("a drug has no result."));
            if (!row.fields[6].isEmpty()) {
                const auto dose = table->integer(row, 6, 1, drug->maxDailyMicrograms);
                if (!dose)
                    return dose.failure();
                choice.doseMicrograms = dose.value();
                for (const QString &frequency : drug->frequencies)
                    if (exceedsMaxDailyDose(choice.doseMicrograms, frequency,
                                            drug->maxDailyMicrograms))
                        return table->errorAt(row,
                                              tr("this dose exceeds the maximum daily "
                                                 "dose at %1.")
                                                  .arg(frequency));
            }
        } else {
            if (!catalog.exam(choice.code))
                return table->errorAt(row, tr("exam %1 is not in the catalog.").arg(choice.code));
            if (!row.fields[6].isEmpty())
                return table->errorAt(row, tr("an exam has no dose."));
            if (!row.fields[7].isEmpty()) {
                auto result = TextTemplate::compile(row.fields[7]);
                if (!result)
                    return table->errorAt(row, result.error());
                choice.result = result.value();
            }
        }
        QList<OrderSlot> &orders = conditions[condition].orders;
        const QString key = row.fields[0] + QLatin1Char('/') + row.fields[1];
        auto it = slotIndex.find(key);
        if (it == slotIndex.end()) {
            it = slotIndex.insert(key, int(orders.size()));
            orders.append(OrderSlot {int(chance.value()), {}, {}});
        }
        OrderSlot &target = orders[*it];
        if (target.chancePercent != chance.value())
            return table->errorAt(row, tr("every row of a slot has the same chance."));
        target.choices.append(choice);
        target.picker.add(quint64(weight.value()));
    }
    return {};
}

} // namespace medchain::demo
