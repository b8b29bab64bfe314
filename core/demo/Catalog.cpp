#include "demo/Catalog.h"

#include "demo/CsvTable.h"
#include "demo/Dosing.h"
#include "demo/TextTemplate.h"

#include <QDebug>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace medchain::demo {

namespace {

const QString kDefaultDirectory = QStringLiteral(":/catalog");

bool isChinese(QLocale::Language language)
{
    return language == QLocale::Chinese;
}

const QRegularExpression &icd10Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,2})?$"));
    return pattern;
}

/// An error unless every one of `columns` is non-empty.
Result<void> requireText(const CsvTable &table, const CsvTable::Row &row,
                         std::initializer_list<int> columns)
{
    for (const int column : columns)
        if (row.fields.at(column).trimmed().isEmpty())
            return table.errorAt(row, Catalog::tr("a required field is empty."));
    return {};
}

} // namespace

Result<Catalog> Catalog::load()
{
    return loadFrom(kDefaultDirectory);
}

const Catalog *Catalog::embedded()
{
    static const std::optional<Catalog> loaded = []() -> std::optional<Catalog> {
        auto result = load();
        if (!result) {
            qWarning().noquote() << result.error();
            return std::nullopt;
        }
        return std::move(result.value());
    }();
    return loaded ? &*loaded : nullptr;
}

Result<Catalog> Catalog::loadFrom(const QString &directory)
{
    Catalog catalog;
    for (auto step :
         {&Catalog::loadIcd10, &Catalog::loadDrugs, &Catalog::loadExams, &Catalog::loadRegions})
        if (auto loaded = (catalog.*step)(directory); !loaded)
            return Error {tr("The medical catalog is damaged: %1").arg(loaded.error())};
    return catalog;
}

Result<void> Catalog::loadIcd10(const QString &directory)
{
    auto chapters = CsvTable::read(directory, QStringLiteral("icd10_chapters.csv"),
                                   {QStringLiteral("chapter"), QStringLiteral("roman"),
                                    QStringLiteral("first"), QStringLiteral("last"),
                                    QStringLiteral("title_en"), QStringLiteral("title_zh")});
    if (!chapters)
        return chapters.failure();
    static const QRegularExpression category(QStringLiteral("^[A-Z][0-9]{2}$"));
    for (const CsvTable::Row &row : chapters->rows()) {
        auto number = chapters->integer(row, 0, 1, 30);
        if (!number)
            return number.failure();
        if (auto ok = requireText(chapters.value(), row, {1, 4, 5}); !ok)
            return ok;
        Icd10Chapter chapter {int(number.value()), row.fields[1], row.fields[2],
                              row.fields[3],       row.fields[4], row.fields[5]};
        if (!category.match(chapter.first).hasMatch() || !category.match(chapter.last).hasMatch()
            || chapter.first > chapter.last)
            return chapters->errorAt(row,
                                     tr("a chapter runs from one category such as A00 to a "
                                        "later one such as B99."));
        // Chapters are numbered, not sorted by code (XXII, U00-U85, comes after Z).
        for (const Icd10Chapter &other : std::as_const(m_chapters))
            if (chapter.first <= other.last && other.first <= chapter.last)
                return chapters->errorAt(
                    row, tr("chapters %1 and %2 overlap.").arg(other.roman, chapter.roman));
        m_chapters.append(chapter);
    }

    auto codes = CsvTable::read(
        directory, QStringLiteral("icd10.csv"),
        {QStringLiteral("code"), QStringLiteral("title_en"), QStringLiteral("title_zh")});
    if (!codes)
        return codes.failure();
    for (const CsvTable::Row &row : codes->rows()) {
        Icd10Entry entry {row.fields[0], row.fields[1], row.fields[2]};
        if (!icd10Pattern().match(entry.code).hasMatch())
            return codes->errorAt(
                row, tr("\"%1\" is not an ICD-10 code such as J10.1 or I10.").arg(entry.code));
        if (auto ok = requireText(codes.value(), row, {1, 2}); !ok)
            return ok;
        if (m_icd10Index.contains(entry.code))
            return codes->errorAt(row, tr("%1 is listed twice.").arg(entry.code));
        if (!chapterOf(entry.code))
            return codes->errorAt(row, tr("%1 belongs to no chapter.").arg(entry.code));
        m_icd10Index.insert(entry.code, m_icd10.size());
        m_icd10.append(entry);
    }
    std::sort(m_icd10.begin(), m_icd10.end(),
              [](const Icd10Entry &a, const Icd10Entry &b) { return a.code < b.code; });
    for (qsizetype i = 0; i < m_icd10.size(); ++i)
        m_icd10Index.insert(m_icd10[i].code, i);
    return {};
}

