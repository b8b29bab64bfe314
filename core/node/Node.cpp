#include "node/Node.h"

#include <QDateTime>

namespace medchain::node {

Node::Node(std::unique_ptr<chain::Ledger> ledger,
           std::optional<crypto::Ed25519SigningKey> validatorKey, Clock clock, QObject *parent)
    : QObject(parent),
      m_ledger(std::move(ledger)),
      m_validatorKey(std::move(validatorKey)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
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

void Node::submit(const QByteArray &transaction)
{
    const chain::Hash hash = crypto::sha256(transaction);
    if (m_halted) {
        emit transactionRejected(hash, tr("The node has stopped."), chain::errors::state());
        return;
    }
    auto checked = chain::Executor::check(transaction, m_ledger->genesis().chainId);
    if (!checked) {
        emit transactionRejected(hash, checked.error(), checked.errorCode());
        return;
    }
    const QByteArray key = hash.toByteArray();
    if (m_pendingHashes.contains(key) || m_ledger->locate(hash)) {
        emit transactionRejected(hash, tr("This transaction is already known."),
                                 chain::errors::exists());
        return;
    }
    if (m_pending.size() >= MaxPendingTransactions) {
        emit transactionRejected(hash, tr("The node is busy; try again shortly."),
                                 chain::errors::busy());
        return;
    }
    // Kept decoded and checked, so the block producer does not verify the signature again.
    m_pending.append(std::move(checked).value());
    m_pendingHashes.insert(key);
    emit transactionQueued(hash);
}

void Node::produceBlock()
{
    if (m_halted || !m_validatorKey || m_pending.isEmpty())
        return;
    const qsizetype count
        = qMin(m_pending.size(), qsizetype(m_ledger->genesis().parameters.maxBlockTransactions));
    const QList<chain::CheckedTransaction> batch = m_pending.first(count);
    auto produced = m_ledger->produceBlock(batch, m_clock(), *m_validatorKey);
    if (!produced) {
        // Nothing was committed; stop rather than risk a replica that disagrees with itself.
        m_halted = true;
        if (m_timer)
            m_timer->stop();
        emit halted(produced.error());
        return;
    }
    m_pending.remove(0, count);
    for (const chain::CheckedTransaction &tx : batch)
        m_pendingHashes.remove(tx.hash.toByteArray());
    const chain::ChainTip tip = m_ledger->tip();
    QSet<QByteArray> refused;
    for (const chain::RejectedTransaction &rejected : produced->rejected) {
        refused.insert(rejected.hash.toByteArray());
        emit transactionRejected(rejected.hash, rejected.reason.message, rejected.reason.code);
    }
    if (!produced->committed)
        return;
    for (const chain::CheckedTransaction &tx : batch)
        if (!refused.contains(tx.hash.toByteArray()))
            emit transactionCommitted(tx.hash, tip.height);
    emit blockCommitted(tip);
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
    QSet<QByteArray> included;
    for (const QByteArray &bytes : block.transactions) {
        const chain::Hash hash = crypto::sha256(bytes);
        included.insert(hash.toByteArray());
        emit transactionCommitted(hash, tip.height);
    }
    if (!included.isEmpty()) {
        m_pending.removeIf([&](const chain::CheckedTransaction &tx) {
            return included.contains(tx.hash.toByteArray());
        });
        for (const QByteArray &key : included)
            m_pendingHashes.remove(key);
    }
    emit blockCommitted(tip);
    return {};
}

} // namespace medchain::node
