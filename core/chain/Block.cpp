#include "chain/Block.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "crypto/Merkle.h"

#include <algorithm>
#include <limits>

namespace medchain::chain {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
const QByteArray kPrecommitTag = QByteArrayLiteral("medchain/precommit/v1");

codec::CborLimits blockLimits()
{
    codec::CborLimits limits;
    limits.maxInputSize = limits::MaxBlockSize;
    limits.maxStringSize = limits::MaxTransactionSize;
    return limits;
}
} // namespace

void BlockHeader::encode(CborWriter &w) const
{
    w.beginMap(9);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    w.writeInteger(qint64(height));
    w.key(2);
    w.writeInteger(time);
    w.key(3);
    writeHash(w, previous);
    w.key(4);
    writeHash(w, txRoot);
    w.key(5);
    writeHash(w, stateHash);
    w.key(6);
    writeHash(w, validatorSetHash);
    w.key(7);
    writeIdentity(w, proposer);
    w.key(8);
    w.writeInteger(qint64(transactionCount));
    w.end();
}

BlockHeader BlockHeader::decode(CborReader &r)
{
    BlockHeader header;
    CborMapReader map(r, 9);
    map.require(0);
    header.chainId = r.readText(limits::MaxChainIdLength);
    map.require(1);
    header.height = r.readUnsigned();
    map.require(2);
    header.time = r.readInteger();
    map.require(3);
    header.previous = readHash(r);
    map.require(4);
    header.txRoot = readHash(r);
    map.require(5);
    header.stateHash = readHash(r);
    map.require(6);
    header.validatorSetHash = readHash(r);
    map.require(7);
    header.proposer = readIdentity(r);
    map.require(8);
    header.transactionCount = r.readUnsigned();
    map.finish();
    return header;
}

QByteArray BlockHeader::encode() const
{
    CborWriter w;
    encode(w);
    return w.take();
}

Hash BlockHeader::hash() const
{
    return crypto::sha256(encode());
}

Hash BlockHeader::hashValidatorSet(const QList<identity::Validator> &validators)
{
    CborWriter w;
    identity::writeValidators(w, validators);
    return crypto::sha256(w.take());
}

QByteArray CommitCertificate::precommitBytes(const QString &chainId, quint64 height, quint32 round,
                                             const Hash &blockHash)
{
    CborWriter w;
    w.beginMap(4);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    w.writeInteger(qint64(height));
    w.key(2);
    w.writeInteger(qint64(round));
    w.key(3);
    writeHash(w, blockHash);
    w.end();
    return kPrecommitTag + w.take();
}

void CommitCertificate::encode(CborWriter &w) const
{
    w.beginMap(4);
    w.key(0);
    w.writeInteger(qint64(height));
    w.key(1);
    w.writeInteger(qint64(round));
    w.key(2);
    writeHash(w, blockHash);
    w.key(3);
    w.beginArray(quint64(signatures.size()));
    for (const CommitSignature &s : signatures) {
        w.beginArray(2);
        writeIdentity(w, s.validator);
        w.writeBytes(s.signature.toByteArray());
        w.end();
    }
    w.end();
    w.end();
}

CommitCertificate CommitCertificate::decode(CborReader &r)
{
    CommitCertificate commit;
    CborMapReader map(r, 4);
    map.require(0);
    commit.height = r.readUnsigned();
    map.require(1);
    const quint64 round = r.readUnsigned();
    if (round > std::numeric_limits<quint32>::max())
        r.fail(tr("round %1 is out of range").arg(round));
    commit.round = quint32(round);
    map.require(2);
    commit.blockHash = readHash(r);
    map.require(3);
    const quint64 count = r.readArrayHeader(limits::MaxValidators);
    for (quint64 i = 0; i < count && !r.hasError(); ++i) {
        if (r.readArrayHeader(2) != 2 && !r.hasError())
            r.fail(tr("a commit signature must have two parts"));
        CommitSignature s;
        s.validator = readIdentity(r);
        const auto signature
            = crypto::Ed25519Signature::fromBytes(r.readFixedBytes(crypto::Ed25519Signature::Size));
        if (signature)
            s.signature = *signature;
        if (!commit.signatures.isEmpty() && !(commit.signatures.last().validator < s.validator))
            r.fail(tr("commit signatures must be sorted by validator, without repeats"));
        commit.signatures.append(s);
    }
    map.finish();
    return commit;
}

