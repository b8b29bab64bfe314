#include "demo/PopulationGenerator.h"

#include "demo/Dosing.h"
#include "demo/GeneratorContext.h"
#include "demo/Identities.h"
#include "demo/PatientGenerator.h"

#include <QSet>

#include <algorithm>

namespace medchain::demo {

namespace {

using chain::InstitutionKind;

constexpr int kBasePractitioners[4] = {0, 2, 9, 16}; // by level
constexpr qint64 kExtraPractitionerWeight[4] = {0, 1, 3, 6};
constexpr int kRecordsPerPractitioner = 450;

QString fill(QString pattern, const Catalog &catalog, const QString &city, const QString &district,
             const QString &directionZh, const QString &directionEn)
{
    pattern.replace(QLatin1String("{city_zh}"), catalog.regionName(city, QLocale::Chinese));
    pattern.replace(QLatin1String("{city_en}"), catalog.regionName(city, QLocale::English));
    pattern.replace(QLatin1String("{district_zh}"), catalog.regionName(district, QLocale::Chinese));
    pattern.replace(QLatin1String("{district_en}"), catalog.regionName(district, QLocale::English));
    pattern.replace(QLatin1String("{direction_zh}"), directionZh);
    pattern.replace(QLatin1String("{direction_en}"), directionEn);
    return pattern;
}

class InstitutionBuilder {
public:
    explicit InstitutionBuilder(GeneratorContext &context)
        : m_ctx(context), m_random(context.random(Stream::Institutions))
    {
    }

    void build();
    int overdoseClinic = -1;

private:
    const InstitutionPattern &pattern(const QString &role) const
    {
        for (const InstitutionPattern &p : m_ctx.data.institutions)
            if (p.role == role)
                return p;
        Q_UNREACHABLE(); // DemoData checks that every role has a row
    }
    int lowestDistrictOf(const QString &city) const
    {
        for (int d = 0; d < int(m_ctx.districts.size()); ++d)
            if (m_ctx.districts[d].city == city)
                return d; // the catalog lists districts in code order
        return -1;
    }
    int add(const InstitutionPattern &p, int district, int direction = -1);
    int addCityHospital(const QString &city);
    int addDistrictHospital(int district);
    int addCommunity(int district);
    void resolveCandidates();

