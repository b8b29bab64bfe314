// Facts about the SQLCipher library the replica is stored with (for About and diagnostics).
// The replica itself arrives with the ledger core; this file only reports the linked version.
#pragma once

#include <QString>

namespace medchain::storage {

/// "SQLCipher 3.4.1 (SQLite 3.15.2)" or similar, read from the linked library at run time.
QString sqlcipherVersion();

} // namespace medchain::storage
