#include "demo/ScenarioGenerator.h"

#include "demo/CastHistory.h"
#include "demo/ConsentGenerator.h"
#include "demo/GeneratorContext.h"
#include "demo/PatientHistory.h"
#include "demo/PopulationGenerator.h"
#include "demo/RecordWriter.h"
#include "demo/WalletGenerator.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace medchain::demo {

namespace {

constexpr int kMinPatients = 10;
constexpr int kMaxPatients = 10'000'000;
constexpr int kMaxRecords = 100'000'000;
constexpr int kMinDays = 28;
constexpr int kMaxDays = 3660;
constexpr int kCastRecords = 40;
constexpr int kMaxOutbreakCasesPerPatient = 3;
constexpr int kBaselineIliPermille = 80; // influenza-like share of visits, for the baseline

/// How many records each patient has: the cast patient the most, everyone at least one, the
/// rest drawn in proportion to each patient's activity (age, chronic conditions, a heavy tail)
/// and capped below the cast patient's.
void allocateRecords(GeneratorContext &ctx)
{
    const int patients = ctx.options.patients;
    const int records = ctx.options.records;
    const int cast = ctx.scenario.cast.patient;
    const int perPatient = (records + patients - 1) / patients;
    const int castRecords
        = std::min(records - (patients - 1), std::max(kCastRecords, 4 * perPatient));
    const int cap = std::max(1, castRecords - 1);
    WeightedChoice byActivity;
    byActivity.reserve(size_t(patients));
    for (int p = 0; p < patients; ++p) {
        PatientInfo &info = ctx.patients[size_t(p)];
        info.records = p == cast ? castRecords : 1;
        byActivity.add(p == cast ? 0 : quint64(info.activity));
    }
    DemoRandom random = ctx.random(Stream::Allocation);
    for (int left = records - castRecords - (patients - 1); left > 0;) {
        PatientInfo &info = ctx.patients[size_t(byActivity.pick(random))];
        if (info.records >= cap)
            continue; // capacity is ample: (patients - 1) × cap ≥ 3 × records
        ++info.records;
        --left;
    }
}

/// The outbreak: a window of the period and, for residents of the district, encounters in it.
void planOutbreak(GeneratorContext &ctx)
{
    const ScenarioSettings &s = ctx.data.settings;
    InjectedSignals &injected = ctx.scenario.injected;
    DemoRandom random = ctx.random(Stream::Outbreak);
    const int days = ctx.options.days;
    const int window = std::min(s.outbreakDays, days - 4);
    const int first = int(random.between(std::min(days * 35 / 100, days - window - 2),
                                         std::min(days * 55 / 100, days - window - 2)));
    injected.outbreakRegion = s.outbreakRegion;
    injected.outbreakStart = ctx.options.startMs + first * kDayMs;
    injected.outbreakEnd = injected.outbreakStart + window * kDayMs;

    std::vector<int> residents;
    qint64 residentRecords = 0;
    qint64 capacity = 0;
    for (int p = 0; p < int(ctx.patients.size()); ++p)
        if (ctx.patients[size_t(p)].district == ctx.outbreakDistrict
            && p != ctx.scenario.cast.patient) {
            residents.push_back(p);
            residentRecords += ctx.patients[size_t(p)].records;
            capacity += std::min(ctx.patients[size_t(p)].records, kMaxOutbreakCasesPerPatient);
        }
    const qint64 baseline = residentRecords * kBaselineIliPermille * window / (1000LL * days);
    qint64 cases = std::min<qint64>(
        capacity, std::max<qint64>(s.outbreakMinCases, s.outbreakMultiplier * (baseline + 1)));
    for (size_t i = residents.size(); i > 1; --i) // Fisher-Yates
        std::swap(residents[i - 1], residents[size_t(random.below(i))]);
    while (cases > 0)
        for (const int p : residents) {
            PatientInfo &info = ctx.patients[size_t(p)];
            if (cases > 0
                && info.outbreakCases < std::min(info.records, kMaxOutbreakCasesPerPatient)) {
                ++info.outbreakCases;
                --cases;
            }
        }
}

/// Sorts the events by time (ties keep generation order) and renumbers records by their
/// place among RecordEvents in that order, as AmendmentEvent and ReadEvent expect.
QList<Event> sortEvents(GeneratorContext &ctx)
{
    QList<Event> &events = ctx.events;
    std::vector<int> recordOf(size_t(events.size()), -1);
    int records = 0;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (std::holds_alternative<RecordEvent>(events[i].what))
            recordOf[size_t(i)] = records++;
    std::vector<qint64> times(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        times[size_t(i)] = events.at(i).time;
    std::vector<quint32> order(size_t(events.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](quint32 a, quint32 b) { return times[a] < times[b]; });
    std::vector<int> renumbered(size_t(records), -1);
    int next = 0;
    for (const quint32 i : order)
        if (recordOf[i] >= 0)
            renumbered[size_t(recordOf[i])] = next++;

    QList<Event> sorted;
    sorted.reserve(events.size());
    for (const quint32 i : order) {
        Event event = std::move(events[i]);
        if (auto *amendment = std::get_if<AmendmentEvent>(&event.what))
            amendment->record = renumbered[size_t(amendment->record)];
        else if (auto *read = std::get_if<ReadEvent>(&event.what))
            read->record = renumbered[size_t(read->record)];
        sorted.append(std::move(event));
    }
    events.clear();
    events.squeeze();
    return sorted;
}

} // namespace

qint64 ScenarioGenerator::chinaMidnightOf(const QDate &day)
{
    constexpr int kChinaOffsetSeconds = 8 * 3600;
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, kChinaOffsetSeconds).toMSecsSinceEpoch();
}

