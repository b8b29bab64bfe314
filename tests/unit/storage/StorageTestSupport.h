// Helpers shared by the storage tests: deterministic test keys, file digests and byte access.
// Tests use TRY_VALUE (tests/support/TryValue.h) to unwrap Results.
#pragma once

#include "TryValue.h"

#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <cstdint>

namespace storagetest {

/// A fixed 32-byte key per seed; different seeds give different keys. Tests only.
inline medchain::crypto::SecureBuffer testKey(std::uint8_t seed)
{
    medchain::crypto::SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<std::uint8_t>(seed * 37u + i * 11u + 5u);
    return key;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/// SHA-256 of the file's contents in hex, or "absent" when there is no such file.
inline QByteArray fileDigest(const QString &path)
{
    if (!QFile::exists(path))
        return QByteArrayLiteral("absent");
    return medchain::crypto::sha256(readBytes(path)).toHex();
}

} // namespace storagetest
