#include "storage/SqliteConnection.h"

#include "storage/StorageError.h"

#include <sqlite3.h>

#include <utility>

namespace medchain::storage::detail {

namespace {

// Enough for the hot statements of a chain store; one-off statements beyond it are finalized.
constexpr size_t kMaxCachedStatements = 64;

bool isErrorCode(int code)
{
    const int primary = code & 0xff;
    return primary != SQLITE_OK && primary != SQLITE_ROW && primary != SQLITE_DONE;
}

bool isIntegrityFailure(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace

// Why the probe exists. When a page fails its HMAC, SQLCipher 3.4.1 zeroes the page, puts the
// pager into its error state and sets the connection's error code, but the step in progress
// carries on: a row whose last overflow page was altered comes back as SQLITE_ROW with zeros in
// place of the data (measured: 76 of 600 random byte flips in a 700-page file did this). The
// error code is overwritten when sqlite3_step returns, so it is read from inside the step:
// SQLITE_TRACE_ROW fires before a row is handed out, SQLITE_TRACE_PROFILE when a step finishes.
// Write transactions need no probe: the pager refuses to commit while in its error state.
SqliteConnection::SqliteConnection(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
    sqlite3_trace_v2(m_db, SQLITE_TRACE_ROW | SQLITE_TRACE_PROFILE, &SqliteConnection::onTrace,
                     this);
}

SqliteConnection::~SqliteConnection()
{
    for (const auto &[sql, slot] : m_cache)
        sqlite3_finalize(slot.stmt);
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    sqlite3_close_v2(m_db);
}

int SqliteConnection::onTrace(unsigned, void *context, void *, void *)
{
    auto *self = static_cast<SqliteConnection *>(context);
    if (isErrorCode(sqlite3_errcode(self->m_db)))
        self->m_tripped = true;
    return 0;
}

Result<SqliteConnection::Acquired> SqliteConnection::acquire(QByteArrayView sql)
{
    if (m_tampered)
        return fail(StorageError::tampered(m_path));
    const auto found = m_cache.find(sql);
    if (found != m_cache.end() && !found->second.inUse) {
        found->second.inUse = true;
        return Acquired {found->second.stmt, &found->second};
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(rc);
    }
    if (!stmt) // only whitespace or comments
        return fail(
            StorageError::fromSqlite(SQLITE_MISUSE, m_path, QStringLiteral("empty statement")));
    if (found != m_cache.end() || m_cache.size() >= kMaxCachedStatements)
        return Acquired {stmt, nullptr};
    Slot &slot = m_cache.emplace(sql.toByteArray(), Slot {stmt, true}).first->second;
    return Acquired {stmt, &slot};
}

void SqliteConnection::release(const Acquired &statement) noexcept
{
    if (!statement.stmt)
        return;
    if (!statement.cached) {
        sqlite3_finalize(statement.stmt);
        return;
    }
    sqlite3_reset(statement.stmt);
    sqlite3_clear_bindings(statement.stmt);
    statement.cached->inUse = false;
}

int SqliteConnection::step(sqlite3_stmt *stmt)
{
    if (m_tampered)
        return SQLITE_CORRUPT;
    // A stale error code from an earlier failure would look like a new one to the probe;
    // an empty sqlite3_exec() sets the connection's code back to SQLITE_OK.
    if (isErrorCode(sqlite3_errcode(m_db)))
        sqlite3_exec(m_db, "", nullptr, nullptr, nullptr);
    m_tripped = false;
    const int rc = sqlite3_step(stmt);
    if ((rc == SQLITE_ROW || rc == SQLITE_DONE) && m_tripped) {
        m_tampered = true;
        sqlite3_reset(stmt);
        return SQLITE_CORRUPT;
    }
    if (isIntegrityFailure(rc))
        m_tampered = true;
    return rc;
}

Result<void> SqliteConnection::exec(QByteArrayView sql)
{
    const QByteArray text = sql.toByteArray(); // NUL-terminated for the tail pointer
    const char *next = text.constData();
    const char *end = next + text.size();
    while (next < end) {
        if (m_tampered)
            return fail(StorageError::tampered(m_path));
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, next, static_cast<int>(end - next), &stmt, &tail);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return fail(rc);
        }
        next = tail;
        if (!stmt) // trailing whitespace or a comment
            continue;
        do {
            rc = step(stmt);
        } while (rc == SQLITE_ROW);
        if (rc != SQLITE_DONE) {
            Error error = fail(rc); // before finalize, while SQLite's message is current
            sqlite3_finalize(stmt);
            return error;
        }
        sqlite3_finalize(stmt);
    }
    return {};
}

Error SqliteConnection::fail(int code)
{
    if (isIntegrityFailure(code))
        m_tampered = true;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    return fail(StorageError::fromSqlite(code, m_path, detail));
}

Error SqliteConnection::fail(Error error)
{
    m_lastError = error.message;
    return error;
}

} // namespace medchain::storage::detail
