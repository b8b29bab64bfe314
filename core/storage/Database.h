// One connection to an encrypted SQLCipher replica: the single writer, or a read-only query view.
// Open it only with a key that has passed ReplicaKeyFile::checkKey(); see open() for why.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "storage/Statement.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <memory>

namespace medchain::storage {

namespace detail {
class SqliteConnection;
}

class Transaction;

enum class OpenMode {
    Create, // a new replica: the file must not exist (or be empty); this becomes the writer
    ReadWrite, // the single writer of an existing replica (WAL journal, synchronous=FULL)
    ReadOnly, // a query connection for another thread; sees committed data only
};

/// Move-only; use each Database (and its Statements) from one thread at a time. Statements and
/// Transactions keep the connection alive, so destroying the Database before them is safe.
///
/// Reads are authenticated: no row is ever built from a page that fails its HMAC, is zeroed or
/// is cut short. SQLCipher 3.4.1 alone lets all three through in some cases; SqliteConnection
/// and ZeroPageGuardVfs close the gaps. After one such failure the connection refuses all work
/// with the "damaged or tampered with" message, naming the file.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr std::size_t KeySize = 32;
    /// SQLCipher needs the same page size on every open; 4096 (rather than the default 1024)
    /// also makes it markedly faster. Every page carries an HMAC-SHA1 tag (kept on).
    static constexpr int CipherPageSize = 4096;

    /// Opens path with a raw 256-bit key (no passphrase KDF inside SQLCipher) and checks that
    /// the key reads the file; a failed open leaves the files unchanged. SQLCipher cannot tell
    /// a wrong key from a damaged file, so a failure here is reported as damage or tampering:
    /// check the key with ReplicaKeyFile first, so a wrong passphrase gets its own message.
    /// A missing or empty file is refused unless mode is Create (an empty file would
    /// otherwise silently become a new, empty replica).
    static Result<Database> open(const QString &path, const crypto::SecureBuffer &rawKey,
                                 OpenMode mode);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Runs one or more statements without parameters (DDL, pragmas); rows are discarded.
    Result<void> exec(QByteArrayView sql);
    /// A statement for sql (UTF-8), reused from this connection's cache when possible.
    Result<Statement> prepare(QByteArrayView sql);
    /// On the writer, BEGIN IMMEDIATE (takes the write lock now). On a read-only connection, a
    /// read transaction whose snapshot is fixed before begin() returns.
    Result<Transaction> begin();

    /// The rowid of the last row inserted through this connection.
    qint64 lastInsertRowId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    int changes() const;
    /// The message of the last failure on this connection, for logs; empty at first.
    QString lastError() const;
    QString path() const;
    OpenMode mode() const { return m_mode; }

private:
    Database(std::shared_ptr<detail::SqliteConnection> connection, OpenMode mode);

    std::shared_ptr<detail::SqliteConnection> m_connection;
    OpenMode m_mode = OpenMode::ReadOnly;
};

/// Rolls back on destruction unless commit() succeeded. Nested transactions are refused.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    /// Rolls back this transaction (if still open), then takes over other's.
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    /// Makes the changes durable (on the writer, synced to disk before it returns).
    Result<void> commit();
    /// Discards the changes now rather than at destruction.
    void rollback();

private:
    friend class Database;
    explicit Transaction(std::shared_ptr<detail::SqliteConnection> connection);

    std::shared_ptr<detail::SqliteConnection> m_connection; // null once finished
};

} // namespace medchain::storage