QByteArray CommitCertificate::encode() const
{
    CborWriter w;
    encode(w);
    return w.take();
}

Result<CommitCertificate> CommitCertificate::decode(QByteArrayView bytes)
{
    CborReader r(bytes, blockLimits());
    CommitCertificate commit = decode(r);
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid commit certificate: %1").arg(r.errorString())};
    if (commit.encode() != bytes)
        return Error {tr("Invalid commit certificate: it is not in canonical form.")};
    return commit;
}

Result<void> CommitCertificate::verify(const QList<identity::Validator> &validators,
                                       const QString &chainId) const
{
    quint64 total = 0;
    for (const identity::Validator &v : validators)
        total += v.power;
    const QByteArray message = precommitBytes(chainId, height, round, blockHash);
    quint64 signedPower = 0;
    for (const CommitSignature &s : signatures) {
        const auto member
            = std::find_if(validators.cbegin(), validators.cend(),
                           [&](const identity::Validator &v) { return v.node == s.validator; });
        if (member == validators.cend())
            return Error {tr("A commit signature is by a node outside the validator set.")};
        if (!crypto::ed25519Verify(s.validator, message, s.signature))
            return Error {tr("A commit signature does not verify.")};
        signedPower += member->power;
    }
    if (3 * signedPower <= 2 * total)
        return Error {tr("The commit is signed by %1 of %2 voting power; more than two thirds is "
                         "needed.")
                          .arg(signedPower)
                          .arg(total)};
    return {};
}

QByteArray Block::encode() const
{
    CborWriter w;
    w.beginMap(lastCommit ? 3 : 2);
    w.key(0);
    header.encode(w);
    w.key(1);
    w.beginArray(quint64(transactions.size()));
    for (const QByteArray &tx : transactions)
        w.writeBytes(tx);
    w.end();
    if (lastCommit) {
        w.key(2);
        lastCommit->encode(w);
    }
    w.end();
    return w.take();
}

Result<Block> Block::decode(QByteArrayView bytes)
{
    CborReader r(bytes, blockLimits());
    Block block;
    CborMapReader map(r, 3);
    map.require(0);
    block.header = BlockHeader::decode(r);
    map.require(1);
    const quint64 count = r.readArrayHeader(limits::MaxTransactionsPerBlock);
    block.transactions.reserve(qsizetype(count));
    for (quint64 i = 0; i < count && !r.hasError(); ++i)
        block.transactions.append(r.readBytes(limits::MaxTransactionSize));
    if (!r.hasError() && count != block.header.transactionCount)
        r.fail(tr("the header counts %1 transactions, the block holds %2")
                   .arg(block.header.transactionCount)
                   .arg(count));
    if (map.field(2))
        block.lastCommit = CommitCertificate::decode(r);
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid block: %1").arg(r.errorString())};
    if (block.encode() != bytes)
        return Error {tr("Invalid block: it is not in canonical form.")};
    return block;
}

Hash Block::transactionRoot(const QList<QByteArray> &transactions)
{
    QList<Hash> hashes;
    hashes.reserve(transactions.size());
    for (const QByteArray &tx : transactions)
        hashes.append(crypto::sha256(tx));
    return transactionRoot(hashes);
}

Hash Block::transactionRoot(const QList<Hash> &transactionHashes)
{
    QList<Hash> leaves;
    leaves.reserve(transactionHashes.size());
    for (const Hash &hash : transactionHashes)
        leaves.append(transactionLeaf(hash));
    return crypto::merkleRoot(leaves);
}

Hash Block::transactionLeaf(const Hash &transactionHash)
{
    return crypto::merkleLeafHash(bytesOf(transactionHash));
}

} // namespace medchain::chain
