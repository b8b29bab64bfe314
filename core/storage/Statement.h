// A prepared SQL statement on one replica connection: bind values, step through rows, read columns.
// Parameters are numbered from 1 (as ?1, ?2 in the SQL); result columns are numbered from 0.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>

struct sqlite3_stmt;

namespace medchain::storage {

namespace detail {
class SqliteConnection;
struct Slot;
} // namespace detail

/// Obtained from Database::prepare(). Values are always bound, never formatted into the SQL.
/// When a Statement is destroyed it is reset and kept by its connection for the next prepare()
/// of the same SQL text, so hot statements are compiled once. Use it on one thread, and do not
/// keep a stepped Statement around: until it is reset or destroyed it holds a read snapshot.
class Statement {
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    enum class Step {
        Row, // a row is available through the column getters
        Done, // finished; step() again starts over
        Error, // see errorMessage(); no row is available
    };

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Binding after a step first resets the statement (values bound earlier stay bound). A bind
    // that fails (index out of range) makes the next step() return Step::Error.
    Statement &bindInt64(int index, qint64 value);
    /// Not for money: amounts are integer minor units (bindInt64).
    Statement &bindDouble(int index, double value);
    /// Stored as UTF-8 text.
    Statement &bindText(int index, QStringView value);
    Statement &bindBlob(int index, QByteArrayView value);
    Statement &bindNull(int index);

    [[nodiscard]] Step step();
    /// Steps to the end, discarding any rows, then resets; for INSERT, UPDATE, DELETE and DDL.
    Result<void> run();
    /// Back to the start, keeping the bound values; ends any read snapshot this statement holds.
    void reset();

    // Valid after step() returned Step::Row; otherwise they return null/zero/empty.
    int columnCount() const;
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

    /// Why the last step(), run() or bind failed; empty when it did not.
    QString errorMessage() const { return m_error; }

private:
    friend class Database;
    Statement(std::shared_ptr<detail::SqliteConnection> connection, sqlite3_stmt *stmt,
              detail::Slot *slot);

    void prepareBind();
    Statement &bindResult(int rc, int index);
    void release() noexcept;

    std::shared_ptr<detail::SqliteConnection> m_connection;
    sqlite3_stmt *m_stmt = nullptr;
    detail::Slot *m_slot = nullptr; // its place in the connection's cache, if any
    QString m_error;
    bool m_stepped = false;
    bool m_hasRow = false;
    bool m_bindFailed = false;
};

} // namespace medchain::storage
