// Internal to ScenarioGenerator: a year of money — top-ups and withdrawals at the payment gateway,
// hospitals' fees and their payment, the authority's and the sponsor's subsidy programs with the
// claims of qualifying records, and the fund manager's money-market fund.
#pragma once

#include "common/Result.h"

namespace medchain::demo {

struct GeneratorContext;

class WalletGenerator {
public:
    /// Adds the wallet's events to the scenario's events, which must be sorted (as
    /// ScenarioGenerator leaves them), and keeps them sorted with every record's index; sets the
    /// claims of records. Every wallet event is checked against a WalletBook in event order, so
    /// the chain accepts it; a failure is a bug in the generator, reported rather than kept.
    static Result<void> generate(GeneratorContext &context);
};

} // namespace medchain::demo
