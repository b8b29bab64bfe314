#include "demo/DemoKeys.h"

#include "crypto/KeyDerivation.h"
#include "crypto/Sha256.h"

#include <QtEndian>

#include <cstring>

namespace medchain::demo {

namespace {
constexpr char kContext[] = "mcdemo01";
constexpr int kSigning = 0;
constexpr int kEncryption = 1;
} // namespace

DemoKeys::DemoKeys(quint64 seed) : m_master(crypto::KeyDerivation::MasterKeySize)
{
    QByteArray material = QByteArrayLiteral("medchain/demo-keys/v1");
    quint64 le = qToLittleEndian(seed);
    material.append(reinterpret_cast<const char *>(&le), sizeof le);
    const crypto::Sha256Digest digest = crypto::sha256(material);
    std::memcpy(m_master.data(), digest.bytes.data(), m_master.size());
}

crypto::SecureBuffer DemoKeys::subkey(Kind kind, int index, int purpose) const
{
    // Kind in the top byte, the index above one bit of purpose: ids never collide.
    const quint64 id = (quint64(kind) << 56) | (quint64(quint32(index)) << 1) | quint64(purpose);
    return crypto::KeyDerivation::derive(m_master, QByteArrayView(kContext, 8), id).value();
}

identity::IdentityKeys DemoKeys::keys(Kind kind, int index) const
{
    return {crypto::Ed25519SigningKey::fromSeed(subkey(kind, index, kSigning)).value(),
            crypto::X25519SecretKey::fromSecret(subkey(kind, index, kEncryption)).value()};
}

crypto::Ed25519SigningKey DemoKeys::validatorKey() const
{
    return crypto::Ed25519SigningKey::fromSeed(subkey(Kind::Validator, 0, kSigning)).value();
}

identity::IdentityKeys DemoKeys::nodeKeys(int number) const
{
    if (number == 1)
        return {validatorKey(), keys(Kind::Validator, 1).encryption};
    return keys(Kind::Node, number);
}

crypto::SecureBuffer DemoKeys::registrationKey() const
{
    return subkey(Kind::RegistrationKey, 0, kSigning);
}

} // namespace medchain::demo
