#include "AdminSession.h"

#include "ChainText.h"

#include "chain/Executor.h"
#include "consensus/Messages.h"
#include "node/NodeClient.h"
#include "node/PassphraseSource.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace medchain::cli {

Result<std::unique_ptr<AdminSession>> AdminSession::open(CliContext &context)
{
    auto dir = context.dataDir();
    if (!dir)
        return dir.failure();
    if (auto ok = CliContext::requireNetwork(dir.value()); !ok)
        return ok.failure();
    std::unique_ptr<AdminSession> session(new AdminSession(context, dir.value()));
    auto lock = session->m_dir.lockForWriting();
    if (!lock)
        return lock.failure();
    session->m_lock = std::move(lock).value();
    auto ledger = context.openLedger();
    if (!ledger)
        return ledger.failure();
    session->m_ledger = std::move(ledger).value();

    auto config = session->m_dir.readConfig();
    if (!config)
        return config.failure();
    const QString validatorFile = config->value(kValidatorKey).toString();
    const bool networked = !config->value(QStringLiteral("node")).toString().isEmpty();
    if (validatorFile.isEmpty() && !networked)
        return Error {tr("%1 names neither a validator keystore (\"%2\") nor a node keystore "
                         "(\"node\"): this folder can neither commit transactions nor reach "
                         "the network's validators.")
                          .arg(session->m_dir.configPath(), kValidatorKey)};
    if (!validatorFile.isEmpty()) {
        auto validator
            = identity::Keystore::unlock(session->m_dir.path(validatorFile), context.passphrase());
        if (!validator)
            return validator.failure();
        session->m_validator = std::move(validator).value();
    }
    return session;
}

Result<identity::UnlockedIdentity> AdminSession::unlockSigner(const QString &asPath,
                                                              const QString &asPassphraseFile)
{
    QString path = asPath;
    if (path.isEmpty()) {
        auto config = m_dir.readConfig();
        if (!config)
            return config.failure();
        const QString identityFile = config->value(kIdentityKey).toString();
        if (identityFile.isEmpty())
            return Error {tr("%1 names no identity keystore; say which one signs with --as.")
                              .arg(m_dir.configPath())};
        path = m_dir.path(identityFile);
    }
    if (asPassphraseFile.isEmpty())
        return identity::Keystore::unlock(path, m_context.passphrase());
    auto passphrase = node::PassphraseSource::readFile(asPassphraseFile);
    if (!passphrase)
        return passphrase.failure();
    return identity::Keystore::unlock(path, passphrase.value());
}

Result<crypto::Certificate>
AdminSession::issuerCertificate(const identity::UnlockedIdentity &signer) const
{
    const chain::Genesis &genesis = m_ledger->genesis();
    if (signer.keys.id() == genesis.authority)
        return crypto::Certificate::fromDer(genesis.rootCertificate);
    const auto onChain = m_ledger->state().identity(signer.keys.id());
    if (!onChain)
        return Error {
            tr("The identity %1 is not enrolled on this chain.").arg(hex(signer.keys.id()))};
    return crypto::Certificate::fromDer(onChain->certificate);
}

Result<Committed> AdminSession::commit(const crypto::Ed25519SigningKey &sender, chain::TxBody body)
{
    const auto onChain = m_ledger->state().identity(sender.publicKey());
    if (!onChain)
        return Error {
            tr("The identity %1 is not enrolled on this chain.").arg(hex(sender.publicKey()))};
    if (onChain->revoked)
        return Error {tr("The identity %1 has been revoked; it can sign nothing.")
                          .arg(hex(sender.publicKey()))};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    chain::Transaction tx;
    tx.chainId = m_ledger->genesis().chainId;
    tx.nonce = onChain->nonce + 1;
    tx.time = now;
    tx.body = std::move(body);
    tx.sign(sender);
    const QByteArray bytes = tx.encode();
    // The checks that need no state first: a refusal here leaves the chain untouched.
    if (auto checked = chain::Executor::check(bytes, tx.chainId); !checked)
        return checked.failure();
    if (!commitsAlone())
        return commitThroughNetwork(bytes);
    auto produced
        = m_ledger->produceBlock(QList<QByteArray> {bytes}, now, m_validator->keys.signing);
    if (!produced)
        return produced.failure();
    if (!produced->rejected.isEmpty()) {
        const Error &why = produced->rejected.constFirst().reason;
        return Error {tr("The transaction was refused: %1").arg(why.message), why.code};
    }
    return Committed {tx.hash(), produced->block.header.height};
}

bool AdminSession::commitsAlone() const
{
    if (!m_validator)
        return false;
    const QList<identity::Validator> validators = m_ledger->state().validators();
    return 3 * consensus::powerOf(validators, m_validator->keys.id())
        > 2 * consensus::totalPower(validators);
}

Result<Committed> AdminSession::commitThroughNetwork(const QByteArray &transaction)
{
    // The folder's node joins the network for as long as it takes: it needs the lock and the
    // replica this session holds.
    m_ledger.reset();
    m_lock.reset();
    auto client = node::NodeClient::start(m_dir.root(), m_context.passphrase());
    if (!client)
        return client.failure();
    const chain::Hash hash = crypto::sha256(transaction);
    std::optional<Result<Committed>> outcome;
    QEventLoop loop;
    QObject::connect(client.value().get(), &node::NodeClient::transactionCommitted, &loop,
                     [&](const chain::Hash &done, quint64 height) {
                         if (done == hash) {
                             outcome = Committed {hash, height};
                             loop.quit();
                         }
                     });
    QObject::connect(
        client.value().get(), &node::NodeClient::transactionRejected, &loop,
        [&](const chain::Hash &refused, const QString &reason, const QString &code) {
            if (refused == hash) {
                outcome = Error {tr("The transaction was refused: %1").arg(reason), code};
                loop.quit();
            }
        });
    QObject::connect(client.value().get(), &node::NodeClient::halted, &loop,
                     [&](const QString &reason) {
                         outcome = Error {reason};
                         loop.quit();
                     });
    QTimer::singleShot(kNetworkTimeoutMs, &loop, &QEventLoop::quit);
    client.value()->submit(transaction);
    loop.exec();
    const node::SyncStatus status = client.value()->syncStatus();
    client.value().reset();
    // Back to the state open() left: the lock and a replica with the new block.
    auto lock = m_dir.lockForWriting();
    if (!lock)
        return lock.failure();
    m_lock = std::move(lock).value();
    auto ledger = m_context.openLedger();
    if (!ledger)
        return ledger.failure();
    m_ledger = std::move(ledger).value();
    if (outcome)
        return *outcome;
    return Error {tr("The network did not commit the transaction within %1 s (%n peer(s) "
                     "connected). A block needs more than two thirds of the validators: are "
                     "their nodes running?",
                     nullptr, status.peers)
                      .arg(kNetworkTimeoutMs / 1000)};
}

Result<void> createKeystore(CliContext &context, const QString &path,
                            const identity::IdentityKeys &keys,
                            const identity::KeystorePublicInfo &info,
                            const QString &newPassphraseFile,
                            const std::optional<crypto::SecureBuffer> &extraSecret)
{
    if (newPassphraseFile.isEmpty())
        return identity::Keystore::create(path, keys, info, context.passphrase(),
                                          context.newKeyParams(), extraSecret);
    auto passphrase = node::PassphraseSource::readFile(newPassphraseFile);
    if (!passphrase)
        return passphrase.failure();
    return identity::Keystore::create(path, keys, info, passphrase.value(), context.newKeyParams(),
                                      extraSecret);
}

} // namespace medchain::cli