qint64 ScenarioGenerator::defaultStartMs()
{
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
    return chinaMidnightOf(QDate(today.year() - 1, today.month(), 1));
}

Result<Scenario> ScenarioGenerator::generate(const Catalog &catalog, const ScenarioOptions &options)
{
    if (options.patients < kMinPatients || options.patients > kMaxPatients)
        return Error {
            tr("A demo network needs from %1 to %2 patients.").arg(kMinPatients).arg(kMaxPatients)};
    if (options.records < options.patients || options.records > kMaxRecords)
        return Error {tr("A demo network needs at least one record per patient and at most %1 "
                         "records.")
                          .arg(kMaxRecords)};
    if (options.days < kMinDays || options.days > kMaxDays)
        return Error {tr("A demo period lasts from %1 to %2 days.").arg(kMinDays).arg(kMaxDays)};
    auto data = DemoData::load(catalog);
    if (!data)
        return data.failure();

    Scenario scenario;
    scenario.options = options;
    scenario.authorityName = data->settings.authorityNameZh;
    scenario.authorityNameEn = data->settings.authorityNameEn;
    scenario.authorityRegion = data->settings.authorityRegion;
    GeneratorContext ctx(catalog, data.value(), options, scenario);
    PopulationGenerator::generate(ctx);
    allocateRecords(ctx);
    planOutbreak(ctx);

    const RecordWriter writer(ctx);
    PatientHistory history(ctx, writer);
    ConsentGenerator consent(ctx, writer);
    ctx.events.reserve(qsizetype(options.records) + options.records / 8 + options.patients);
    std::vector<HistoryRecord> records;
    std::vector<int> emergencyDoctors;
    for (int p = 0; p < options.patients; ++p) {
        if (p == scenario.cast.patient)
            continue;
        history.generate(p, &records, &emergencyDoctors);
        consent.generate(p, records, emergencyDoctors);
    }
    CastHistory::generate(ctx, history, consent);
    scenario.events = sortEvents(ctx);
    if (auto ok = WalletGenerator::generate(ctx); !ok)
        return ok.failure();
    return scenario;
}

} // namespace medchain::demo
