#include "storage/Statement.h"

#include "storage/SqliteConnection.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <utility>

namespace medchain::storage {

Statement::Statement(std::shared_ptr<detail::SqliteConnection> connection, sqlite3_stmt *stmt,
                     detail::Slot *slot)
    : m_connection(std::move(connection)), m_stmt(stmt), m_slot(slot)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_connection(std::move(other.m_connection)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_slot(std::exchange(other.m_slot, nullptr)),
      m_error(std::move(other.m_error)),
      m_stepped(std::exchange(other.m_stepped, false)),
      m_hasRow(std::exchange(other.m_hasRow, false)),
      m_bindFailed(std::exchange(other.m_bindFailed, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_connection = std::move(other.m_connection);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_slot = std::exchange(other.m_slot, nullptr);
        m_error = std::move(other.m_error);
        m_stepped = std::exchange(other.m_stepped, false);
        m_hasRow = std::exchange(other.m_hasRow, false);
        m_bindFailed = std::exchange(other.m_bindFailed, false);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release() noexcept
{
    if (m_connection && m_stmt)
        m_connection->release({m_stmt, m_slot});
    m_stmt = nullptr;
    m_slot = nullptr;
    m_connection.reset();
}

void Statement::prepareBind()
{
    // Binding starts a new execution; SQLite refuses binds on a statement that has been stepped.
    if (m_stepped)
        reset();
}

Statement &Statement::bindResult(int rc, int index)
{
    if (!m_stmt) {
        m_bindFailed = true;
        m_error = tr("This statement is no longer usable (it was moved from).");
        return *this;
    }
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_error = rc == SQLITE_RANGE
            ? tr("Statement parameter %1 does not exist (the statement has %2 parameters).")
                  .arg(index)
                  .arg(sqlite3_bind_parameter_count(m_stmt))
            : m_connection->fail(rc).message;
    }
    return *this;
}

Statement &Statement::bindInt64(int index, qint64 value)
{
    prepareBind();
    return bindResult(sqlite3_bind_int64(m_stmt, index, value), index);
}

Statement &Statement::bindDouble(int index, double value)
{
    prepareBind();
    return bindResult(sqlite3_bind_double(m_stmt, index, value), index);
}

Statement &Statement::bindText(int index, QStringView value)
{
    prepareBind();
    const QByteArray utf8 = value.toUtf8();
    return bindResult(sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                          static_cast<sqlite3_uint64>(utf8.size()),
                                          SQLITE_TRANSIENT, SQLITE_UTF8),
                      index);
}

Statement &Statement::bindBlob(int index, QByteArrayView value)
{
    prepareBind();
    // A null pointer would bind SQL NULL; an empty blob must stay a (zero-length) blob.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.data();
    return bindResult(sqlite3_bind_blob64(m_stmt, index, data,
                                          static_cast<sqlite3_uint64>(value.size()),
                                          SQLITE_TRANSIENT),
                      index);
}

Statement &Statement::bindNull(int index)
{
    prepareBind();
    return bindResult(sqlite3_bind_null(m_stmt, index), index);
}

Statement::Step Statement::step()
{
    m_hasRow = false;
    if (!m_stmt) {
        m_error = tr("This statement is no longer usable (it was moved from).");
        return Step::Error;
    }
    m_stepped = true;
    if (m_bindFailed)
        return Step::Error; // m_error says which bind; binding again starts afresh
    const int rc = m_connection->step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasRow = true;
        m_error.clear();
        return Step::Row;
    }
    if (rc == SQLITE_DONE) {
        m_error.clear();
        return Step::Done;
    }
    m_error = m_connection->fail(rc).message;
    sqlite3_reset(m_stmt); // release locks and the snapshot now, not when the caller resets
    return Step::Error;
}

Result<void> Statement::run()
{
    Step result = step();
    while (result == Step::Row)
        result = step();
    reset();
    if (result == Step::Error)
        return Error {m_error};
    return {};
}

void Statement::reset()
{
    m_hasRow = false;
    m_stepped = false;
    m_bindFailed = false;
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

int Statement::columnCount() const
{
    return m_hasRow ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::columnIsNull(int column) const
{
    return !m_hasRow || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_hasRow ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (!m_hasRow)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_hasRow)
        return {};
    // Pointer first, then size: asking for the size first could convert the value.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace medchain::storage
