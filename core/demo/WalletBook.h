// The demo's wallet books, kept the way the chain keeps them (wallet/WalletRules), for a
// scenario's parties by index. The generator plans with them and DemoTransactions checks every
// wallet event against them, so the demo signs only what the chain accepts.
#pragma once

#include "chain/WalletInfo.h"
#include "common/Result.h"
#include "demo/Scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

namespace medchain::demo {

class WalletBook {
    Q_DECLARE_TR_FUNCTIONS(WalletBook)
public:
    using Amount = wallet::Amount;

    /// What a new record paid from one program it qualified for (wallet::paySubsidies).
    struct Payout {
        int program = 0;
        Amount amount = 0;
        chain::SubsidyStatus status = chain::SubsidyStatus::Paid;
    };

    /// How many of each kind, for the demo's summary.
    struct Counts {
        qint64 deposits = 0;
        qint64 withdrawals = 0;
        qint64 invoices = 0;
        qint64 invoicesPaid = 0;
        qint64 invoicesCancelled = 0;
        qint64 programs = 0;
        qint64 enrolments = 0;
        qint64 subsidies = 0; // payout rows, whatever they paid
        qint64 subsidiesPoolExhausted = 0;
        qint64 subsidiesCapReached = 0;
        qint64 subscriptions = 0;
        qint64 redemptions = 0;
        qint64 yields = 0;
    };

    /// The scenario names the parties (institutions' kinds, the gateway) and must outlive the
    /// book; its events are applied one by one, in event order, with apply().
    explicit WalletBook(const Scenario &scenario);

    /// Checks an event the way the chain's rules would check its transaction and, if they would
    /// accept it, applies it; otherwise changes nothing and says why. A RecordEvent's claims are
    /// checked and its subsidies paid; events that move no money are accepted as they are.
    Result<void> apply(const Event &event);

    Amount balance(const Account &account) const;
    Amount pool(int program) const;
    Amount fundAssets(int fund) const;
    /// What a patient's shares in a fund are worth now, in whole fen (wallet::valueOf).
    Amount holdingValue(int fund, int patient) const;
    std::optional<chain::InvoiceStatus> invoiceStatus(int invoice) const;
    /// The payouts of the last RecordEvent applied.
    const QList<Payout> &lastPayouts() const { return m_lastPayouts; }
    /// The amount the last YieldEvent applied moved into its fund.
    Amount lastYield() const { return m_lastYield; }
    const Counts &counts() const { return m_counts; }

private:
    struct Record {
        int patient = 0;
        int institution = 0;
    };
    struct Invoice {
        int institution = 0;
        int patient = 0;
        Amount amount = 0;
        chain::InvoiceStatus status = chain::InvoiceStatus::Open;
    };
    struct Program {
        Account owner;
        std::optional<chain::RecordCategory> category;
        bool hasCodes = false;
        Amount amountPerEvent = 0;
        Amount capPerPatient = 0;
        Amount pool = 0;
    };
    struct Enrolment {
        int program = 0;
        Amount paid = 0;
    };
    struct Fund {
        int issuer = 0;
        Amount assets = 0;
        qint64 shares = 0;
        qint64 lastDay = -1;
        QHash<int, qint64> holdings; // by patient
    };

    Result<void> apply(const RecordEvent &e);
    Result<void> apply(const PaymentEvent &e);
    Result<void> apply(const InvoiceEvent &e);
    Result<void> apply(const SettlementEvent &e);
    Result<void> apply(const ProgramEvent &e);
    Result<void> apply(const ProgramFundingEvent &e);
    Result<void> apply(const EnrolmentEvent &e);
    Result<void> apply(const FundEvent &e);
    Result<void> apply(const FundOrderEvent &e);
    Result<void> apply(const YieldEvent &e, qint64 time);

    bool isAccount(const Account &account) const;
    bool isInstitutionOf(int institution,
                         std::initializer_list<chain::InstitutionKind> kinds) const;
    Amount &balanceOf(const Account &account);
    Result<void> take(const Account &from, Amount amount) const;
    Result<void> give(const Account &to, Amount amount) const;

    const Scenario &m_scenario;
    std::vector<Amount> m_patients;
    std::vector<Amount> m_institutions;
    Amount m_authority = 0;
    std::vector<Record> m_records;
    std::vector<Invoice> m_invoices;
    std::vector<Program> m_programs;
    QHash<int, QList<Enrolment>> m_enrolments; // by patient
    std::vector<Fund> m_funds;
    QSet<QString> m_references;
    QList<Payout> m_lastPayouts;
    Amount m_lastYield = 0;
    Counts m_counts;
};

} // namespace medchain::demo
