#include "analytics/OutbreakDetection.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace medchain::analytics {

namespace {

using Self = OutbreakDetection;

// How many days before the assessed day the baseline ends: t-1 for C1, t-3 for the others.
constexpr qsizetype C1Offset = 1;
constexpr qsizetype LaggedOffset = 1 + Self::GuardDays;

qint64 clampCount(qint64 count)
{
    return std::clamp<qint64>(count, 0, Self::MaxDailyCount);
}

struct Baseline {
    double mean = 0;
    double sd = 0;
};

// The baseline of the BaselineDays ending at each day (valid from day BaselineDays - 1 on).
// Integer running sums keep it exact and linear: n*Σx² - (Σx)² is the sample variance's
// numerator times n, with no cancellation.
QList<Baseline> trailingBaselines(const QList<qint64> &counts)
{
    constexpr qint64 n = Self::BaselineDays;
    QList<Baseline> baselines(counts.size());
    qint64 sum = 0;
    qint64 sumSquares = 0;
    for (qsizetype day = 0; day < counts.size(); ++day) {
        const qint64 entering = clampCount(counts[day]);
        sum += entering;
        sumSquares += entering * entering;
        if (day >= n) {
            const qint64 leaving = clampCount(counts[day - n]);
            sum -= leaving;
            sumSquares -= leaving * leaving;
        }
        if (day >= n - 1) {
            const double variance = double(n * sumSquares - sum * sum) / double(n * (n - 1));
            baselines[day]
                = {double(sum) / double(n), std::max(std::sqrt(variance), Self::MinimumSd)};
        }
    }
    return baselines;
}

// Each day's count standardised against the baseline ending `offset` days before it, with the
// baseline itself; nothing for days whose baseline would start before the series.
struct Standardised {
    Baseline baseline;
    double z = 0;
};

QList<std::optional<Standardised>> standardise(const QList<qint64> &counts, qsizetype offset)
{
    const QList<Baseline> baselines = trailingBaselines(counts);
    QList<std::optional<Standardised>> out(counts.size());
    for (qsizetype day = offset + Self::BaselineDays - 1; day < counts.size(); ++day) {
        const Baseline &b = baselines[day - offset];
        out[day] = Standardised {b, (double(clampCount(counts[day])) - b.mean) / b.sd};
    }
    return out;
}

AberrationDay assessed(qint64 count, const Baseline &baseline, double statistic, double threshold)
{
    return {count, baseline.mean, baseline.sd, statistic, threshold, statistic > threshold, true};
}

AberrationDay notAssessed(qint64 count, double threshold)
{
    AberrationDay day;
    day.count = count;
    day.threshold = threshold;
    return day;
}

double c3Term(const std::optional<Standardised> &c2)
{
    return std::max(0.0, c2->z - Self::C3Allowance);
}

} // namespace

int OutbreakDetection::firstAssessedDay(EarsMethod method)
{
    switch (method) {
    case EarsMethod::C1:
        return int(C1Offset) + BaselineDays - 1;
    case EarsMethod::C2:
        return int(LaggedOffset) + BaselineDays - 1;
    case EarsMethod::C3:
        return int(LaggedOffset) + BaselineDays - 1 + 2; // C2 of the two days before, too
    }
    return 0;
}

int OutbreakDetection::firstAssessedCusumDay()
{
    return firstAssessedDay(EarsMethod::C2);
}

QList<AberrationDay> OutbreakDetection::ears(EarsMethod method, const QList<qint64> &dailyCounts)
{
    const qsizetype offset = method == EarsMethod::C1 ? C1Offset : LaggedOffset;
    const double threshold = method == EarsMethod::C3 ? C3Threshold : ShewhartThreshold;
    const auto standardised = standardise(dailyCounts, offset);
    const qsizetype first = firstAssessedDay(method);

    QList<AberrationDay> days;
    days.reserve(dailyCounts.size());
    for (qsizetype day = 0; day < dailyCounts.size(); ++day) {
        const qint64 count = dailyCounts[day];
        if (day < first) {
            days.append(notAssessed(count, threshold));
            continue;
        }
        const Standardised &today = *standardised[day];
        const double statistic = method != EarsMethod::C3 ? today.z
                                                          : c3Term(standardised[day - 2])
                + c3Term(standardised[day - 1]) + c3Term(standardised[day]);
        days.append(assessed(count, today.baseline, statistic, threshold));
    }
    return days;
}

QList<AberrationDay> OutbreakDetection::cusum(const QList<qint64> &dailyCounts, double k, double h)
{
    const auto standardised = standardise(dailyCounts, LaggedOffset);
    QList<AberrationDay> days;
    days.reserve(dailyCounts.size());
    double s = 0;
    for (qsizetype day = 0; day < dailyCounts.size(); ++day) {
        const qint64 count = dailyCounts[day];
        if (!standardised[day]) {
            days.append(notAssessed(count, h));
            continue;
        }
        s = std::max(0.0, s + standardised[day]->z - k);
        days.append(assessed(count, standardised[day]->baseline, s, h));
        if (days.last().alert)
            s = 0; // restart, so one outbreak is one alert and the next rise starts afresh
    }
    return days;
}

QString OutbreakDetection::describe(EarsMethod method)
{
    switch (method) {
    case EarsMethod::C1:
        return tr("EARS C1 (mild): compares each day's count with the mean of the 7 days just "
                  "before it and alerts when the count is more than 3 standard deviations above "
                  "that mean (a standard deviation below one case counts as one case).");
    case EarsMethod::C2:
        return tr("EARS C2 (medium): like C1, but the 7-day baseline ends 3 days before the "
                  "day (days 3 to 9 before), so a rise over the last two days does not raise the "
                  "baseline; alerts above 3 standard deviations.");
    case EarsMethod::C3:
        return tr("EARS C3 (high): adds, over the day and the 2 days before it, how far each "
                  "day's C2 value exceeds 1 standard deviation, and alerts when the sum is above "
                  "2, so a moderate rise sustained for several days is caught.");
    }
    return {};
}

QString OutbreakDetection::describeCusum(double k, double h)
{
    return tr("CUSUM: adds up each day's excess over the C2 baseline (days 3 to 9 before), in "
              "standard deviations and less an allowance of %1, and alerts when the sum exceeds "
              "%2; after an alert it starts again from zero.")
        .arg(k)
        .arg(h);
}

} // namespace medchain::analytics
