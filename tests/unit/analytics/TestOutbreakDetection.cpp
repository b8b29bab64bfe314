// EARS C1/C2/C3 and the CUSUM against series worked out by hand in the comments (no published
// numeric vector exists for them), plus a direct recomputation that checks the sliding sums.
#include "analytics/OutbreakDetection.h"

#include <QTest>

#include <cmath>

using namespace medchain::analytics;
using OD = OutbreakDetection;

Q_DECLARE_METATYPE(EarsMethod)

namespace {

// A 7-day pattern whose every 7 consecutive days have mean 10 and sample sd exactly 2:
// deviations +2 -2 +2 -2 +2 -2 0, squares sum to 24, 24 / (7 - 1) = 4. (The population sd
// would be sqrt(24 / 7) = 1.85, which the tests below tell apart.)
QList<qint64> quietDays(int n)
{
    static constexpr qint64 pattern[] = {12, 8, 12, 8, 12, 8, 10};
    QList<qint64> days;
    for (int i = 0; i < n; ++i)
        days.append(pattern[i % 7]);
    return days;
}

// `quiet` quiet days followed by the given ones.
QList<qint64> quietThen(int quiet, const QList<qint64> &rest)
{
    return quietDays(quiet) + rest;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-9;
}

#define VERIFY_NEAR(actual, expected)                                                              \
    QVERIFY2(near((actual), (expected)),                                                           \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QLatin1String(#actual))                                           \
                            .arg((actual), 0, 'g', 12)                                             \
                            .arg((expected), 0, 'g', 12)))

QList<qsizetype> alertDays(const QList<AberrationDay> &days)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days[i].alert)
            out.append(i);
    }
    return out;
}

// The textbook formulas, recomputed from scratch for one day (two-pass, in doubles).
struct Direct {
    double mean = 0;
    double sd = 0;
    double z = 0;
};

Direct direct(const QList<qint64> &x, qsizetype day, qsizetype lastBaselineDay)
{
    Direct d;
    for (qsizetype i = lastBaselineDay - 6; i <= lastBaselineDay; ++i)
        d.mean += double(x[i]) / 7.0;
    double squares = 0;
    for (qsizetype i = lastBaselineDay - 6; i <= lastBaselineDay; ++i)
        squares += (double(x[i]) - d.mean) * (double(x[i]) - d.mean);
    d.sd = std::max(std::sqrt(squares / 6.0), 1.0);
    d.z = (double(x[day]) - d.mean) / d.sd;
    return d;
}

} // namespace

class TestOutbreakDetection : public QObject {
    Q_OBJECT
private slots:
    void noAlertWithoutEnoughHistory_data()
    {
        QTest::addColumn<EarsMethod>("method");
        QTest::addColumn<int>("firstDay");
        // C1 needs t-7..t-1; C2 needs t-9..t-3; C3 needs C2 on t-2, so t-11 on.
        QTest::newRow("C1") << EarsMethod::C1 << 7;
        QTest::newRow("C2") << EarsMethod::C2 << 9;
        QTest::newRow("C3") << EarsMethod::C3 << 11;
    }
    void noAlertWithoutEnoughHistory()
    {
        QFETCH(EarsMethod, method);
        QFETCH(int, firstDay);
        QCOMPARE(OD::firstAssessedDay(method), firstDay);
        // Wild swings before the first assessed day: none of them may alert.
        QList<qint64> counts;
        for (int i = 0; i <= firstDay; ++i)
            counts.append(i % 2 == 0 ? 0 : 1000);
        const auto days = OD::ears(method, counts);
        QCOMPARE(days.size(), counts.size());
        for (int i = 0; i < firstDay; ++i) {
            QVERIFY2(!days[i].enoughHistory, qPrintable(QString::number(i)));
            QVERIFY(!days[i].alert);
            QCOMPARE(days[i].statistic, 0.0);
            QCOMPARE(days[i].count, counts[i]);
        }
        QVERIFY(days[firstDay].enoughHistory);

        counts.removeLast();
        QVERIFY(alertDays(OD::ears(method, counts)).isEmpty());
        QVERIFY(OD::ears(method, {}).isEmpty());
    }

