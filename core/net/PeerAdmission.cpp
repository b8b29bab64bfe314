#include "net/PeerAdmission.h"

namespace medchain::net {

Result<void> PeerAdmission::check(const chain::LedgerState &state, const chain::IdentityId &peer)
{
    const auto node = state.identity(peer);
    if (!node)
        return Error {tr("The peer is not enrolled on this chain."), QStringLiteral("unknown")};
    if (node->role != chain::Role::Node)
        return Error {tr("The peer's identity is not a node."), QStringLiteral("not-a-node")};
    if (node->revoked)
        return Error {tr("The peer node has been revoked."), QStringLiteral("revoked")};
    const auto parent = state.identity(node->parent);
    if (!parent || parent->revoked)
        return Error {tr("The institution that runs the peer node has been revoked."),
                      QStringLiteral("revoked")};
    return {};
}

} // namespace medchain::net
