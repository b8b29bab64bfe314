// The randomized wallet test's generator: a cast on a fresh chain and a seeded walk of mixed
// wallet transactions in blocks, each verdict predicted by the model and checked against the chain.
#pragma once

#include "WalletModel.h"

#include "../chain/ChainFixture.h"

#include <QRandomGenerator>

#include <array>
#include <deque>
#include <functional>
#include <set>

namespace medchain::test {

enum class WalkAction {
    Deposit,
    Withdraw,
    Issue,
    Pay,
    Cancel,
    CreateProgram,
    FundProgram,
    Enroll,
    Record,
    CreateFund,
    Subscribe,
    Redeem,
    Yield,
    Replay,
    NonceGap,
    Forged,
    Outsider,
    Revoke,
};
inline constexpr int kWalkActions = int(WalkAction::Revoke) + 1;
const char *actionName(WalkAction action);

/// One transaction offered to a block, with the code the model expects ("" = accepted).
struct Candidate {
    WalkAction action = WalkAction::Deposit;
    IdentityId sender;
    QByteArray bytes;
    Hash hash;
    QString expected;
    QString label;
};

class WalletWalk {
public:
    WalletWalk(quint32 seed, int transactions) : m_rng(seed), m_target(transactions) { }

    /// Enrolls the cast: two gateways, a hospital and a clinic with a doctor each, a trial
    /// sponsor, two fund managers, the patients; the authority is the network's.
    void setUp();
    /// Generates and commits blocks until the target count of transactions, checking every
    /// verdict; calls afterBlock after each committed block. Returns early on a failed check.
    void run(const std::function<void()> &afterBlock);

    ChainFixture &fixture() { return f; }
    const model::Wallet &model() const { return m; }
    const QList<IdentityId> &patients() const { return m_patients; }
    int committedBlocks() const { return m_blocks; }
    /// Where the walk is, for failure messages.
    QString where() const
    {
        return QStringLiteral("block %1, transaction %2").arg(m_at.height).arg(m_generated);
    }
    QString summary(qint64 elapsedMs) const;

private:
    // Randomness.
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    qint64 between(qint64 lo, qint64 hi) { return m_rng.bounded(lo, hi + 1); }
    template <typename List> const auto &pick(const List &list)
    {
        return list[qsizetype(m_rng.bounded(quint32(list.size())))];
    }
    /// Half the time a round multiple of `step` in [lo, hi], so that limits meet exactly.
    qint64 amountBetween(qint64 lo, qint64 hi, qint64 step)
    {
        return chance(50) ? between((lo + step - 1) / step, hi / step) * step : between(lo, hi);
    }
    Hash randomHash();
    WalkAction drawAction();
    /// An amount to spend from `balance`: usually within it, sometimes beyond (an overdraft).
    wallet::Amount spend(wallet::Amount balance, int overdraftPercent,
                         wallet::Amount slack = 100'000);

    // Signing and predicting.
    std::optional<Candidate> signAs(WalkAction action, const IdentityId &sender, TxBody body,
                                    const QString &label, std::optional<quint64> nonce = {});
    std::optional<Candidate> predict(WalkAction action, const IdentityId &sender, quint64 nonce,
                                     const TxBody &body, QByteArray bytes, const QString &label);
    std::optional<Candidate> expect(WalkAction action, const IdentityId &sender, QByteArray bytes,
                                    const QString &code, const QString &label);
    void noteAccepted(const Candidate &c, const TxBody &body);

    // The actions.
    std::optional<Candidate> make(WalkAction action);
    std::optional<Candidate> deposit();
    std::optional<Candidate> withdraw();
    std::optional<Candidate> issueInvoice();
    std::optional<Candidate> payInvoice();
    std::optional<Candidate> cancelInvoice();
    std::optional<Candidate> createProgram();
    std::optional<Candidate> fundProgram();
    std::optional<Candidate> enroll();
    std::optional<Candidate> record();
    std::optional<Candidate> createFund();
    std::optional<Candidate> subscribe();
    std::optional<Candidate> redeem();
    std::optional<Candidate> publishYield();
    std::optional<Candidate> replay();
    std::optional<Candidate> nonceGap();
    std::optional<Candidate> forged();
    std::optional<Candidate> outsider();
    QList<Candidate> revocations();

    void commit(const QList<Candidate> &block);

    const crypto::Ed25519SigningKey &keyOf(const IdentityId &id) const { return *m_keys.at(id); }
    QString nameOf(const IdentityId &id) const;
    void addIdentity(const IdentityId &id, const crypto::Ed25519SigningKey &key,
                     const QString &name, Role role, std::optional<InstitutionKind> kind,
                     const IdentityId &parent);
    /// A random invoice matching `want`, or nothing after a few tries.
    std::optional<Hash> findInvoice(const std::function<bool(const model::Invoice &)> &want);
    wallet::Amount balanceOf(const IdentityId &id) const { return m.balance(model::accountOf(id)); }

    ChainFixture f;
    model::Wallet m;
    QRandomGenerator m_rng;
    int m_target = 0;
    model::BlockAt m_at;
    std::set<Hash> m_inBlock;
    int m_generated = 0;
    bool m_revoked = false;
    int m_references = 0;

    std::optional<Member> m_gateway, m_gateway2, m_hospital, m_clinic, m_sponsor, m_manager,
        m_manager2, m_doctorH, m_doctorC;
    std::deque<Member> m_patientMembers;
    identity::IdentityKeys m_outsider = identity::IdentityKeys::generate();
    std::map<IdentityId, const crypto::Ed25519SigningKey *> m_keys;
    std::map<IdentityId, QString> m_names;
    std::map<IdentityId, const Member *> m_members;
    IdentityId m_authority;
    QList<IdentityId> m_patients, m_holders, m_depositTargets;

    // Insertion-ordered ids, so that a seed replays the same choices whatever the hashes are.
    QList<Hash> m_invoices, m_programs, m_codePrograms, m_plainPrograms, m_funds, m_records;
    std::map<std::pair<IdentityId, IdentityId>, QList<Hash>> m_recordsAt; // (patient, institution)
    QList<std::pair<Hash, IdentityId>> m_holdings;
    std::map<IdentityId, QList<QString>> m_referencesOf; // per gateway, in and out
    QList<std::pair<QByteArray, IdentityId>> m_committed; // for replays

    // Figures for the summary.
    std::array<int, kWalkActions> m_drawn {};
    std::array<int, kWalkActions> m_accepted {};
    std::map<QString, int> m_codes;
    int m_blocks = 0;
    int m_redrawn = 0;
    int m_sameSenderBlocks = 0; // blocks where one sender has several accepted transactions
};

} // namespace medchain::test