    void cusumNeedsTheC2History()
    {
        QCOMPARE(OD::firstAssessedCusumDay(), 9);
        QList<qint64> counts = quietThen(9, {500});
        counts[4] = 500;
        const auto days = OD::cusum(counts);
        QCOMPARE(days.size(), 10);
        for (int i = 0; i < 9; ++i)
            QVERIFY(!days[i].enoughHistory && !days[i].alert && days[i].statistic == 0.0);
        QVERIFY(days[9].enoughHistory);
    }

    void c1SeesASpikeTheDayItHappens_data()
    {
        QTest::addColumn<qint64>("today");
        QTest::addColumn<double>("statistic");
        QTest::addColumn<bool>("alert");
        // Day 7, baseline days 0..6 = 12 8 12 8 12 8 10: mean 10, sd 2.
        QTest::newRow("17: (17-10)/2 = 3.5 alerts") << qint64(17) << 3.5 << true;
        // Exactly 3 does not alert (EARS alerts strictly above). With the population sd 1.85
        // it would be 3.24 and alert.
        QTest::newRow("16: (16-10)/2 = 3.0 does not") << qint64(16) << 3.0 << false;
        QTest::newRow("10: 0") << qint64(10) << 0.0 << false;
    }
    void c1SeesASpikeTheDayItHappens()
    {
        QFETCH(qint64, today);
        QFETCH(double, statistic);
        QFETCH(bool, alert);
        const auto days = OD::ears(EarsMethod::C1, quietThen(7, {today}));
        QCOMPARE(days.size(), 8);
        const AberrationDay &d = days[7];
        QVERIFY(d.enoughHistory);
        QCOMPARE(d.count, today);
        VERIFY_NEAR(d.baselineMean, 10.0);
        VERIFY_NEAR(d.baselineSd, 2.0);
        VERIFY_NEAR(d.statistic, statistic);
        QCOMPARE(d.threshold, 3.0);
        QCOMPARE(d.alert, alert);
        QCOMPARE(alertDays(days), alert ? QList<qsizetype> {7} : QList<qsizetype> {});
    }

    void c2IgnoresTheLastTwoDaysInItsBaseline()
    {
        // Days 0..8 quiet (12 8 12 8 12 8 10 12 8), then a rise: day 9 = 16, 10 = 17, 11 = 18.
        const QList<qint64> counts = quietThen(9, {16, 17, 18});

        // C1 on day 11 uses days 4..10 = 12 8 10 12 8 16 17: sum 83, Σx² = 1061,
        // mean 83/7 = 11.857, variance (7·1061 - 83²)/42 = 538/42, sd 3.579,
        // statistic (18 - 83/7)/3.579 = 1.716: the two-day-old rise masks today.
        const auto c1 = OD::ears(EarsMethod::C1, counts);
        VERIFY_NEAR(c1[11].baselineMean, 83.0 / 7.0);
        VERIFY_NEAR(c1[11].baselineSd, std::sqrt(538.0 / 42.0));
        VERIFY_NEAR(c1[11].statistic, (18.0 - 83.0 / 7.0) / std::sqrt(538.0 / 42.0));
        QVERIFY(!c1[11].alert);

        // C2 on day 11 uses days 2..8 = 12 8 12 8 10 12 8: mean 10, sd 2, (18-10)/2 = 4.
        // Day 9: days 0..6, (16-10)/2 = 3.0 (not above 3); day 10: days 1..7, 3.5.
        const auto c2 = OD::ears(EarsMethod::C2, counts);
        VERIFY_NEAR(c2[11].baselineMean, 10.0);
        VERIFY_NEAR(c2[11].baselineSd, 2.0);
        VERIFY_NEAR(c2[11].statistic, 4.0);
        VERIFY_NEAR(c2[9].statistic, 3.0);
        VERIFY_NEAR(c2[10].statistic, 3.5);
        QCOMPARE(alertDays(c2), (QList<qsizetype> {10, 11}));
    }

