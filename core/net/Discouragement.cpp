#include "net/Discouragement.h"

#include <limits>

#include <algorithm>

namespace medchain::net {

QString Discouragement::identityKey(const chain::IdentityId &node)
{
    return QStringLiteral("id:") + QString::fromLatin1(node.toByteArray().toHex());
}

QString Discouragement::addressKey(const QHostAddress &address)
{
    // IPv4-mapped IPv6 addresses name the same peer as the plain IPv4 form.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return QStringLiteral("ip:") + (isV4 ? QHostAddress(v4).toString() : address.toString());
}

qint64 Discouragement::record(const QString &key, qint64 nowMs)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end() && nowMs - it->untilMs >= m_policy.forgetAfterMs)
        it->offences = 0; // long since forgiven
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_policy.maxEntries)
            prune(nowMs);
        if (m_entries.size() >= m_policy.maxEntries) {
            // The entry whose period ends first makes room (by key: GCC's -O2 null-dereference
            // analysis misreads erasing through a QHash iterator here).
            QString first;
            qint64 firstUntil = std::numeric_limits<qint64>::max();
            for (auto entry = m_entries.cbegin(); entry != m_entries.cend(); ++entry)
                if (entry.value().untilMs < firstUntil) {
                    firstUntil = entry.value().untilMs;
                    first = entry.key();
                }
            m_entries.remove(first);
        }
        it = m_entries.insert(key, Entry {});
    }
    ++it->offences;
    qint64 period = m_policy.baseMs;
    for (int i = 1; i < it->offences && period < m_policy.maxMs; ++i)
        period *= 2;
    period = std::min(period, m_policy.maxMs);
    it->untilMs = std::max(it->untilMs, nowMs + period);
    return it->untilMs;
}

bool Discouragement::isDiscouraged(const QString &key, qint64 nowMs) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && nowMs < it->untilMs;
}

bool Discouragement::acceptsConnection(const QString &identity, const QString &address,
                                       qint64 nowMs) const
{
    return !isDiscouraged(identity, nowMs) && !isDiscouraged(address, nowMs);
}

qint64 Discouragement::discouragedUntil(const QString &key) const
{
    return m_entries.value(key).untilMs;
}

int Discouragement::offences(const QString &key) const
{
    return m_entries.value(key).offences;
}

void Discouragement::prune(qint64 nowMs)
{
    m_entries.removeIf([&](std::pair<const QString &, Entry &> item) {
        return nowMs - item.second.untilMs >= m_policy.forgetAfterMs;
    });
}

} // namespace medchain::net
