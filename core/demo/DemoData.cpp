#include "demo/DemoData.h"

#include "demo/Catalog.h"
#include "demo/CsvTable.h"
#include "demo/DemoDataParsing.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace medchain::demo {

namespace {
const QString kDefaultDirectory = QStringLiteral(":/demo");
} // namespace

bool diagnosisFallsUnder(const QString &diagnosis, const QString &code)
{
    // "E11" covers "E11" and "E11.9"; "J10.1" covers "J10.1" and "J10.12", not "J10.0".
    if (!diagnosis.startsWith(code))
        return false;
    return diagnosis.size() == code.size() || code.contains(QLatin1Char('.'))
        || diagnosis.at(code.size()) == QLatin1Char('.');
}

qint64 weightAtAge(const QList<AgeWeight> &bands, int age)
{
    for (const AgeWeight &band : bands)
        if (age >= band.from && age <= band.to)
            return band.weight;
    return 0;
}

Result<DemoData> DemoData::load(const Catalog &catalog)
{
    return loadFrom(kDefaultDirectory, catalog);
}

Result<DemoData> DemoData::loadFrom(const QString &directory, const Catalog &catalog)
{
    DemoData data;
    const auto fail = [](const Result<void> &r) {
        return Error {tr("The demo's seed data is damaged: %1").arg(r.error())};
    };
    // Order matters: conditions name specialties and chronic groups, settings name conditions.
    if (auto r = data.loadPeople(directory); !r)
        return fail(r);
    if (auto r = data.loadPlaces(directory, catalog); !r)
        return fail(r);
    if (auto r = data.loadChronic(directory); !r)
        return fail(r);
    if (auto r = data.loadConditions(directory, catalog); !r)
        return fail(r);
    if (auto r = data.loadTexts(directory); !r)
        return fail(r);
    if (auto r = data.loadOrders(directory, catalog); !r)
        return fail(r);
    if (auto r = data.loadSettings(directory, catalog); !r)
        return fail(r);
    if (auto r = data.loadWords(directory); !r)
        return fail(r);
    if (auto r = data.checkNamesTheGeneratorUses(); !r)
        return fail(r);
    return data;
}

const QStringList &DemoData::purposes(const QString &kind) const
{
    static const QStringList none;
    const auto it = m_purposes.constFind(kind);
    return it == m_purposes.cend() ? none : *it;
}

