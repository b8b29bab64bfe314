// How fast the regulator's dashboard opens: its supervision store filled from a chain of
// records block by block, beside the bare opening of the same summaries, then the dashboard read.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace medchain::client {

struct SurveillanceBenchmarkResult {
    int records = 0;
    double catchUpMs = 0; // reading every block into a new store
    double catchUpPerSecond = 0;
    double cryptoPerSecond = 0; // opening and decoding the sealed summaries alone
    double ratio = 0; // catch-up / crypto
    double dashboardMs = 0; // the default dashboard (the province, a year)
    double reopenMs = 0; // a new session: the store opened, nothing new, the dashboard read
    double alertsMs = 0; // C2 over the same year
    double findingsMs = 0; // the supervision rules over the same year
    int alerts = 0; // found by C2
};

class SurveillanceBenchmark {
    Q_DECLARE_TR_FUNCTIONS(SurveillanceBenchmark)
public:
    /// records encounters spread over a year, every district of the catalog and its ICD-10
    /// codes, sealed to the authority as practitioners seal them.
    static Result<SurveillanceBenchmarkResult>
    run(const QString &folder, int records,
        const std::function<void(const QString &)> &progress = {});
};

} // namespace medchain::client
