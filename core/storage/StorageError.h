// The messages a user sees when the encrypted replica cannot be used, one per kind of failure.
// Damage and tampering share one message: SQLCipher cannot tell them apart, and neither can we.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::storage {

class StorageError {
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    /// The message for an SQLite result code (primary or extended) from an operation on path;
    /// detail is SQLite's own English text, shown only where it helps (constraint names).
    static Error fromSqlite(int code, const QString &path, const QString &detail);
    /// A page of path failed its integrity check: damaged or deliberately altered.
    static Error tampered(const QString &path);
};

} // namespace medchain::storage
