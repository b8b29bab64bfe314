#include "crypto/Argon2id.h"

#include "crypto/Random.h"

#include <QStringEncoder>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <optional>

namespace medchain::crypto {

namespace {
static_assert(crypto_pwhash_argon2id_SALTBYTES == Argon2id::SaltSize);
static_assert(crypto_pwhash_argon2id_BYTES_MIN <= Argon2id::MinKeySize);
static_assert(crypto_pwhash_argon2id_OPSLIMIT_MIN <= Argon2id::MinOpsLimit);
static_assert(crypto_pwhash_argon2id_MEMLIMIT_MIN <= Argon2id::MinMemLimitBytes);
static_assert(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE == Argon2id::MinCalibratedOpsLimit);

constexpr quint64 kKiB = 1024;
constexpr quint64 kMiB = 1024 * kKiB;
constexpr quint64 kCalibrationMemFloorBytes = 8 * kMiB;

int pwhash(std::uint8_t *out, std::size_t outSize, const SecureBuffer &passphrase,
           const std::uint8_t *salt, const Argon2Params &params)
{
    // crypto_pwhash wants a valid pointer even for an empty passphrase.
    static const char empty = 0;
    const char *text
        = passphrase.isEmpty() ? &empty : reinterpret_cast<const char *>(passphrase.data());
    return crypto_pwhash(out, outSize, text, passphrase.size(), salt, params.opsLimit,
                         static_cast<std::size_t>(params.memLimitBytes),
                         crypto_pwhash_ALG_ARGON2ID13);
}

// The time of one derivation with throwaway inputs, or nullopt if the memory was not there.
std::optional<std::chrono::nanoseconds> timeDerivation(const Argon2Params &params)
{
    const SecureBuffer passphrase(16);
    const std::array<std::uint8_t, Argon2id::SaltSize> salt {};
    SecureBuffer out(Argon2id::DefaultKeySize);
    const auto start = std::chrono::steady_clock::now();
    if (pwhash(out.data(), out.size(), passphrase, salt.data(), params) != 0)
        return std::nullopt;
    return std::chrono::steady_clock::now() - start;
}
} // namespace

Result<void> Argon2id::validate(const Argon2Params &params)
{
    // Also bounded by what this platform's libsodium accepts (less than 4 GiB on 32-bit).
    const quint64 maxMemory
        = std::min<quint64>(MaxMemLimitBytes, crypto_pwhash_argon2id_MEMLIMIT_MAX);
    if (params.opsLimit < MinOpsLimit || params.opsLimit > MaxOpsLimit)
        return Error {tr("The passphrase settings ask for %1 Argon2id passes; only %2 to %3 are "
                         "accepted. The key file may be damaged.")
                          .arg(params.opsLimit)
                          .arg(MinOpsLimit)
                          .arg(MaxOpsLimit)};
    if (params.memLimitBytes < MinMemLimitBytes || params.memLimitBytes > maxMemory)
        return Error {tr("The passphrase settings ask for %1 KiB of Argon2id memory; only %2 KiB "
                         "to %3 MiB are accepted. The key file may be damaged.")
                          .arg(params.memLimitBytes / kKiB)
                          .arg(MinMemLimitBytes / kKiB)
                          .arg(maxMemory / kMiB)};
    return {};
}

Result<SecureBuffer> Argon2id::deriveKey(const SecureBuffer &passphraseUtf8, QByteArrayView salt,
                                         const Argon2Params &params, std::size_t keySize)
{
    if (const auto valid = validate(params); !valid)
        return Error {valid.error()};
    if (static_cast<std::size_t>(salt.size()) != SaltSize)
        return Error {
            tr("An Argon2id salt must be %1 bytes, not %2.").arg(SaltSize).arg(salt.size())};
    if (keySize < MinKeySize || keySize > MaxKeySize)
        return Error {tr("Argon2id can derive keys of %1 to %2 bytes, not %3.")
                          .arg(MinKeySize)
                          .arg(MaxKeySize)
                          .arg(keySize)};
    if (passphraseUtf8.size() > crypto_pwhash_argon2id_PASSWD_MAX)
        return Error {tr("The passphrase is too long.")};

    SecureBuffer key(keySize);
    if (pwhash(key.data(), key.size(), passphraseUtf8,
               reinterpret_cast<const std::uint8_t *>(salt.data()), params)
        != 0)
        return Error {tr("The key could not be derived from the passphrase: %1 MiB of memory "
                         "could not be allocated. Close other programs and try again.")
                          .arg((params.memLimitBytes + kMiB - 1) / kMiB)};
    return key;
}

Argon2Params Argon2id::paramsForNewKeys()
{
    return qEnvironmentVariable("MEDCHAIN_FAST_KDF") == QLatin1String("1")
        ? Argon2Params::fastInsecureForTests()
        : calibrate();
}

Argon2Params Argon2id::calibrate(std::chrono::milliseconds target)
{
    for (quint64 memory = CalibrationMemLimitBytes; memory >= kCalibrationMemFloorBytes;
         memory /= 2) {
        const auto onePass = timeDerivation({1, memory});
        if (!onePass)
            continue;
        const auto threePasses = timeDerivation({3, memory});
        if (!threePasses)
            continue;
        return {extrapolateOpsLimit(*onePass, *threePasses, target), memory};
    }
    // Not even the floor could be allocated; deriveKey() will report that in words.
    return {MinCalibratedOpsLimit, kCalibrationMemFloorBytes};
}

quint64 Argon2id::extrapolateOpsLimit(std::chrono::nanoseconds onePass,
                                      std::chrono::nanoseconds threePasses,
                                      std::chrono::milliseconds target)
{
    using Seconds = std::chrono::duration<double>;
    // t(ops) ≈ setup + ops * perPass; setup is allocation and first-touch page faults. A noisy
    // measurement that makes the slope useless falls back to the plain average.
    double perPass = (Seconds(threePasses) - Seconds(onePass)).count() / 2.0;
    if (perPass <= 0.0)
        perPass = std::max(Seconds(threePasses).count() / 3.0, 1e-9);
    const double setup = std::max(0.0, Seconds(onePass).count() - perPass);
    const double passes = (Seconds(target).count() - setup) / perPass;
    if (!(passes > double(MinCalibratedOpsLimit)))
        return MinCalibratedOpsLimit;
    if (passes >= double(MaxOpsLimit))
        return MaxOpsLimit;
    return std::clamp<quint64>(static_cast<quint64>(passes + 0.5), MinCalibratedOpsLimit,
                               MaxOpsLimit);
}

QByteArray Argon2id::generateSalt()
{
    return randomBytes(static_cast<qsizetype>(SaltSize));
}

SecureBuffer Argon2id::passphraseToUtf8(const QString &passphrase)
{
    // Normalising may copy the passphrase; that copy is wiped below. Encoding goes straight
    // into guarded memory, so no unguarded UTF-8 copy is ever made.
    QString normalised = passphrase.normalized(QString::NormalizationForm_C);
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBuffer scratch(static_cast<std::size_t>(encoder.requiredSpace(normalised.size())));
    char *begin = reinterpret_cast<char *>(scratch.data());
    const char *end = scratch.isEmpty() ? begin : encoder.appendToBuffer(begin, normalised);
    SecureBuffer utf8
        = SecureBuffer::copyOf(scratch.bytes().first(static_cast<std::size_t>(end - begin)));
    if (!normalised.isEmpty() && !normalised.isSharedWith(passphrase))
        secureWipe({reinterpret_cast<std::uint8_t *>(normalised.data()),
                    static_cast<std::size_t>(normalised.size()) * sizeof(QChar)});
    return utf8;
}

} // namespace medchain::crypto
