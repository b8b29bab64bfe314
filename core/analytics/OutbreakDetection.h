// Outbreak alerts over one daily case-count series: the CDC's EARS C1, C2 and C3 and a CUSUM.
// Pure, linear in the series length; formulas, thresholds and sources: docs/outbreak-detection.md.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace medchain::analytics {

enum class EarsMethod { C1, C2, C3 };

/// One day of a method's verdict. Days without enough history carry zeros and never alert.
struct AberrationDay {
    qint64 count = 0; // the day's count as given
    double baselineMean = 0; // mean of the 7-day baseline the day is compared with
    double baselineSd = 0; // its sample standard deviation, raised to MinimumSd if below
    double statistic = 0; // C1/C2: (count - mean) / sd; C3: the 3-day sum; CUSUM: S
    double threshold = 0; // the statistic alerts when strictly above this
    bool alert = false;
    bool enoughHistory = false;
};

class OutbreakDetection {
    Q_DECLARE_TR_FUNCTIONS(OutbreakDetection)
public:
    /// Days in every baseline.
    static constexpr int BaselineDays = 7;
    /// Days between the baseline and the day assessed, for C2, C3 and the CUSUM.
    static constexpr int GuardDays = 2;
    /// A baseline whose standard deviation is below one case counts as one case: a flat or
    /// sparse week would otherwise make a single extra case look like an outbreak.
    static constexpr double MinimumSd = 1.0;
    /// C1 and C2 alert above 3 standard deviations; C3 sums max(0, C2 - 1) over 3 days and
    /// alerts above 2.
    static constexpr double ShewhartThreshold = 3.0;
    static constexpr double C3Allowance = 1.0;
    static constexpr double C3Threshold = 2.0;
    /// Page's CUSUM in standard-deviation units: reference value k and decision interval h.
    static constexpr double DefaultCusumK = 0.5;
    static constexpr double DefaultCusumH = 4.0;
    /// Counts are clamped to [0, MaxDailyCount] before any arithmetic, which keeps the exact
    /// integer window sums far from overflow.
    static constexpr qint64 MaxDailyCount = 100'000'000;

    /// One result per day of dailyCounts (consecutive days, a day without reports being 0).
    static QList<AberrationDay> ears(EarsMethod method, const QList<qint64> &dailyCounts);
    /// S_t = max(0, S_{t-1} + z_t - k) with z_t standardised against the C2 baseline; alerts
    /// when S_t > h, and S restarts from 0 the day after an alert.
    static QList<AberrationDay> cusum(const QList<qint64> &dailyCounts, double k = DefaultCusumK,
                                      double h = DefaultCusumH);

    /// The first day (0-based) with enough history for the method; earlier days never alert.
    static int firstAssessedDay(EarsMethod method);
    static int firstAssessedCusumDay();

    /// One or two sentences for a regulator: baseline, lag and threshold.
    static QString describe(EarsMethod method);
    static QString describeCusum(double k = DefaultCusumK, double h = DefaultCusumH);
};

} // namespace medchain::analytics
