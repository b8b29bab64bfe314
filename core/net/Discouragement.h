// Remembers misbehaving peers, by node identity and by address, and refuses their reconnects
// until a time that doubles with each repeated offence. Pure: the caller passes the time.
#pragma once

#include "chain/ChainTypes.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace medchain::net {

struct DiscouragementPolicy {
    /// The first offence keeps a peer out this long; each further one doubles it, up to maxMs.
    qint64 baseMs = 10 * 60 * 1000;
    qint64 maxMs = 7LL * 24 * 60 * 60 * 1000;
    /// An entry whose period ended this long ago is forgotten, and the count starts again.
    qint64 forgetAfterMs = 24LL * 60 * 60 * 1000;
    /// Bound on remembered entries; the one whose period ends first makes room.
    int maxEntries = 10'000;
};

class Discouragement {
public:
    explicit Discouragement(DiscouragementPolicy policy = {}) : m_policy(policy) { }

    /// Registry keys: a node identity ("id:" + hex key) or a network address ("ip:" + address).
    static QString identityKey(const chain::IdentityId &node);
    static QString addressKey(const QHostAddress &address);

    /// One more offence by key at nowMs; returns the time until which it is discouraged.
    qint64 record(const QString &key, qint64 nowMs);
    bool isDiscouraged(const QString &key, qint64 nowMs) const;
    /// A reconnect is accepted when neither its identity nor its address is discouraged.
    bool acceptsConnection(const QString &identity, const QString &address, qint64 nowMs) const;
    /// When the discouragement of key ends (0 if none), and how many offences it counts.
    qint64 discouragedUntil(const QString &key) const;
    int offences(const QString &key) const;
    /// Drops entries that have been over for forgetAfterMs.
    void prune(qint64 nowMs);
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        int offences = 0;
        qint64 untilMs = 0;
    };
    DiscouragementPolicy m_policy;
    QHash<QString, Entry> m_entries;
};

} // namespace medchain::net
