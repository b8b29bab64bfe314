#include "storage/StorageError.h"

#include <QDir>

#include <sqlite3.h>

namespace medchain::storage {

Error StorageError::fromSqlite(int code, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return tampered(path);
    case SQLITE_FULL:
        return Error {
            tr("The disk holding the replica %1 is full. Free some space, then try again.")
                .arg(file)};
    case SQLITE_IOERR:
        return Error {tr("MedChain could not read or write the replica %1 (%2). Check that the "
                         "disk is working and that the file is accessible.")
                          .arg(file, detail)};
    case SQLITE_CANTOPEN:
        return Error {tr("MedChain could not open the replica %1 (%2). Check that its folder "
                         "exists and that you may read and write it.")
                          .arg(file, detail)};
    case SQLITE_READONLY:
        return Error {tr("The replica %1 cannot be changed through this connection (%2). It is "
                         "open read-only, or the file's permissions forbid writing.")
                          .arg(file, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error {tr("The replica %1 is busy: another connection holds a lock on it. Try "
                         "again in a moment.")
                          .arg(file)};
    case SQLITE_NOMEM:
        return Error {tr("MedChain ran out of memory while using the replica %1.").arg(file)};
    case SQLITE_CONSTRAINT:
        return Error {tr("A change to the replica %1 was refused because it would break a rule "
                         "of the database (%2).")
                          .arg(file, detail)};
    default:
        return Error {tr("A database operation on the replica %1 failed (%2).").arg(file, detail)};
    }
}

Error StorageError::tampered(const QString &path)
{
    return Error {tr("The replica file %1 is damaged or has been tampered with: part of it fails "
                     "its integrity check, so MedChain will not read from it. Restore the file "
                     "from a backup or resynchronise the replica from the network.")
                      .arg(QDir::toNativeSeparators(path))};
}

} // namespace medchain::storage
