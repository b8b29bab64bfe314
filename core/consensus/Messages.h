// Tendermint's consensus messages on the wire: proposals and votes (prevotes, precommits), their
// canonical CBOR and the exact bytes each one signs. A non-nil precommit signs the chain's
// precommit bytes, so enough of them assemble into a chain::CommitCertificate.
#pragma once

#include "chain/Block.h"
#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "consensus/Signer.h"
#include "identity/IdentityTx.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace medchain::consensus {

using chain::Hash;
using chain::IdentityId;

/// A proposed value is a block, named by its hash; nil is "no value".
using Value = std::optional<Hash>;

/// A proposer's offer of a block for (height, round). polRound is -1, or the earlier round in
/// which the proposer saw a polka (more than 2/3 prevotes) for this block.
struct Proposal {
    Q_DECLARE_TR_FUNCTIONS(Proposal)
public:
    quint64 height = 0;
    quint32 round = 0;
    qint64 polRound = -1;
    Hash blockHash;
    IdentityId proposer;
    crypto::Ed25519Signature signature;

    /// "medchain/proposal/v1" ‖ {0: chain id, 1: height, 2: round, 3: polRound, 4: block hash}.
    QByteArray signingBytes(const QString &chainId) const;
    QByteArray encode() const;
    static Result<Proposal> decode(QByteArrayView bytes);
    bool operator==(const Proposal &) const = default;
};

enum class VoteKind : quint8 { Prevote = 1, Precommit = 2 };

struct Vote {
    Q_DECLARE_TR_FUNCTIONS(Vote)
public:
    VoteKind kind = VoteKind::Prevote;
    quint64 height = 0;
    quint32 round = 0;
    Value blockHash; // nullopt: a vote for nil
    IdentityId validator;
    crypto::Ed25519Signature signature;

    /// Prevote: "medchain/prevote/v1" ‖ {0: chain id, 1: height, 2: round, 3: hash or null}.
    /// Precommit for a block: chain::CommitCertificate::precommitBytes (tag medchain/precommit/v1).
    /// Precommit for nil: "medchain/precommit-nil/v1" ‖ {0: chain id, 1: height, 2: round}.
    QByteArray signingBytes(const QString &chainId) const;
    QByteArray encode() const;
    static Result<Vote> decode(QByteArrayView bytes);
    bool operator==(const Vote &) const = default;
};

/// Precommits for one (height, round, block) → the block's commit certificate. Refuses votes
/// that are not precommits for that block, signers outside the set, bad signatures and too little
/// power; duplicates from one validator count once. The result passes CommitCertificate::verify.
class CommitAssembly {
    Q_DECLARE_TR_FUNCTIONS(CommitAssembly)
public:
    static Result<chain::CommitCertificate> assemble(const QList<Vote> &precommits,
                                                     const QList<identity::Validator> &validators,
                                                     const QString &chainId, quint64 height,
                                                     quint32 round, const Hash &blockHash);
    /// The same with signatures checked through verifier (which may remember earlier checks).
    static Result<chain::CommitCertificate> assemble(const QList<Vote> &precommits,
                                                     const QList<identity::Validator> &validators,
                                                     const QString &chainId, quint64 height,
                                                     quint32 round, const Hash &blockHash,
                                                     Verifier &verifier);
};

/// The total voting power of a set, and the power of one member (0 for an outsider).
quint64 totalPower(const QList<identity::Validator> &validators);
quint64 powerOf(const QList<identity::Validator> &validators, const IdentityId &node);

} // namespace medchain::consensus
