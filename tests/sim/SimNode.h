// One simulated validator as the simulation sees it: its machine, what survives a crash (signing
// guard, ledger height) and what does not, plus the lock snapshot the audit compares against.
#pragma once

#include "ConsensusSimulation.h"

#include <QSet>

namespace medchain::sim {

using namespace consensus;

struct ConsensusSimulation::Node {
    int index = 0;
    bool byzantine = false;
    bool up = true;
    int incarnation = 0;
    std::unique_ptr<KeySigner> signer;
    MemorySigningGuard guard; // survives crashes: it is the node's disk
    std::unique_ptr<Tendermint> machine;
    QSet<QByteArray> seen; // volatile: lost in a crash
    quint64 ledgerHeight = 0; // durable: the last height applied
    QHash<quint64, Decision> decisions;
    QHash<QPair<int, quint64>, qint64> lastCatchUp;
    QHash<quint64, CommitPackage> pendingCommits; // commits for heights above the machine's
    QHash<QByteArray, qint64> proposalsSeen; // (height, round, block) -> highest polRound
    quint64 lockHeightBefore = 0; // 0: no snapshot, nothing to audit
    qint64 lockRoundBefore = -1;
    Value lockValueBefore;
    std::optional<SignRecord> lastSignedBefore;
};

} // namespace medchain::sim
