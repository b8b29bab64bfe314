// Encrypting a record for exactly its readers and opening it as one of them (DESIGN.md §4):
// a fresh content key per record, sealed to each reader; the summary sealed to the regulator.
#pragma once

#include "chain/FieldCodec.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <QCoreApplication>

#include <optional>

namespace medchain::records {

struct Reader {
    chain::IdentityId identity;
    crypto::X25519PublicKey encryptionKey;
};

/// The header fields bound to a record's ciphertext as associated data, so a ciphertext cannot
/// be replayed under another patient, author, category or time (or as another record's
/// amendment).
struct RecordHeader {
    QString chainId;
    chain::IdentityId patient;
    chain::IdentityId author;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    qint64 encounterTime = 0;
    std::optional<chain::Hash> amends; // the record an amendment replaces

    QByteArray associatedData() const;
};

struct SealedRecord {
    QByteArray ciphertext;
    QList<chain::KeyEnvelope> envelopes; // sorted by recipient
    QByteArray supervision;
};

class RecordCrypto {
    Q_DECLARE_TR_FUNCTIONS(RecordCrypto)
public:
    /// Encrypts content under a fresh key sealed to each reader (no repeats), and the summary
    /// to the regulator.
    static SealedRecord seal(const QByteArray &content, const RecordHeader &header,
                             const QList<Reader> &readers, const QByteArray &summary,
                             const crypto::X25519PublicKey &regulator);
    /// The content key from a sealed envelope addressed to `mine`.
    static Result<crypto::SecureBuffer> openKey(const QByteArray &sealedKey,
                                                const crypto::X25519SecretKey &mine);
    /// The plaintext, given the content key.
    static Result<QByteArray> open(const QByteArray &ciphertext, const RecordHeader &header,
                                   const crypto::SecureBuffer &contentKey);
    /// The content key re-sealed to another reader (for grants and custody shares).
    static Result<QByteArray> reseal(const QByteArray &sealedKey,
                                     const crypto::X25519SecretKey &mine,
                                     const crypto::X25519PublicKey &to);
};

} // namespace medchain::records
