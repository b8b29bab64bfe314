// Tracing for disputes: from any transaction about a record (its AddRecord, an amendment, an
// answer, a receipt) to the record's whole trail, verified as an offline verifier would.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace medchain::analytics {
class SupervisionStore;
}
namespace medchain::chain {
class Ledger;
}

namespace medchain::client {

class TrailReads {
    Q_DECLARE_TR_FUNCTIONS(TrailReads)
public:
    /// store must have caught up: it holds the patients' answers, which the chain's state keeps
    /// only as outcomes.
    static Result<RecordTrail> trail(const chain::Ledger &ledger,
                                     const analytics::SupervisionStore &store,
                                     const Hash &transaction);
    /// The record a transaction is about, or why there is none.
    static Result<Hash> recordOf(const chain::Ledger &ledger, const Hash &transaction);
};

} // namespace medchain::client