Result<void> Catalog::loadDrugs(const QString &directory)
{
    auto table = CsvTable::read(
        directory, QStringLiteral("drugs.csv"),
        {QStringLiteral("atc"), QStringLiteral("name_en"), QStringLiteral("name_zh"),
         QStringLiteral("dose_ug"), QStringLiteral("frequencies"), QStringLiteral("max_daily_ug"),
         QStringLiteral("days_min"), QStringLiteral("days_max"), QStringLiteral("price_fen")});
    if (!table)
        return table.failure();
    static const QRegularExpression atc(QStringLiteral("^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$"));
    for (const CsvTable::Row &row : table->rows()) {
        DrugEntry drug;
        drug.atc = row.fields[0];
        drug.nameEn = row.fields[1];
        drug.nameZh = row.fields[2];
        if (!atc.match(drug.atc).hasMatch())
            return table->errorAt(row,
                                  tr("\"%1\" is not a 7-character ATC code such as "
                                     "J01CA04.")
                                      .arg(drug.atc));
        if (auto ok = requireText(table.value(), row, {1, 2}); !ok)
            return ok;
        if (m_drugIndex.contains(drug.atc))
            return table->errorAt(row, tr("%1 is listed twice.").arg(drug.atc));
        const auto dose = table->integer(row, 3, 1, 100'000'000'000);
        const auto max = table->integer(row, 5, 1, 1'000'000'000'000);
        const auto minDays = table->integer(row, 6, 1, 3650);
        const auto maxDays = table->integer(row, 7, 1, 3650);
        const auto price = table->integer(row, 8, 0, 100'000'000);
        for (const auto *value : {&dose, &max, &minDays, &maxDays, &price})
            if (!*value)
                return value->failure();
        drug.doseMicrograms = dose.value();
        drug.maxDailyMicrograms = max.value();
        drug.minDays = int(minDays.value());
        drug.maxDays = int(maxDays.value());
        drug.priceFen = price.value();
        if (drug.minDays > drug.maxDays)
            return table->errorAt(row, tr("days_min is more than days_max."));
        drug.frequencies = row.fields[4].split(QLatin1Char(';'));
        for (const QString &frequency : std::as_const(drug.frequencies)) {
            if (!administrationsPerDay(frequency))
                return table->errorAt(
                    row,
                    tr("\"%1\" is not a frequency code (%2).")
                        .arg(frequency, frequencyCodes().join(QLatin1String(", "))));
            // The usual dose at every listed frequency must respect the maximum: the demo and
            // supervision rely on it.
            if (exceedsMaxDailyDose(drug.doseMicrograms, frequency, drug.maxDailyMicrograms))
                return table->errorAt(row,
                                      tr("the usual dose %1 given %2 exceeds the maximum "
                                         "daily dose %3.")
                                          .arg(drug.doseMicrograms)
                                          .arg(frequency)
                                          .arg(drug.maxDailyMicrograms));
        }
        m_drugIndex.insert(drug.atc, m_drugs.size());
        m_drugs.append(drug);
    }
    return {};
}

Result<void> Catalog::loadExams(const QString &directory)
{
    auto table = CsvTable::read(directory, QStringLiteral("exams.csv"),
                                {QStringLiteral("code"), QStringLiteral("name_en"),
                                 QStringLiteral("name_zh"), QStringLiteral("fee_fen"),
                                 QStringLiteral("kind"), QStringLiteral("normal_result")});
    if (!table)
        return table.failure();
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    for (const CsvTable::Row &row : table->rows()) {
        ExamEntry exam;
        exam.code = row.fields[0];
        exam.nameEn = row.fields[1];
        exam.nameZh = row.fields[2];
        exam.normalResult = row.fields[5];
        if (!code.match(exam.code).hasMatch())
            return table->errorAt(row,
                                  tr("\"%1\" is not an exam code (capitals, digits and "
                                     "hyphens).")
                                      .arg(exam.code));
        if (auto ok = requireText(table.value(), row, {1, 2, 5}); !ok)
            return ok;
        if (m_examIndex.contains(exam.code))
            return table->errorAt(row, tr("%1 is listed twice.").arg(exam.code));
        const auto fee = table->integer(row, 3, 0, 100'000'000);
        if (!fee)
            return fee.failure();
        exam.feeFen = fee.value();
        const QString kind = row.fields[4];
        if (kind == QLatin1String("Laboratory"))
            exam.kind = ExamKind::Laboratory;
        else if (kind == QLatin1String("Imaging"))
            exam.kind = ExamKind::Imaging;
        else if (kind == QLatin1String("Functional"))
            exam.kind = ExamKind::Functional;
        else
            return table->errorAt(row, tr("kind must be Laboratory, Imaging or Functional."));
        if (auto compiled = TextTemplate::compile(exam.normalResult); !compiled)
            return table->errorAt(row, compiled.error());
        m_examIndex.insert(exam.code, m_exams.size());
        m_exams.append(exam);
    }
    return {};
}

Result<void> Catalog::loadRegions(const QString &directory)
{
    auto table = CsvTable::read(directory, QStringLiteral("regions.csv"),
                                {QStringLiteral("code"), QStringLiteral("parent"),
                                 QStringLiteral("name_en"), QStringLiteral("name_zh"),
                                 QStringLiteral("population_thousands")});
    if (!table)
        return table.failure();
    static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
    for (const CsvTable::Row &row : table->rows()) {
        RegionEntry region;
        region.code = row.fields[0];
        region.parent = row.fields[1];
        region.nameEn = row.fields[2];
        region.nameZh = row.fields[3];
        if (!sixDigits.match(region.code).hasMatch())
            return table->errorAt(row,
                                  tr("\"%1\" is not a six-digit GB/T 2260 code.").arg(region.code));
        if (auto ok = requireText(table.value(), row, {2, 3}); !ok)
            return ok;
        if (m_regionIndex.contains(region.code))
            return table->errorAt(row, tr("%1 is listed twice.").arg(region.code));
        const auto population = table->integer(row, 4, 1, 200'000);
        if (!population)
            return population.failure();
        region.populationThousands = int(population.value());
        // GB/T 2260: PP0000 a province, PPCC00 a city of it, PPCCDD a district of that city.
        const QString province = region.code.left(2) + QLatin1String("0000");
        const QString city = region.code.left(4) + QLatin1String("00");
        if (region.parent.isEmpty()) {
            if (region.code != province || !provinceCode().isEmpty())
                return table->errorAt(row,
                                      tr("only the province (a code ending in 0000) has "
                                         "no parent, and there is one province."));
            region.level = RegionLevel::Province;
        } else if (region.code == city) {
            if (region.parent != province)
                return table->errorAt(
                    row, tr("the parent of city %1 must be %2.").arg(region.code, province));
            region.level = RegionLevel::City;
        } else {
            if (region.parent != city)
                return table->errorAt(
                    row, tr("the parent of district %1 must be %2.").arg(region.code, city));
            region.level = RegionLevel::District;
        }
        if (!region.parent.isEmpty() && !m_regionIndex.contains(region.parent))
            return table->errorAt(
                row, tr("the parent %1 must be listed before %2.").arg(region.parent, region.code));
        m_regionIndex.insert(region.code, m_regions.size());
        m_regions.append(region);
    }
    if (provinceCode().isEmpty())
        return Error {tr("%1 lists no province.").arg(table->source())};
    return {};
}

const Icd10Entry *Catalog::icd10(const QString &code) const
{
    const qsizetype i = m_icd10Index.value(code, -1);
    return i < 0 ? nullptr : &m_icd10[i];
}

QString Catalog::icd10Title(const QString &code, QLocale::Language language) const
{
    const Icd10Entry *entry = icd10(code);
    if (!entry)
        return {};
    return isChinese(language) ? entry->titleZh : entry->titleEn;
}

const Icd10Chapter *Catalog::chapterOf(const QString &code) const
{
    if (!icd10Pattern().match(code).hasMatch())
        return nullptr;
    const QString category = code.left(3); // "J10.1" → "J10"
    for (const Icd10Chapter &chapter : m_chapters)
        if (category >= chapter.first && category <= chapter.last)
            return &chapter;
    return nullptr;
}

QList<const Icd10Entry *> Catalog::searchIcd10(const QString &text, int limit) const
{
    QList<const Icd10Entry *> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return found;
    for (const Icd10Entry &entry : m_icd10)
        if (found.size() < limit && entry.code.startsWith(needle, Qt::CaseInsensitive))
            found.append(&entry);
    for (const Icd10Entry &entry : m_icd10)
        if (found.size() < limit && !entry.code.startsWith(needle, Qt::CaseInsensitive)
            && (entry.titleEn.contains(needle, Qt::CaseInsensitive)
                || entry.titleZh.contains(needle)))
            found.append(&entry);
    return found;
}

const DrugEntry *Catalog::drug(const QString &atc) const
{
    const qsizetype i = m_drugIndex.value(atc, -1);
    return i < 0 ? nullptr : &m_drugs[i];
}

std::optional<qint64> Catalog::maxDailyDoseMicrograms(const QString &atc) const
{
    const DrugEntry *entry = drug(atc);
    return entry ? std::optional<qint64>(entry->maxDailyMicrograms) : std::nullopt;
}

QString Catalog::drugName(const QString &atc, QLocale::Language language) const
{
    const DrugEntry *entry = drug(atc);
    if (!entry)
        return {};
    return isChinese(language) ? entry->nameZh : entry->nameEn;
}

const ExamEntry *Catalog::exam(const QString &code) const
{
    const qsizetype i = m_examIndex.value(code, -1);
    return i < 0 ? nullptr : &m_exams[i];
}

const RegionEntry *Catalog::region(const QString &code) const
{
    const qsizetype i = m_regionIndex.value(code, -1);
    return i < 0 ? nullptr : &m_regions[i];
}

QString Catalog::regionName(const QString &code, QLocale::Language language) const
{
    const RegionEntry *entry = region(code);
    if (!entry)
        return {};
    return isChinese(language) ? entry->nameZh : entry->nameEn;
}

QList<const RegionEntry *> Catalog::regionsUnder(const QString &parent) const
{
    QList<const RegionEntry *> children;
    if (parent.isEmpty())
        return children;
    for (const RegionEntry &entry : m_regions)
        if (entry.parent == parent)
            children.append(&entry);
    return children;
}

QString Catalog::cityOf(const QString &code) const
{
    const RegionEntry *entry = region(code);
    if (!entry || entry->level == RegionLevel::Province)
        return {};
    return entry->level == RegionLevel::City ? entry->code : entry->parent;
}

QString Catalog::provinceCode() const
{
    for (const RegionEntry &entry : m_regions)
        if (entry.level == RegionLevel::Province)
            return entry.code;
    return {};
}

} // namespace medchain::demo
