// The transactions waiting for a block: bounded in count and bytes, handed out in each sender's
// nonce order and otherwise in arrival order; when full, the sender with the most waiting makes
// room, so that no one sender can crowd out the rest.
#pragma once

#include "chain/Executor.h"

#include <QList>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace medchain::node {

/// Holds checked transactions until a block includes them. Not thread-safe: the node thread owns
/// it. Deterministic: the same calls in the same order give the same answers.
///
/// Admission when full (add() would pass maxCount or maxBytes):
///  - only a transaction whose nonce is its sender's next nonce in the state (one a block could
///    take now) may make room; any other is refused as Full;
///  - the victim is the sender with the most waiting transactions (ties: the one whose oldest
///    waiting transaction arrived last); never the newcomer's own sender;
///  - the victim loses its highest-nonce transactions, one at a time, until the newcomer fits,
///    but must keep at least as many as the newcomer's sender will then have (so a sender with
///    two waiting can lose one to a sender with none, and equals never push each other out);
///  - if that cannot free enough room, nothing is evicted and the newcomer is refused as Full.
class Mempool {
public:
    struct Limits {
        qsizetype maxCount = 50'000;
        qsizetype maxBytes = 64 * 1024 * 1024; // of encoded transactions
    };

    /// A sender's next nonce as the chain's state sees it (its last used nonce + 1).
    using NextNonce = std::function<quint64(const chain::IdentityId &)>;

    enum class AddStatus {
        Added,
        Duplicate, // this hash is already waiting
        NonceTaken, // another transaction from the sender with this nonce is waiting (first wins)
        Stale, // the nonce is below the sender's next nonce: it can never apply
        Full, // over a limit, and the rule above found nothing to evict
    };

    struct AddResult {
        AddStatus status = AddStatus::Full;
        /// Transactions dropped to make room (only when Added); their senders should be told.
        QList<chain::Hash> evicted;
        bool added() const { return status == AddStatus::Added; }
    };

    Mempool();
    explicit Mempool(const Limits &limits);

    const Limits &limits() const { return m_limits; }

    /// Queues tx unless refused; nextNonce is asked about tx's sender only.
    AddResult add(chain::CheckedTransaction tx, const NextNonce &nextNonce);

    /// Up to maxCount transactions of at most maxBytes in total, for the next block: first come,
    /// first served, except that a transaction waits for its sender's earlier nonces (and goes
    /// right after them when they arrive later), so what one submitter sent after another's
    /// (a deposit, then the payment it pays for) applies after it. A sender whose next
    /// transaction does not fit in maxBytes stops there; the others go on. Changes nothing.
    QList<chain::CheckedTransaction> select(qsizetype maxCount, qsizetype maxBytes,
                                            const NextNonce &nextNonce) const;

    /// Drops the transactions a block committed; hashes not waiting are ignored. Returns how
    /// many were dropped.
    qsizetype removeCommitted(const QList<chain::Hash> &hashes);
    /// Drops every transaction whose nonce is below its sender's next nonce (asks once per
    /// waiting sender) and returns their hashes, oldest first.
    QList<chain::Hash> prune(const NextNonce &nextNonce);

    bool contains(const chain::Hash &hash) const;
    /// The waiting transaction with this hash, or null; valid until the mempool next changes.
    const chain::CheckedTransaction *find(const chain::Hash &hash) const;
    qsizetype size() const { return qsizetype(m_byHash.size()); }
    /// The total size of the waiting transactions' encodings.
    qsizetype bytes() const { return m_bytes; }
    /// Up to max hashes (as bytes, for gossip inventories), oldest first.
    QList<QByteArray> hashesForInventory(qsizetype max) const;

private:
    struct Entry {
        chain::CheckedTransaction tx;
        quint64 arrival = 0; // a counter: unique, and larger for later arrivals
    };
    struct Sender {
        std::map<quint64, const Entry *> byNonce;
        std::set<quint64> arrivals; // begin() is the oldest waiting transaction
    };
    // Ordered by count, then oldest arrival: the last element is the eviction victim.
    using SizeKey = std::tuple<qsizetype, quint64, chain::IdentityId>;
    // Ordered by oldest arrival: the order in which select() serves senders.
    using ArrivalKey = std::pair<quint64, chain::IdentityId>;

    bool fits(qsizetype count, qsizetype bytes) const;
    /// The hashes to evict so that tx fits, or nullopt if the rule allows no room for it.
    std::optional<QList<chain::Hash>> planEviction(const chain::CheckedTransaction &tx) const;
    void remove(const chain::Hash &hash);
    void unindex(const chain::IdentityId &id, const Sender &sender);
    void reindex(const chain::IdentityId &id, const Sender &sender);

    Limits m_limits;
    std::map<chain::Hash, Entry> m_byHash; // owns the transactions
    std::map<quint64, const Entry *> m_byArrival;
    std::map<chain::IdentityId, Sender> m_senders;
    std::set<SizeKey> m_sendersBySize;
    std::set<ArrivalKey> m_sendersByArrival;
    qsizetype m_bytes = 0;
    quint64 m_nextArrival = 0;
};

} // namespace medchain::node
