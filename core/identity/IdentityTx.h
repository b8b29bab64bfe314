// Bodies of the identity transactions: enrolling institutions, practitioners, nodes,
// registering patients, revoking any of them and setting the validator set.
#pragma once

#include "chain/ChainTypes.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace medchain::identity {

using chain::IdentityId;

/// Sent by the authority. The certificate is issued by the root and binds identity.
struct EnrollInstitution {
    static constexpr chain::TxType Type = chain::TxType::EnrollInstitution;
    IdentityId identity;
    crypto::X25519PublicKey encryptionKey;
    chain::InstitutionKind kind = chain::InstitutionKind::Hospital;
    QString name;
    QString regionCode; // six-digit administrative division code (GB/T 2260), e.g. "340104"
    QByteArray certificate;

    void encode(codec::CborWriter &writer) const;
    static EnrollInstitution decode(codec::CborReader &reader);
    bool operator==(const EnrollInstitution &) const = default;
};

/// Sent by an institution for one of its clinicians; the certificate is issued by its own.
struct EnrollPractitioner {
    static constexpr chain::TxType Type = chain::TxType::EnrollPractitioner;
    IdentityId identity;
    crypto::X25519PublicKey encryptionKey;
    QString name;
    QString licenceNumber;
    QString specialty;
    QByteArray certificate;

    void encode(codec::CborWriter &writer) const;
    static EnrollPractitioner decode(codec::CborReader &reader);
    bool operator==(const EnrollPractitioner &) const = default;
};

/// Sent by an institution's registration desk after a real-name ID check. The chain never
/// holds the national ID: only a keyed hash of it (HMAC-SHA-256 under the network's
/// registration key, which institutions hold off chain), so one person registers once.
struct RegisterPatient {
    static constexpr chain::TxType Type = chain::TxType::RegisterPatient;
    IdentityId identity;
    crypto::X25519PublicKey encryptionKey;
    chain::Hash nationalIdHash;
    QString regionCode;
    QByteArray certificate;

    void encode(codec::CborWriter &writer) const;
    static RegisterPatient decode(codec::CborReader &reader);
    bool operator==(const RegisterPatient &) const = default;
};

/// Sent by an institution for a server it runs (a peer, possibly a validator).
struct EnrollNode {
    static constexpr chain::TxType Type = chain::TxType::EnrollNode;
    IdentityId identity;
    QString name;
    QByteArray certificate;

    void encode(codec::CborWriter &writer) const;
    static EnrollNode decode(codec::CborReader &reader);
    bool operator==(const EnrollNode &) const = default;
};

/// Sent by the authority (anyone), by the institution that enrolled the identity, or by the
/// identity itself (a lost device). A revoked identity can do nothing afterwards.
struct RevokeIdentity {
    static constexpr chain::TxType Type = chain::TxType::RevokeIdentity;
    IdentityId identity;
    QString reason;

    void encode(codec::CborWriter &writer) const;
    static RevokeIdentity decode(codec::CborReader &reader);
    bool operator==(const RevokeIdentity &) const = default;
};

struct Validator {
    IdentityId node;
    quint64 power = 1;
    bool operator==(const Validator &) const = default;
};

/// Sent by the authority: the complete validator set from the next block on.
struct SetValidators {
    static constexpr chain::TxType Type = chain::TxType::SetValidators;
    QList<Validator> validators; // sorted by node key

    void encode(codec::CborWriter &writer) const;
    static SetValidators decode(codec::CborReader &reader);
    bool operator==(const SetValidators &) const = default;
};

void writeValidators(codec::CborWriter &writer, const QList<Validator> &validators);
QList<Validator> readValidators(codec::CborReader &reader);

} // namespace medchain::identity
