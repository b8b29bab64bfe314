#include "crypto/SelfTest.h"

#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "crypto/CertificateIssuer.h"
#include "crypto/Ed25519.h"
#include "crypto/Merkle.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <QDateTime>

#include <memory>

namespace medchain::crypto {

namespace {

// The key the X.509 self-test certifies beneath the vector's authority: any fixed 32 bytes.
constexpr char kLeafSeed[] = "MedChain self-test leaf key 0001";
static_assert(sizeof(kLeafSeed) - 1 == Ed25519SigningKey::SeedSize);

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

SecureBuffer secureFrom(const QByteArray &bytes)
{
    return SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())});
}

std::span<const std::uint8_t> bytesOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

const unsigned char *ucharData(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

/// "<primitive> self-test <vector> failed: <why>"; primitive names are not translated.
Error failed(const char *primitive, const char *vectorName, const QString &why)
{
    return Error {SelfTest::tr("%1 self-test %2 failed: %3")
                      .arg(QLatin1String(primitive), QString::fromLatin1(vectorName), why)};
}

bool opensslEd25519Verify(const QByteArray &publicKey, const QByteArray &message,
                          const QByteArray &signature)
{
    using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
    using CtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
    PKeyPtr key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.data()),
                                    static_cast<size_t>(publicKey.size())),
        &EVP_PKEY_free);
    CtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.data()),
                            static_cast<size_t>(message.size()))
        == 1;
}

/// X25519(secret, point) by libsodium's Montgomery ladder, the step inside every sealed box.
Result<SecureBuffer> sharedSecret(const SecureBuffer &secret, const X25519PublicKey &point)
{
    SecureBuffer shared(crypto_scalarmult_BYTES);
    if (secret.size() != crypto_scalarmult_SCALARBYTES
        || crypto_scalarmult(shared.data(), secret.data(), point.bytes.data()) != 0)
        return Error {SelfTest::tr("no shared secret could be computed.")};
    return shared;
}

/// Issues a practitioner certificate for a fixed key beneath authority: it must verify (which
/// checks authority's self-signature too) and be issued by authority, and a copy with one
/// flipped signature bit must not. Each OpenSSL signature check costs about 0.2 ms, so there are
/// just enough of them to cover both ways OpenSSL verifies.
Result<void> issueBeneath(const Certificate &authority, const Ed25519SigningKey &authorityKey)
{
    const auto leafKey = Ed25519SigningKey::fromSeed(secureFrom(QByteArray(kLeafSeed)));
    if (!leafKey)
        return Error {leafKey.error()};
    CertificateRequest request;
    request.commonName = QStringLiteral("MedChain self-test");
    request.role = CertificateRole::Practitioner;
    request.regionCode = authority.regionCode();
    request.subjectKey = leafKey->publicKey();
    request.notBefore = authority.notBefore();
    request.notAfter = authority.notBefore().addYears(1);
    const auto leaf = CertificateIssuer::issueCertificate(request, authority, authorityKey);
    if (!leaf)
        return Error {leaf.error()};
    // A fixed time inside both validity periods: no clock is read.
    const QDateTime at = authority.notBefore().addDays(1);
    if (auto verified = CertificateChain::verify({leaf.value()}, authority, at); !verified)
        return verified;
    if (auto issued = leaf->isIssuedBy(authority); !issued)
        return issued;

    QByteArray der = leaf->der();
    der.back() = char(der.back() ^ 0x01); // the signature is the last field
    const auto forged = Certificate::fromDer(der);
    if (!forged || forged->isIssuedBy(authority).ok())
        return Error {SelfTest::tr("a certificate with an altered signature was accepted.")};
    return {};
}

} // namespace

Result<void> SelfTest::checkEd25519(std::span<const Ed25519Vector> vectors)
{
    for (const Ed25519Vector &vector : vectors) {
        const QString name = QString::fromLatin1(vector.name);
        const QByteArray message = fromHex(vector.messageHex);
        const QByteArray expectedSignature = fromHex(vector.signatureHex);

        auto key = Ed25519SigningKey::fromSeed(secureFrom(fromHex(vector.seedHex)));
        if (!key)
            return Error {tr("Ed25519 self-test %1 failed: %2").arg(name, key.error())};
        if (key->publicKey().toByteArray() != fromHex(vector.publicKeyHex))
            return Error {tr("Ed25519 self-test %1 failed: wrong public key.").arg(name)};

        const Ed25519Signature signature = key->sign(message);
        if (signature.toByteArray() != expectedSignature)
            return Error {tr("Ed25519 self-test %1 failed: wrong signature.").arg(name)};
        if (!ed25519Verify(key->publicKey(), message, signature))
            return Error {
                tr("Ed25519 self-test %1 failed: a valid signature was refused.").arg(name)};
        if (!opensslEd25519Verify(key->publicKey().toByteArray(), message, expectedSignature))
            return Error {
                tr("Ed25519 self-test %1 failed: OpenSSL refused a valid signature.").arg(name)};

        Ed25519Signature corrupted = signature;
        corrupted.bytes[0] ^= 0x01;
        if (ed25519Verify(key->publicKey(), message, corrupted))
            return Error {
                tr("Ed25519 self-test %1 failed: a corrupted signature was accepted.").arg(name)};
    }
    return {};
}

