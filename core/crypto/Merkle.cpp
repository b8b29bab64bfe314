#include "crypto/Merkle.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <vector>

namespace medchain::crypto {

namespace {
constexpr std::uint8_t kLeafPrefix = 0x00;
constexpr std::uint8_t kNodePrefix = 0x01;

// One level up. Pairing neighbours and lifting an unpaired last node unchanged gives exactly the
// RFC 9162 tree (split at the largest power of two below n) without recursing: the left part is
// always complete, so the only unpaired node per level is the right edge.
void reduceLevel(std::vector<Sha256Digest> &level)
{
    const std::size_t pairs = level.size() / 2;
    for (std::size_t i = 0; i < pairs; ++i)
        level[i] = merkleNodeHash(level[2 * i], level[2 * i + 1]);
    if (level.size() % 2 == 1) {
        level[pairs] = level.back();
        level.resize(pairs + 1);
    } else {
        level.resize(pairs);
    }
}
} // namespace

Sha256Digest merkleLeafHash(QByteArrayView leaf)
{
    Sha256 hasher;
    const char prefix = static_cast<char>(kLeafPrefix);
    hasher.add(QByteArrayView(&prefix, 1));
    hasher.add(leaf);
    return hasher.finish();
}

Sha256Digest merkleNodeHash(const Sha256Digest &left, const Sha256Digest &right)
{
    std::array<std::uint8_t, 1 + 2 * Sha256Digest::Size> input;
    input[0] = kNodePrefix;
    std::copy(left.bytes.begin(), left.bytes.end(), input.begin() + 1);
    std::copy(right.bytes.begin(), right.bytes.end(), input.begin() + 1 + Sha256Digest::Size);
    return sha256(QByteArrayView(input.data(), static_cast<qsizetype>(input.size())));
}

Sha256Digest merkleRoot(const QList<Sha256Digest> &leafHashes)
{
    if (leafHashes.isEmpty())
        return sha256(QByteArrayView());
    std::vector<Sha256Digest> level(leafHashes.begin(), leafHashes.end());
    while (level.size() > 1)
        reduceLevel(level);
    return level.front();
}

Result<MerkleProof> merkleProof(const QList<Sha256Digest> &leafHashes, quint64 index)
{
    const auto treeSize = static_cast<quint64>(leafHashes.size());
    if (index >= treeSize)
        return Error {QCoreApplication::translate(
                          "Merkle", "There is no entry %1 in a Merkle tree of %2 entries.")
                          .arg(index)
                          .arg(treeSize)};

    MerkleProof proof {index, treeSize, {}};
    std::vector<Sha256Digest> level(leafHashes.begin(), leafHashes.end());
    std::size_t position = static_cast<std::size_t>(index);
    while (level.size() > 1) {
        // A node lifted unpaired to the next level has no sibling here and adds nothing.
        const std::size_t sibling = position ^ 1u;
        if (sibling < level.size())
            proof.path.append(level[sibling]);
        reduceLevel(level);
        position /= 2;
    }
    return proof;
}

bool verifyMerkleProof(const Sha256Digest &leafHash, const MerkleProof &proof,
                       const Sha256Digest &root)
{
    // RFC 9162 §2.1.3.2, step by step: fn walks the leaf's position up, sn the last position.
    if (proof.leafIndex >= proof.treeSize)
        return false;
    quint64 fn = proof.leafIndex;
    quint64 sn = proof.treeSize - 1;
    Sha256Digest r = leafHash;
    for (const Sha256Digest &p : proof.path) {
        if (sn == 0)
            return false; // more path than the tree is tall
        if ((fn & 1u) == 1u || fn == sn) {
            r = merkleNodeHash(p, r);
            while ((fn & 1u) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = merkleNodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

} // namespace medchain::crypto
