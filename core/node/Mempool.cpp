#include "node/Mempool.h"

#include <algorithm>

namespace medchain::node {

Mempool::Mempool() : Mempool(Limits {}) { }

Mempool::Mempool(const Limits &limits) : m_limits(limits) { }

Mempool::AddResult Mempool::add(chain::CheckedTransaction tx, const NextNonce &nextNonce)
{
    if (m_byHash.contains(tx.hash))
        return {AddStatus::Duplicate, {}};
    const chain::IdentityId id = tx.tx.sender;
    const quint64 nonce = tx.tx.nonce;
    const quint64 next = nextNonce(id);
    if (nonce < next)
        return {AddStatus::Stale, {}};
    if (const auto known = m_senders.find(id);
        known != m_senders.end() && known->second.byNonce.contains(nonce))
        return {AddStatus::NonceTaken, {}};

    QList<chain::Hash> evicted;
    if (!fits(size() + 1, m_bytes + tx.bytes.size())) {
        // Only a transaction a block could take now may push another out: a sender cannot
        // make room for its own far-future nonces.
        if (nonce != next)
            return {AddStatus::Full, {}};
        auto plan = planEviction(tx);
        if (!plan)
            return {AddStatus::Full, {}};
        evicted = std::move(*plan);
        for (const chain::Hash &hash : std::as_const(evicted))
            remove(hash);
    }

    const quint64 arrival = m_nextArrival++;
    const chain::Hash hash = tx.hash;
    const Entry *entry = &m_byHash.emplace(hash, Entry {std::move(tx), arrival}).first->second;
    Sender &sender = m_senders[id];
    unindex(id, sender);
    sender.byNonce.emplace(nonce, entry);
    sender.arrivals.insert(arrival);
    reindex(id, sender);
    m_byArrival.emplace(arrival, entry);
    m_bytes += entry->tx.bytes.size();
    return {AddStatus::Added, std::move(evicted)};
}

QList<chain::CheckedTransaction> Mempool::select(qsizetype maxCount, qsizetype maxBytes,
                                                 const NextNonce &nextNonce) const
{
    struct Progress {
        quint64 expected = 0; // the sender's next nonce, counting what was selected
        bool blocked = false; // its next one did not fit: its later ones cannot go either
    };
    std::map<chain::IdentityId, Progress> senders;
    QList<chain::CheckedTransaction> selected;
    qsizetype used = 0;
    for (const auto &[arrival, first] : m_byArrival) {
        if (selected.size() >= maxCount)
            break;
        const chain::IdentityId &id = first->tx.tx.sender;
        auto [at, fresh] = senders.try_emplace(id);
        Progress &progress = at->second;
        if (fresh)
            progress.expected = nextNonce(id);
        if (progress.blocked || first->tx.tx.nonce != progress.expected)
            continue; // stale, or waiting for an earlier nonce
        // This one, then the sender's following nonces that arrived before it and waited.
        const Sender &sender = m_senders.at(id);
        for (const Entry *entry = first; entry;) {
            if (entry->tx.bytes.size() > maxBytes - used) {
                progress.blocked = true;
                break;
            }
            selected.append(entry->tx);
            used += entry->tx.bytes.size();
            ++progress.expected;
            if (selected.size() >= maxCount)
                break;
            const auto next = sender.byNonce.find(progress.expected);
            entry = next != sender.byNonce.end() && next->second->arrival < arrival ? next->second
                                                                                    : nullptr;
        }
    }
    return selected;
}

qsizetype Mempool::removeCommitted(const QList<chain::Hash> &hashes)
{
    qsizetype removed = 0;
    for (const chain::Hash &hash : hashes) {
        if (m_byHash.contains(hash)) {
            remove(hash);
            ++removed;
        }
    }
    return removed;
}

QList<chain::Hash> Mempool::prune(const NextNonce &nextNonce)
{
    QList<const Entry *> stale;
    for (const auto &[id, sender] : m_senders) {
        const quint64 next = nextNonce(id);
        for (auto it = sender.byNonce.begin(); it != sender.byNonce.end() && it->first < next; ++it)
            stale.append(it->second);
    }
    std::sort(stale.begin(), stale.end(),
              [](const Entry *a, const Entry *b) { return a->arrival < b->arrival; });
    QList<chain::Hash> hashes;
    hashes.reserve(stale.size());
    for (const Entry *entry : std::as_const(stale))
        hashes.append(entry->tx.hash);
    for (const chain::Hash &hash : std::as_const(hashes))
        remove(hash);
    return hashes;
}

bool Mempool::contains(const chain::Hash &hash) const
{
    return m_byHash.contains(hash);
}

const chain::CheckedTransaction *Mempool::find(const chain::Hash &hash) const
{
    const auto at = m_byHash.find(hash);
    return at == m_byHash.end() ? nullptr : &at->second.tx;
}

QList<QByteArray> Mempool::hashesForInventory(qsizetype max) const
{
    QList<QByteArray> hashes;
    if (max <= 0)
        return hashes;
    hashes.reserve(std::min(max, size()));
    for (auto it = m_byArrival.begin(); it != m_byArrival.end() && hashes.size() < max; ++it)
        hashes.append(it->second->tx.hash.toByteArray());
    return hashes;
}

bool Mempool::fits(qsizetype count, qsizetype bytes) const
{
    return count <= m_limits.maxCount && bytes <= m_limits.maxBytes;
}

std::optional<QList<chain::Hash>> Mempool::planEviction(const chain::CheckedTransaction &tx) const
{
    if (m_sendersBySize.empty())
        return std::nullopt;
    const SizeKey &largest = *m_sendersBySize.rbegin();
    const qsizetype victimCount = std::get<0>(largest);
    const chain::IdentityId &victimId = std::get<2>(largest);
    if (victimId == tx.tx.sender)
        return std::nullopt;
    const auto own = m_senders.find(tx.tx.sender);
    const qsizetype ownCount = own == m_senders.end() ? 0 : qsizetype(own->second.byNonce.size());
    const Sender &victim = m_senders.at(victimId);

    QList<chain::Hash> plan;
    qsizetype freed = 0;
    auto it = victim.byNonce.rbegin();
    while (!fits(size() - plan.size() + 1, m_bytes - freed + tx.bytes.size())) {
        // The victim keeps at least as many as the newcomer's sender will have; this also
        // stops the walk before it runs out of the victim's transactions.
        if (victimCount - (plan.size() + 1) < ownCount + 1)
            return std::nullopt;
        plan.append(it->second->tx.hash);
        freed += it->second->tx.bytes.size();
        ++it;
    }
    return plan;
}

void Mempool::remove(const chain::Hash &hash)
{
    const auto at = m_byHash.find(hash);
    if (at == m_byHash.end())
        return;
    const Entry &entry = at->second;
    const chain::IdentityId id = entry.tx.tx.sender;
    const auto owner = m_senders.find(id);
    unindex(id, owner->second);
    owner->second.byNonce.erase(entry.tx.tx.nonce);
    owner->second.arrivals.erase(entry.arrival);
    if (owner->second.byNonce.empty())
        m_senders.erase(owner);
    else
        reindex(id, owner->second);
    m_byArrival.erase(entry.arrival);
    m_bytes -= entry.tx.bytes.size();
    m_byHash.erase(at);
}

void Mempool::unindex(const chain::IdentityId &id, const Sender &sender)
{
    if (sender.byNonce.empty())
        return;
    const quint64 oldest = *sender.arrivals.begin();
    m_sendersBySize.erase({qsizetype(sender.byNonce.size()), oldest, id});
    m_sendersByArrival.erase({oldest, id});
}

void Mempool::reindex(const chain::IdentityId &id, const Sender &sender)
{
    if (sender.byNonce.empty())
        return;
    const quint64 oldest = *sender.arrivals.begin();
    m_sendersBySize.insert({qsizetype(sender.byNonce.size()), oldest, id});
    m_sendersByArrival.insert({oldest, id});
}

} // namespace medchain::node