Result<void> SelfTest::checkSha256(std::span<const Sha256Vector> vectors)
{
    for (const Sha256Vector &vector : vectors) {
        const QByteArray chunk(vector.message);
        Sha256 hasher;
        for (int i = 0; i < vector.repeat; ++i)
            hasher.add(chunk);
        const Sha256Digest incremental = hasher.finish();
        const QByteArray expected(vector.digestHex);
        if (incremental.toHex() != expected
            || (vector.repeat == 1 && sha256(chunk).toHex() != expected))
            return Error {tr("SHA-256 self-test %1 failed: wrong digest.")
                              .arg(QString::fromLatin1(vector.name))};
    }
    return {};
}

Result<void> SelfTest::checkHmacSha256(std::span<const HmacSha256Vector> vectors)
{
    for (const HmacSha256Vector &vector : vectors) {
        const SecureBuffer key = secureFrom(fromHex(vector.keyHex).repeated(vector.keyRepeat));
        const QByteArray data = QByteArray(vector.data).repeated(vector.dataRepeat);
        if (hmacSha256(key, data).toHex() != QByteArray(vector.macHex))
            return failed("HMAC-SHA-256", vector.name, tr("wrong MAC."));
    }
    return {};
}

Result<void> SelfTest::checkXChaCha20Poly1305(std::span<const AeadVector> vectors)
{
    for (const AeadVector &vector : vectors) {
        const SecureBuffer key = secureFrom(fromHex(vector.keyHex));
        const QByteArray nonce = fromHex(vector.nonceHex);
        const QByteArray associatedData = fromHex(vector.associatedDataHex);
        const QByteArray plaintext(vector.plaintext);
        const QByteArray expected = fromHex(vector.ciphertextHex) + fromHex(vector.tagHex);
        if (key.size() != Aead::KeySize || std::size_t(nonce.size()) != Aead::NonceSize)
            return failed("XChaCha20-Poly1305", vector.name, tr("the vector is malformed."));

        QByteArray computed(plaintext.size() + qsizetype(Aead::TagSize), Qt::Uninitialized);
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(computed.data()), nullptr, ucharData(plaintext),
            std::size_t(plaintext.size()), ucharData(associatedData),
            std::size_t(associatedData.size()), nullptr, ucharData(nonce), key.data());
        if (computed != expected)
            return failed("XChaCha20-Poly1305", vector.name, tr("wrong ciphertext."));

        const QByteArray sealed = nonce + expected;
        const auto opened = Aead::decrypt(key, sealed, associatedData);
        if (!opened || opened.value() != plaintext)
            return failed("XChaCha20-Poly1305", vector.name,
                          tr("a valid ciphertext was refused or decrypted wrongly."));
        QByteArray altered = sealed;
        altered.back() = char(altered.back() ^ 0x01);
        if (Aead::decrypt(key, altered, associatedData).ok())
            return failed("XChaCha20-Poly1305", vector.name,
                          tr("an altered ciphertext was accepted."));
    }
    return {};
}

Result<void> SelfTest::checkX25519(std::span<const X25519Vector> vectors)
{
    for (const X25519Vector &vector : vectors) {
        const SecureBuffer aliceSecret = secureFrom(fromHex(vector.aliceSecretHex));
        const SecureBuffer bobSecret = secureFrom(fromHex(vector.bobSecretHex));
        auto alice = X25519SecretKey::fromSecret(aliceSecret);
        auto bob = X25519SecretKey::fromSecret(bobSecret);
        if (!alice || !bob)
            return failed("X25519", vector.name, alice ? bob.error() : alice.error());
        if (alice->publicKey().toByteArray() != fromHex(vector.alicePublicHex)
            || bob->publicKey().toByteArray() != fromHex(vector.bobPublicHex))
            return failed("X25519", vector.name, tr("wrong public key."));

        const SecureBuffer expected = secureFrom(fromHex(vector.sharedSecretHex));
        const auto aliceShared = sharedSecret(aliceSecret, bob->publicKey());
        const auto bobShared = sharedSecret(bobSecret, alice->publicKey());
        if (!aliceShared || !bobShared || !aliceShared->equals(expected)
            || !bobShared->equals(expected))
            return failed("X25519", vector.name, tr("wrong shared secret."));

        const QByteArray message = QByteArrayLiteral("MedChain self-test content key");
        const QByteArray sealed = sealTo(alice->publicKey(), bytesOf(message));
        const auto opened = alice->open(sealed);
        if (!opened || !opened->equals(secureFrom(message)))
            return failed("X25519", vector.name,
                          tr("a sealed box did not open for its recipient."));
        if (bob->open(sealed).ok())
            return failed("X25519", vector.name, tr("a sealed box opened for the wrong key."));
        QByteArray altered = sealed;
        altered.back() = char(altered.back() ^ 0x01);
        if (alice->open(altered).ok())
            return failed("X25519", vector.name, tr("an altered sealed box was accepted."));
    }
    return {};
}

