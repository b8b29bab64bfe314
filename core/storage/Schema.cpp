#include "storage/Schema.h"

#include "storage/Database.h"

#include <QDir>

#include <utility>

namespace medchain::storage {

Schema::Schema(QList<Migration> migrations) : m_migrations(std::move(migrations)) { }

Result<int> Schema::version(Database &db)
{
    auto statement = db.prepare("PRAGMA user_version;");
    if (!statement)
        return Error {statement.error()};
    if (statement->step() != Statement::Step::Row)
        return Error {statement->errorMessage()};
    return static_cast<int>(statement->columnInt64(0));
}

Result<void> Schema::validate() const
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != i + 1)
            return Error {tr("The schema migrations are out of order: entry %1 produces version "
                             "%2 instead of %3.")
                              .arg(i)
                              .arg(m_migrations[i].version)
                              .arg(i + 1)};
    }
    return {};
}

Error Schema::newerError(const Database &db, int found) const
{
    return Error {tr("The replica %1 was made by a newer MedChain (schema version %2; this "
                     "version understands up to %3). Upgrade MedChain to open it.")
                      .arg(QDir::toNativeSeparators(db.path()))
                      .arg(found)
                      .arg(latestVersion())};
}

Result<void> Schema::migrate(Database &writer) const
{
    if (auto valid = validate(); !valid)
        return valid;
    if (writer.mode() == OpenMode::ReadOnly)
        return Error {tr("The replica %1 can only be upgraded through its writer connection.")
                          .arg(QDir::toNativeSeparators(writer.path()))};
    // Read before taking the write lock, so a newer file is refused without any write.
    auto current = version(writer);
    if (!current)
        return Error {current.error()};
    if (current.value() > latestVersion())
        return newerError(writer, current.value());

    while (true) {
        auto transaction = writer.begin();
        if (!transaction)
            return Error {transaction.error()};
        // Read again under the lock: the version is what this transaction builds on.
        current = version(writer);
        if (!current)
            return Error {current.error()};
        const int from = current.value();
        if (from > latestVersion())
            return newerError(writer, from);
        if (from == latestVersion())
            return {}; // the transaction rolls back: nothing was written
        const Migration &next = m_migrations[from];
        if (auto applied = writer.exec(next.sql); !applied)
            return Error {tr("Upgrading the replica %1 to schema version %2 failed: %3")
                              .arg(QDir::toNativeSeparators(writer.path()))
                              .arg(next.version)
                              .arg(applied.error())};
        // PRAGMA takes no parameters; the version is an integer we produced.
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(next.version);
        if (auto stamped = writer.exec(setVersion); !stamped)
            return stamped;
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
}

Result<void> Schema::check(Database &db) const
{
    auto current = version(db);
    if (!current)
        return Error {current.error()};
    if (current.value() > latestVersion())
        return newerError(db, current.value());
    if (current.value() < latestVersion())
        return Error {tr("The replica %1 has schema version %2 but this MedChain needs %3; it is "
                         "upgraded when the node opens it for writing.")
                          .arg(QDir::toNativeSeparators(db.path()))
                          .arg(current.value())
                          .arg(latestVersion())};
    return {};
}

} // namespace medchain::storage
