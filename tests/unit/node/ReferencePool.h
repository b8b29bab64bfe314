// The mempool's rules written the slow, obvious way, for TestMempool's seeded comparison: the
// chain's next nonces, and a pool that is one list in arrival order, scanned each time.
#pragma once

#include "chain/Executor.h"
#include "node/Mempool.h"

#include <map>
#include <optional>
#include <set>

namespace medchain::test::mempool {

using chain::CheckedTransaction;
using chain::Hash;
using chain::IdentityId;
using node::Mempool;
using AddStatus = Mempool::AddStatus;

/// The encoded size of transactions together.
inline qsizetype bytesOf(const QList<CheckedTransaction> &txs)
{
    qsizetype total = 0;
    for (const CheckedTransaction &tx : txs)
        total += tx.bytes.size();
    return total;
}

/// The chain's next nonces: 1 for a sender it has not seen.
struct StateNonces {
    std::map<IdentityId, quint64> next;

    quint64 of(const IdentityId &id) const
    {
        const auto it = next.find(id);
        return it == next.end() ? 1 : it->second;
    }
    Mempool::NextNonce function() const
    {
        return [this](const IdentityId &id) { return of(id); };
    }
};

/// The same rules written the slow, obvious way: one list in arrival order, scanned each time.
class ReferencePool {
public:
    explicit ReferencePool(Mempool::Limits limits) : m_limits(limits) { }

    Mempool::AddResult add(const CheckedTransaction &tx, quint64 next)
    {
        for (const CheckedTransaction &item : std::as_const(m_items))
            if (item.hash == tx.hash)
                return {AddStatus::Duplicate, {}};
        if (tx.tx.nonce < next)
            return {AddStatus::Stale, {}};
        for (const CheckedTransaction &item : std::as_const(m_items))
            if (item.tx.sender == tx.tx.sender && item.tx.nonce == tx.tx.nonce)
                return {AddStatus::NonceTaken, {}};
        if (fits(m_items.size() + 1, bytes() + tx.bytes.size())) {
            m_items.append(tx);
            return {AddStatus::Added, {}};
        }
        if (tx.tx.nonce != next)
            return {AddStatus::Full, {}};

        // The victim: most waiting, then the latest oldest arrival (the first in list order
        // is each sender's oldest, so a later first index means a later oldest arrival).
        std::map<IdentityId, qsizetype> counts;
        std::map<IdentityId, qsizetype> firstIndex;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            ++counts[m_items.at(i).tx.sender];
            firstIndex.try_emplace(m_items.at(i).tx.sender, i);
        }
        std::optional<IdentityId> victim;
        for (const auto &[id, count] : counts)
            if (!victim || count > counts[*victim]
                || (count == counts[*victim] && firstIndex[id] > firstIndex[*victim]))
                victim = id;
        if (!victim || *victim == tx.tx.sender)
            return {AddStatus::Full, {}};
        const qsizetype own = counts.contains(tx.tx.sender) ? counts[tx.tx.sender] : 0;
        QList<CheckedTransaction> theirs;
        for (const CheckedTransaction &item : std::as_const(m_items))
            if (item.tx.sender == *victim)
                theirs.append(item);
        std::sort(theirs.begin(), theirs.end(),
                  [](const auto &a, const auto &b) { return a.tx.nonce > b.tx.nonce; });
        QList<Hash> evicted;
        qsizetype freed = 0;
        while (!fits(m_items.size() - evicted.size() + 1, bytes() - freed + tx.bytes.size())) {
            if (counts[*victim] - evicted.size() - 1 < own + 1)
                return {AddStatus::Full, {}};
            evicted.append(theirs.at(evicted.size()).hash);
            freed += theirs.at(evicted.size() - 1).bytes.size();
        }
        removeCommitted(evicted);
        m_items.append(tx);
        return {AddStatus::Added, evicted};
    }

    QList<CheckedTransaction> select(qsizetype maxCount, qsizetype maxBytes,
                                     const StateNonces &state) const
    {
        // First come, first served, except that a transaction waits for its sender's earlier
        // nonces, and goes right after them when they arrive later.
        QList<CheckedTransaction> selected;
        qsizetype used = 0;
        std::map<IdentityId, quint64> expected;
        std::set<IdentityId> blocked;
        for (qsizetype i = 0; i < m_items.size() && selected.size() < maxCount; ++i) {
            const IdentityId sender = m_items.at(i).tx.sender;
            if (!expected.count(sender))
                expected[sender] = state.of(sender);
            if (blocked.count(sender) || m_items.at(i).tx.nonce != expected[sender])
                continue;
            for (auto tx = std::optional(m_items.at(i)); tx;) {
                if (used + tx->bytes.size() > maxBytes) {
                    blocked.insert(sender);
                    break;
                }
                selected.append(*tx);
                used += tx->bytes.size();
                if (selected.size() == maxCount)
                    return selected;
                const auto next = find(sender, ++expected[sender]);
                tx.reset();
                if (next && arrivalOf(next->hash) < i)
                    tx = *next;
            }
        }
        return selected;
    }

    qsizetype removeCommitted(const QList<Hash> &hashes)
    {
        const std::set<Hash> gone(hashes.begin(), hashes.end());
        return m_items.removeIf(
            [&](const CheckedTransaction &tx) { return gone.contains(tx.hash); });
    }

    QList<Hash> prune(const StateNonces &state)
    {
        QList<Hash> stale;
        for (const CheckedTransaction &tx : std::as_const(m_items))
            if (tx.tx.nonce < state.of(tx.tx.sender))
                stale.append(tx.hash);
        removeCommitted(stale);
        return stale;
    }

    const QList<CheckedTransaction> &items() const { return m_items; }
    qsizetype bytes() const { return bytesOf(m_items); }

private:
    bool fits(qsizetype count, qsizetype bytes) const
    {
        return count <= m_limits.maxCount && bytes <= m_limits.maxBytes;
    }
    qsizetype arrivalOf(const Hash &hash) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i)
            if (m_items.at(i).hash == hash)
                return i;
        return -1;
    }

    std::optional<CheckedTransaction> find(const IdentityId &sender, quint64 nonce) const
    {
        for (const CheckedTransaction &tx : m_items)
            if (tx.tx.sender == sender && tx.tx.nonce == nonce)
                return tx;
        return std::nullopt;
    }

    Mempool::Limits m_limits;
    QList<CheckedTransaction> m_items;
};

} // namespace medchain::test::mempool
