// Generates a synthetic health network in Anhui from a seed: institutions, practitioners,
// patients, a period of care with injected signals, and the money that goes with it (fees,
// subsidies, the fund). Same catalog, seed and options: same bytes.
#pragma once

#include "common/Result.h"
#include "demo/Scenario.h"

#include <QCoreApplication>
#include <QDate>

namespace medchain::demo {

class Catalog;

class ScenarioGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScenarioGenerator)
public:
    /// Fails if the options are out of range (at least 10 patients, at least as many records
    /// as patients, 28 to 3660 days) or the embedded seed data is damaged. Linear in the
    /// number of records; uses no floating point and no platform-dependent randomness.
    static Result<Scenario> generate(const Catalog &catalog, const ScenarioOptions &options);

    /// 00:00 China time (UTC+8) on day, in ms since the Unix epoch.
    static qint64 chinaMidnightOf(const QDate &day);
    /// The demo's default first day: the first of this month a year ago, China time, so the
    /// year of care ends about now.
    static qint64 defaultStartMs();
};

} // namespace medchain::demo