Result<void> DemoData::loadPeople(const QString &directory)
{
    auto pyramid = CsvTable::read(directory, QStringLiteral("age_pyramid.csv"),
                                  {QStringLiteral("from"), QStringLiteral("to"),
                                   QStringLiteral("male_permille"),
                                   QStringLiteral("female_permille"), QStringLiteral("activity")});
    if (!pyramid)
        return pyramid.failure();
    int nextAge = 0;
    for (const CsvTable::Row &row : pyramid->rows()) {
        const auto from = pyramid->integer(row, 0, 0, 120);
        const auto to = pyramid->integer(row, 1, 0, 120);
        const auto male = pyramid->integer(row, 2, 0, 1000);
        const auto female = pyramid->integer(row, 3, 0, 1000);
        const auto activity = pyramid->integer(row, 4, 1, 1000);
        for (const auto *value : {&from, &to, &male, &female, &activity})
            if (!*value)
                return value->failure();
        const AgeGroup group {int(from.value()), int(to.value()), male.value(), female.value(),
                              activity.value()};
        if (group.from != nextAge || group.to < group.from)
            return pyramid->errorAt(row, tr("age bands must follow each other from 0."));
        nextAge = group.to + 1;
        ages.append(group);
    }
    if (ages.isEmpty())
        return Error {tr("%1 has no age bands.").arg(pyramid->source())};

    auto surnameTable = CsvTable::read(directory, QStringLiteral("surnames.csv"),
                                       {QStringLiteral("surname"), QStringLiteral("weight")});
    if (!surnameTable)
        return surnameTable.failure();
    for (const CsvTable::Row &row : surnameTable->rows()) {
        const auto weight = surnameTable->integer(row, 1, 1, 1'000'000);
        if (!weight)
            return weight.failure();
        if (row.fields[0].isEmpty())
            return surnameTable->errorAt(row, tr("the surname is empty."));
        surnames.append({row.fields[0], QChar(), weight.value()});
    }

    auto givenTable = CsvTable::read(
        directory, QStringLiteral("given_names.csv"),
        {QStringLiteral("character"), QStringLiteral("sex"), QStringLiteral("weight")});
    if (!givenTable)
        return givenTable.failure();
    for (const CsvTable::Row &row : givenTable->rows()) {
        const auto weight = givenTable->integer(row, 2, 1, 1'000'000);
        if (!weight)
            return weight.failure();
        const QString sex = row.fields[1];
        if (row.fields[0].isEmpty()
            || (sex != QLatin1String("F") && sex != QLatin1String("M")
                && sex != QLatin1String("U")))
            return givenTable->errorAt(row, tr("a character needs a sex of F, M or U."));
        givenCharacters.append({row.fields[0], sex.at(0), weight.value()});
    }
    if (surnames.isEmpty() || givenCharacters.isEmpty())
        return Error {tr("the name lists are empty.")};

    auto latinTable = CsvTable::read(
        directory, QStringLiteral("latin_names.csv"),
        {QStringLiteral("country"), QStringLiteral("kind"), QStringLiteral("name")});
    if (!latinTable)
        return latinTable.failure();
    for (const CsvTable::Row &row : latinTable->rows()) {
        const QString &country = row.fields[0];
        if (country.size() != 3 || !country.at(0).isDigit() || !country.at(1).isDigit()
            || !country.at(2).isDigit() || row.fields[2].isEmpty())
            return latinTable->errorAt(row, tr("a name needs a three-digit country code."));
        if (latinNames.isEmpty() || latinNames.last().code != country)
            latinNames.append({country, {}, {}, {}});
        LatinCountry &entry = latinNames.last();
        const QString &kind = row.fields[1];
        if (kind == QLatin1String("family"))
            entry.family.append(row.fields[2]);
        else if (kind == QLatin1String("female"))
            entry.female.append(row.fields[2]);
        else if (kind == QLatin1String("male"))
            entry.male.append(row.fields[2]);
        else
            return latinTable->errorAt(row, tr("kind must be family, female or male."));
    }
    for (const LatinCountry &country : std::as_const(latinNames))
        if (country.family.isEmpty() || country.female.isEmpty() || country.male.isEmpty())
            return Error {tr("%1: country %2 needs family, female and male names.")
                              .arg(latinTable->source(), country.code)};
    if (latinNames.isEmpty())
        return Error {tr("%1 lists no names.").arg(latinTable->source())};
    return {};
}

