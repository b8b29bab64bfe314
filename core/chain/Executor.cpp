#include "chain/Executor.h"

#include "consensus/EvidenceRules.h"
#include "consent/ConsentRules.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "identity/IdentityRules.h"
#include "records/RecordRules.h"
#include "wallet/WalletRules.h"

#include <QDateTime>

namespace medchain::chain {

Executor::Executor(LedgerState &state, const Genesis &genesis) : m_state(state), m_genesis(genesis)
{
}

Result<CheckedTransaction> Executor::check(const QByteArray &bytes, const QString &chainId)
{
    auto decoded = Transaction::decode(bytes);
    if (!decoded)
        return Error {decoded.error(), errors::invalid()};
    if (decoded->chainId != chainId)
        return Error {tr("The transaction is for another chain (%1).").arg(decoded->chainId),
                      errors::invalid()};
    if (!decoded->hasValidSignature(bytes))
        return Error {tr("The transaction's signature does not verify."), errors::signature()};
    return CheckedTransaction {bytes, crypto::sha256(bytes), std::move(decoded).value()};
}

Result<void> Executor::apply(const CheckedTransaction &checked, const BlockContext &block)
{
    const Transaction &tx = checked.tx;
    const auto sender = m_state.identity(tx.sender);
    if (!sender)
        return Error {tr("The sender is not an enrolled identity."), errors::unknown()};
    if (sender->revoked)
        return Error {tr("The sender's identity has been revoked."), errors::revoked()};
    if (tx.nonce != sender->nonce + 1)
        return Error {tr("Nonce %1 is out of turn: the sender's next nonce is %2 (a replay, or a "
                         "transaction missing before it).")
                          .arg(tx.nonce)
                          .arg(sender->nonce + 1),
                      errors::nonce()};
    // Times come off the wire: compare without any signed overflow.
    const quint64 distance = tx.time >= block.time ? quint64(tx.time) - quint64(block.time)
                                                   : quint64(block.time) - quint64(tx.time);
    if (distance > quint64(m_genesis.parameters.maxClockSkewMs))
        return Error {tr("The transaction's time is too far from the block's time."),
                      errors::invalid()};

    const RuleContext ctx {m_state, m_genesis, block, tx, checked.hash, sender.value()};
    const Result<void> outcome = std::visit(
        [&ctx](const auto &body) -> Result<void> {
            using namespace identity;
            using namespace consensus;
            using namespace records;
            using namespace consent;
            using namespace wallet;
            return applyRule(ctx, body);
        },
        tx.body);
    if (!outcome)
        return outcome;
    m_state.setNonce(tx.sender, tx.nonce);
    if (m_state.hasFailed())
        return Error {m_state.failure(), errors::state()};
    return {};
}

Result<void> Executor::applyGenesis(LedgerState &state, const Genesis &genesis)
{
    const auto root = crypto::Certificate::fromDer(genesis.rootCertificate);
    if (!root)
        return Error {tr("The genesis root certificate is invalid: %1").arg(root.error())};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(genesis.time, Qt::UTC);
    if (auto ok = crypto::CertificateChain::verify({root.value()}, root.value(), at); !ok)
        return Error {tr("The genesis root certificate is invalid: %1").arg(ok.error())};
    if (root->role() != crypto::CertificateRole::Authority
        || root->publicKey() != genesis.authority)
        return Error {tr("The genesis root certificate does not certify the authority.")};

    if (!crypto::isValidRegionCode(genesis.authorityRegion))
        return Error {
            tr("The genesis region \"%1\" is not a region code.").arg(genesis.authorityRegion)};
    if (!crypto::X25519PublicKey::fromBytes(genesis.authorityEncryptionKey.toByteArray()))
        return Error {tr("The genesis encryption key is not a usable X25519 key.")};

    IdentityInfo authority;
    authority.id = genesis.authority;
    authority.role = Role::Authority;
    authority.parent = genesis.authority;
    authority.name = genesis.authorityName;
    authority.regionCode = genesis.authorityRegion;
    authority.encryptionKey = genesis.authorityEncryptionKey;
    authority.certificate = genesis.rootCertificate;
    state.putIdentity(authority);

    for (const identity::EnrollNode &node : genesis.nodes) {
        if (node.identity == genesis.authority || state.identity(node.identity))
            return Error {tr("The genesis names node \"%1\" twice.").arg(node.name)};
        const auto certificate = crypto::Certificate::fromDer(node.certificate);
        if (!certificate || certificate->role() != crypto::CertificateRole::Node
            || certificate->publicKey() != node.identity
            || !crypto::CertificateChain::verify({certificate.value()}, root.value(), at))
            return Error {tr("The genesis node \"%1\" has no valid node certificate from the root.")
                              .arg(node.name)};
        IdentityInfo info;
        info.id = node.identity;
        info.role = Role::Node;
        info.parent = genesis.authority;
        info.name = node.name;
        info.regionCode = genesis.authorityRegion;
        info.certificate = node.certificate;
        state.putIdentity(info);
    }
    for (const identity::Validator &validator : genesis.validators) {
        const auto node = state.identity(validator.node);
        if (!node || node->role != Role::Node)
            return Error {tr("Every genesis validator must be one of the genesis nodes.")};
    }
    state.setValidators(genesis.validators);
    if (state.hasFailed())
        return Error {state.failure()};
    return {};
}

} // namespace medchain::chain
