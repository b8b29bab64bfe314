// An independent model of the wallet rules for the randomized wallet test: plain maps written
// from the rules' documented semantics, never calling them. apply() predicts a transaction's code.
#pragma once

#include "chain/LedgerState.h"
#include "chain/RuleContext.h"
#include "chain/Transaction.h"

#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace medchain::test::model {

using namespace medchain::chain;
using wallet::AccountId;
using wallet::Amount;

__extension__ typedef __int128 Wide; // GCC and Clang: products of two 63-bit values fit

inline constexpr qint64 kDayMs = 86'400'000;
inline constexpr Wide kUnlimited = Wide(1) << 100; // a cap of 0: no cap at all

/// v as a non-negative qint64, or nothing.
inline std::optional<qint64> narrow(Wide v)
{
    if (v < 0 || v > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(v);
}

inline AccountId accountOf(const IdentityId &id)
{
    AccountId account;
    std::copy(id.bytes.begin(), id.bytes.end(), account.bytes.begin());
    return account;
}

struct Identity {
    Role role = Role::Patient;
    std::optional<InstitutionKind> kind;
    IdentityId parent;
    bool revoked = false;
    quint64 nonce = 0;
};

struct Invoice {
    IdentityId institution;
    IdentityId patient;
    Amount amount = 0;
    InvoiceStatus status = InvoiceStatus::Open;
};

struct Program {
    IdentityId owner;
    std::optional<RecordCategory> category;
    QStringList codes;
    Amount perEvent = 0;
    Amount cap = 0;
};

struct Record {
    IdentityId patient;
    IdentityId institution;
};

struct Subsidy {
    quint64 height = 0;
    Hash record;
    Hash program;
    Amount amount = 0;
    SubsidyStatus status = SubsidyStatus::Paid;
    auto operator<=>(const Subsidy &) const = default;
};

struct Fund {
    IdentityId issuer;
    qint64 shares = 0;
    qint64 lastDay = -1;
};

struct Yield {
    qint64 day = 0;
    quint64 rate = 0;
    Amount amount = 0;
    Amount assetsBefore = 0;
    qint64 shares = 0;
};

struct BlockAt {
    quint64 height = 0;
    qint64 time = 0;
};

class Wallet {
public:
    std::map<IdentityId, Identity> identities;
    std::map<AccountId, Amount> balances; // every account ever touched, zero ones included
    std::map<AccountId, int> entries; // statement lines per account
    Amount deposits = 0;
    Amount withdrawals = 0;
    std::set<std::pair<IdentityId, QString>> deposited; // (gateway, reference)
    std::set<std::tuple<IdentityId, IdentityId, QString>> withdrawn; // (gateway, holder, reference)
    std::map<Hash, Invoice> invoices;
    std::map<Hash, Program> programs;
    std::map<std::pair<IdentityId, Hash>, Amount> enrolments; // (patient, program) -> paid
    std::map<Hash, Record> records;
    std::map<IdentityId, std::vector<Subsidy>> subsidies;
    std::map<Hash, Fund> funds;
    std::map<std::pair<Hash, IdentityId>, qint64> holdings;
    std::map<Hash, std::vector<Yield>> yields;

    Amount balance(const AccountId &account) const
    {
        const auto it = balances.find(account);
        return it == balances.end() ? 0 : it->second;
    }

    qint64 holding(const Hash &fund, const IdentityId &holder) const
    {
        const auto it = holdings.find({fund, holder});
        return it == holdings.end() ? 0 : it->second;
    }

    bool isActive(const IdentityId &id, Role role) const
    {
        const auto it = identities.find(id);
        return it != identities.end() && !it->second.revoked && it->second.role == role;
    }

    bool isInstitution(const IdentityId &id, std::initializer_list<InstitutionKind> kinds) const
    {
        const auto it = identities.find(id);
        return it != identities.end() && it->second.role == Role::Institution && it->second.kind
            && std::find(kinds.begin(), kinds.end(), *it->second.kind) != kinds.end();
    }

    /// The executor's envelope checks, then the body's rule; applies the effects when accepted.
    /// Returns the expected rejection code, empty when the transaction is accepted.
    QString apply(const IdentityId &sender, quint64 nonce, const TxBody &body, const Hash &tx,
                  const BlockAt &block)
    {
        const auto who = identities.find(sender);
        if (who == identities.end())
            return errors::unknown();
        if (who->second.revoked)
            return errors::revoked();
        if (nonce != who->second.nonce + 1)
            return errors::nonce();
        const Tx ctx {sender, tx, block};
        const QString code
            = std::visit([&](const auto &b) -> QString { return rule(ctx, b); }, body);
        if (code.isEmpty())
            who->second.nonce = nonce;
        return code;
    }

private:
    struct Tx {
        const IdentityId &sender;
        const Hash &hash;
        const BlockAt &block;
    };

    bool hasRoom(const AccountId &account, Amount amount) const
    {
        return narrow(Wide(balance(account)) + amount).has_value();
    }

    void move(const std::optional<AccountId> &from, const std::optional<AccountId> &to,
              Amount amount)
    {
        if (from) {
            balances[*from] -= amount;
            ++entries[*from];
        }
        if (to) {
            balances[*to] += amount;
            ++entries[*to];
        }
    }

    template <typename Body> QString rule(const Tx &, const Body &)
    {
        qFatal("the wallet model does not know this transaction type");
        return {};
    }

    QString rule(const Tx &tx, const identity::RevokeIdentity &b)
    {
        const auto target = identities.find(b.identity);
        if (target == identities.end())
            return errors::unknown();
        if (target->second.revoked)
            return errors::revoked();
        if (target->second.role == Role::Authority)
            return errors::notAuthorised();
        if (identities.at(tx.sender).role != Role::Authority && target->second.parent != tx.sender
            && b.identity != tx.sender)
            return errors::notAuthorised();
        if (b.reason.trimmed().isEmpty())
            return errors::invalid();
        target->second.revoked = true;
        return {};
    }

    QString rule(const Tx &tx, const wallet::Deposit &b)
    {
        if (!isInstitution(tx.sender, {InstitutionKind::PaymentGateway}))
            return errors::notAuthorised();
        const auto account = identities.find(b.account);
        if (account == identities.end() || account->second.revoked)
            return errors::unknown();
        if (deposited.contains({tx.sender, b.reference}))
            return errors::exists();
        if (!hasRoom(accountOf(b.account), b.amount))
            return errors::invalid();
        deposited.insert({tx.sender, b.reference});
        move(std::nullopt, accountOf(b.account), b.amount);
        deposits += b.amount;
        return {};
    }

    QString rule(const Tx &tx, const wallet::Withdraw &b)
    {
        const auto gateway = identities.find(b.gateway);
        if (gateway == identities.end() || gateway->second.revoked
            || !isInstitution(b.gateway, {InstitutionKind::PaymentGateway}))
            return errors::unknown();
        if (withdrawn.contains({b.gateway, tx.sender, b.reference}))
            return errors::exists();
        if (balance(accountOf(tx.sender)) < b.amount)
            return errors::funds();
        withdrawn.insert({b.gateway, tx.sender, b.reference});
        move(accountOf(tx.sender), std::nullopt, b.amount);
        withdrawals += b.amount;
        return {};
    }

    QString rule(const Tx &tx, const wallet::IssueInvoice &b)
    {
        if (!isInstitution(tx.sender, {InstitutionKind::Hospital, InstitutionKind::Clinic}))
            return errors::notAuthorised();
        if (!isActive(b.patient, Role::Patient))
            return errors::unknown();
        if (b.encounter) {
            const auto record = records.find(*b.encounter);
            if (record == records.end())
                return errors::unknown();
            if (record->second.patient != b.patient || record->second.institution != tx.sender)
                return errors::invalid();
        }
        invoices[tx.hash] = {tx.sender, b.patient, b.amount, InvoiceStatus::Open};
        return {};
    }

    /// The invoice's own checks, shared by paying and cancelling: it exists and is open.
    QString openCheck(std::map<Hash, Invoice>::const_iterator it) const
    {
        if (it == invoices.end())
            return errors::unknown();
        if (it->second.status != InvoiceStatus::Open)
            return errors::state();
        return {};
    }

    QString rule(const Tx &tx, const wallet::PayInvoice &b)
    {
        const auto it = invoices.find(b.invoice);
        if (it != invoices.end() && it->second.patient != tx.sender)
            return errors::notAuthorised();
        if (const QString code = openCheck(it); !code.isEmpty())
            return code;
        Invoice &invoice = it->second;
        if (identities.at(invoice.institution).revoked)
            return errors::revoked();
        if (balance(accountOf(tx.sender)) < invoice.amount)
            return errors::funds();
        if (!hasRoom(accountOf(invoice.institution), invoice.amount))
            return errors::invalid();
        move(accountOf(tx.sender), accountOf(invoice.institution), invoice.amount);
        invoice.status = InvoiceStatus::Paid;
        return {};
    }

    QString rule(const Tx &tx, const wallet::CancelInvoice &b)
    {
        const auto it = invoices.find(b.invoice);
        if (it != invoices.end() && it->second.institution != tx.sender)
            return errors::notAuthorised();
        if (const QString code = openCheck(it); !code.isEmpty())
            return code;
        it->second.status = InvoiceStatus::Cancelled;
        return {};
    }

    QString rule(const Tx &tx, const wallet::CreateProgram &b)
    {
        if (identities.at(tx.sender).role != Role::Authority
            && !isInstitution(tx.sender, {InstitutionKind::TrialSponsor}))
            return errors::notAuthorised();
        if (b.funding > 0 && balance(accountOf(tx.sender)) < b.funding)
            return errors::funds();
        programs[tx.hash] = {tx.sender, b.category, b.codes, b.amountPerEvent, b.capPerPatient};
        if (b.funding > 0)
            move(accountOf(tx.sender), tx.hash, b.funding);
        return {};
    }

    /// The program, which the sender must own.
    QString ownProgram(const Tx &tx, const Hash &id) const
    {
        const auto it = programs.find(id);
        if (it == programs.end())
            return errors::unknown();
        if (it->second.owner != tx.sender)
            return errors::notAuthorised();
        return {};
    }

    QString rule(const Tx &tx, const wallet::FundProgram &b)
    {
        if (const QString code = ownProgram(tx, b.program); !code.isEmpty())
            return code;
        if (balance(accountOf(tx.sender)) < b.amount)
            return errors::funds();
        if (!hasRoom(b.program, b.amount))
            return errors::invalid();
        move(accountOf(tx.sender), b.program, b.amount);
        return {};
    }

    QString rule(const Tx &tx, const wallet::EnrollBeneficiary &b)
    {
        if (const QString code = ownProgram(tx, b.program); !code.isEmpty())
            return code;
        if (!isActive(b.patient, Role::Patient))
            return errors::unknown();
        if (enrolments.contains({b.patient, b.program}))
            return errors::exists();
        enrolments[{b.patient, b.program}] = 0;
        return {};
    }

    QString rule(const Tx &tx, const records::AddRecord &b)
    {
        const Identity &author = identities.at(tx.sender);
        if (author.role != Role::Practitioner)
            return errors::notAuthorised();
        const auto institution = identities.find(author.parent);
        if (institution == identities.end() || institution->second.revoked)
            return errors::revoked();
        if (!isActive(b.patient, Role::Patient))
            return errors::unknown();
        for (const Hash &claim : b.claims) {
            const auto program = programs.find(claim);
            if (program == programs.end())
                return errors::unknown();
            if (program->second.codes.isEmpty())
                return errors::invalid();
        }
        records[tx.hash] = {b.patient, author.parent};
        paySubsidies(tx, b);
        return {};
    }

    /// Every program the patient is enrolled in, in ascending id order, whose rule the record
    /// meets and whose owner is active: min(amount, pool, cap left), and a row even for nothing.
    void paySubsidies(const Tx &tx, const records::AddRecord &b)
    {
        const AccountId patient = accountOf(b.patient);
        for (auto it = enrolments.lower_bound({b.patient, Hash {}});
             it != enrolments.end() && it->first.first == b.patient; ++it) {
            const Hash &id = it->first.second;
            const Program &program = programs.at(id);
            if (program.category && *program.category != b.category)
                continue;
            if (!program.codes.isEmpty() && !b.claims.contains(id))
                continue;
            if (identities.at(program.owner).revoked)
                continue;
            const Wide pool = balance(id);
            const Wide capLeft
                = program.cap == 0 ? kUnlimited : std::max<Wide>(0, Wide(program.cap) - it->second);
            Amount pay = Amount(std::min({Wide(program.perEvent), pool, capLeft}));
            if (!hasRoom(patient, pay))
                pay = 0;
            SubsidyStatus status = SubsidyStatus::Paid;
            if (pay != program.perEvent)
                status = capLeft <= pool ? SubsidyStatus::CapReached : SubsidyStatus::PoolExhausted;
            if (pay > 0) {
                move(id, patient, pay);
                it->second += pay;
            }
            subsidies[b.patient].push_back({tx.block.height, tx.hash, id, pay, status});
        }
    }

    QString rule(const Tx &tx, const wallet::CreateFund &)
    {
        if (!isInstitution(tx.sender, {InstitutionKind::FundManager}))
            return errors::notAuthorised();
        funds[tx.hash] = {tx.sender, 0, tx.block.time / kDayMs - 1}; // yields from today on
        return {};
    }

    /// The fund, whose issuer must still be active.
    QString activeFund(const Hash &id) const
    {
        const auto it = funds.find(id);
        if (it == funds.end())
            return errors::unknown();
        if (identities.at(it->second.issuer).revoked)
            return errors::revoked();
        return {};
    }

    QString rule(const Tx &tx, const wallet::Subscribe &b)
    {
        if (const QString code = activeFund(b.fund); !code.isEmpty())
            return code;
        Fund &fund = funds.at(b.fund);
        if (balance(accountOf(tx.sender)) < b.amount)
            return errors::funds();
        if (!hasRoom(b.fund, b.amount))
            return errors::invalid();
        const Amount assets = balance(b.fund);
        // An empty fund sells 10,000 shares a fen; otherwise shares at assets / shares each.
        const Wide minted = fund.shares == 0 || assets == 0 ? Wide(b.amount) * wallet::SharesPerFen
                                                            : Wide(b.amount) * fund.shares / assets;
        const auto total = narrow(Wide(fund.shares) + minted);
        if (minted == 0 || !narrow(minted) || !total)
            return errors::invalid();
        move(accountOf(tx.sender), b.fund, b.amount);
        holdings[{b.fund, tx.sender}] += qint64(minted);
        fund.shares = *total;
        return {};
    }

    QString rule(const Tx &tx, const wallet::Redeem &b)
    {
        const auto it = funds.find(b.fund); // a revoked issuer's holders may still leave
        if (it == funds.end())
            return errors::unknown();
        Fund &fund = it->second;
        const Amount assets = balance(b.fund);
        const qint64 held = holding(b.fund, tx.sender);
        if (assets == 0)
            return errors::funds();
        const Wide product = Wide(b.amount) * fund.shares;
        const Wide burned = product / assets + (product % assets != 0 ? 1 : 0);
        if (burned == 0 || burned > held) // burning nothing: a fund without shares pays no one
            return errors::funds();
        if (!hasRoom(accountOf(tx.sender), b.amount))
            return errors::invalid();
        move(b.fund, accountOf(tx.sender), b.amount);
        holdings[{b.fund, tx.sender}] = held - qint64(burned);
        fund.shares -= qint64(burned);
        return {};
    }

    QString rule(const Tx &tx, const wallet::PublishYield &b)
    {
        if (const QString code = activeFund(b.fund); !code.isEmpty())
            return code;
        Fund &fund = funds.at(b.fund);
        if (fund.issuer != tx.sender)
            return errors::notAuthorised();
        if (b.day <= fund.lastDay)
            return errors::state();
        if (b.day > tx.block.time / kDayMs)
            return errors::invalid();
        const Amount assets = balance(b.fund);
        const Amount amount = Amount(Wide(assets) * b.ratePpb / 1'000'000'000);
        if (amount > 0) {
            if (balance(accountOf(tx.sender)) < amount)
                return errors::funds();
            if (!hasRoom(b.fund, amount))
                return errors::invalid();
            move(accountOf(tx.sender), b.fund, amount);
        }
        yields[b.fund].push_back({b.day, b.ratePpb, amount, assets, fund.shares});
        fund.lastDay = b.day;
        return {};
    }
};

} // namespace medchain::test::model
