#include "chain/Evidence.h"

#include "chain/FieldCodec.h"
#include "chain/Ledger.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "identity/IdentityRules.h"

#include <QDateTime>

namespace medchain::chain {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
constexpr quint64 kFormatVersion = 1;
constexpr quint64 kMaxCertificates = 8;

void writeBlobs(CborWriter &w, const QList<QByteArray> &blobs)
{
    w.beginArray(quint64(blobs.size()));
    for (const QByteArray &blob : blobs)
        w.writeBytes(blob);
    w.end();
}

QList<QByteArray> readBlobs(CborReader &r, quint64 max, qsizetype maxSize)
{
    QList<QByteArray> blobs;
    const quint64 count = r.readArrayHeader(max);
    for (quint64 i = 0; i < count && !r.hasError(); ++i)
        blobs.append(r.readBytes(maxSize));
    return blobs;
}

Result<QList<crypto::Certificate>> parseAll(const QList<QByteArray> &ders)
{
    QList<crypto::Certificate> certificates;
    for (const QByteArray &der : ders) {
        auto certificate = crypto::Certificate::fromDer(der);
        if (!certificate)
            return certificate.failure();
        certificates.append(std::move(certificate).value());
    }
    return certificates;
}
} // namespace

Result<EvidenceBundle> EvidenceBundle::build(const Ledger &ledger, const Hash &transaction)
{
    const auto where = ledger.locate(transaction);
    if (!where)
        return Error {tr("No committed transaction has this hash on this replica.")};
    const auto block = ledger.block(where->first);
    const auto commit = ledger.commit(where->first);
    if (!block || !commit)
        return Error {tr("Block %1 is missing from this replica; run verify.").arg(where->first)};
    const auto validators = ledger.validatorSet(block->header.validatorSetHash);
    if (!validators)
        return Error {
            tr("The validator set of block %1 is missing from this replica.").arg(where->first)};

    EvidenceBundle bundle;
    bundle.chainId = ledger.genesis().chainId;
    bundle.rootCertificate = ledger.genesis().rootCertificate;
    bundle.transaction = block->transactions.value(where->second);
    QList<Hash> leaves;
    for (const QByteArray &tx : block->transactions)
        leaves.append(Block::transactionLeaf(crypto::sha256(tx)));
    auto proof = crypto::merkleProof(leaves, quint64(where->second));
    if (!proof)
        return proof.failure();
    bundle.proof = proof.value();
    bundle.header = block->header.encode();
    bundle.commit = commit->encode();
    bundle.validators = *validators;

    const auto tx = Transaction::decode(bundle.transaction);
    if (!tx)
        return tx.failure();
    const auto sender = ledger.state().identity(tx->sender);
    if (!sender)
        return Error {tr("The sender is not on this replica.")};
    bundle.senderCertificates
        = identity::certificateChain(ledger.state(), *sender, ledger.genesis());
    bundle.senderCertificates.removeLast(); // the root travels on its own
    for (const identity::Validator &v : *validators) {
        const auto node = ledger.state().identity(v.node);
        if (!node)
            return Error {tr("A validator of block %1 is not on this replica.").arg(where->first)};
        bundle.validatorCertificates.append(node->certificate);
    }
    return bundle;
}

QByteArray EvidenceBundle::encode() const
{
    CborWriter w;
    w.beginMap(10);
    w.key(0);
    w.writeInteger(qint64(kFormatVersion));
    w.key(1);
    w.writeText(chainId);
    w.key(2);
    w.writeBytes(rootCertificate);
    w.key(3);
    w.writeBytes(transaction);
    w.key(4);
    w.beginArray(3);
    w.writeInteger(qint64(proof.leafIndex));
    w.writeInteger(qint64(proof.treeSize));
    w.beginArray(quint64(proof.path.size())); // in proof order, not sorted
    for (const Hash &hash : proof.path)
        writeHash(w, hash);
    w.end();
    w.end();
    w.key(5);
    w.writeBytes(header);
    w.key(6);
    w.writeBytes(commit);
    w.key(7);
    identity::writeValidators(w, validators);
    w.key(8);
    writeBlobs(w, senderCertificates);
    w.key(9);
    writeBlobs(w, validatorCertificates);
    w.end();
    return w.take();
}

