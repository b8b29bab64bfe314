// The regulator's dashboard from its supervision store: the query's window, region and disease
// resolved against the catalog, counts by day, region and disease, break-glass; on their own,
// outbreak alerts and rule findings, which read far more.
#pragma once

#include "client/SurveillanceTypes.h"

namespace medchain::analytics {
class SupervisionStore;
}
namespace medchain::chain {
class LedgerState;
}

namespace medchain::client {

class SurveillanceReads {
public:
    static constexpr int DefaultWindowDays = 365;
    /// A (category, district) pair needs this many cases in the window to be tested for
    /// outbreaks: fewer is noise the baseline cannot judge.
    static constexpr qint64 MinCasesForAlerts = 5;

    /// store must have caught up; state names the parties of break-glass reads.
    static SurveillanceSnapshot snapshot(const analytics::SupervisionStore &store,
                                         const chain::LedgerState &state,
                                         const SurveillanceQuery &query);
    /// The outbreak alerts by the query's method in its window, region and disease, newest
    /// first. Apart from the dashboard: it reads every (day, district, disease) cell.
    static QList<OutbreakAlert> alerts(const analytics::SupervisionStore &store,
                                       const SurveillanceQuery &query);
    /// The records in the query's window, region and disease that break a supervision rule,
    /// newest first (docs/supervision-rules.md). Apart from the dashboard: it reads far more.
    static QList<SupervisionFinding> findings(const analytics::SupervisionStore &store,
                                              const chain::LedgerState &state,
                                              const SurveillanceQuery &query);
    /// "340000" → "34", "340100" → "3401", "340104" → "340104": the prefix its districts share.
    static QString regionPrefix(const QString &regionCode);
    /// A region prefix padded back to a six-digit code.
    static QString regionCode(const QString &prefix);
};

} // namespace medchain::client
