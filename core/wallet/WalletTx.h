// Bodies of the wallet transactions: money in and out through a payment gateway, hospital
// invoices, subsidy programs and the money-market fund. Amounts are integer fen (Money.h).
#pragma once

#include "chain/FieldCodec.h"
#include "wallet/Money.h"

#include <QStringList>

namespace medchain::wallet {

using chain::Hash;
using chain::IdentityId;

/// Who holds money: an identity (its key's bytes), a subsidy program's pool or a fund's assets
/// (the creating transaction's hash). The two never collide: one is a public key, one a hash.
using AccountId = chain::Hash;
AccountId accountOf(const IdentityId &identity);

/// The paper's fee types.
enum class FeeType : quint8 { Registration = 1, RecordManagement = 2, OnlineConsultation = 3 };

/// Sent by a payment-gateway institution: money it received for `account` outside the chain.
/// The reference is the gateway's own payment number; each is used once per gateway.
struct Deposit {
    static constexpr chain::TxType Type = chain::TxType::Deposit;
    IdentityId account;
    Amount amount = 0;
    QString reference;

    void encode(codec::CborWriter &writer) const;
    static Deposit decode(codec::CborReader &reader);
    bool operator==(const Deposit &) const = default;
};

/// Sent by the account holder: money paid out to them by `gateway`, which quotes `reference`
/// (the payout number the gateway gave the holder's app) when it pays.
struct Withdraw {
    static constexpr chain::TxType Type = chain::TxType::Withdraw;
    IdentityId gateway;
    Amount amount = 0;
    QString reference;

    void encode(codec::CborWriter &writer) const;
    static Withdraw decode(codec::CborReader &reader);
    bool operator==(const Withdraw &) const = default;
};

/// Sent by a hospital or clinic: a fee the patient owes, optionally for one of the patient's
/// records at this institution (the encounter).
struct IssueInvoice {
    static constexpr chain::TxType Type = chain::TxType::IssueInvoice;
    IdentityId patient;
    FeeType feeType = FeeType::Registration;
    Amount amount = 0;
    std::optional<Hash> encounter;

    void encode(codec::CborWriter &writer) const;
    static IssueInvoice decode(codec::CborReader &reader);
    bool operator==(const IssueInvoice &) const = default;
};

/// The body of a transaction about one invoice (PayInvoice, CancelInvoice).
template <typename Self> struct InvoiceBody {
    Hash invoice;

    void encode(codec::CborWriter &writer) const;
    static Self decode(codec::CborReader &reader);
    bool operator==(const InvoiceBody &) const = default;
};

/// Sent by the invoice's patient.
struct PayInvoice : InvoiceBody<PayInvoice> {
    static constexpr chain::TxType Type = chain::TxType::PayInvoice;
    bool operator==(const PayInvoice &) const = default;
};

/// Sent by the issuing institution, while the invoice is open.
struct CancelInvoice : InvoiceBody<CancelInvoice> {
    static constexpr chain::TxType Type = chain::TxType::CancelInvoice;
    bool operator==(const CancelInvoice &) const = default;
};

/// Sent by the health authority (government medical assistance) or a trial-sponsor institution
/// (clinical-trial stipends). Every record later added for a beneficiary that meets the rule
/// pays `amountPerEvent` from the pool, in the same block, up to `capPerPatient` per patient.
/// A rule with diagnosis codes pays only for records whose author claims it (AddRecord key 6):
/// the chain cannot read a diagnosis, so the author attests it and the regulator audits it
/// against the supervision summary.
struct CreateProgram {
    static constexpr chain::TxType Type = chain::TxType::CreateProgram;
    QString name;
    std::optional<chain::RecordCategory> category; // none: records of every category qualify
    QStringList codes; // ICD-10 codes or categories ("E11", "J10.1"), sorted, no repeats
    Amount amountPerEvent = 0;
    Amount capPerPatient = 0; // 0: no cap
    Amount funding = 0; // moved from the sender's account into the pool

    void encode(codec::CborWriter &writer) const;
    static CreateProgram decode(codec::CborReader &reader);
    bool operator==(const CreateProgram &) const = default;
};

/// Sent by the program's owner: more money for the pool.
struct FundProgram {
    static constexpr chain::TxType Type = chain::TxType::FundProgram;
    Hash program;
    Amount amount = 0;

    void encode(codec::CborWriter &writer) const;
    static FundProgram decode(codec::CborReader &reader);
    bool operator==(const FundProgram &) const = default;
};

/// Sent by the program's owner: the patient is now eligible (the owner keeps the enrolment
/// paperwork, e.g. the trial's signed consent, off chain).
struct EnrollBeneficiary {
    static constexpr chain::TxType Type = chain::TxType::EnrollBeneficiary;
    Hash program;
    IdentityId patient;

    void encode(codec::CborWriter &writer) const;
    static EnrollBeneficiary decode(codec::CborReader &reader);
    bool operator==(const EnrollBeneficiary &) const = default;
};

/// Sent by a fund-manager institution: a money-market fund whose id is this transaction's hash.
struct CreateFund {
    static constexpr chain::TxType Type = chain::TxType::CreateFund;
    QString name;

    void encode(codec::CborWriter &writer) const;
    static CreateFund decode(codec::CborReader &reader);
    bool operator==(const CreateFund &) const = default;
};

/// The body of an order for a fund (Subscribe, Redeem).
template <typename Self> struct FundOrderBody {
    Hash fund;
    Amount amount = 0;

    void encode(codec::CborWriter &writer) const;
    static Self decode(codec::CborReader &reader);
    bool operator==(const FundOrderBody &) const = default;
};

/// Sent by any identity: buys fund shares for `amount` fen at the fund's current price.
struct Subscribe : FundOrderBody<Subscribe> {
    static constexpr chain::TxType Type = chain::TxType::Subscribe;
    bool operator==(const Subscribe &) const = default;
};

/// Sent by a holder: sells enough shares (rounded up) to receive `amount` fen.
struct Redeem : FundOrderBody<Redeem> {
    static constexpr chain::TxType Type = chain::TxType::Redeem;
    bool operator==(const Redeem &) const = default;
};

/// Sent by the fund's issuer, once per day: the day's yield, in parts per billion of the fund's
/// assets, paid from the issuer's account into the fund. It accrues to every holder in
/// proportion to their shares without touching their rows: a share is worth assets / shares.
struct PublishYield {
    static constexpr chain::TxType Type = chain::TxType::PublishYield;
    static constexpr quint64 MaxRatePpb = 1'000'000; // 0.1% a day
    static constexpr qint64 MaxDay = 10'000'000; // the year 29349
    Hash fund;
    qint64 day = 0; // days since 1970-01-01 (UTC)
    quint64 ratePpb = 0;

    void encode(codec::CborWriter &writer) const;
    static PublishYield decode(codec::CborReader &reader);
    bool operator==(const PublishYield &) const = default;
};

/// Fund shares a subscriber receives per fen while the fund is empty.
inline constexpr qint64 SharesPerFen = 10'000;

} // namespace medchain::wallet
