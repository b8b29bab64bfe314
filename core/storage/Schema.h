// Explicit schema versions for a replica: PRAGMA user_version plus the caller's migrations.
// Each migration runs in its own transaction; a file newer than the code knows is never touched.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace medchain::storage {

class Database;

struct Migration {
    int version = 0; // the version this migration produces: 1 for the first, then 2, 3...
    QByteArray sql; // one or more statements (UTF-8); no BEGIN/COMMIT, no user_version
};

/// The list is the whole history: migration N takes a file from version N-1 to N, and the
/// last one defines latestVersion(). Never edit a shipped migration; append a new one.
/// PRAGMA foreign_keys cannot change inside a transaction, so a migration that rebuilds a
/// table keeps the foreign keys valid itself.
class Schema {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    explicit Schema(QList<Migration> migrations);

    int latestVersion() const { return static_cast<int>(m_migrations.size()); }

    /// The version stored in the file (0 for a new file).
    static Result<int> version(Database &db);
    /// Brings the writer's file to latestVersion(), one transaction per step; a step that fails
    /// leaves the file at the version before it. Refuses (and changes nothing in) a file whose
    /// version is newer than latestVersion().
    Result<void> migrate(Database &writer) const;
    /// For read-only connections: the file must be at exactly latestVersion().
    Result<void> check(Database &db) const;

private:
    Result<void> validate() const;
    Error newerError(const Database &db, int found) const;

    QList<Migration> m_migrations;
};

} // namespace medchain::storage