Result<EvidenceBundle> EvidenceBundle::decode(QByteArrayView bytes)
{
    codec::CborLimits limits;
    limits.maxInputSize = 4 * limits::MaxTransactionSize;
    CborReader r(bytes, limits);
    EvidenceBundle b;
    CborMapReader map(r, 10);
    map.require(0);
    if (const quint64 version = r.readUnsigned(); !r.hasError() && version != kFormatVersion)
        r.fail(tr("evidence format %1 is not supported").arg(version));
    map.require(1);
    b.chainId = r.readText(limits::MaxChainIdLength);
    map.require(2);
    b.rootCertificate = r.readBytes(limits::MaxCertificateSize);
    map.require(3);
    b.transaction = r.readBytes(limits::MaxTransactionSize);
    map.require(4);
    if (r.readArrayHeader(3) != 3)
        r.fail(tr("a Merkle proof has three parts"));
    b.proof.leafIndex = r.readUnsigned();
    b.proof.treeSize = r.readUnsigned();
    const quint64 depth = r.readArrayHeader(64);
    for (quint64 i = 0; i < depth && !r.hasError(); ++i)
        b.proof.path.append(readHash(r));
    map.require(5);
    b.header = r.readBytes(4096);
    map.require(6);
    b.commit = r.readBytes(64 * 1024);
    map.require(7);
    b.validators = identity::readValidators(r);
    map.require(8);
    b.senderCertificates = readBlobs(r, kMaxCertificates, limits::MaxCertificateSize);
    map.require(9);
    b.validatorCertificates = readBlobs(r, limits::MaxValidators, limits::MaxCertificateSize);
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("This is not a valid evidence file: %1").arg(r.errorString())};
    if (b.encode() != bytes)
        return Error {tr("This is not a valid evidence file: it is not in canonical form.")};
    return b;
}

Result<EvidenceReport> EvidenceBundle::verify() const
{
    auto fail
        = [](const QString &why) { return Error {tr("The evidence does not hold: %1").arg(why)}; };

    // The transaction: this chain's, signed by its sender.
    const auto tx = Transaction::decode(transaction);
    if (!tx)
        return fail(tx.error());
    if (tx->chainId != chainId)
        return fail(tr("the transaction belongs to another chain."));
    if (!tx->hasValidSignature())
        return fail(tr("the transaction's signature does not verify."));

    // The block: the transaction is under the header's root, at a position the header counts.
    CborReader headerReader(header);
    const BlockHeader blockHeader = BlockHeader::decode(headerReader);
    headerReader.finish();
    if (headerReader.hasError() || blockHeader.encode() != header)
        return fail(tr("the block header is malformed."));
    if (blockHeader.chainId != chainId)
        return fail(tr("the block belongs to another chain."));
    if (proof.treeSize != blockHeader.transactionCount
        || !crypto::verifyMerkleProof(Block::transactionLeaf(crypto::sha256(transaction)), proof,
                                      blockHeader.txRoot))
        return fail(tr("the Merkle proof does not lead to the block's transaction root."));

    // The commit: more than two thirds of the validator set the header names signed this block.
    const auto certificate = CommitCertificate::decode(commit);
    if (!certificate)
        return fail(certificate.error());
    const Hash blockHash = blockHeader.hash();
    if (certificate->height != blockHeader.height || certificate->blockHash != blockHash)
        return fail(tr("the commit signatures are for another block."));
    if (BlockHeader::hashValidatorSet(validators) != blockHeader.validatorSetHash)
        return fail(tr("the validator set is not the one the block names."));
    if (auto ok = certificate->verify(validators, chainId); !ok)
        return fail(ok.error());

    // The people: the sender and every validator hold certificates from the network's root.
    const auto root = crypto::Certificate::fromDer(rootCertificate);
    if (!root)
        return fail(root.error());
    // Certificates must have been valid when the block committed the transaction.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(blockHeader.time, Qt::UTC);
    auto senderChain = parseAll(senderCertificates);
    if (!senderChain)
        return fail(senderChain.error());
    const crypto::Certificate &senderCertificate
        = senderChain->isEmpty() ? root.value() : senderChain->first();
    if (senderCertificate.publicKey() != tx->sender)
        return fail(tr("the sender's certificate certifies another key."));
    if (auto ok = crypto::CertificateChain::verify(senderChain->isEmpty()
                                                       ? QList<crypto::Certificate> {root.value()}
                                                       : senderChain.value(),
                                                   root.value(), at);
        !ok)
        return fail(ok.error());
    if (validatorCertificates.size() != validators.size())
        return fail(tr("a validator's certificate is missing."));
    auto validatorChain = parseAll(validatorCertificates);
    if (!validatorChain)
        return fail(validatorChain.error());
    EvidenceReport report;
    for (int i = 0; i < validators.size(); ++i) {
        const crypto::Certificate &node = validatorChain->at(i);
        if (node.publicKey() != validators[i].node || node.role() != crypto::CertificateRole::Node)
            return fail(tr("a validator's certificate certifies another key or role."));
        // Node certificates come from the root or an institution; an institution's node would
        // need its institution's certificate too, which evidence of this version leaves out.
        if (auto ok = crypto::CertificateChain::verify({node}, root.value(), at); !ok)
            return fail(ok.error());
        report.signers.append(node.subjectName());
    }

    report.chainId = chainId;
    report.rootFingerprint = root->fingerprint();
    report.transaction = crypto::sha256(transaction);
    report.type = tx->type();
    report.sender = tx->sender;
    report.senderName = senderCertificate.subjectName();
    report.senderRole = crypto::certificateRoleName(senderCertificate.role());
    report.transactionTime = tx->time;
    report.height = blockHeader.height;
    report.blockTime = blockHeader.time;
    report.blockHash = blockHash;
    return report;
}

} // namespace medchain::chain
