// The body of ReportEquivocation: a validator's double vote, put on chain so that everyone
// holds the proof and the authority can act on it. The transaction records, it never punishes.
#pragma once

#include "chain/ChainTypes.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

#include <QByteArray>
#include <QString>

namespace medchain::consensus {

/// Sent by the authority or by a validator of the current set (the one that saw both votes).
/// The evidence is kept as the bytes that were signed into the transaction: the rule decodes it
/// strictly, so what is recorded is its one canonical encoding.
struct ReportEquivocation {
    static constexpr chain::TxType Type = chain::TxType::ReportEquivocation;
    /// Equals EquivocationEvidence::MaxSize (checked where both are visible).
    static constexpr qsizetype MaxEvidenceSize = 2048;
    QByteArray evidence; // EquivocationEvidence::encode()

    void encode(codec::CborWriter &writer) const;
    static ReportEquivocation decode(codec::CborReader &reader);
    bool operator==(const ReportEquivocation &) const = default;
};

/// A signed ReportEquivocation transaction from `reporter` carrying `evidence` (as
/// EquivocationEvidence::encode() made it), in its canonical encoding, ready for the mempool.
QByteArray reportEquivocation(const QString &chainId, quint64 nonce, qint64 time,
                              const QByteArray &evidence,
                              const crypto::Ed25519SigningKey &reporter);

} // namespace medchain::consensus
