#include "node/Node.h"

#include <QDateTime>

namespace medchain::node {

Node::Node(std::unique_ptr<chain::Ledger> ledger,
           std::optional<crypto::Ed25519SigningKey> validatorKey, Clock clock,
           Mempool::Limits limits, QObject *parent)
    : QObject(parent),
      m_ledger(std::move(ledger)),
      m_validatorKey(std::move(validatorKey)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_mempool(limits)
{
    qRegisterMetaType<chain::Hash>();
    qRegisterMetaType<chain::ChainTip>();
}

Node::~Node() = default;

void Node::start()
{
    if (!m_validatorKey || m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(int(m_ledger->genesis().parameters.blockIntervalMs));
    connect(m_timer, &QTimer::timeout, this, &Node::produceBlock);
    m_timer->start();
}

Result<void> Node::submit(const QByteArray &transaction)
{
    const chain::Hash hash = crypto::sha256(transaction);
    const auto refuse = [&](const QString &reason, const QString &code) -> Result<void> {
        emit transactionRejected(hash, reason, code);
        return Error {reason, code};
    };
    if (m_halted)
        return refuse(tr("The node has stopped."), chain::errors::state());
    auto checked = chain::Executor::check(transaction, m_ledger->genesis().chainId);
    if (!checked)
        return refuse(checked.error(), checked.errorCode());
    if (m_ledger->locate(hash))
        return refuse(tr("This transaction is already known."), chain::errors::exists());
    // Kept decoded and checked, so the block producer does not verify the signature again.
    const Mempool::AddResult added
        = m_mempool.add(std::move(checked).value(),
                        [this](const chain::IdentityId &sender) { return nextNonce(sender); });
    for (const chain::Hash &evicted : added.evicted)
        emit transactionRejected(evicted, tr("The node is busy; try again shortly."),
                                 chain::errors::busy());
    switch (added.status) {
    case Mempool::AddStatus::Added:
        emit transactionQueued(hash);
        return {};
    case Mempool::AddStatus::Duplicate:
        return refuse(tr("This transaction is already known."), chain::errors::exists());
    case Mempool::AddStatus::NonceTaken:
    case Mempool::AddStatus::Stale:
        return refuse(tr("The sender has already used this nonce; sign the transaction again."),
                      chain::errors::nonce());
    case Mempool::AddStatus::Full:
        break;
    }
    return refuse(tr("The node is busy; try again shortly."), chain::errors::busy());
}

quint64 Node::nextNonce(const chain::IdentityId &sender) const
{
    const auto known = m_ledger->state().identity(sender);
    return known ? known->nonce + 1 : 1;
}

void Node::produceBlock()
{
    if (m_halted || !m_validatorKey || m_mempool.size() == 0)
        return;
    const QList<chain::CheckedTransaction> batch
        = candidates(qsizetype(m_ledger->genesis().parameters.maxBlockTransactions));
    if (batch.isEmpty())
        return; // everything waits for an earlier nonce
    auto produced = m_ledger->produceBlock(batch, m_clock(), *m_validatorKey);
    if (!produced) {
        // Nothing was committed; stop rather than risk a replica that disagrees with itself.
        m_halted = true;
        if (m_timer)
            m_timer->stop();
        emit halted(produced.error());
        return;
    }
    discard(produced->rejected);
    if (!produced->committed)
        return;
    const chain::ChainTip tip = m_ledger->tip();
    QList<chain::Hash> included;
    for (const QByteArray &bytes : produced->block.transactions)
        included.append(crypto::sha256(bytes));
    for (const chain::Hash &hash : included)
        emit transactionCommitted(hash, tip.height);
    settle(included);
    emit blockCommitted(tip);
}

QList<chain::CheckedTransaction> Node::candidates(qsizetype max) const
{
    return m_mempool.select(max, chain::limits::MaxBlockSize - 64 * 1024,
                            [this](const chain::IdentityId &sender) { return nextNonce(sender); });
}

void Node::discard(const QList<chain::RejectedTransaction> &rejected)
{
    QList<chain::Hash> hashes;
    for (const chain::RejectedTransaction &r : rejected) {
        hashes.append(r.hash);
        emit transactionRejected(r.hash, r.reason.message, r.reason.code);
    }
    m_mempool.removeCommitted(hashes);
}

void Node::settle(const QList<chain::Hash> &included)
{
    m_mempool.removeCommitted(included);
    const QList<chain::Hash> stale
        = m_mempool.prune([this](const chain::IdentityId &sender) { return nextNonce(sender); });
    for (const chain::Hash &hash : stale)
        emit transactionRejected(hash,
                                 tr("The sender's nonce moved past this transaction; sign it "
                                    "again."),
                                 chain::errors::nonce());
}

Result<void> Node::acceptBlock(const chain::Block &block, const chain::CommitCertificate &commit)
{
    if (m_halted)
        return Error {tr("The node has stopped."), chain::errors::state()};
    if (auto ok = m_ledger->applyBlock(block, commit); !ok) {
        if (ok.errorCode() == QLatin1String("conservation")) {
            m_halted = true;
            if (m_timer)
                m_timer->stop();
            emit halted(ok.error());
        }
        return ok;
    }
    const chain::ChainTip tip = m_ledger->tip();
    QList<chain::Hash> included;
    for (const QByteArray &bytes : block.transactions)
        included.append(crypto::sha256(bytes));
    for (const chain::Hash &hash : included)
        emit transactionCommitted(hash, tip.height);
    settle(included);
    emit blockCommitted(tip);
    return {};
}

} // namespace medchain::node
