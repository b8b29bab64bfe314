#include "storage/Database.h"

#include "storage/SqliteConnection.h"
#include "storage/StorageError.h"
#include "storage/ZeroPageGuardVfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdint>
#include <utility>

namespace medchain::storage {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Branch-free and table-free, so the key's nibbles steer neither jumps nor memory accesses.
std::uint8_t hexDigit(unsigned nibble)
{
    return static_cast<std::uint8_t>('0' + nibble + (((9u - nibble) >> 8) & 39u));
}

// SQLCipher's raw-key form, x'<64 hex digits>', built in guarded memory that wipes itself.
crypto::SecureBuffer rawKeySpec(const crypto::SecureBuffer &key)
{
    crypto::SecureBuffer spec(2 + 2 * key.size() + 1);
    std::uint8_t *out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    for (const std::uint8_t byte : key.bytes()) {
        *out++ = hexDigit(byte >> 4);
        *out++ = hexDigit(byte & 0x0fu);
    }
    *out = '\'';
    return spec;
}

// Applied on every open, before anything else reads the file. The page size must match the one
// the file was created with; temp_store keeps sorts and temporary tables out of unencrypted
// temporary files.
constexpr char kCommonPragmas[] = "PRAGMA cipher_page_size = 4096;"
                                  "PRAGMA cache_size = -16384;" // KiB: 16 MiB of pages
                                  "PRAGMA temp_store = MEMORY;"
                                  "PRAGMA foreign_keys = ON;";
static_assert(Database::CipherPageSize == 4096, "keep kCommonPragmas in step");

// The writer gets a larger cache: a block touches many pages of the state's indexes, and every
// page read from disk costs an HMAC check and a decryption.
constexpr char kWriterPragmas[] = "PRAGMA synchronous = FULL;"
                                  "PRAGMA cache_size = -65536;" // KiB: 64 MiB of pages
                                  "PRAGMA wal_autocheckpoint = 8192;"
                                  "PRAGMA journal_size_limit = 67108864;";

Result<void> switchToWal(detail::SqliteConnection &connection)
{
    auto statement = connection.acquire(QByteArrayLiteral("PRAGMA journal_mode = WAL;"));
    if (!statement)
        return Error {statement.error()};
    sqlite3_stmt *stmt = statement->stmt;
    const int rc = connection.step(stmt);
    const QByteArray mode = rc == SQLITE_ROW
        ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
        : QByteArray();
    Result<void> result;
    if (rc != SQLITE_ROW)
        result = connection.fail(rc);
    else if (mode != "wal")
        result = connection.fail(StorageError::fromSqlite(
            SQLITE_CANTOPEN, connection.path(),
            QStringLiteral("journal_mode is %1, not wal").arg(QString::fromLatin1(mode))));
    connection.release(statement.value());
    return result;
}

Result<void> configure(detail::SqliteConnection &connection, OpenMode mode)
{
    sqlite3_busy_timeout(connection.handle(), kBusyTimeoutMs);
    if (auto result = connection.exec(kCommonPragmas); !result)
        return result;
    // The first read of the file: with a key that passed the key check, a failure here means
    // page 1 is damaged or was altered.
    if (auto result = connection.exec("SELECT count(*) FROM sqlite_master;"); !result)
        return result;
    if (mode == OpenMode::ReadOnly)
        return connection.exec("PRAGMA query_only = ON;");
    if (auto result = switchToWal(connection); !result)
        return result;
    return connection.exec(kWriterPragmas);
}

Result<std::shared_ptr<detail::SqliteConnection>>
connect(const QString &path, const crypto::SecureBuffer &rawKey, OpenMode mode)
{
    const char *vfs = detail::zeroPageGuardVfsName();
    if (!vfs)
        return Error {Database::tr("The replica %1 was not opened: its integrity guard could not "
                                   "be installed.")
                          .arg(QDir::toNativeSeparators(path))};
    // A connection is used by one thread at a time (see Database.h), so SQLite's per-call
    // connection mutex is pure cost: multi-thread mode leaves it out.
    int flags = SQLITE_OPEN_NOMUTEX
        | (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (mode == OpenMode::Create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, vfs);
    if (!db)
        return StorageError::fromSqlite(SQLITE_NOMEM, path, QString());
    auto connection
        = std::make_shared<detail::SqliteConnection>(db, path, mode == OpenMode::ReadOnly);
    if (rc != SQLITE_OK)
        return connection->fail(rc);

    int keyResult = SQLITE_OK;
    {
        const crypto::SecureBuffer spec = rawKeySpec(rawKey);
        keyResult = sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    }
    if (keyResult != SQLITE_OK)
        return connection->fail(keyResult);
    if (auto result = configure(*connection, mode); !result)
        return Error {result.error()};
    return connection;
}

Error closedError()
{
    return Error {Database::tr("This database connection has been closed.")};
}

} // namespace

Result<Database> Database::open(const QString &path, const crypto::SecureBuffer &rawKey,
                                OpenMode mode)
{
    if (rawKey.size() != KeySize)
        return Error {
            tr("A replica key must be %1 bytes, not %2.").arg(KeySize).arg(rawKey.size())};
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (mode == OpenMode::Create && info.exists() && info.size() > 0)
        return Error {
            tr("Cannot create a replica at %1: a file with that name already exists.").arg(file)};
    if (mode != OpenMode::Create && !info.exists())
        return Error {tr("The replica file %1 does not exist.").arg(file)};
    if (mode != OpenMode::Create && info.size() == 0)
        return Error {tr("The replica file %1 is empty: it has been truncated or replaced. "
                         "Restore it from a backup or resynchronise the replica from the network.")
                          .arg(file)};

    // A writer that fails the key check would, on closing, checkpoint a crash-left WAL into
    // the database (copying frames needs no key). Check the key read-only first, so a wrong
    // key never changes the files, even for a caller that skipped ReplicaKeyFile::checkKey().
    if (mode == OpenMode::ReadWrite) {
        if (auto verified = connect(path, rawKey, OpenMode::ReadOnly); !verified)
            return Error {verified.error()};
    }
    auto connection = connect(path, rawKey, mode);
    if (!connection)
        return Error {connection.error()};
    return Database(std::move(connection).value(), mode);
}

Database::Database(std::shared_ptr<detail::SqliteConnection> connection, OpenMode mode)
    : m_connection(std::move(connection)), m_mode(mode)
{
}

Database::Database(Database &&other) noexcept = default;
Database &Database::operator=(Database &&other) noexcept = default;
Database::~Database() = default;

Result<void> Database::exec(QByteArrayView sql)
{
    if (!m_connection)
        return closedError();
    return m_connection->exec(sql);
}

Result<Statement> Database::prepare(QByteArrayView sql)
{
    if (!m_connection)
        return closedError();
    auto acquired = m_connection->acquire(sql);
    if (!acquired)
        return Error {acquired.error()};
    return Statement(m_connection, acquired->stmt, acquired->cached);
}

Result<Transaction> Database::begin()
{
    if (!m_connection)
        return closedError();
    if (!m_connection->isReadOnly()) {
        if (auto result = m_connection->exec("BEGIN IMMEDIATE;"); !result)
            return Error {result.error()};
        return Transaction(m_connection);
    }
    // A deferred BEGIN takes its snapshot at the first read; read now so the snapshot is the
    // state at begin(), not at some later query.
    if (auto result = m_connection->exec("BEGIN; SELECT count(*) FROM sqlite_master;"); !result) {
        if (!sqlite3_get_autocommit(m_connection->handle()))
            sqlite3_exec(m_connection->handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
        return Error {result.error()};
    }
    return Transaction(m_connection);
}

qint64 Database::lastInsertRowId() const
{
    return m_connection ? sqlite3_last_insert_rowid(m_connection->handle()) : 0;
}

int Database::changes() const
{
    return m_connection ? sqlite3_changes(m_connection->handle()) : 0;
}

QString Database::lastError() const
{
    return m_connection ? m_connection->lastError() : QString();
}

QString Database::path() const
{
    return m_connection ? m_connection->path() : QString();
}

Transaction::Transaction(std::shared_ptr<detail::SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

Transaction::Transaction(Transaction &&other) noexcept = default;

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_connection = std::move(other.m_connection);
    }
    return *this;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_connection)
        return Error {Database::tr("This transaction has already ended.")};
    if (auto result = m_connection->exec("COMMIT;"); !result) {
        rollback(); // a failed COMMIT can leave the transaction open
        return result;
    }
    m_connection.reset();
    return {};
}

void Transaction::rollback()
{
    if (!m_connection)
        return;
    // Directly, not through exec(): a connection that has seen tampering refuses exec() but
    // must still end its transaction.
    if (!sqlite3_get_autocommit(m_connection->handle()))
        sqlite3_exec(m_connection->handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
    m_connection.reset();
}

} // namespace medchain::storage
