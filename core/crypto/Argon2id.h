// Argon2id (libsodium crypto_pwhash, Argon2 v1.3, one lane) turns a passphrase into a keystore key.
// Deriving is deliberately slow (about half a second): call it from a worker, never the GUI thread.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <compare>
#include <cstddef>

namespace medchain::crypto {

/// The cost of one derivation. Stored next to the salt in keystore files, so it is checked
/// against Argon2id's bounds before every use.
struct Argon2Params {
    quint64 opsLimit = 0; // passes over memory
    quint64 memLimitBytes = 0;

    /// Tiny and therefore insecure: only for unit tests that need a derivation to be quick.
    static Argon2Params fastInsecureForTests() { return {1, 8 * 1024}; }
    auto operator<=>(const Argon2Params &) const = default;
};

class Argon2id {
    Q_DECLARE_TR_FUNCTIONS(Argon2id)
public:
    static constexpr std::size_t SaltSize = 16;
    static constexpr std::size_t DefaultKeySize = 32;
    static constexpr std::size_t MinKeySize = 16;
    static constexpr std::size_t MaxKeySize = 1024;
    static constexpr quint64 MinOpsLimit = 1;
    /// A file asking for more is damaged or hostile (it would keep the unlock busy for minutes).
    static constexpr quint64 MaxOpsLimit = 1024;
    static constexpr quint64 MinMemLimitBytes = 8 * 1024;
    static constexpr quint64 MaxMemLimitBytes = quint64(4) * 1024 * 1024 * 1024;
    /// What calibrate() tries first; it halves this down to 8 MiB while allocation fails.
    static constexpr quint64 CalibrationMemLimitBytes = quint64(64) * 1024 * 1024;
    /// calibrate() never goes below libsodium's "interactive" pass count.
    static constexpr quint64 MinCalibratedOpsLimit = 2;
    /// The product's unlock time.
    static constexpr std::chrono::milliseconds DefaultTarget {500};

    /// Ok when params are within the bounds above; otherwise says which one is off.
    static Result<void> validate(const Argon2Params &params);

    /// keySize bytes derived from the passphrase (UTF-8) and a SaltSize-byte salt.
    static Result<SecureBuffer> deriveKey(const SecureBuffer &passphraseUtf8, QByteArrayView salt,
                                          const Argon2Params &params,
                                          std::size_t keySize = DefaultKeySize);

    /// Params for which one derivation on this machine takes about target: a fixed memory
    /// size, and a pass count extrapolated from timing 1 and 3 passes (costs about 4 passes).
    static Argon2Params calibrate(std::chrono::milliseconds target = DefaultTarget);
    /// The settings for a new keystore or replica key: calibrate(), or the minimum when the
    /// environment sets MEDCHAIN_FAST_KDF=1 — for test suites only, such keys are cheap to guess.
    static Argon2Params paramsForNewKeys();
    /// calibrate()'s arithmetic: the pass count whose time fits target, given the time of one
    /// and of three passes, clamped to [MinCalibratedOpsLimit, MaxOpsLimit].
    static quint64 extrapolateOpsLimit(std::chrono::nanoseconds onePass,
                                       std::chrono::nanoseconds threePasses,
                                       std::chrono::milliseconds target);

    /// A fresh random salt for a new keystore.
    static QByteArray generateSalt();

    /// The passphrase as NFC-normalised UTF-8 in guarded memory, so the same typed passphrase
    /// gives the same key on every platform. The caller still clears its own QString.
    static SecureBuffer passphraseToUtf8(const QString &passphrase);
};

} // namespace medchain::crypto
