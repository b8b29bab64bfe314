#include "demo/Dosing.h"

namespace medchain::demo {

namespace {

struct Frequency {
    const char *code;
    int perDay; // the most administrations on one day
    int administrations; // per `everyDays` days, for courses
    int everyDays;
    bool once;
};

constexpr Frequency kFrequencies[] = {
    {"qd", 1, 1, 1, false},  {"bid", 2, 2, 1, false},  {"tid", 3, 3, 1, false},
    {"qid", 4, 4, 1, false}, {"q4h", 6, 6, 1, false},  {"q6h", 4, 4, 1, false},
    {"q8h", 3, 3, 1, false}, {"q12h", 2, 2, 1, false}, {"qn", 1, 1, 1, false},
    {"qod", 1, 1, 2, false}, {"biw", 1, 2, 7, false},  {"qw", 1, 1, 7, false},
    {"st", 1, 1, 1, true},
};

const Frequency *find(QStringView code)
{
    for (const Frequency &f : kFrequencies)
        if (code.compare(QLatin1String(f.code), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

} // namespace

std::optional<int> administrationsPerDay(QStringView frequency)
{
    const Frequency *f = find(frequency);
    return f ? std::optional<int>(f->perDay) : std::nullopt;
}

std::optional<qint64> administrationsOver(QStringView frequency, qint64 days)
{
    const Frequency *f = find(frequency);
    if (!f || days < 0)
        return std::nullopt;
    if (f->once)
        return 1;
    // Whole periods, plus what the last started period gives (a course starts with a dose).
    const qint64 periods = (days + f->everyDays - 1) / f->everyDays;
    return periods * f->administrations;
}

std::optional<qint64> dailyDoseMicrograms(qint64 doseMicrograms, QStringView frequency)
{
    const auto perDay = administrationsPerDay(frequency);
    if (!perDay)
        return std::nullopt;
    return doseMicrograms * *perDay;
}

bool exceedsMaxDailyDose(qint64 doseMicrograms, QStringView frequency, qint64 maxDailyMicrograms)
{
    const auto daily = dailyDoseMicrograms(doseMicrograms, frequency);
    return daily && *daily > maxDailyMicrograms;
}

QList<QString> frequencyCodes()
{
    QList<QString> codes;
    for (const Frequency &f : kFrequencies)
        codes.append(QLatin1String(f.code));
    return codes;
}

} // namespace medchain::demo
