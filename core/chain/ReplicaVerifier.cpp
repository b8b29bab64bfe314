#include "chain/ReplicaVerifier.h"

#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"

#include <QDir>
#include <QTemporaryDir>

namespace medchain::chain {

Result<VerifyReport> ReplicaVerifier::verify(const Ledger &stored, const QString &scratchFolder,
                                             const Progress &progress)
{
    if (auto ok = stored.checkIntegrity(); !ok)
        return ok.failure();
    QTemporaryDir scratch(QDir(scratchFolder).filePath(QStringLiteral("verify-XXXXXX")));
    if (!scratch.isValid())
        return Error {tr("Cannot create a scratch folder in %1.").arg(scratchFolder)};
    crypto::SecureBuffer key(32);
    crypto::randomFill(key.bytes());
    auto replay
        = Ledger::open(scratch.filePath(QStringLiteral("replay.db")), key, stored.genesis());
    if (!replay)
        return Error {tr("The genesis does not verify: %1").arg(replay.error())};

    const ChainTip tip = stored.tip();
    VerifyReport report;
    for (quint64 height = 1; height <= tip.height; ++height) {
        const auto block = stored.block(height);
        const auto commit = stored.commit(height);
        if (!block || !commit)
            return Error {tr("Block %1 is missing or unreadable.").arg(height)};
        if (auto ok = replay.value()->applyBlock(*block, *commit); !ok)
            return Error {ok.error()};
        report.transactions += quint64(block->transactions.size());
        if (progress)
            progress(height, tip.height);
    }
    const ChainTip replayed = replay.value()->tip();
    if (replayed.height != tip.height || replayed.hash != tip.hash
        || replayed.stateHash != tip.stateHash)
        return Error {tr("The replica's recorded tip disagrees with its own blocks.")};
    if (replay.value()->state().tablesDigest() != stored.state().tablesDigest())
        return Error {
            tr("The replica's state tables differ from what its blocks produce: they were "
               "changed outside the chain.")};
    report.height = tip.height;
    report.tip = tip.hash;
    report.stateHash = tip.stateHash;
    return report;
}

} // namespace medchain::chain