Result<void> DemoData::loadPlaces(const QString &directory, const Catalog &catalog)
{
    auto table = CsvTable::read(directory, QStringLiteral("specialties.csv"),
                                {QStringLiteral("name_en"), QStringLiteral("name_zh"),
                                 QStringLiteral("min_level"), QStringLiteral("fallback"),
                                 QStringLiteral("paediatric"), QStringLiteral("core"),
                                 QStringLiteral("weight")});
    if (!table)
        return table.failure();
    for (const CsvTable::Row &row : table->rows()) {
        const auto level = table->integer(row, 2, 1, 3);
        const auto core = table->integer(row, 5, 0, 1000);
        const auto weight = table->integer(row, 6, 0, 1000);
        for (const auto *value : {&level, &core, &weight})
            if (!*value)
                return value->failure();
        if (row.fields[0].isEmpty() || row.fields[1].isEmpty()
            || m_specialtyIndex.contains(row.fields[0]))
            return table->errorAt(row, tr("a specialty needs a unique name."));
        m_specialtyIndex.insert(row.fields[0], int(specialties.size()));
        specialties.append({row.fields[0], row.fields[1], int(level.value()), -1, -1,
                            int(core.value()), weight.value()});
    }
    for (qsizetype i = 0; i < table->rows().size(); ++i) {
        const CsvTable::Row &row = table->rows()[i];
        for (const int column : {3, 4}) {
            if (row.fields[column].isEmpty())
                continue;
            const int target = specialtyIndex(row.fields[column]);
            if (target < 0 || target == int(i))
                return table->errorAt(
                    row, tr("\"%1\" is not another specialty.").arg(row.fields[column]));
            (column == 3 ? specialties[i].fallback : specialties[i].paediatric) = target;
        }
    }

    auto patterns
        = CsvTable::read(directory, QStringLiteral("institutions.csv"),
                         {QStringLiteral("role"), QStringLiteral("level"), QStringLiteral("region"),
                          QStringLiteral("name_zh"), QStringLiteral("name_en"),
                          QStringLiteral("registration_fen"), QStringLiteral("consultation_fen")});
    if (!patterns)
        return patterns.failure();
    static const QStringList roles {QStringLiteral("provincial"), QStringLiteral("city"),
                                    QStringLiteral("district"),   QStringLiteral("community"),
                                    QStringLiteral("gateway"),    QStringLiteral("sponsor"),
                                    QStringLiteral("fundmanager")};
    const auto isFinancial = [](const QString &role) {
        return role == QLatin1String("gateway") || role == QLatin1String("sponsor")
            || role == QLatin1String("fundmanager");
    };
    QSet<QString> seen;
    for (const CsvTable::Row &row : patterns->rows()) {
        const auto level = patterns->integer(row, 1, 0, 3);
        const auto registration = patterns->integer(row, 5, 0, 1'000'000);
        const auto consultation = patterns->integer(row, 6, 0, 1'000'000);
        for (const auto *value : {&level, &registration, &consultation})
            if (!*value)
                return value->failure();
        const InstitutionPattern pattern {
            row.fields[0], int(level.value()),   row.fields[2],       row.fields[3],
            row.fields[4], registration.value(), consultation.value()};
        if (!roles.contains(pattern.role) || pattern.nameZh.isEmpty() || pattern.nameEn.isEmpty())
            return patterns->errorAt(row,
                                     tr("role must be one of %1, with both names.")
                                         .arg(roles.join(QLatin1String(", "))));
        const bool fixed = pattern.role == QLatin1String("provincial") || isFinancial(pattern.role);
        const RegionEntry *region = catalog.region(pattern.region);
        if (fixed != (region != nullptr) || (region && region->level != RegionLevel::District))
            return patterns->errorAt(row,
                                     tr("provincial hospitals, the gateway, the sponsor and the "
                                        "fund manager name their district; patterns name none."));
        if ((pattern.level == 0) != isFinancial(pattern.role))
            return patterns->errorAt(
                row, tr("only the gateway, the sponsor and the fund manager have level 0."));
        seen.insert(pattern.role);
        institutions.append(pattern);
    }
    for (const QString &role : roles)
        if (!seen.contains(role))
            return Error {tr("%1 has no %2 row.").arg(patterns->source(), role)};
    return {};
}

