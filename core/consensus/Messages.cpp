#include "consensus/Messages.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

#include <algorithm>
#include <limits>

namespace medchain::consensus {

using chain::readHash;
using chain::readIdentity;
using chain::writeHash;
using chain::writeIdentity;
using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
const QByteArray kProposalTag = QByteArrayLiteral("medchain/proposal/v1");
const QByteArray kPrevoteTag = QByteArrayLiteral("medchain/prevote/v1");
const QByteArray kPrecommitNilTag = QByteArrayLiteral("medchain/precommit-nil/v1");

// A message is a few hundred bytes; anything bigger is not one.
codec::CborLimits messageLimits()
{
    codec::CborLimits limits;
    limits.maxInputSize = 1024;
    limits.maxStringSize = 128;
    limits.maxContainerItems = 8;
    return limits;
}

quint32 readRound(CborReader &r)
{
    const quint64 round = r.readUnsigned();
    if (!r.hasError() && round > std::numeric_limits<quint32>::max())
        r.fail(Vote::tr("round %1 is out of range").arg(round));
    return quint32(round);
}

crypto::Ed25519Signature readSignature(CborReader &r)
{
    return chain::fixedFrom<crypto::Ed25519Signature>(
        r.readFixedBytes(qsizetype(crypto::Ed25519Signature::Size)));
}
} // namespace

QByteArray Proposal::signingBytes(const QString &chainId) const
{
    CborWriter w;
    w.beginMap(5);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    w.writeInteger(qint64(height));
    w.key(2);
    w.writeInteger(qint64(round));
    w.key(3);
    w.writeInteger(polRound);
    w.key(4);
    writeHash(w, blockHash);
    w.end();
    return kProposalTag + w.take();
}

QByteArray Proposal::encode() const
{
    CborWriter w;
    w.beginMap(6);
    w.key(0);
    w.writeInteger(qint64(height));
    w.key(1);
    w.writeInteger(qint64(round));
    w.key(2);
    w.writeInteger(polRound);
    w.key(3);
    writeHash(w, blockHash);
    w.key(4);
    writeIdentity(w, proposer);
    w.key(5);
    w.writeBytes(chain::bytesOf(signature));
    w.end();
    return w.take();
}

Result<Proposal> Proposal::decode(QByteArrayView bytes)
{
    CborReader r(bytes, messageLimits());
    Proposal p;
    CborMapReader map(r, 6);
    map.require(0);
    p.height = r.readUnsigned();
    map.require(1);
    p.round = readRound(r);
    map.require(2);
    p.polRound = r.readInteger();
    if (!r.hasError() && (p.polRound < -1 || p.polRound >= qint64(p.round)))
        r.fail(tr("the proof-of-lock round must be -1 or earlier than the round"));
    map.require(3);
    p.blockHash = readHash(r);
    map.require(4);
    p.proposer = readIdentity(r);
    map.require(5);
    p.signature = readSignature(r);
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid proposal: %1").arg(r.errorString())};
    if (p.encode() != bytes)
        return Error {tr("Invalid proposal: it is not in canonical form.")};
    return p;
}

QByteArray Vote::signingBytes(const QString &chainId) const
{
    if (kind == VoteKind::Precommit && blockHash)
        return chain::CommitCertificate::precommitBytes(chainId, height, round, *blockHash);
    CborWriter w;
    const bool prevote = kind == VoteKind::Prevote;
    w.beginMap(prevote ? 4 : 3);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    w.writeInteger(qint64(height));
    w.key(2);
    w.writeInteger(qint64(round));
    if (prevote) {
        w.key(3);
        if (blockHash)
            writeHash(w, *blockHash);
        else
            w.writeNull();
    }
    w.end();
    return (prevote ? kPrevoteTag : kPrecommitNilTag) + w.take();
}

QByteArray Vote::encode() const
{
    CborWriter w;
    w.beginMap(blockHash ? 6 : 5);
    w.key(0);
    w.writeInteger(qint64(kind));
    w.key(1);
    w.writeInteger(qint64(height));
    w.key(2);
    w.writeInteger(qint64(round));
    if (blockHash) {
        w.key(3);
        writeHash(w, *blockHash);
    }
    w.key(4);
    writeIdentity(w, validator);
    w.key(5);
    w.writeBytes(chain::bytesOf(signature));
    w.end();
    return w.take();
}

Result<Vote> Vote::decode(QByteArrayView bytes)
{
    CborReader r(bytes, messageLimits());
    Vote v;
    CborMapReader map(r, 6);
    map.require(0);
    v.kind = chain::readEnum(r, VoteKind::Prevote, VoteKind::Precommit);
    map.require(1);
    v.height = r.readUnsigned();
    map.require(2);
    v.round = readRound(r);
    if (map.field(3))
        v.blockHash = readHash(r);
    map.require(4);
    v.validator = readIdentity(r);
    map.require(5);
    v.signature = readSignature(r);
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid vote: %1").arg(r.errorString())};
    if (v.encode() != bytes)
        return Error {tr("Invalid vote: it is not in canonical form.")};
    return v;
}

quint64 totalPower(const QList<identity::Validator> &validators)
{
    quint64 total = 0;
    for (const identity::Validator &v : validators)
        total += v.power;
    return total;
}

quint64 powerOf(const QList<identity::Validator> &validators, const IdentityId &node)
{
    for (const identity::Validator &v : validators) {
        if (v.node == node)
            return v.power;
    }
    return 0;
}

Result<chain::CommitCertificate>
CommitAssembly::assemble(const QList<Vote> &precommits,
                         const QList<identity::Validator> &validators, const QString &chainId,
                         quint64 height, quint32 round, const Hash &blockHash)
{
    Ed25519Verifier verifier;
    return assemble(precommits, validators, chainId, height, round, blockHash, verifier);
}

Result<chain::CommitCertificate>
CommitAssembly::assemble(const QList<Vote> &precommits,
                         const QList<identity::Validator> &validators, const QString &chainId,
                         quint64 height, quint32 round, const Hash &blockHash, Verifier &verifier)
{
    chain::CommitCertificate commit;
    commit.height = height;
    commit.round = round;
    commit.blockHash = blockHash;
    const QByteArray message
        = chain::CommitCertificate::precommitBytes(chainId, height, round, blockHash);
    quint64 signedPower = 0;
    for (const Vote &vote : precommits) {
        if (vote.kind != VoteKind::Precommit || vote.height != height || vote.round != round
            || vote.blockHash != Value(blockHash))
            return Error {tr("A vote in the commit is not a precommit for this block, height and "
                             "round.")};
        const quint64 power = powerOf(validators, vote.validator);
        if (power == 0)
            return Error {tr("A precommit is by a node outside the validator set.")};
        if (!verifier.verify(vote.validator, message, vote.signature))
            return Error {tr("A precommit's signature does not verify.")};
        const bool seen = std::any_of(
            commit.signatures.cbegin(), commit.signatures.cend(),
            [&](const chain::CommitSignature &s) { return s.validator == vote.validator; });
        if (seen)
            continue;
        commit.signatures.append({vote.validator, vote.signature});
        signedPower += power;
    }
    std::sort(commit.signatures.begin(), commit.signatures.end(),
              [](const chain::CommitSignature &a, const chain::CommitSignature &b) {
                  return a.validator < b.validator;
              });
    const quint64 total = totalPower(validators);
    if (3 * signedPower <= 2 * total)
        return Error {tr("The precommits hold %1 of %2 voting power; more than two thirds is "
                         "needed.")
                          .arg(signedPower)
                          .arg(total)};
    return commit;
}

} // namespace medchain::consensus