    void c3AccumulatesASustainedModerateRise()
    {
        // Days 0..10 quiet, then 14 14 15. The C2 baselines of days 11..13 (days 2..8, 3..9,
        // 4..10) are all quiet: mean 10, sd 2, so C2 = 2, 2, 2.5: never above 3.
        // Days 9 and 10 (12 and 8) have C2 = 1 and -1, so max(0, C2 - 1) = 0 for both.
        // C3(11) = 0 + 0 + 1 = 1; C3(12) = 0 + 1 + 1 = 2 (not above 2); C3(13) = 1 + 1 + 1.5.
        const QList<qint64> counts = quietThen(11, {14, 14, 15});
        const auto c2 = OD::ears(EarsMethod::C2, counts);
        VERIFY_NEAR(c2[11].statistic, 2.0);
        VERIFY_NEAR(c2[12].statistic, 2.0);
        VERIFY_NEAR(c2[13].statistic, 2.5);
        QVERIFY(alertDays(c2).isEmpty());
        QVERIFY(alertDays(OD::ears(EarsMethod::C1, counts)).isEmpty());

        const auto c3 = OD::ears(EarsMethod::C3, counts);
        QCOMPARE(c3.size(), counts.size());
        VERIFY_NEAR(c3[11].statistic, 1.0);
        VERIFY_NEAR(c3[12].statistic, 2.0);
        VERIFY_NEAR(c3[13].statistic, 3.5);
        VERIFY_NEAR(c3[13].baselineMean, 10.0);
        VERIFY_NEAR(c3[13].baselineSd, 2.0);
        QCOMPARE(c3[13].threshold, 2.0);
        QCOMPARE(alertDays(c3), QList<qsizetype> {13});
    }

    void smallBaselineSdCountsAsOneCase_data()
    {
        QTest::addColumn<QList<qint64>>("counts");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("statistic");
        QTest::addColumn<bool>("alert");
        // C1 on day 7. A flat week has sd 0, taken as 1: today 10 gives (10-7)/1 = 3.
        QTest::newRow("flat 7s, then 10")
            << QList<qint64> {7, 7, 7, 7, 7, 7, 7, 10} << 7.0 << 3.0 << false;
        QTest::newRow("flat 7s, then 11")
            << QList<qint64> {7, 7, 7, 7, 7, 7, 7, 11} << 7.0 << 4.0 << true;
        QTest::newRow("all zero") << QList<qint64> {0, 0, 0, 0, 0, 0, 0, 0} << 0.0 << 0.0 << false;
        // Six 0s and a 1: mean 1/7, sd sqrt((7·1 - 1)/42) = 0.378, raised to 1. Today 3 gives
        // 3 - 1/7 = 2.857 (with sd 0.378 it would be 7.6 and alert); today 4 gives 3.857.
        QTest::newRow("sparse, then 3")
            << QList<qint64> {0, 0, 0, 0, 0, 0, 1, 3} << 1.0 / 7.0 << 3.0 - 1.0 / 7.0 << false;
        QTest::newRow("sparse, then 4")
            << QList<qint64> {0, 0, 0, 0, 0, 0, 1, 4} << 1.0 / 7.0 << 4.0 - 1.0 / 7.0 << true;
        // A negative count is a data error and counts as 0; the day still reports it as given.
        QTest::newRow("negative as zero")
            << QList<qint64> {0, 0, 0, 0, 0, 0, -5, 4} << 0.0 << 4.0 << true;
    }
    void smallBaselineSdCountsAsOneCase()
    {
        QFETCH(QList<qint64>, counts);
        QFETCH(double, mean);
        QFETCH(double, statistic);
        QFETCH(bool, alert);
        const auto days = OD::ears(EarsMethod::C1, counts);
        VERIFY_NEAR(days[7].baselineMean, mean);
        VERIFY_NEAR(days[7].baselineSd, 1.0);
        VERIFY_NEAR(days[7].statistic, statistic);
        QCOMPARE(days[7].alert, alert);
        QCOMPARE(days[6].count, counts[6]);
    }

