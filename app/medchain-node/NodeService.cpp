#include "NodeService.h"

#include "identity/Keystore.h"
#include "node/NodeThread.h"

#include <QDebug>
#include <QFileInfo>

namespace medchain::nodeapp {

namespace {
const QString kValidatorKey = QStringLiteral("validator");

QString hexOf(const chain::Hash &hash)
{
    return QString::fromLatin1(hash.toByteArray().toHex());
}
} // namespace

Result<std::unique_ptr<NodeService>> NodeService::start(const QString &folder,
                                                        const crypto::SecureBuffer &passphrase)
{
    std::unique_ptr<NodeService> service(new NodeService(node::DataDir(folder)));
    const node::DataDir &dir = service->m_dir;
    if (!QFileInfo::exists(dir.genesisPath()))
        return Error {
            tr("%1 holds no MedChain network (there is no genesis.cbor).").arg(dir.root())};
    auto lock = dir.lockForWriting();
    if (!lock)
        return lock.failure();
    service->m_lock = std::move(lock).value();
    auto config = dir.readConfig();
    if (!config)
        return config.failure();
    auto ledger = dir.openLedger(passphrase);
    if (!ledger)
        return ledger.failure();

    std::optional<crypto::Ed25519SigningKey> validatorKey;
    if (const QString file = config->value(kValidatorKey).toString(); !file.isEmpty()) {
        auto validator = identity::Keystore::unlock(dir.path(file), passphrase);
        if (!validator)
            return validator.failure();
        validatorKey = std::move(validator->keys.signing);
    }
    const chain::ChainTip tip = ledger.value()->tip();
    const QString chainId = ledger.value()->genesis().chainId;
    const bool validating = validatorKey.has_value();
    auto node = std::make_unique<node::Node>(std::move(ledger).value(), std::move(validatorKey));
    service->m_thread = std::make_unique<node::NodeThread>(std::move(node));
    QObject::connect(
        service->m_thread->node(), &node::Node::blockCommitted, service->m_thread->node(),
        [](const chain::ChainTip &committed) {
            qInfo().noquote()
                << tr("Block %1 committed (%2).").arg(committed.height).arg(hexOf(committed.hash));
        });
    qInfo().noquote() << tr("Serving %1: chain %2 at height %3 (%4), %5.")
                             .arg(dir.root(), chainId)
                             .arg(tip.height)
                             .arg(hexOf(tip.hash))
                             .arg(validating ? tr("producing blocks as a validator")
                                             : tr("not a validator"));
    qInfo().noquote() << tr("This build has no peer network yet: the node serves this folder's "
                            "replica only.");
    return service;
}

NodeService::~NodeService()
{
    m_thread.reset(); // waits for the node's thread, which finishes its current block first
    if (m_lock)
        qInfo().noquote() << tr("Stopped; %1 is free.").arg(m_dir.root());
}

} // namespace medchain::nodeapp
