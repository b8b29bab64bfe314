// One open SQLCipher connection, shared by its Database, Statements and Transactions.
// Internal to core/storage: it owns the statement cache and the page-authentication probe.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace medchain::storage::detail {

struct Slot {
    sqlite3_stmt *stmt = nullptr;
    bool inUse = false;
};

class SqliteConnection {
public:
    /// Takes ownership of db (closed by the destructor) and installs the probe.
    SqliteConnection(sqlite3 *db, QString path, bool readOnly);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    /// A compiled statement. `cached` is its slot in the cache, or null when the statement is
    /// the caller's alone (the cache is full, or the cached one is in use).
    struct Acquired {
        sqlite3_stmt *stmt = nullptr;
        struct Slot *cached = nullptr;
    };
    /// The cached statement for sql when it is idle, or a freshly prepared one.
    Result<Acquired> acquire(QByteArrayView sql);
    /// Resets the statement and returns it to its slot, or finalizes it when it has none.
    void release(const Acquired &statement) noexcept;

    /// sqlite3_step with the authentication probe. A step that returned a row (or finished)
    /// while a page failed its HMAC comes back as SQLITE_CORRUPT, and from then on every step
    /// fails: a connection that has seen tampering does no further work.
    int step(sqlite3_stmt *stmt);
    /// Runs every statement in sql (no parameters), discarding rows.
    Result<void> exec(QByteArrayView sql);

    /// The translated error for an SQLite result code, remembered as lastError().
    Error fail(int code);
    /// Records a failure that did not come from SQLite (e.g. a refused operation).
    Error fail(Error error);
    bool hasSeenTampering() const { return m_tampered; }
    const QString &lastError() const { return m_lastError; }

private:
    static int onTrace(unsigned type, void *context, void *, void *);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    bool m_tripped = false; // an error code appeared during the current step
    bool m_tampered = false;
    QString m_lastError;
    // Keyed by SQL text; lookups take a view, so a hit allocates nothing. Nodes never move, so
    // a Statement can hold its slot.
    struct ViewHash {
        using is_transparent = void;
        size_t operator()(QByteArrayView sql) const noexcept { return qHash(sql); }
    };
    std::unordered_map<QByteArray, Slot, ViewHash, std::equal_to<>> m_cache;
};

} // namespace medchain::storage::detail
