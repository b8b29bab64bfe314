// Identities as people name them (a practitioner with their institution), looked up once per
// query and kept: a 10,000-record timeline names a few dozen parties.
#pragma once

#include "chain/LedgerState.h"
#include "client/ClientTypes.h"

#include <map>

namespace medchain::client {

class PartyNames {
public:
    explicit PartyNames(const chain::LedgerState &state) : m_state(state) { }

    /// An identity unknown to the replica comes back with its id and an empty name.
    const Party &operator()(const IdentityId &id);
    static Party from(const chain::IdentityInfo &info, const QString &institution);

private:
    const chain::LedgerState &m_state;
    std::map<IdentityId, Party> m_known;
};

} // namespace medchain::client
