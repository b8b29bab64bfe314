// Internal to WalletGenerator: the planned wallet events walked with the records in event order
// through a WalletBook, amounts that depend on what came before filled in, whoever is short
// topped up first, then merged into the scenario's events with the gateway's order numbers.
#pragma once

#include "common/Result.h"
#include "demo/DemoRandom.h"
#include "demo/Scenario.h"

#include <QCoreApplication>

#include <vector>

namespace medchain::demo {

class WalletBook;
struct GeneratorContext;

/// How a planned event's amount is settled when the books reach it.
enum class Fill : quint8 {
    Fixed,
    RedeemAll, // the holding's whole value
    RedeemHalf, // half of it, in hundreds of yuan
    RedeemUpTo, // `limit`, or the whole value if less
    CashOut, // what the patient's last redemption paid, as far as the balance allows
    Income, // an institution's whole balance
    Dropped, // nothing to do after all
};

/// A wallet event as planned. Invoices are named by the order in which they were planned;
/// payments need no reference yet.
struct PlannedEvent {
    Event event;
    Fill fill = Fill::Fixed;
    wallet::Amount limit = 0;
};

class WalletSettlement {
    Q_DECLARE_TR_FUNCTIONS(WalletSettlement)
public:
    explicit WalletSettlement(GeneratorContext &context);

    /// Settles `plan` and merges it into the context's scenario, whose events must be sorted:
    /// wallet events go after others at the same time, so every record keeps its index. Fails
    /// if an event breaks a rule of the chain, which would be a bug in the plan.
    Result<void> run(std::vector<PlannedEvent> plan);

private:
    Result<void> settle(WalletBook &book);
    void cover(WalletBook &book, const Account &account, wallet::Amount amount, qint64 time,
               wallet::Amount preferred);
    wallet::Amount preferredTopUp();
    void merge();

    GeneratorContext &m_ctx;
    std::vector<PlannedEvent> m_plan;
    std::vector<PlannedEvent> m_topUps;
    DemoRandom m_random; // top-ups, drawn in event order
};

} // namespace medchain::demo
