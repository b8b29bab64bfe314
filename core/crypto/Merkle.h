// SHA-256 Merkle trees with inclusion proofs (RFC 9162 §2.1, the RFC 6962 construction): a block
// header commits to its transactions' root, and a proof shows one transaction is under it.
#pragma once

#include "common/Result.h"
#include "crypto/Sha256.h"

#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace medchain::crypto {

/// Where one leaf sits in a tree and the sibling hashes that lead from it to the root.
struct MerkleProof {
    quint64 leafIndex = 0;
    quint64 treeSize = 0;
    /// Sibling subtree hashes, from the leaf's level up to just below the root (RFC 9162 order).
    QList<Sha256Digest> path;

    bool operator==(const MerkleProof &) const = default;
};

/// SHA-256(0x00 || leaf): what the tree holds for each leaf (the prefix keeps leaves and inner
/// nodes from ever being confused).
Sha256Digest merkleLeafHash(QByteArrayView leaf);
/// SHA-256(0x01 || left || right): an inner node.
Sha256Digest merkleNodeHash(const Sha256Digest &left, const Sha256Digest &right);

/// The root over leaf hashes in order; SHA-256 of nothing for an empty list. Linear time and
/// no recursion, so a block of any size is fine.
Sha256Digest merkleRoot(const QList<Sha256Digest> &leafHashes);

/// The inclusion proof for leafHashes[index]; fails when index is not in the tree.
Result<MerkleProof> merkleProof(const QList<Sha256Digest> &leafHashes, quint64 index);

/// True only if proof leads from leafHash at proof.leafIndex in a tree of proof.treeSize leaves
/// to root, with no missing or extra path elements (RFC 9162 §2.1.3.2).
bool verifyMerkleProof(const Sha256Digest &leafHash, const MerkleProof &proof,
                       const Sha256Digest &root);

} // namespace medchain::crypto
