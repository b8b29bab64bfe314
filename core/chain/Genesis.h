// The genesis document: what every participant agrees on before block 1 — the chain id, the
// root certificate, the health authority, its first nodes and validators, and the parameters.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/X25519.h"
#include "identity/IdentityTx.h"

#include <QCoreApplication>

namespace medchain::chain {

struct ChainParameters {
    qint64 blockIntervalMs = 1000;
    quint64 maxBlockTransactions = 5000;
    qint64 maxClockSkewMs = 10 * 60 * 1000; // a tx's time vs. its block's time
    qint64 emergencyAccessMs = 24 * 60 * 60 * 1000; // how long break-glass access lasts
    qint64 maxGrantMs = qint64(5) * 366 * 24 * 3600 * 1000; // longest grant a patient can give
    bool operator==(const ChainParameters &) const = default;
};

struct Genesis {
    Q_DECLARE_TR_FUNCTIONS(Genesis)
public:
    QString chainId;
    qint64 time = 0;
    QByteArray rootCertificate; // DER, self-signed by the authority's key
    IdentityId authority;
    crypto::X25519PublicKey authorityEncryptionKey;
    QString authorityName;
    QString authorityRegion;
    QList<identity::EnrollNode> nodes; // the authority's own nodes, certified by the root
    QList<identity::Validator> validators;
    ChainParameters parameters;

    QByteArray encode() const;
    static Result<Genesis> decode(QByteArrayView bytes);
    /// SHA-256 of the encoding: block 1's previous hash.
    Hash hash() const;
    bool operator==(const Genesis &) const = default;
};

} // namespace medchain::chain
