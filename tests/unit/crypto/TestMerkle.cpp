// Merkle trees against the Certificate Transparency reference vectors, a literal transcription of
// RFC 6962 §2.1 for cross-checking, and every way a forged inclusion proof could be put together.
#include "common/Startup.h"
#include "crypto/KnownAnswerVectors.h"
#include "crypto/Merkle.h"

#include <QTest>

#include <bit>

using namespace medchain::crypto;

namespace {
// The CT test leaves and hashes, as published in transparency-dev/merkle (Apache 2.0), which
// took them from google/certificate-transparency: testonly/constants.go (LeafInputs, NodeHashes,
// RootHashes) and proof/verify_test.go (inclusionProofs, with 1-based leaf numbers there). The
// leaves and roots are ctMerkleLeafHex() and ctMerkleRootVectors(), shared with the self-test.
// kNodeHex[level][k]: the complete subtree of 2^level leaves starting at leaf k * 2^level.
const QList<QList<const char *>> kNodeHex = {
    {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
     "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
     "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
     "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
     "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
     "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
     "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
     "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"},
    {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
     "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
     "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
     "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"},
    {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
    {"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"},
};

// The root of the tree over the first n leaves.
const char *rootHex(quint64 n)
{
    return ctMerkleRootVectors()[std::size_t(n)].rootHex;
}

Sha256Digest digest(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex));
    Sha256Digest d;
    std::copy(bytes.begin(), bytes.end(), d.bytes.begin());
    return d;
}

QList<Sha256Digest> ctLeafHashes(qsizetype count)
{
    QList<Sha256Digest> hashes;
    for (qsizetype i = 0; i < count; ++i)
        hashes.append(merkleLeafHash(QByteArray::fromHex(QByteArray(ctMerkleLeafHex()[i]))));
    return hashes;
}

// Distinct leaves for trees of any size.
QList<Sha256Digest> numberedLeafHashes(qsizetype count)
{
    QList<Sha256Digest> hashes;
    hashes.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        hashes.append(merkleLeafHash(QByteArray(QByteArray("tx ") + QByteArray::number(i))));
    return hashes;
}

// RFC 6962 §2.1 and §2.1.1 written down literally (recursive, split at the largest power of two
// smaller than n), so the iterative code under test is checked against the text itself.
qsizetype splitPoint(qsizetype n)
{
    return qsizetype(std::bit_floor(quint64(n - 1)));
}

Sha256Digest specRoot(const QList<Sha256Digest> &d)
{
    if (d.isEmpty())
        return sha256(QByteArrayView());
    if (d.size() == 1)
        return d.front();
    const qsizetype k = splitPoint(d.size());
    return merkleNodeHash(specRoot(d.first(k)), specRoot(d.sliced(k)));
}

QList<Sha256Digest> specPath(qsizetype m, const QList<Sha256Digest> &d)
{
    if (d.size() == 1)
        return {};
    const qsizetype k = splitPoint(d.size());
    QList<Sha256Digest> path;
    if (m < k) {
        path = specPath(m, d.first(k));
        path.append(specRoot(d.sliced(k)));
    } else {
        path = specPath(m - k, d.sliced(k));
        path.append(specRoot(d.first(k)));
    }
    return path;
}

struct InclusionVector {
    quint64 index;
    quint64 size;
    QList<const char *> pathHex;
};

