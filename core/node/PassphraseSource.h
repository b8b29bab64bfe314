// Where a headless program (medchain-cli, medchain-node) gets a passphrase: the first line of a
// file or of MEDCHAIN_PASSPHRASE, copied into guarded memory, the source wiped where it can be.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace medchain::node {

class PassphraseSource {
    Q_DECLARE_TR_FUNCTIONS(PassphraseSource)
public:
    static constexpr char EnvironmentVariable[] = "MEDCHAIN_PASSPHRASE";

    /// The first line of path ("-" for standard input), without its line ending, as NFC UTF-8
    /// like the GUI's passphrase field. Read unbuffered, so no copy stays in a Qt buffer.
    static Result<crypto::SecureBuffer> readFile(const QString &path);
    /// The first line of MEDCHAIN_PASSPHRASE; the variable is then wiped and unset, so the
    /// guarded copy is the only one left in this process. Nothing when it is not set.
    static Result<std::optional<crypto::SecureBuffer>> takeFromEnvironment();
};

} // namespace medchain::node