Result<void> DemoData::loadSettings(const QString &directory, const Catalog &catalog)
{
    auto table = CsvTable::read(directory, QStringLiteral("settings.csv"),
                                {QStringLiteral("key"), QStringLiteral("value")});
    if (!table)
        return table.failure();
    QHash<QString, QString> values;
    for (const CsvTable::Row &row : table->rows())
        values.insert(row.fields[0], row.fields[1]);
    const auto text = [&](const char *key) -> Result<QString> {
        const QString value = values.value(QLatin1String(key));
        if (value.isEmpty())
            return Error {tr("%1 needs a value for %2.").arg(table->source(), QLatin1String(key))};
        return value;
    };
    const auto number = [&](const char *key, int min, int max) -> Result<int> {
        auto value = text(key);
        if (!value)
            return value.failure();
        bool ok = false;
        const int n = value->toInt(&ok);
        if (!ok || n < min || n > max)
            return Error {tr("%1: %2 must be a whole number from %3 to %4.")
                              .arg(table->source(), QLatin1String(key))
                              .arg(min)
                              .arg(max)};
        return n;
    };
    const auto conditionList = [&](const char *key) -> Result<QList<WeightedIndex>> {
        auto value = text(key);
        if (!value)
            return value.failure();
        const auto items = parseWeightedList(value.value());
        QList<WeightedIndex> list;
        for (const WeightedItem &item : items.value_or(QList<WeightedItem>()))
            list.append(WeightedIndex {conditionIndex(item.text), item.weight});
        for (const WeightedIndex &entry : std::as_const(list))
            if (entry.index < 0 || conditions[entry.index].group >= 0)
                return Error {tr("%1: %2 must list acute conditions of conditions.csv.")
                                  .arg(table->source(), QLatin1String(key))};
        if (list.isEmpty())
            return Error {
                tr("%1: %2 is empty or malformed.").arg(table->source(), QLatin1String(key))};
        return list;
    };

    ScenarioSettings s;
    struct TextSetting {
        const char *key;
        QString *target;
    };
    for (const TextSetting &setting :
         {TextSetting {"authority_name_zh", &s.authorityNameZh},
          TextSetting {"authority_name_en", &s.authorityNameEn},
          TextSetting {"authority_region", &s.authorityRegion},
          TextSetting {"outbreak_region", &s.outbreakRegion},
          TextSetting {"repeated_exam", &s.repeatedExam},
          TextSetting {"overdose_drug", &s.overdoseDrug},
          TextSetting {"repeat_exam_complaint", &s.repeatExamComplaint},
          TextSetting {"repeat_exam_result", &s.repeatExamResult},
          TextSetting {"repeat_exam_note", &s.repeatExamNote},
          TextSetting {"assistance_program", &s.assistanceProgram},
          TextSetting {"trial_program", &s.trialProgram}, TextSetting {"fund_name", &s.fundName}}) {
        auto value = text(setting.key);
        if (!value)
            return value.failure();
        *setting.target = value.value();
    }
    struct NumberSetting {
        const char *key;
        int *target;
        int min;
        int max;
    };
    for (const NumberSetting &setting :
         {NumberSetting {"outbreak_days", &s.outbreakDays, 7, 21},
          NumberSetting {"outbreak_min_cases", &s.outbreakMinCases, 1, 1000},
          NumberSetting {"outbreak_multiplier", &s.outbreakMultiplier, 2, 100},
          NumberSetting {"outbreak_min_residents", &s.outbreakMinResidents, 1, 1000},
          NumberSetting {"repeated_exam_percent", &s.repeatedExamPercent, 1, 100},
          NumberSetting {"overdose_percent", &s.overdosePercent, 1, 100},
          NumberSetting {"latin_patient_permille", &s.latinPatientPermille, 0, 1000},
          NumberSetting {"latin_practitioner_permille", &s.latinPractitionerPermille, 0, 1000},
          NumberSetting {"record_management_fen", &s.recordManagementFen, 1, 100'000},
          NumberSetting {"assistance_fen", &s.assistanceFen, 1, 1'000'000},
          NumberSetting {"assistance_cap_fen", &s.assistanceCapFen, 0, 100'000'000},
          NumberSetting {"trial_fen", &s.trialFen, 1, 1'000'000},
          NumberSetting {"trial_cap_fen", &s.trialCapFen, 0, 100'000'000}}) {
        auto value = number(setting.key, setting.min, setting.max);
        if (!value)
            return value.failure();
        *setting.target = value.value();
    }
    for (auto [key, target] : {std::pair {"outbreak_conditions", &s.outbreakConditions},
                               std::pair {"emergency_conditions", &s.emergencyConditions}}) {
        auto list = conditionList(key);
        if (!list)
            return list.failure();
        *target = list.value();
    }
    s.directionsZh
        = values.value(QStringLiteral("community_directions_zh")).split(QLatin1Char('|'));
    s.directionsEn
        = values.value(QStringLiteral("community_directions_en")).split(QLatin1Char('|'));
    if (s.directionsZh.size() != s.directionsEn.size() || s.directionsZh.contains(QString()))
        return Error {tr("%1: the community directions need as many English as Chinese names.")
                          .arg(table->source())};
    auto codes = programCodes(values.value(QStringLiteral("assistance_codes")));
    if (!codes)
        return Error {QStringLiteral("%1: %2").arg(table->source(), codes.error())};
    s.assistanceCodes = codes.value();
    const RegionEntry *authority = catalog.region(s.authorityRegion);
    const RegionEntry *outbreak = catalog.region(s.outbreakRegion);
    if (!authority || authority->level != RegionLevel::Province || !outbreak
        || outbreak->level != RegionLevel::District)
        return Error {tr("%1: the authority's region must be the province and the outbreak's a "
                         "district of the catalog.")
                          .arg(table->source())};
    if (!catalog.exam(s.repeatedExam) || !catalog.drug(s.overdoseDrug))
        return Error {tr("%1: the repeated exam and the overdose drug must be in the catalog.")
                          .arg(table->source())};
    settings = s;
    return {};
}

Result<QStringList> DemoData::programCodes(const QString &text) const
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"));
    const QStringList codes = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const auto produced = [&](const QString &code) {
        for (const Condition &condition : std::as_const(conditions))
            for (const QStringList &option : condition.diagnoses)
                for (const QString &diagnosis : option)
                    if (diagnosisFallsUnder(diagnosis, code))
                        return true;
        return false;
    };
    for (qsizetype i = 0; i < codes.size(); ++i)
        if (!pattern.match(codes[i]).hasMatch() || (i > 0 && !(codes[i - 1] < codes[i]))
            || !produced(codes[i]))
            return Error {tr("assistance_codes must list ICD-10 codes or categories of the "
                             "clinical model's diagnoses, sorted, without repeats.")};
    if (codes.isEmpty())
        return Error {tr("assistance_codes is empty.")};
    return codes;
}

