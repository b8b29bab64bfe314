// The scenario checker's money half: replays a Scenario's wallet events with books of its own,
// written from the chain's rules (wallet/WalletRules.cpp) and the demo's contract (Scenario.h).
#pragma once

#include "demo/Scenario.h"

#include <QHash>
#include <QStringList>

namespace medchain::demo::test {

/// One payout row: what a record paid (or not) from a program its patient is enrolled in.
struct Payout {
    enum class Status { Paid, PoolExhausted, CapReached };
    int record = 0; // RecordEvent index
    int program = 0; // ProgramEvent index
    int patient = 0;
    qint64 time = 0;
    qint64 amount = 0;
    Status status = Status::Paid;
};

struct InvoiceOutcome {
    int institution = 0;
    int patient = 0;
    wallet::FeeType feeType = wallet::FeeType::Registration;
    qint64 amount = 0;
    qint64 issued = 0;
    qint64 settled = 0; // when paid or cancelled; 0 while open
    enum class Status { Open, Paid, Cancelled } status = Status::Open;
};

/// What the wallet events come to, and the rules they broke on the way.
struct WalletReplay {
    QStringList problems;
    QList<Payout> payouts;
    QList<InvoiceOutcome> invoices;
    QHash<int, qint64> patientBalances; // at the end, patients with any money only
    QHash<int, qint64> deposits; // per patient: how many
    QHash<int, QList<int>> enrolments; // per patient: programs
    QHash<int, qint64> subscriptions; // per patient: how many
    QList<qint64> yieldRates;
    qint64 fundAssets = 0;
};

/// Replays every wallet event and record in event order. Each rule a transaction would break
/// (a reference used twice, a bill for someone else's visit, a payment beyond the balance, a
/// claim the record's diagnoses do not support, a redemption beyond the holding's value …)
/// is a problem; at most `limit` are kept.
WalletReplay replayWallet(const Scenario &scenario, int limit = 20);

} // namespace medchain::demo::test
