#include "crypto/SelfTest.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace medchain::crypto {

namespace {

constexpr Ed25519Vector kRfc8032Vectors[] = {
    {"RFC 8032 TEST 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
     "1cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"RFC 8032 TEST 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613"
     "d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"RFC 8032 TEST 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760"
     "984dc6594a7c15e9716ed28dc027beceea1ec40a"},
    {"RFC 8032 TEST SHA(abc)", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
     "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3"
     "feebbd454d4423643ce80e2a9ac94fa54ca49f",
     "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c664"
     "31e0303dca179c138ac17ad9bef1177331a704"},
};

constexpr Sha256Vector kSha256Vectors[] = {
    {"SHA-256 empty", "", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"SHA-256 \"abc\"", "abc", 1,
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"SHA-256 448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
};

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
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

} // namespace

std::span<const Ed25519Vector> rfc8032Vectors()
{
    return kRfc8032Vectors;
}

std::span<const Sha256Vector> sha256Vectors()
{
    return kSha256Vectors;
}

Result<void> SelfTest::checkEd25519(std::span<const Ed25519Vector> vectors)
{
    for (const Ed25519Vector &vector : vectors) {
        const QString name = QString::fromLatin1(vector.name);
        const QByteArray seedBytes = fromHex(vector.seedHex);
        const QByteArray message = fromHex(vector.messageHex);
        const QByteArray expectedSignature = fromHex(vector.signatureHex);

        const auto seed
            = SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t *>(seedBytes.data()),
                                    static_cast<std::size_t>(seedBytes.size())});
        auto key = Ed25519SigningKey::fromSeed(seed);
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

Result<void> SelfTest::runAll()
{
    if (auto sha = checkSha256(sha256Vectors()); !sha)
        return sha;
    return checkEd25519(rfc8032Vectors());
}

} // namespace medchain::crypto
