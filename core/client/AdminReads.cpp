#include "client/AdminReads.h"

#include "chain/Ledger.h"
#include "client/PartyNames.h"

#include <algorithm>

namespace medchain::client {

namespace {

bool byName(const Party &a, const Party &b)
{
    return a.name.localeAwareCompare(b.name) < 0;
}

} // namespace

NetworkHealth AdminReads::health(const chain::Ledger &ledger, const QList<node::PeerInfo> &peers)
{
    NetworkHealth health;
    const chain::ChainTip tip = ledger.tip();
    health.height = tip.height;
    health.tipHash = tip.hash;
    if (const auto header = ledger.header(tip.height))
        health.tipTime = header->time;
    const chain::LedgerState &state = ledger.state();
    PartyNames parties(state);
    std::map<IdentityId, const node::PeerInfo *> connected;
    for (const node::PeerInfo &peer : peers)
        connected.emplace(peer.node, &peer);

    std::map<IdentityId, ValidatorHealth> validators;
    for (const identity::Validator &validator : state.validators()) {
        ValidatorHealth entry;
        entry.node = parties(validator.node);
        entry.power = validator.power;
        if (const auto peer = connected.find(validator.node); peer != connected.end()) {
            entry.connected = true;
            entry.peerHeight = peer->second->height;
        }
        validators.emplace(validator.node, entry);
    }
    // Newest first: the first commit and proposal seen for a validator are its latest.
    const quint64 oldest = tip.height > ScanDepth ? tip.height - ScanDepth + 1 : 1;
    for (quint64 height = tip.height; height >= oldest && height > 0; --height) {
        ++health.scanned;
        const auto header = ledger.header(height);
        if (header)
            if (const auto proposer = validators.find(header->proposer);
                proposer != validators.end() && proposer->second.lastProposed == 0)
                proposer->second.lastProposed = height;
        const auto commit = ledger.commit(height);
        if (!commit)
            continue;
        for (const chain::CommitSignature &signature : commit->signatures) {
            const auto signer = validators.find(signature.validator);
            if (signer == validators.end() || signer->second.lastSigned != 0)
                continue;
            signer->second.lastSigned = height;
            signer->second.lastSignedTime = header ? header->time : 0;
        }
    }
    for (auto &[id, entry] : validators)
        health.validators.append(entry);
    std::sort(
        health.validators.begin(), health.validators.end(),
        [](const ValidatorHealth &a, const ValidatorHealth &b) { return byName(a.node, b.node); });

    for (const node::PeerInfo &peer : peers)
        health.peers.append(
            {parties(peer.node), validators.contains(peer.node), peer.height, peer.blocksApplied});
    std::sort(health.peers.begin(), health.peers.end(),
              [](const PeerHealth &a, const PeerHealth &b) { return byName(a.node, b.node); });
    health.equivocations = state.equivocations().size();
    return health;
}

AdminDirectory AdminReads::directory(const chain::Ledger &ledger, const IdentityId &authority)
{
    AdminDirectory directory;
    const chain::LedgerState &state = ledger.state();
    PartyNames parties(state);
    const auto named = [&parties, &state](chain::Role role) {
        QList<Party> list;
        for (const chain::IdentityInfo &info : state.identitiesWithRole(role))
            list.append(parties(info.id));
        return list;
    };
    directory.institutions = named(chain::Role::Institution);
    directory.practitioners = named(chain::Role::Practitioner);
    directory.nodes = named(chain::Role::Node);
    directory.validators = state.validators();
    for (const chain::ProgramInfo &program : state.programs())
        directory.programs.append({program.id, parties(program.owner), program.name,
                                   program.category, program.codes, program.amountPerEvent,
                                   program.capPerPatient, state.balance(program.id),
                                   program.height});
    directory.balance = state.balance(wallet::accountOf(authority));
    return directory;
}

} // namespace medchain::client
