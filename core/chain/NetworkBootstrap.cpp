#include "chain/NetworkBootstrap.h"

namespace medchain::chain {

identity::Validity NetworkBootstrap::validityFor(const Genesis &genesis, int years)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(genesis.time, Qt::UTC);
    return {start.addSecs(-3600), start.addYears(years)};
}

Result<NewNetwork> NetworkBootstrap::create(const NetworkSpec &spec)
{
    return create(spec, identity::IdentityKeys::generate(), crypto::Ed25519SigningKey::generate());
}

Result<NewNetwork> NetworkBootstrap::create(const NetworkSpec &spec,
                                            identity::IdentityKeys authority,
                                            crypto::Ed25519SigningKey validator)
{
    if (spec.chainId.isEmpty() || spec.chainId.toUtf8().size() > limits::MaxChainIdLength)
        return Error {tr("A chain id of 1 to %1 bytes is needed.").arg(limits::MaxChainIdLength)};
    Genesis genesis;
    genesis.chainId = spec.chainId;
    genesis.time = spec.time;
    const identity::Validity validity = validityFor(genesis, spec.certificateYears);

    auto root = identity::Enrollment::rootCertificate(authority, spec.authorityName,
                                                      spec.authorityRegion, validity);
    if (!root)
        return root.failure();
    auto node
        = identity::Enrollment::node({root.value(), authority.signing}, validator,
                                     spec.authorityName + QStringLiteral(" node 1"), validity);
    if (!node)
        return node.failure();

    genesis.rootCertificate = root->der();
    genesis.authority = authority.id();
    genesis.authorityEncryptionKey = authority.encryption.publicKey();
    genesis.authorityName = spec.authorityName;
    genesis.authorityRegion = spec.authorityRegion;
    genesis.nodes = {node.value()};
    genesis.validators = {{validator.publicKey(), 1}};
    genesis.parameters = spec.parameters;
    return NewNetwork {std::move(authority), std::move(root).value(), std::move(validator),
                       std::move(genesis)};
}

} // namespace medchain::chain