Result<void> SelfTest::checkArgon2id(std::span<const Argon2idVector> vectors)
{
    for (const Argon2idVector &vector : vectors) {
        const QByteArray expected = fromHex(vector.outputHex);
        const auto key = Argon2id::deriveKey(
            secureFrom(fromHex(vector.passwordHex)), fromHex(vector.saltHex),
            {vector.opsLimit, vector.memLimitBytes}, std::size_t(expected.size()));
        if (!key)
            return failed("Argon2id", vector.name, key.error());
        if (!key->equals(secureFrom(expected)))
            return failed("Argon2id", vector.name, tr("wrong key."));
    }
    return {};
}

Result<void> SelfTest::checkMerkle(std::span<const char *const> leafHex,
                                   std::span<const MerkleRootVector> roots)
{
    QList<Sha256Digest> leaves;
    for (const char *hex : leafHex)
        leaves.append(merkleLeafHash(fromHex(hex)));
    const Sha256Digest stranger = merkleLeafHash("not in any tree");
    for (const MerkleRootVector &vector : roots) {
        if (vector.leafCount < 0 || vector.leafCount > leaves.size())
            return failed("Merkle", vector.name, tr("the vector is malformed."));
        const QList<Sha256Digest> tree = leaves.first(vector.leafCount);
        const Sha256Digest root = merkleRoot(tree);
        if (root.toHex() != QByteArray(vector.rootHex))
            return failed("Merkle", vector.name, tr("wrong root."));
        for (qsizetype i = 0; i < tree.size(); ++i) {
            const auto proof = merkleProof(tree, quint64(i));
            if (!proof || !verifyMerkleProof(tree[i], proof.value(), root))
                return failed("Merkle", vector.name, tr("a valid inclusion proof was refused."));
            if (verifyMerkleProof(stranger, proof.value(), root))
                return failed("Merkle", vector.name, tr("a forged inclusion proof was accepted."));
        }
    }
    return {};
}

Result<void> SelfTest::checkCertificates(std::span<const CertificateVector> vectors)
{
    for (const CertificateVector &vector : vectors) {
        const auto authority = Certificate::fromPem(vector.pem);
        if (!authority)
            return failed("X.509", vector.name, authority.error());
        if (authority->fingerprint().toHex() != QByteArray(vector.sha256Hex))
            return failed("X.509", vector.name, tr("wrong fingerprint."));
        if (authority->subjectName() != QString::fromUtf8(vector.subjectName)
            || authority->serialHex() != QLatin1String(vector.serialHex)
            || authority->notBefore()
                != QDateTime::fromString(QLatin1String(vector.notBefore), Qt::ISODate)
            || authority->notAfter()
                != QDateTime::fromString(QLatin1String(vector.notAfter), Qt::ISODate)
            || authority->publicKey().toByteArray() != fromHex(vector.publicKeyHex))
            return failed("X.509", vector.name, tr("its fields were read wrongly."));
        const auto authorityKey = Ed25519SigningKey::fromSeed(secureFrom(fromHex(vector.seedHex)));
        if (!authorityKey || authorityKey->publicKey() != authority->publicKey())
            return failed("X.509", vector.name, tr("its key does not match the certificate."));

        if (auto issued = issueBeneath(authority.value(), authorityKey.value()); !issued)
            return failed("X.509", vector.name, issued.error());
    }
    return {};
}

Result<void> SelfTest::runAll()
{
    // SHA-256 first: HMAC, Merkle trees and certificate fingerprints are built on it.
    if (auto result = checkSha256(sha256Vectors()); !result)
        return result;
    if (auto result = checkHmacSha256(rfc4231Vectors()); !result)
        return result;
    if (auto result = checkEd25519(rfc8032Vectors()); !result)
        return result;
    if (auto result = checkX25519(rfc7748Vectors()); !result)
        return result;
    if (auto result = checkXChaCha20Poly1305(xchacha20Poly1305Vectors()); !result)
        return result;
    if (auto result = checkArgon2id(argon2idVectors()); !result)
        return result;
    if (auto result = checkMerkle(ctMerkleLeafHex(), ctMerkleRootVectors()); !result)
        return result;
    return checkCertificates(certificateVectors());
}

} // namespace medchain::crypto
