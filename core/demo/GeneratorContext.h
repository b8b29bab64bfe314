// Internal to ScenarioGenerator: what its stages (population, histories, consent, the cast) share
// while they build one Scenario, and the China-time calendar arithmetic they use.
#pragma once

#include "demo/Catalog.h"
#include "demo/DemoData.h"
#include "demo/DemoRandom.h"
#include "demo/Scenario.h"

#include <array>
#include <vector>

namespace medchain::demo {

inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;
inline constexpr qint64 kChinaOffsetMs = 8 * kHourMs;

/// Independent random streams, one per stage (and per patient within a stage), so that a change
/// in how many numbers one stage draws leaves the others' output unchanged.
enum class Stream : quint64 {
    Institutions = 1,
    Practitioners,
    Demographics,
    Names,
    Allocation,
    Outbreak,
    History, // per patient: Stream::History * 2^32 + patient
    Consent, // per patient
    Cast,
    Wallet, // per patient: invoices, enrolments, fund orders
    Money, // programs, the fund's yields, top-ups and withdrawals
};
inline DemoRandom randomFor(quint64 seed, Stream stream, quint64 item = 0)
{
    return DemoRandom(seed, (quint64(stream) << 32) + item);
}

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;
};

/// The date in China (UTC+8) of a time in ms since the Unix epoch (H. Hinnant's
/// civil_from_days, integer arithmetic only).
inline CivilDate chinaDate(qint64 ms)
{
    const qint64 local = ms + kChinaOffsetMs;
    const qint64 z = (local >= 0 ? local : local - (kDayMs - 1)) / kDayMs + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

inline bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

inline int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

/// 0 Sunday … 6 Saturday, in China.
inline int chinaWeekday(qint64 ms)
{
    const qint64 local = ms + kChinaOffsetMs;
    const qint64 days = (local >= 0 ? local : local - (kDayMs - 1)) / kDayMs;
    return int(((days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday
}

struct DistrictInfo {
    QString code;
    QString city;
    qint64 population = 0;
    /// Where its residents go, by institution level (index 1..3): the district's own
    /// institutions of that level, else the city's, else the nearest substitute.
    std::array<std::vector<int>, 4> candidates;
};

struct InstitutionInfo {
    int level = 0;
    int district = -1; // index in GeneratorContext::districts
    QString city;
    qint64 registrationFen = 0;
    qint64 consultationFen = 0;
    /// By specialty index: who sees that specialty's patients here (fallbacks resolved).
    std::vector<std::vector<int>> bySpecialty;
};

struct PatientInfo {
    int age = 0; // at the start of the period
    QChar sex;
    int district = 0;
    bool latin = false;
    QList<int> chronic; // indices in DemoData::chronic
    qint64 activity = 0; // relative number of records
    int records = 0; // allotted
    int outbreakCases = 0; // of them, encounters in the outbreak
    std::array<int, 4> usual {-1, -1, -1, -1}; // usual institution by level
};

/// A record as the consent stage sees it.
struct HistoryRecord {
    int id = 0; // index among RecordEvents in generation order (remapped after sorting)
    int event = 0; // index in GeneratorContext::events
    qint64 time = 0;
    int practitioner = 0;
    int institution = 0;
    int condition = 0;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
};

struct GeneratorContext {
    const Catalog &catalog;
    const DemoData &data;
    ScenarioOptions options;
    Scenario &scenario;
    qint64 endMs = 0; // options.startMs + days

    std::vector<DistrictInfo> districts;
    QHash<QString, int> districtIndex;
    std::vector<InstitutionInfo> institutions;
    std::vector<int> provincialHospitals;
    std::vector<PatientInfo> patients;

    // Injected signals (mirrored in scenario.injected)
    int outbreakDistrict = -1;
    qint64 overdoseDoseMicrograms = 0;
    QString overdoseFrequency;

    // Events in generation order; records are numbered as they are added.
    QList<Event> events;
    int recordCount = 0;

    GeneratorContext(const Catalog &c, const DemoData &d, const ScenarioOptions &o, Scenario &s)
        : catalog(c), data(d), options(o), scenario(s), endMs(o.startMs + o.days * kDayMs)
    {
    }

    DemoRandom random(Stream stream, quint64 item = 0) const
    {
        return randomFor(options.seed, stream, item);
    }

    /// Adds an event; for a RecordEvent, returns its record id.
    int add(qint64 time, decltype(Event::what) what)
    {
        const bool isRecord = std::holds_alternative<RecordEvent>(what);
        events.append(Event {time, std::move(what)});
        return isRecord ? recordCount++ : -1;
    }
};

} // namespace medchain::demo
