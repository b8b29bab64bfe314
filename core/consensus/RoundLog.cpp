#include "consensus/RoundLog.h"

namespace medchain::consensus {

quint64 VoteTally::powerFor(const Value &value) const
{
    const auto it = power.find(value);
    return it == power.end() ? 0 : it->second;
}

void RoundLog::noteSender(const IdentityId &node, quint64 power)
{
    if (senders.emplace(node, power).second)
        senderPower += power;
}

const RoundLog::Received *RoundLog::proposalFor(const Hash &value) const
{
    for (const Received &r : proposals) {
        if (r.proposal.blockHash == value)
            return &r;
    }
    return nullptr;
}

} // namespace medchain::consensus
