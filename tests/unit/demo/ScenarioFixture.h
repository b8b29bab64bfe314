// The scenarios the generator's tests share: a small and a medium network over one year from
// 2025-01-01, and the day helpers they read times with. Test support only.
#pragma once

#include "ResourceCopy.h"

#include "demo/Catalog.h"
#include "demo/ScenarioGenerator.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

namespace medchain::demo::test {

inline constexpr qint64 kDay = 86'400'000;

/// The day of ms in China, as "yyyyMMdd" (the gateway's order numbers carry it).
inline QString chinaDayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .date()
        .toString(QStringLiteral("yyyyMMdd"));
}

inline ScenarioOptions scenarioOptions(quint64 seed, int patients, int records)
{
    ScenarioOptions o;
    o.seed = seed;
    o.patients = patients;
    o.records = records;
    o.startMs = chinaMidnight(2025, 1, 1);
    o.days = 365;
    return o;
}

/// Seed 7 with 200 patients and 2,000 records; seed 11 with 3,000 and 30,000.
inline bool generateStandardScenarios(const Catalog &catalog, Scenario *small, Scenario *medium)
{
    auto a = ScenarioGenerator::generate(catalog, scenarioOptions(7, 200, 2'000));
    auto b = ScenarioGenerator::generate(catalog, scenarioOptions(11, 3'000, 30'000));
    if (!a || !b) {
        qWarning("%s", qPrintable(!a ? a.error() : b.error()));
        return false;
    }
    *small = std::move(a.value());
    *medium = std::move(b.value());
    return true;
}

} // namespace medchain::demo::test