const QList<InclusionVector> kInclusionVectors = {
    {0,
     8,
     {"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
    {5,
     8,
     {"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
    {2, 3, {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"}},
    {1,
     5,
     {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
};

MerkleProof withPath(MerkleProof proof, QList<Sha256Digest> path)
{
    proof.path = std::move(path);
    return proof;
}
} // namespace

namespace medchain::crypto {
// Readable QCOMPARE failures.
char *toString(const Sha256Digest &digest)
{
    return qstrdup(digest.toHex().constData());
}

char *toString(const MerkleProof &proof)
{
    QByteArray text = "leaf " + QByteArray::number(proof.leafIndex) + " of "
        + QByteArray::number(proof.treeSize) + ", path";
    for (const Sha256Digest &digest : proof.path)
        text += ' ' + digest.toHex().left(8);
    return qstrdup(text.constData());
}
} // namespace medchain::crypto

class TestMerkle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void ctLeafHashes()
    {
        const QList<Sha256Digest> hashes = ::ctLeafHashes(8);
        for (qsizetype i = 0; i < 8; ++i)
            QCOMPARE(hashes[i].toHex(), QByteArray(kNodeHex[0][i]));
    }

    void ctRoots_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("root");
        for (const MerkleRootVector &v : ctMerkleRootVectors())
            QTest::newRow(v.name) << v.leafCount << QByteArray(v.rootHex);
    }

    void ctRoots()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, root);
        QCOMPARE(QByteArray(rootHex(quint64(size))), root); // the table is in leaf-count order
        QCOMPARE(merkleRoot(::ctLeafHashes(size)).toHex(), root);
    }

    void ctCompleteSubtrees()
    {
        const QList<Sha256Digest> leaves = ::ctLeafHashes(8);
        for (qsizetype level = 1; level < kNodeHex.size(); ++level) {
            const qsizetype width = qsizetype(1) << level;
            for (qsizetype k = 0; k < kNodeHex[level].size(); ++k)
                QCOMPARE(merkleRoot(leaves.sliced(k * width, width)).toHex(),
                         QByteArray(kNodeHex[level][k]));
        }
    }

    void ctInclusionProofs_data()
    {
        QTest::addColumn<quint64>("index");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<QList<Sha256Digest>>("path");
        for (const InclusionVector &v : kInclusionVectors) {
            QList<Sha256Digest> path;
            for (const char *hex : v.pathHex)
                path.append(digest(hex));
            QTest::addRow("leaf %llu of %llu", v.index, v.size) << v.index << v.size << path;
        }
    }

    void ctInclusionProofs()
    {
        QFETCH(quint64, index);
        QFETCH(quint64, size);
        QFETCH(QList<Sha256Digest>, path);
        const QList<Sha256Digest> leaves = ::ctLeafHashes(qsizetype(size));
        const Sha256Digest root = digest(rootHex(size));

        const auto proof = merkleProof(leaves, index);
        QVERIFY2(proof.ok(), qPrintable(proof.error()));
        QCOMPARE(proof.value(), (MerkleProof {index, size, path}));
        QVERIFY(verifyMerkleProof(leaves[qsizetype(index)], proof.value(), root));

        // The probes transparency-dev/merkle's verifierCheck() runs; none may verify.
        const Sha256Digest leaf = leaves[qsizetype(index)];
        const Sha256Digest someHash
            = digest("abacaba000000000000000000000000000000000000000000060061e00123456");
        QVERIFY(!verifyMerkleProof(leaf, {index - 1, size, path}, root));
        QVERIFY(!verifyMerkleProof(leaf, {index + 1, size, path}, root));
        QVERIFY(!verifyMerkleProof(leaf, {index ^ 2, size, path}, root));
        QVERIFY(!verifyMerkleProof(leaf, {index, size * 2, path}, root));
        QVERIFY(!verifyMerkleProof(leaf, {index, size / 2, path}, root));
        QVERIFY(!verifyMerkleProof(merkleLeafHash("WrongLeaf"), proof.value(), root));
        QVERIFY(!verifyMerkleProof(leaf, proof.value(), digest(rootHex(0))));
        QVERIFY(!verifyMerkleProof(leaf, proof.value(), someHash));
        QVERIFY(!verifyMerkleProof(leaf, withPath(proof.value(), path + QList {root}), root));
        QVERIFY(!verifyMerkleProof(leaf, withPath(proof.value(), QList {root} + path), root));
        for (qsizetype i = 0; i < path.size(); ++i) {
            QList<Sha256Digest> flipped = path;
            flipped[i].bytes[0] ^= 8;
            QVERIFY2(!verifyMerkleProof(leaf, withPath(proof.value(), flipped), root),
                     qPrintable(QStringLiteral("flipped element %1").arg(i)));
        }
        QVERIFY(
            !verifyMerkleProof(leaf, withPath(proof.value(), path.first(path.size() - 1)), root));
        if (path.size() > 1) {
            QList<Sha256Digest> inserted = path;
            inserted.insert(1, someHash);
            QVERIFY(!verifyMerkleProof(leaf, withPath(proof.value(), inserted), root));
        }
    }

    void singleLeafTree()
    {
        // The root of a one-leaf tree is the leaf hash and the proof is empty.
        const QList<Sha256Digest> leaves = numberedLeafHashes(1);
        QCOMPARE(merkleRoot(leaves), leaves.front());
        const auto proof = merkleProof(leaves, 0);
        QVERIFY(proof.ok());
        QVERIFY(proof->path.isEmpty());
        QVERIFY(verifyMerkleProof(leaves.front(), proof.value(), leaves.front()));
        QVERIFY(!verifyMerkleProof(leaves.front(), {0, 0, {}}, leaves.front()));
        QVERIFY(!verifyMerkleProof(leaves.front(), {1, 1, {}}, leaves.front()));
        QVERIFY(!verifyMerkleProof(leaves.front(), {0, 2, {}}, leaves.front()));
    }

    void rootMatchesRfcDefinition()
    {
        for (qsizetype n = 0; n <= 200; ++n) {
            const QList<Sha256Digest> leaves = numberedLeafHashes(n);
            QVERIFY2(merkleRoot(leaves) == specRoot(leaves), qPrintable(QString::number(n)));
        }
    }

    void everyProofInSmallTrees()
    {
        // For every tree of 1..70 leaves and every leaf: the proof is RFC 6962's PATH, it
        // verifies, and it stops verifying as soon as anything about it changes.
        for (qsizetype n = 1; n <= 70; ++n) {
            const QList<Sha256Digest> leaves = numberedLeafHashes(n);
            const Sha256Digest root = merkleRoot(leaves);
            const auto size = quint64(n);
            for (qsizetype i = 0; i < n; ++i) {
                const QString where = QStringLiteral("leaf %1 of %2").arg(i).arg(n);
                const auto result = merkleProof(leaves, quint64(i));
                QVERIFY2(result.ok(), qPrintable(where));
                const MerkleProof &proof = result.value();
                QCOMPARE(proof.path, specPath(i, leaves));
                QCOMPARE(proof.leafIndex, quint64(i));
                QCOMPARE(proof.treeSize, size);
                QVERIFY2(verifyMerkleProof(leaves[i], proof, root), qPrintable(where));

                // Another leaf, and the same leaf claimed at every other position.
                if (n > 1)
                    QVERIFY2(!verifyMerkleProof(leaves[(i + 1) % n], proof, root),
                             qPrintable(where));
                QVERIFY2(!verifyMerkleProof(merkleLeafHash("not in the tree"), proof, root),
                         qPrintable(where));
                for (qsizetype j = 0; j < n; ++j)
                    if (j != i)
                        QVERIFY2(
                            !verifyMerkleProof(leaves[i], {quint64(j), size, proof.path}, root),
                            qPrintable(where + QStringLiteral(" claimed at %1").arg(j)));

                // Sizes no proof of this shape can match.
                QVERIFY2(!verifyMerkleProof(leaves[i], {quint64(i), quint64(i), proof.path}, root),
                         qPrintable(where));
                QVERIFY2(!verifyMerkleProof(leaves[i], {quint64(i), size * 2, proof.path}, root),
                         qPrintable(where));

                // Every bit of every path element, one extra element, one missing element.
                for (qsizetype e = 0; e < proof.path.size(); ++e) {
                    for (int bit = 0; bit < 8; ++bit) {
                        QList<Sha256Digest> tampered = proof.path;
                        tampered[e].bytes[std::size_t(e) % Sha256Digest::Size]
                            ^= std::uint8_t(1u << bit);
                        QVERIFY2(!verifyMerkleProof(leaves[i], withPath(proof, tampered), root),
                                 qPrintable(where + QStringLiteral(" element %1").arg(e)));
                    }
                }
                QVERIFY2(
                    !verifyMerkleProof(leaves[i], withPath(proof, proof.path + QList {root}), root),
                    qPrintable(where));
                if (!proof.path.isEmpty())
                    QVERIFY2(!verifyMerkleProof(
                                 leaves[i],
                                 withPath(proof, proof.path.first(proof.path.size() - 1)), root),
                             qPrintable(where));
            }
        }
    }

    void largeBlock()
    {
        // A block of this many transactions must not recurse or go quadratic.
        const qsizetype n = 100'003;
        const QList<Sha256Digest> leaves = numberedLeafHashes(n);
        const Sha256Digest root = merkleRoot(leaves);
        for (const qsizetype i : {qsizetype(0), n / 2, n - 2, n - 1}) {
            const auto proof = merkleProof(leaves, quint64(i));
            QVERIFY(proof.ok());
            QVERIFY(proof->path.size() <= 17); // ceil(log2(100003))
            QVERIFY(verifyMerkleProof(leaves[i], proof.value(), root));
        }
    }

    void indexOutsideTreeIsRefused()
    {
        const auto empty = merkleProof({}, 0);
        QVERIFY(!empty.ok());
        QVERIFY(!empty.error().isEmpty());

        const auto beyond = merkleProof(numberedLeafHashes(5), 5);
        QVERIFY(!beyond.ok());
        QVERIFY(beyond.error().contains(QLatin1String("5")));
        QVERIFY(merkleProof(numberedLeafHashes(5), 4).ok());
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "TestMerkle.moc"