Result<void> DemoData::loadWords(const QString &directory)
{
    auto reasons = CsvTable::read(
        directory, QStringLiteral("amendments.csv"),
        {QStringLiteral("kind"), QStringLiteral("reason"), QStringLiteral("supplement")});
    if (!reasons)
        return reasons.failure();
    static const QStringList kinds {QStringLiteral("diagnosis"), QStringLiteral("dose"),
                                    QStringLiteral("note"), QStringLiteral("result")};
    for (const CsvTable::Row &row : reasons->rows()) {
        const AmendmentReason reason {row.fields[0], row.fields[1], row.fields[2]};
        if (!kinds.contains(reason.kind) || reason.reason.isEmpty()
            || (reason.kind == QLatin1String("note")) == reason.supplement.isEmpty())
            return reasons->errorAt(row,
                                    tr("kind must be one of %1 with a reason; only notes "
                                       "have a supplement.")
                                        .arg(kinds.join(QLatin1String(", "))));
        amendmentReasons.append(reason);
    }
    for (const QString &kind : kinds)
        if (std::none_of(amendmentReasons.cbegin(), amendmentReasons.cend(),
                         [&](const AmendmentReason &r) { return r.kind == kind; }))
            return Error {tr("%1 has no reason of kind %2.").arg(reasons->source(), kind)};

    auto purposeTable = CsvTable::read(directory, QStringLiteral("purposes.csv"),
                                       {QStringLiteral("kind"), QStringLiteral("text")});
    if (!purposeTable)
        return purposeTable.failure();
    for (const CsvTable::Row &row : purposeTable->rows()) {
        if (row.fields[1].isEmpty())
            return purposeTable->errorAt(row, tr("the text is empty."));
        m_purposes[row.fields[0]].append(row.fields[1]);
    }
    for (const char *kind : {"request", "read", "read_automated", "emergency", "sponsor"})
        if (purposes(QLatin1String(kind)).isEmpty())
            return Error {
                tr("%1 has no %2 rows.").arg(purposeTable->source(), QLatin1String(kind))};
    return {};
}

Result<void> DemoData::checkNamesTheGeneratorUses() const
{
    // The cast patient's history and the emergency and repeated-exam visits name these.
    for (const char *name :
         {"General practice", "Preventive care", "Internal medicine", "Emergency medicine",
          "Radiology", "Laboratory medicine", "Endocrinology", "Cardiology", "Respiratory medicine",
          "Ophthalmology"})
        if (specialtyIndex(QLatin1String(name)) < 0)
            return Error {tr("specialties.csv must list %1.").arg(QLatin1String(name))};
    for (const char *id :
         {"dm_visit", "dm_lab", "dm_refill", "dm_eye", "htn_visit", "htn_refill", "lipid_lab",
          "uri", "bronchitis", "flu_vacc", "nodule_ct", "acs", "chd_test"})
        if (conditionIndex(QLatin1String(id)) < 0)
            return Error {tr("conditions.csv must list %1.").arg(QLatin1String(id))};
    for (const char *id : {"htn", "t2dm", "lipid"})
        if (std::none_of(chronic.cbegin(), chronic.cend(),
                         [&](const ChronicCondition &c) { return c.id == QLatin1String(id); }))
            return Error {tr("chronic.csv must list %1.").arg(QLatin1String(id))};
    return {};
}

} // namespace medchain::demo
