// The replica's tables (chain state, blocks, transaction index) and their migrations.
// Append a migration to change them; never edit one that has shipped.
#pragma once

#include "storage/Schema.h"

namespace medchain::chain {

/// Every migration of the replica database, oldest first.
const storage::Schema &replicaSchema();

} // namespace medchain::chain
