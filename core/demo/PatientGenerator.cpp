#include "demo/PatientGenerator.h"

#include "demo/GeneratorContext.h"
#include "demo/Identities.h"

#include <QSet>

#include <algorithm>

namespace medchain::demo {

namespace {

/// Moves patients into the outbreak district until it has enough residents for the outbreak to
/// show, taking them from the same city first (a small network has few people per district).
void ensureOutbreakResidents(GeneratorContext &ctx, int castPatient)
{
    const int wanted
        = std::min(ctx.data.settings.outbreakMinResidents, std::max(1, ctx.options.patients / 10));
    const int target = ctx.outbreakDistrict;
    int residents = int(std::count_if(ctx.patients.cbegin(), ctx.patients.cend(),
                                      [&](const PatientInfo &p) { return p.district == target; }));
    for (const bool sameCity : {true, false})
        for (int i = 0; i < int(ctx.patients.size()) && residents < wanted; ++i) {
            PatientInfo &p = ctx.patients[size_t(i)];
            if (i == castPatient || p.district == target
                || (ctx.districts[size_t(p.district)].city == ctx.districts[size_t(target)].city)
                    != sameCity)
                continue;
            p.district = target;
            ++residents;
        }
}

/// How often a patient sees a doctor, relatively: by age, more with chronic conditions, and a
/// heavy tail of people who come far more often than their age suggests.
qint64 activityOf(const DemoData &data, const PatientInfo &p, DemoRandom &random)
{
    qint64 visits = 0;
    for (const int g : p.chronic)
        visits += data.chronic[g].visitsPerYear;
    qint64 byAge = 1;
    for (const AgeGroup &band : data.ages)
        if (p.age >= band.from && p.age <= band.to)
            byAge = band.activity;
    static constexpr int kTail[] = {1, 2, 4, 10, 25};
    static const WeightedChoice tail(std::vector<int> {62, 18, 10, 6, 4});
    return byAge * (10 + 2 * std::min<qint64>(visits, 30)) * kTail[tail.pick(random)];
}

void demographics(GeneratorContext &ctx, int castPatient)
{
    const DemoData &data = ctx.data;
    WeightedChoice ageSex; // two entries per age band: men, then women
    for (const AgeGroup &group : data.ages) {
        ageSex.add(quint64(group.malePermille));
        ageSex.add(quint64(group.femalePermille));
    }
    WeightedChoice byPopulation;
    for (const DistrictInfo &district : ctx.districts)
        byPopulation.add(quint64(district.population));
    QList<int> castChronic;
    for (const char *id : {"htn", "t2dm", "lipid"})
        for (int g = 0; g < int(data.chronic.size()); ++g)
            if (data.chronic[g].id == QLatin1String(id))
                castChronic.append(g);

    ctx.patients.resize(size_t(ctx.options.patients));
    for (int i = 0; i < ctx.options.patients; ++i) {
        DemoRandom random = ctx.random(Stream::Demographics, quint64(i));
        PatientInfo &p = ctx.patients[size_t(i)];
        const int pick = ageSex.pick(random);
        const AgeGroup &group = data.ages[pick / 2];
        p.sex = pick % 2 == 0 ? QLatin1Char('M') : QLatin1Char('F');
        p.age = int(random.between(group.from, group.to));
        p.district = byPopulation.pick(random);
        p.latin = random.permille(data.settings.latinPatientPermille);
        for (int g = 0; g < int(data.chronic.size()); ++g) {
            const ChronicCondition &chronic = data.chronic[g];
            if ((chronic.sex == QLatin1Char('*') || chronic.sex == p.sex)
                && random.permille(int(weightAtAge(chronic.prevalencePermille, p.age))))
                p.chronic.append(g);
        }
        if (i == castPatient) {
            p.age = int(random.between(56, 68));
            p.district = ctx.institutions[size_t(ctx.provincialHospitals.front())].district;
            p.latin = false;
            p.chronic = castChronic;
        }
        p.activity = activityOf(data, p, random);
    }
}

void identities(GeneratorContext &ctx)
{
    const NameMaker names(ctx.data);
    const CivilDate start = chinaDate(ctx.options.startMs);
    QSet<QString> ids;
    ids.reserve(ctx.options.patients);
    ctx.scenario.patients.reserve(ctx.options.patients);
    for (int i = 0; i < ctx.options.patients; ++i) {
        DemoRandom random = ctx.random(Stream::Names, quint64(i));
        const PatientInfo &p = ctx.patients[size_t(i)];
        PatientSpec spec;
        spec.sex = QString(p.sex);
        spec.regionCode = ctx.districts[size_t(p.district)].code;
        const int month = int(random.between(1, 12));
        int day = int(random.between(1, daysInMonth(2000, month)));
        int year = start.year - p.age;
        if (month > start.month || (month == start.month && day > start.day))
            --year; // not yet had this year's birthday when the period starts
        day = std::min(day, daysInMonth(year, month));
        spec.birthYear = year;
        QString country;
        spec.name = p.latin ? names.latin(random, p.sex, &country) : names.chinese(random, p.sex);
        do {
            const int sequence = int(random.below(500)) * 2 + (p.sex == QLatin1Char('M') ? 1 : 0);
            spec.nationalId = p.latin
                ? foreignResidentIdNumber(ctx.catalog.provinceCode(), country, year, month, day,
                                          sequence)
                : residentIdNumber(spec.regionCode, year, month, day, sequence);
        } while (ids.contains(spec.nationalId));
        ids.insert(spec.nationalId);
        ctx.scenario.patients.append(spec);
    }
}

} // namespace

void PatientGenerator::generate(GeneratorContext &ctx)
{
    const int castPatient = int(ctx.random(Stream::Cast).below(quint64(ctx.options.patients)));
    ctx.scenario.cast.patient = castPatient;
    demographics(ctx, castPatient);
    ensureOutbreakResidents(ctx, castPatient);
    identities(ctx);
}

} // namespace medchain::demo
