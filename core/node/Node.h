// The node: the replica's single writer, its mempool and the embedded single-validator block
// producer. It lives in its own thread; everything else talks to it through queued calls.
#pragma once

#include "chain/Ledger.h"
#include "crypto/Ed25519.h"
#include "node/Mempool.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace medchain::node {

class Node : public QObject {
    Q_OBJECT
public:
    /// Milliseconds since the Unix epoch; the wall clock unless a test or simulation says.
    using Clock = std::function<qint64()>;

    /// validatorKey: when set, this node produces a block every blockIntervalMs (from genesis)
    /// while transactions are waiting.
    Node(std::unique_ptr<chain::Ledger> ledger,
         std::optional<crypto::Ed25519SigningKey> validatorKey, Clock clock = {},
         Mempool::Limits limits = {}, QObject *parent = nullptr);
    ~Node() override;

    /// For use from the node's own thread only (and in tests before start()).
    chain::Ledger &ledger() { return *m_ledger; }

public slots:
    /// Starts the block timer; call in the node thread.
    void start();
    /// Queues a transaction: refused at once if malformed, for another chain, badly signed,
    /// a duplicate, with a used nonce, or if the mempool is full (Mempool says who makes room).
    /// The verdict is also signalled; codes `invalid` and `signature` mean no honest node would
    /// have passed it on.
    Result<void> submit(const QByteArray &transaction);
    /// Produces a block from the mempool now (the timer calls this).
    void produceBlock();

public:
    /// A block committed elsewhere (a peer's), with the commit certificate that finalised it:
    /// applied if every rule holds, its transactions leave the mempool. A refusal means the
    /// block or its sender is wrong; a broken conservation of money halts the node.
    Result<void> acceptBlock(const chain::Block &block, const chain::CommitCertificate &commit);

    /// For consensus (in the node's thread): the clock, whether the node stopped, and the
    /// mempool — what waits, the next block's candidates, and dropping those a block refused.
    qint64 now() const { return m_clock(); }
    bool isHalted() const { return m_halted; }
    qsizetype pendingCount() const { return m_mempool.size(); }
    QList<chain::CheckedTransaction> candidates(qsizetype max) const;
    void discard(const QList<chain::RejectedTransaction> &rejected);

signals:
    void transactionQueued(const medchain::chain::Hash &hash);
    void transactionRejected(const medchain::chain::Hash &hash, const QString &reason,
                             const QString &code);
    void transactionCommitted(const medchain::chain::Hash &hash, quint64 height);
    void blockCommitted(const medchain::chain::ChainTip &tip);
    /// The replica could not be written: the node stops producing and says why.
    void halted(const QString &reason);

private:
    quint64 nextNonce(const chain::IdentityId &sender) const;
    /// After a block: what it included leaves the mempool, and so does what it made stale.
    void settle(const QList<chain::Hash> &included);

    std::unique_ptr<chain::Ledger> m_ledger;
    std::optional<crypto::Ed25519SigningKey> m_validatorKey;
    Clock m_clock;
    QTimer *m_timer = nullptr;
    Mempool m_mempool;
    bool m_halted = false;
};

} // namespace medchain::node
