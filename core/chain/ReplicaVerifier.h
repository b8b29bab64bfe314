// `verify`: re-checks a whole replica — every page's integrity, then every stored block replayed
// into a scratch replica (hashes, signatures, commits, Merkle roots, state hashes) — and
// compares the resulting state with the stored one.
#pragma once

#include "chain/Ledger.h"

#include <QCoreApplication>

#include <functional>

namespace medchain::chain {

struct VerifyReport {
    quint64 height = 0;
    quint64 transactions = 0;
    Hash tip;
    Hash stateHash;
};

class ReplicaVerifier {
    Q_DECLARE_TR_FUNCTIONS(ReplicaVerifier)
public:
    using Progress = std::function<void(quint64 done, quint64 total)>;

    /// scratchFolder receives a temporary encrypted replica, removed afterwards. The error says
    /// which block failed and why.
    static Result<VerifyReport> verify(const Ledger &stored, const QString &scratchFolder,
                                       const Progress &progress = {});
};

} // namespace medchain::chain
