// A pass-through SQLite VFS that refuses all-zero or cut-short page reads of a replica or its WAL.
// SQLCipher 3.4.1 passes such pages on without checking their HMAC; this closes that hole.
#pragma once

namespace medchain::storage::detail {

/// Name of the guarding VFS, registered (not as the default) on first call; thread-safe.
///
/// SQLCipher treats a page that is entirely zero as a short read past the end of the file and
/// hands SQLite a zeroed page without authenticating it, and SQLite zero-fills pages that a
/// truncated file no longer holds. SQLCipher never writes an all-zero page (a ciphertext page
/// carries a random IV and an HMAC), and a consistent replica never asks for a page beyond the
/// end of its database file or WAL. So a page-sized read from either that comes back all zero,
/// or cut short, is damage or tampering, and fails with SQLITE_CORRUPT. Other files and the
/// small header reads SQLite and SQLCipher make are passed through unchanged.
const char *zeroPageGuardVfsName();

} // namespace medchain::storage::detail
