// Applies transactions to the ledger state: first the checks that need no state (shape,
// chain, signature; safe to run in parallel), then sender, nonce, time and the type's rule.
#pragma once

#include "chain/RuleContext.h"

#include <QCoreApplication>

namespace medchain::chain {

/// A transaction whose bytes decode, belong to this chain and carry a valid signature.
struct CheckedTransaction {
    QByteArray bytes;
    Hash hash;
    Transaction tx;
};

class Executor {
    Q_DECLARE_TR_FUNCTIONS(Executor)
public:
    Executor(LedgerState &state, const Genesis &genesis);

    /// Everything that needs no state. Thread-safe.
    static Result<CheckedTransaction> check(const QByteArray &bytes, const QString &chainId);

    /// Applies tx at block if every rule holds; otherwise changes nothing and says why.
    Result<void> apply(const CheckedTransaction &tx, const BlockContext &block);

    /// Validates a genesis document (root, nodes, validators) and writes its identities and
    /// validators into an empty state.
    static Result<void> applyGenesis(LedgerState &state, const Genesis &genesis);

private:
    LedgerState &m_state;
    const Genesis &m_genesis;
};

} // namespace medchain::chain
