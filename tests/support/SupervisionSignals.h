// What the regulator's dashboard should find in the small demo (SmallScenario.h): a steady series,
// a burst to alert on, and one record breaking each supervision rule. Test support only.
#pragma once

#include "SmallScenario.h"

#include <algorithm>

namespace medchain::demo::testing {

constexpr int kBurstDay = 95; // days after kStart
inline const QString kBurstCategory = QStringLiteral("J20");

/// Adds a steady J20 case a day in 340104 (patient 0) over days 70–99 and, in 340103 (patient
/// 1), one case on day 90 and a burst of six on kBurstDay; then four records that break the
/// supervision rules, all in 340104: an overdose of paracetamol (3 g a day, at most 2 g; day
/// 100, by practitioner 0), the same blood count four days apart (days 101 and 105, by
/// practitioner 2), and a J20 encounter billed far above its 37 peers (day 102).
inline void addSupervisionSignals(Scenario &scenario)
{
    const auto bronchitis = content(QStringLiteral("咳嗽一周"), QStringLiteral("J20.9"));
    for (int day = 70; day < 100; ++day)
        scenario.events.append(record(day * kDay + 9 * kHour, 0, 0, Cat::Encounter, bronchitis));
    scenario.events.append(record(90 * kDay + 9 * kHour, 1, 1, Cat::Encounter, bronchitis));
    for (int i = 0; i < 6; ++i)
        scenario.events.append(record(kBurstDay * kDay + 10 * kHour + i * 10 * kMinute, 1, 1,
                                      Cat::Encounter, bronchitis));
    auto overdose = content(QStringLiteral("腰痛"), QStringLiteral("M54.5"));
    overdose.prescriptions.first().doseMicrograms = 1'000'000;
    scenario.events.append(record(100 * kDay + 9 * kHour, 2, 0, Cat::Encounter, overdose));
    auto fever = content(QStringLiteral("发热"), QStringLiteral("R50.9"));
    fever.exams = {{QStringLiteral("CBC"), QStringLiteral("血常规"), QStringLiteral("正常")}};
    scenario.events.append(record(101 * kDay + 9 * kHour, 2, 2, Cat::Encounter, fever));
    scenario.events.append(record(105 * kDay + 9 * kHour, 2, 2, Cat::Encounter, fever));
    auto costly = bronchitis;
    costly.fees = {{QStringLiteral("treatment"), 200'000}};
    scenario.events.append(record(102 * kDay + 9 * kHour, 0, 0, Cat::Encounter, costly));
    std::stable_sort(scenario.events.begin(), scenario.events.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
}

} // namespace medchain::demo::testing
