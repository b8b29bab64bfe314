// The file a patient's device writes for the registration desk: the public keys made on the
// patient's side, signed by them, so the desk registers keys whose owner holds the private part.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"
#include "identity/Enrollment.h"

#include <QByteArray>
#include <QCoreApplication>

namespace medchain::identity {

/// Canonical CBOR map (RFC 8949 §4.2.1), every field required, nothing else allowed:
///
///     { 0: 1,              format version
///       1: h'32 bytes',    identity (Ed25519 public key)
///       2: h'32 bytes',    X25519 encryption public key
///       3: int,            created, ms since the Unix epoch
///       4: h'64 bytes' }   Ed25519 signature by the identity key over
///                          "medchain/registration-request/v1" || the encoding of fields 0–3
///
/// It holds no name and no national ID: the desk reads those from the patient's documents.
struct RegistrationRequest {
    Q_DECLARE_TR_FUNCTIONS(RegistrationRequest)
public:
    static constexpr quint64 Version = 1;
    static constexpr char SignatureTag[] = "medchain/registration-request/v1";
    static constexpr qsizetype MaxSize = 512;

    chain::IdentityId identity;
    crypto::X25519PublicKey encryptionKey;
    qint64 created = 0;
    crypto::Ed25519Signature signature;

    /// A request for keys, signed now by their signing key.
    static QByteArray create(const IdentityKeys &keys, qint64 created);
    /// Parses and checks the signature; refuses anything non-canonical, oversized or unknown.
    static Result<RegistrationRequest> decode(QByteArrayView bytes);
    /// The file's bytes, at most MaxSize of them (a larger file is refused unread): "io" when
    /// it cannot be read, "damaged" when it is too large.
    static Result<QByteArray> readFile(const QString &path);
    /// A patient makes their identity on their own device: fresh keys, their keystore at
    /// keystorePath (role patient, never over a file) and the request at requestPath for the
    /// desk. If the request cannot be written the keystore is removed again. Derives the
    /// keystore's key (about a second): off the GUI thread.
    static Result<chain::IdentityId> createIdentity(const QString &keystorePath,
                                                    const QString &requestPath,
                                                    const crypto::SecureBuffer &passphraseUtf8,
                                                    const crypto::Argon2Params &params,
                                                    const QString &chainId, qint64 created);
    QByteArray encode() const;
    /// What the signature covers.
    QByteArray signedBytes() const;
};

} // namespace medchain::identity
