// The wallet's part of the chain state: accounts and their statements, gateway payments,
// invoices, subsidy programs and their payouts, funds, holdings and published yields.
#pragma once

#include "wallet/WalletTx.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace medchain::chain {

using wallet::AccountId;
using wallet::Amount;

enum class PaymentKind : quint8 { Deposit = 1, Withdrawal = 2 };
enum class InvoiceStatus : quint8 { Open = 0, Paid = 1, Cancelled = 2 };
/// Why a qualifying record paid less than the program's amount (or nothing).
enum class SubsidyStatus : quint8 { Paid = 0, PoolExhausted = 1, CapReached = 2 };
/// What moved money; both sides of a movement get an entry of the same kind.
enum class EntryKind : quint8 {
    Deposit = 1,
    Withdrawal = 2,
    Invoice = 3,
    ProgramFunding = 4,
    Subsidy = 5,
    Subscription = 6,
    Redemption = 7,
    Yield = 8,
};

/// Money moving between two accounts, or entering (no `from`) or leaving (no `to`) the chain
/// through `gateway`. Each side gets a statement entry.
struct Movement {
    std::optional<AccountId> from;
    std::optional<AccountId> to;
    std::optional<AccountId> gateway; // when from or to is none
    Amount amount = 0;
    EntryKind kind = EntryKind::Deposit;
    QByteArray subject; // the invoice, program, record or payment reference it is about
    qint64 shares = 0; // fund movements: the holder's shares minted (+) or burned (-)
    Hash tx;
    quint64 height = 0;
};

/// One line of an account's statement.
struct EntryInfo {
    AccountId account;
    Amount delta = 0;
    Amount balance = 0; // after this entry
    EntryKind kind = EntryKind::Deposit;
    AccountId counterparty; // the other account, or the gateway
    QByteArray subject;
    qint64 shares = 0;
    Hash tx;
    quint64 height = 0;
    qint64 time = 0; // the block's time (filled by queries)
};

struct PaymentInfo {
    IdentityId gateway;
    QString reference;
    PaymentKind kind = PaymentKind::Deposit;
    IdentityId account;
    Amount amount = 0;
    Hash tx;
    quint64 height = 0;
};

struct InvoiceInfo {
    Hash id;
    IdentityId institution;
    IdentityId patient;
    wallet::FeeType feeType = wallet::FeeType::Registration;
    Amount amount = 0;
    std::optional<Hash> encounter;
    InvoiceStatus status = InvoiceStatus::Open;
    std::optional<Hash> settlement; // the paying or cancelling transaction
    quint64 height = 0;
};

struct ProgramInfo {
    Hash id;
    IdentityId owner;
    QString name;
    std::optional<RecordCategory> category;
    QStringList codes;
    Amount amountPerEvent = 0;
    Amount capPerPatient = 0;
    quint64 height = 0;
};

struct BeneficiaryInfo {
    Hash program;
    IdentityId patient;
    Amount paid = 0; // received so far, against the cap
    quint64 height = 0;
};

struct SubsidyInfo {
    Hash record;
    Hash program;
    IdentityId patient;
    Amount amount = 0;
    SubsidyStatus status = SubsidyStatus::Paid;
    quint64 height = 0;
    qint64 time = 0; // the block's time (filled by queries)
};

struct FundInfo {
    Hash id;
    IdentityId issuer;
    QString name;
    qint64 totalShares = 0;
    qint64 lastYieldDay = -1; // none yet
    quint64 height = 0;
};

struct HoldingInfo {
    Hash fund;
    IdentityId holder;
    qint64 shares = 0;
};

struct YieldInfo {
    Hash fund;
    qint64 day = 0;
    quint64 ratePpb = 0;
    Amount amount = 0;
    Amount assetsBefore = 0;
    qint64 totalShares = 0;
    quint64 height = 0;
};

/// The books over the whole replica: what `medchain-cli wallet audit` prints.
struct WalletAudit {
    Amount deposits = 0;
    Amount withdrawals = 0;
    Amount balances = 0;
    qint64 accounts = 0;
    qint64 negativeBalances = 0;
    qint64 statementMismatches = 0; // accounts whose entries do not add up to their balance
    qint64 shareMismatches = 0; // funds whose holdings do not add up to their shares
    bool conserved() const
    {
        return balances == deposits - withdrawals && negativeBalances == 0
            && statementMismatches == 0 && shareMismatches == 0;
    }
};

} // namespace medchain::chain