    void zeroVarianceNeverDividesByZero()
    {
        // Two silent weeks: every baseline has sd 0 -> 1, so C2 = 0 and C3 = 0, never inf/NaN.
        const QList<qint64> zeros(14, 0);
        for (EarsMethod method : {EarsMethod::C1, EarsMethod::C2, EarsMethod::C3}) {
            for (const AberrationDay &d : OD::ears(method, zeros)) {
                QCOMPARE(d.statistic, 0.0);
                QVERIFY(!d.alert);
            }
        }
        for (const AberrationDay &d : OD::cusum(zeros))
            QCOMPARE(d.statistic, 0.0);
    }

    void cusumAccumulatesAlertsAndRestarts_data()
    {
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("h");
        QTest::addColumn<QList<double>>("sums");
        QTest::addColumn<QList<qsizetype>>("alerts");
        // Days 0..13 quiet, then 14 14 14 14. z uses the C2 baseline (days t-9..t-3).
        // Days 9..13 (12 8 12 8 10) have z = 1 -1 1 -1 0; days 14..16 have quiet baselines,
        // z = (14-10)/2 = 2. Day 17's baseline, days 8..14 = 8 12 8 12 8 10 14, has sum 72,
        // Σx² = 776, mean 72/7, sd sqrt((7·776 - 72²)/42) = sqrt(248/42), so
        // z17 = (14 - 72/7)/sqrt(248/42) = 1.5285.
        const double z17 = (14.0 - 72.0 / 7.0) / std::sqrt(248.0 / 42.0);
        // k 0.5: S = 0.5, 0, 0.5, 0, 0, then 1.5, 3.0, 4.5 > 4 alerts on day 16; S restarts,
        // so day 17 is 0 + z17 - 0.5 = 1.03 (without the restart 5.53, a second alert).
        QTest::newRow("k 0.5, h 4")
            << 0.5 << 4.0 << QList<double> {0.5, 0, 0.5, 0, 0, 1.5, 3.0, 4.5, z17 - 0.5}
            << QList<qsizetype> {16};
        // S = 3.0 on day 15 equals h: an alert needs S strictly above h.
        QTest::newRow("k 0.5, h 3")
            << 0.5 << 3.0 << QList<double> {0.5, 0, 0.5, 0, 0, 1.5, 3.0, 4.5, z17 - 0.5}
            << QList<qsizetype> {16};
        // k 1: quiet days add at most 0; then 1, 2, 3 > 2 alerts; restart: z17 - 1.
        QTest::newRow("k 1, h 2") << 1.0 << 2.0
                                  << QList<double> {0, 0, 0, 0, 0, 1.0, 2.0, 3.0, z17 - 1.0}
                                  << QList<qsizetype> {16};
        // h 1.4 alerts on day 14 (1.5), restarts, day 15 is 1.5 again, and so on.
        QTest::newRow("k 0.5, h 1.4")
            << 0.5 << 1.4 << QList<double> {0.5, 0, 0.5, 0, 0, 1.5, 1.5, 1.5, z17 - 0.5}
            << QList<qsizetype> {14, 15, 16};
    }
    void cusumAccumulatesAlertsAndRestarts()
    {
        QFETCH(double, k);
        QFETCH(double, h);
        QFETCH(QList<double>, sums);
        QFETCH(QList<qsizetype>, alerts);
        const QList<qint64> counts = quietThen(14, {14, 14, 14, 14});
        const auto days = OD::cusum(counts, k, h);
        QCOMPARE(days.size(), counts.size());
        for (qsizetype i = 0; i < sums.size(); ++i) {
            const AberrationDay &d = days[9 + i];
            QVERIFY(d.enoughHistory);
            QCOMPARE(d.threshold, h);
            VERIFY_NEAR(d.statistic, sums[i]);
        }
        VERIFY_NEAR(days[16].baselineMean, 10.0);
        VERIFY_NEAR(days[16].baselineSd, 2.0);
        QCOMPARE(alertDays(days), alerts);
    }

