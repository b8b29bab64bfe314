// Who proposes at (height, round): a weighted round robin over the validator set, computed
// without state, so every node (and a restarted one) agrees from the set alone.
#pragma once

#include "identity/IdentityTx.h"

namespace medchain::consensus {

/// Slot s = (height + round) mod T, with T the total power. The slot is spread over the
/// power line by a fixed permutation p = s × K mod T, K the integer nearest T × 0.618 (the
/// golden ratio) that is coprime to T, and the proposer is the validator whose power segment
/// (validators in the set's order, sorted by key) holds p. Every validator therefore proposes
/// exactly power times in any T consecutive slots, and consecutive rounds change proposer.
/// The set must not be empty.
identity::IdentityId proposerFor(const QList<identity::Validator> &validators, quint64 height,
                                 quint32 round);

} // namespace medchain::consensus
