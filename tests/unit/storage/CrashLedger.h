// The ledger shared by TestCrashSafety and its crash_writer: schema, accounts and block hashes.
// Every block records one transfer, so balances can be recomputed from the blocks alone.
#pragma once

#include "crypto/Sha256.h"
#include "storage/Schema.h"

#include <QByteArray>

namespace crashledger {

constexpr int kAccounts = 10;
constexpr qint64 kInitialBalance = 1000000;

inline const medchain::storage::Migration kSchema {
    1,
    "CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0));"
    "CREATE TABLE block(height INTEGER PRIMARY KEY, hash BLOB NOT NULL, from_account INTEGER "
    "NOT NULL REFERENCES account(id), to_account INTEGER NOT NULL REFERENCES account(id), "
    "amount INTEGER NOT NULL, payload BLOB NOT NULL);"};

/// Chains each block to its predecessor, so a block that survives without the one before it,
/// or with altered fields, is caught.
inline QByteArray blockHash(const QByteArray &previous, qint64 height, qint64 from, qint64 to,
                            qint64 amount, const QByteArray &payload)
{
    medchain::crypto::Sha256 hasher;
    const QByteArray fields = QByteArray::number(height) + ':' + QByteArray::number(from) + ':'
        + QByteArray::number(to) + ':' + QByteArray::number(amount) + ':';
    hasher.add(previous);
    hasher.add(fields);
    hasher.add(payload);
    return hasher.finish().toByteArray();
}

} // namespace crashledger