    void slidingSumsMatchADirectComputation()
    {
        // A year and more of pseudo-random counts (a fixed LCG) with flat stretches, zeros and
        // bursts; every day of every method against the formulas recomputed from scratch.
        QList<qint64> counts;
        quint32 state = 12345;
        for (int i = 0; i < 400; ++i) {
            state = state * 1664525u + 1013904223u;
            const qint64 noise = qint64((state >> 16) % 9);
            counts.append(i % 50 < 10 ? 6 : (i % 97 < 4 ? noise * 20 : noise));
        }
        const auto c1 = OD::ears(EarsMethod::C1, counts);
        const auto c2 = OD::ears(EarsMethod::C2, counts);
        const auto c3 = OD::ears(EarsMethod::C3, counts);
        const auto cs = OD::cusum(counts);
        double s = 0;
        int c2Alerts = 0;
        for (qsizetype t = 9; t < counts.size(); ++t) {
            const Direct d1 = direct(counts, t, t - 1);
            const Direct d2 = direct(counts, t, t - 3);
            VERIFY_NEAR(c1[t].baselineMean, d1.mean);
            VERIFY_NEAR(c1[t].baselineSd, d1.sd);
            VERIFY_NEAR(c1[t].statistic, d1.z);
            QCOMPARE(c1[t].alert, d1.z > 3.0);
            VERIFY_NEAR(c2[t].baselineMean, d2.mean);
            VERIFY_NEAR(c2[t].baselineSd, d2.sd);
            VERIFY_NEAR(c2[t].statistic, d2.z);
            QCOMPARE(c2[t].alert, d2.z > 3.0);
            c2Alerts += c2[t].alert ? 1 : 0;
            if (t >= 11) {
                double sum = 0;
                for (qsizetype i = t - 2; i <= t; ++i)
                    sum += std::max(0.0, direct(counts, i, i - 3).z - 1.0);
                VERIFY_NEAR(c3[t].statistic, sum);
                QCOMPARE(c3[t].alert, sum > 2.0);
            }
            s = std::max(0.0, s + d2.z - 0.5);
            VERIFY_NEAR(cs[t].statistic, s);
            QCOMPARE(cs[t].alert, s > 4.0);
            if (cs[t].alert)
                s = 0;
        }
        QVERIFY(c2Alerts > 0); // the series does exercise alerts
    }

    void descriptionsNameBaselineLagAndThreshold()
    {
        const QString c1 = OD::describe(EarsMethod::C1);
        const QString c2 = OD::describe(EarsMethod::C2);
        const QString c3 = OD::describe(EarsMethod::C3);
        for (const QString &text : {c1, c2, c3})
            QVERIFY(text.contains(QLatin1String("7")) || text.contains(QLatin1String("C2")));
        QVERIFY(c1 != c2 && c2 != c3 && c1 != c3);
        QVERIFY(c1.contains(QLatin1String("3 standard deviations")));
        QVERIFY(c2.contains(QLatin1String("3 to 9")));
        QVERIFY(c3.contains(QLatin1String("above 2")));
        const QString cusum = OD::describeCusum(0.75, 5);
        QVERIFY2(cusum.contains(QLatin1String("0.75")) && cusum.contains(QLatin1String("5;")),
                 qPrintable(cusum));
    }
};

QTEST_GUILESS_MAIN(TestOutbreakDetection)
#include "TestOutbreakDetection.moc"
