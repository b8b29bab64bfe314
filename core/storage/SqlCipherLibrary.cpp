#include "storage/SqlCipherLibrary.h"

#include <sqlite3.h>

namespace medchain::storage {

QString sqlcipherVersion()
{
    // The cipher version is only reported through a connection; an unkeyed in-memory one
    // touches no file.
    QString cipher;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            cipher = QString::fromLatin1(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);

    const QString sqlite = QString::fromLatin1(sqlite3_libversion());
    if (cipher.isEmpty())
        return QStringLiteral("? (SQLite %1)").arg(sqlite);
    return QStringLiteral("%1 (SQLite %2)").arg(cipher, sqlite);
}

} // namespace medchain::storage