    GeneratorContext &m_ctx;
    DemoRandom m_random;
    QSet<QString> m_citiesWithHospital;
    QSet<int> m_districtsWithHospital;
    QHash<int, int> m_communitiesIn; // district → how many community centres
};

int InstitutionBuilder::add(const InstitutionPattern &p, int district, int direction)
{
    const ScenarioSettings &s = m_ctx.data.settings;
    const QString districtCode = m_ctx.districts[district].code;
    const QString city = m_ctx.districts[district].city;
    const QString directionZh = direction >= 0 ? s.directionsZh[direction] : QString();
    const QString directionEn = direction >= 0 ? s.directionsEn[direction] : QString();
    InstitutionSpec spec;
    spec.level = p.level;
    spec.regionCode = districtCode;
    spec.name = fill(p.nameZh, m_ctx.catalog, city, districtCode, directionZh, directionEn);
    spec.nameEn = fill(p.nameEn, m_ctx.catalog, city, districtCode, directionZh, directionEn);
    if (p.role == QLatin1String("gateway"))
        spec.kind = InstitutionKind::PaymentGateway;
    else if (p.role == QLatin1String("sponsor"))
        spec.kind = InstitutionKind::TrialSponsor;
    else if (p.role == QLatin1String("fundmanager"))
        spec.kind = InstitutionKind::FundManager;
    else
        spec.kind = p.level == 1 ? InstitutionKind::Clinic : InstitutionKind::Hospital;
    const int index = int(m_ctx.scenario.institutions.size());
    m_ctx.scenario.institutions.append(spec);
    InstitutionInfo info;
    info.level = p.level;
    info.district = district;
    info.city = city;
    info.registrationFen = p.registrationFen;
    info.consultationFen = p.consultationFen;
    m_ctx.institutions.push_back(std::move(info));
    return index;
}

int InstitutionBuilder::addCityHospital(const QString &city)
{
    if (m_citiesWithHospital.contains(city))
        return -1;
    m_citiesWithHospital.insert(city);
    return add(pattern(QStringLiteral("city")), lowestDistrictOf(city));
}

int InstitutionBuilder::addDistrictHospital(int district)
{
    if (m_districtsWithHospital.contains(district))
        return -1;
    m_districtsWithHospital.insert(district);
    return add(pattern(QStringLiteral("district")), district);
}

int InstitutionBuilder::addCommunity(int district)
{
    const int used = m_communitiesIn.value(district);
    if (used >= m_ctx.data.settings.directionsZh.size())
        return -1;
    m_communitiesIn[district] = used + 1;
    return add(pattern(QStringLiteral("community")), district, used);
}

void InstitutionBuilder::build()
{
    GeneratorContext &ctx = m_ctx;
    const ScenarioSettings &s = ctx.data.settings;
    const int clinicalTarget = std::clamp(6 + ctx.options.patients / 400, 8, 300);

    for (const InstitutionPattern &p : ctx.data.institutions)
        if (p.role == QLatin1String("provincial"))
            ctx.provincialHospitals.push_back(add(p, ctx.districtIndex.value(p.region)));
    const int castDistrict = ctx.institutions[size_t(ctx.provincialHospitals.front())].district;
    const QString seatCity = ctx.districts[size_t(castDistrict)].city;

    // The outbreak district is served by its city's hospital and a community centre.
    ctx.outbreakDistrict = ctx.districtIndex.value(s.outbreakRegion);
    const QString outbreakCity = ctx.districts[size_t(ctx.outbreakDistrict)].city;
    addCityHospital(outbreakCity);
    if (lowestDistrictOf(outbreakCity) != ctx.outbreakDistrict)
        addDistrictHospital(ctx.outbreakDistrict);
    addCommunity(ctx.outbreakDistrict);
    addCommunity(castDistrict); // the cast patient's community centre

    // Cities by population, largest first: the largest one left repeats exams too often.
    QList<const RegionEntry *> cities = ctx.catalog.regionsUnder(ctx.catalog.provinceCode());
    std::stable_sort(cities.begin(), cities.end(), [](const RegionEntry *a, const RegionEntry *b) {
        return a->populationThousands > b->populationThousands;
    });
    QString repeatedCity;
    for (const RegionEntry *city : std::as_const(cities))
        if (city->code != seatCity && city->code != outbreakCity) {
            repeatedCity = city->code;
            break;
        }
    ctx.scenario.injected.repeatedExamInstitution = addCityHospital(repeatedCity);
    ctx.scenario.injected.repeatedExamCode = s.repeatedExam;

    // The overdose prescriber works at a community centre of the largest district elsewhere.
    int overdoseDistrict = -1;
    for (int d = 0; d < int(ctx.districts.size()); ++d) {
        const QString &city = ctx.districts[size_t(d)].city;
        if (city == seatCity || city == outbreakCity || city == repeatedCity)
            continue;
        if (overdoseDistrict < 0
            || ctx.districts[size_t(d)].population
                > ctx.districts[size_t(overdoseDistrict)].population)
            overdoseDistrict = d;
    }
    overdoseClinic = addCommunity(overdoseDistrict);

    // At least one secondary hospital, in the most populous district; then city hospitals,
    // largest cities first, for up to half of what is left; then secondary hospitals and
    // community centres where people live.
    int secondary = 0;
    for (int d = 1; d < int(ctx.districts.size()); ++d)
        if (ctx.districts[size_t(d)].population > ctx.districts[size_t(secondary)].population)
            secondary = d;
    addDistrictHospital(secondary);
    int cityBudget = (clinicalTarget - int(ctx.scenario.institutions.size())) / 2;
    for (const RegionEntry *city : std::as_const(cities))
        if (cityBudget > 0 && addCityHospital(city->code) >= 0)
            --cityBudget;
    WeightedChoice byPopulation;
    for (const DistrictInfo &district : ctx.districts)
        byPopulation.add(quint64(district.population));
    for (int attempts = 0;
         int(ctx.scenario.institutions.size()) < clinicalTarget && attempts < 100'000; ++attempts) {
        const int district = byPopulation.pick(m_random);
        if (m_random.percent(40)) {
            if (addDistrictHospital(district) < 0)
                addCommunity(district);
        } else if (addCommunity(district) < 0) {
            addDistrictHospital(district);
        }
    }

    const InstitutionPattern &gateway = pattern(QStringLiteral("gateway"));
    ctx.scenario.cast.gateway = add(gateway, ctx.districtIndex.value(gateway.region));
    const InstitutionPattern &sponsor = pattern(QStringLiteral("sponsor"));
    ctx.scenario.cast.sponsor = add(sponsor, ctx.districtIndex.value(sponsor.region));
    const InstitutionPattern &fundManager = pattern(QStringLiteral("fundmanager"));
    ctx.scenario.cast.fundManager = add(fundManager, ctx.districtIndex.value(fundManager.region));
    ctx.scenario.cast.desk = ctx.provincialHospitals.front();
    resolveCandidates();
}

void InstitutionBuilder::resolveCandidates()
{
    GeneratorContext &ctx = m_ctx;
    const auto matching = [&](int level, auto &&where) {
        std::vector<int> list;
        for (int i = 0; i < int(ctx.institutions.size()); ++i)
            if (ctx.institutions[size_t(i)].level == level && where(ctx.institutions[size_t(i)]))
                list.push_back(i);
        return list;
    };
    for (int d = 0; d < int(ctx.districts.size()); ++d) {
        DistrictInfo &district = ctx.districts[size_t(d)];
        const auto own = [&](int level) {
            return matching(level, [&](const InstitutionInfo &i) { return i.district == d; });
        };
        const auto city = [&](int level) {
            return matching(level,
                            [&](const InstitutionInfo &i) { return i.city == district.city; });
        };
        for (int level = 1; level <= 3; ++level) {
            std::vector<std::vector<int>> options {own(level), city(level)};
            if (level == 1) {
                options.push_back(own(2));
                options.push_back(city(2));
            }
            options.push_back(city(3));
            options.push_back(ctx.provincialHospitals);
            for (std::vector<int> &option : options)
                if (!option.empty()) {
                    district.candidates[size_t(level)] = std::move(option);
                    break;
                }
        }
    }
}

/// The kind of practice a licence number records: 1 clinical, 2 traditional Chinese medicine,
/// 3 stomatology, 4 public health.
QChar licenceCategory(const QString &specialty)
{
    if (specialty == QLatin1String("Traditional Chinese medicine"))
        return QLatin1Char('2');
    if (specialty == QLatin1String("Stomatology"))
        return QLatin1Char('3');
    if (specialty == QLatin1String("Preventive care"))
        return QLatin1Char('4');
    return QLatin1Char('1');
}

void buildPractitioners(GeneratorContext &ctx, int overdoseClinic)
{
    DemoRandom random = ctx.random(Stream::Practitioners);
    const NameMaker names(ctx.data);
    const QList<Specialty> &specialties = ctx.data.specialties;
    std::array<std::vector<int>, 4> core;
    std::array<WeightedChoice, 4> extra;
    std::array<std::vector<int>, 4> extraSpecialty;
    for (int level = 1; level <= 3; ++level) {
        for (int s = 0; s < int(specialties.size()); ++s) {
            if (specialties[s].minLevel > level)
                continue;
            if (specialties[s].core > 0)
                core[size_t(level)].push_back(s);
            if (specialties[s].weight > 0) {
                extra[size_t(level)].add(quint64(specialties[s].weight));
                extraSpecialty[size_t(level)].push_back(s);
            }
        }
        std::stable_sort(core[size_t(level)].begin(), core[size_t(level)].end(),
                         [&](int a, int b) { return specialties[a].core < specialties[b].core; });
    }
    const auto extraFor = [&](int level) {
        const size_t l = size_t(level);
        return extra[l].total() > 0 ? extraSpecialty[l][size_t(extra[l].pick(random))]
                                    : core[l].front();
    };

    const int institutionCount = int(ctx.institutions.size());
    std::vector<std::vector<int>> plan(static_cast<size_t>(institutionCount));
    WeightedChoice byLevel;
    int planned = 0;
    for (int i = 0; i < institutionCount; ++i) {
        const int level = ctx.institutions[size_t(i)].level;
        std::vector<int> &staff = plan[size_t(i)];
        byLevel.add(quint64(kExtraPractitionerWeight[level]));
        for (int k = 0; k < kBasePractitioners[level]; ++k) {
            // The core departments first, then others the institution does not have yet.
            int s = k < int(core[size_t(level)].size()) ? core[size_t(level)][size_t(k)]
                                                        : extraFor(level);
            for (int tries = 0;
                 tries < 20 && std::find(staff.cbegin(), staff.cend(), s) != staff.cend(); ++tries)
                s = extraFor(level);
            staff.push_back(s);
        }
        planned += int(staff.size());
    }
    const int target = std::max(planned, ctx.options.records / kRecordsPerPractitioner);
    for (; planned < target; ++planned) {
        const int i = byLevel.pick(random);
        plan[size_t(i)].push_back(extraFor(ctx.institutions[size_t(i)].level));
    }

    quint64 serial = 0;
    for (int i = 0; i < institutionCount; ++i) {
        std::vector<std::vector<int>> bySpecialty(size_t(specialties.size()));
        std::vector<int> everyone;
        for (const int s : plan[size_t(i)]) {
            PractitionerSpec spec;
            spec.institution = i;
            spec.specialty = specialties[s].nameEn;
            const QChar sex = random.percent(52) ? QLatin1Char('M') : QLatin1Char('F');
            if (random.permille(ctx.data.settings.latinPractitionerPermille)) {
                QString country;
                spec.name = QStringLiteral("Dr. ") + names.latin(random, sex, &country);
            } else {
                spec.name = names.chinese(random, sex);
            }
            // Level, category, the institution's region and a serial: 15 digits, unique.
            const quint64 number = (++serial * 7919) % 10'000'000;
            spec.licence = QLatin1Char('1') + licenceCategory(spec.specialty)
                + ctx.scenario.institutions[i].regionCode
                + QStringLiteral("%1").arg(number, 7, 10, QLatin1Char('0'));
            const int index = int(ctx.scenario.practitioners.size());
            ctx.scenario.practitioners.append(spec);
            bySpecialty[size_t(s)].push_back(index);
            everyone.push_back(index);
        }
        // Who sees a specialty's patients: its own doctors, else its fallback's, else anyone.
        InstitutionInfo &info = ctx.institutions[size_t(i)];
        info.bySpecialty.assign(size_t(specialties.size()), {});
        for (int s = 0; s < int(specialties.size()); ++s) {
            int at = s;
            for (int depth = 0; at >= 0 && depth < 8 && bySpecialty[size_t(at)].empty(); ++depth)
                at = specialties[at].fallback;
            info.bySpecialty[size_t(s)]
                = at >= 0 && !bySpecialty[size_t(at)].empty() ? bySpecialty[size_t(at)] : everyone;
        }
    }

    // The overdose prescriber: the community centre's general practitioner.
    InjectedSignals &injected = ctx.scenario.injected;
    const int gp = ctx.data.specialtyIndex(QStringLiteral("General practice"));
    injected.overdosePractitioner
        = ctx.institutions[size_t(overdoseClinic)].bySpecialty[size_t(gp)].front();
    injected.overdoseDrugCode = ctx.data.settings.overdoseDrug;
    const DrugEntry *drug = ctx.catalog.drug(injected.overdoseDrugCode);
    int perDay = 0;
    for (const QString &frequency : drug->frequencies)
        if (administrationsPerDay(frequency).value_or(0) > perDay) {
            perDay = *administrationsPerDay(frequency);
            ctx.overdoseFrequency = frequency;
        }
    qint64 dose = drug->doseMicrograms;
    while (dose * perDay <= drug->maxDailyMicrograms)
        dose += drug->doseMicrograms;
    ctx.overdoseDoseMicrograms = dose;
}

} // namespace

void PopulationGenerator::generate(GeneratorContext &ctx)
{
    for (const RegionEntry &region : ctx.catalog.regions()) {
        if (region.level != RegionLevel::District)
            continue;
        ctx.districtIndex.insert(region.code, int(ctx.districts.size()));
        DistrictInfo district;
        district.code = region.code;
        district.city = region.parent;
        district.population = region.populationThousands;
        ctx.districts.push_back(std::move(district));
    }
    InstitutionBuilder institutions(ctx);
    institutions.build();
    buildPractitioners(ctx, institutions.overdoseClinic);
    PatientGenerator::generate(ctx);
}

} // namespace medchain::demo
